"""The Bolt app: every Rapport listener wired to the core, acknowledging before any work."""

from __future__ import annotations

from slack_bolt import App
from slack_sdk import WebClient

from bot.desk import ReportDesk
from bot.outbox import Outbox
from bot.service import Rapport

# delivery registers the follow-up jobs; the listener modules register theirs.
from . import buttons, delivery, modals, reactions, slash, workspace  # noqa: F401
from .client import web_client
from .config import SlackSettings
from .desk import SlackReports
from .directory import Directory
from .jobs import SlackJobs
from .surface import SlackSurface


def build_surface(service: Rapport, settings: SlackSettings, client: WebClient | None = None,
                  jobs: SlackJobs | None = None) -> SlackSurface:
    """The core, the Web API client, the review desk, the member directory and the outbox."""
    # Work runs as jobs: a 429 reschedules the job rather than holding a worker asleep.
    client = client or web_client(settings, wait_on_rate_limits=False)
    return SlackSurface(service, client,
                        ReportDesk(service, SlackReports(client, settings.rapport_review_channel)),
                        Directory(service, client), jobs or SlackJobs(Outbox(service.engine)))


class RapportApp(App):
    """A Bolt app that keeps its signing secret (the server checks signatures before Bolt)
    and its surface (whose jobs workers run)."""

    def __init__(self, *, signing_secret: str, surface: SlackSurface, **kwargs):
        super().__init__(signing_secret=signing_secret, **kwargs)
        self.signing_secret, self.surface = signing_secret, surface


def create_app(service: Rapport, settings: SlackSettings, client: WebClient | None = None,
               jobs: SlackJobs | None = None) -> RapportApp:
    """A Bolt app on the core: /review-pitch, reactions, buttons and modals.

    Each listener writes a job to the outbox (`jobs`) and only then answers; workers
    (adapters/slack/workers.py, `rapport worker`) do the work.
    """
    surface = build_surface(service, settings, client, jobs)
    # Listeners run before the HTTP answer and write one row each; the work goes to the
    # outbox (no lazy listeners: their per-request deep copy slows the ack).
    app = RapportApp(client=surface.client, signing_secret=settings.slack_signing_secret,
                     surface=surface, process_before_response=True)
    workspace.register(app)  # first: another workspace's request reaches no listener
    for listeners in (slash, reactions, buttons, modals):
        listeners.register(app, surface)
    return app
