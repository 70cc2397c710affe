"""The Bolt app: every Rapport listener wired to the core, acknowledging before any work."""

from __future__ import annotations

from slack_bolt import App
from slack_sdk import WebClient

from bot.desk import ReportDesk
from bot.service import Rapport

from . import buttons, modals, reactions, slash, workspace
from .client import web_client
from .config import SlackSettings
from .desk import SlackReports
from .directory import Directory
from .jobs import ThreadJobs
from .surface import SlackSurface


def build_surface(service: Rapport, settings: SlackSettings, client: WebClient | None = None,
                  jobs=None) -> SlackSurface:
    """The core, the Web API client, the review desk and the member directory, together."""
    client = client or web_client(settings)
    return SlackSurface(service, client,
                        ReportDesk(service, SlackReports(client, settings.rapport_review_channel)),
                        Directory(service, client), jobs)


class RapportApp(App):
    """A Bolt app that keeps its signing secret: the server checks signatures before Bolt."""

    def __init__(self, *, signing_secret: str, **kwargs):
        super().__init__(signing_secret=signing_secret, **kwargs)
        self.signing_secret = signing_secret


def create_app(service: Rapport, settings: SlackSettings, client: WebClient | None = None,
               jobs: ThreadJobs | None = None) -> RapportApp:
    """A Bolt app on the core: /review-pitch, reactions, buttons and modals.

    `jobs` runs the work after each acknowledgement (ThreadJobs, or ProcessJobs in production).
    """
    surface = build_surface(service, settings, client, jobs or ThreadJobs())
    # Listeners run before the HTTP answer, touch no database and only acknowledge; the work
    # goes to `jobs` (no lazy listeners: their per-request deep copy slows the ack).
    app = RapportApp(client=surface.client, signing_secret=settings.slack_signing_secret,
                     process_before_response=True)
    workspace.register(app)  # first: another workspace's request reaches no listener
    for listeners in (slash, reactions, buttons, modals):
        listeners.register(app, surface)
    return app
