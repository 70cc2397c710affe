"""The Bolt app: every Rapport listener wired to the core, acknowledging before any work."""

from __future__ import annotations

from slack_bolt import App
from slack_sdk import WebClient

from bot.desk import ReportDesk
from bot.service import Rapport

from . import buttons, modals, reactions, slash
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


def create_app(service: Rapport, settings: SlackSettings, client: WebClient | None = None,
               jobs: ThreadJobs | None = None) -> App:
    """A Bolt app on the core: /review-pitch, reactions, buttons and modals.

    `jobs` runs the work after each acknowledgement (ThreadJobs, or ProcessJobs in production).
    """
    surface = build_surface(service, settings, client, jobs or ThreadJobs())
    # Listeners run before the HTTP answer, touch no database and only acknowledge; the work
    # goes to `jobs` (no lazy listeners: their per-request deep copy slows the ack).
    app = App(client=surface.client, signing_secret=settings.slack_signing_secret,
              process_before_response=True)
    for listeners in (slash, reactions, buttons, modals):
        listeners.register(app, surface)
    return app
