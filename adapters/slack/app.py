"""The Bolt app: every Rapport listener wired to the core, acknowledging before any work."""

from __future__ import annotations

from functools import partial

from slack_bolt import App
from slack_sdk import WebClient

from bot.desk import ReportDesk
from bot.outbox import Outbox
from bot.service import Rapport

# delivery registers the follow-up jobs; the listener modules register theirs.
from . import buttons, delivery, home, modals, oauth, reactions, slash, workspace  # noqa: F401
from .client import web_client
from .config import SlackSettings
from .desk import SlackReports
from .directory import Directory
from .jobs import SlackJobs
from .surface import SlackSurface
from .tenants import Installations, Tenants, installation_store


def build_surface(service: Rapport, settings: SlackSettings, client: WebClient | None = None,
                  jobs: SlackJobs | None = None) -> SlackSurface:
    """The core, the Web API client, the review desk, the member directory and the outbox;
    with many workspaces, also each workspace's own surface (its token) for its jobs."""
    # Work runs as jobs: a 429 reschedules the job rather than holding a worker asleep.
    client = client or web_client(settings, wait_on_rate_limits=False)
    jobs = jobs or SlackJobs(Outbox(service.engine, kinds="slack."))
    tenants = None
    if settings.many_workspaces:
        store = installation_store(service.engine, settings.slack_client_id)
        tenants = Tenants(Installations(store), partial(_one_workspace, service, settings, jobs))
    return _surface(service, client, settings.rapport_review_channel, jobs, tenants)


def _surface(service: Rapport, client: WebClient, default_channel: str, jobs: SlackJobs,
             tenants: Tenants | None = None) -> SlackSurface:
    reports = SlackReports(client, default_channel, service.review_channel)
    return SlackSurface(service, client, ReportDesk(service, reports),
                        Directory(service, client), jobs, tenants)


def _one_workspace(service: Rapport, settings: SlackSettings, jobs: SlackJobs,
                   token: str) -> SlackSurface:
    # One workspace's surface: its token; its channel is only ever the one its admin chose.
    return _surface(service, web_client(settings, wait_on_rate_limits=False, token=token), "",
                    jobs)


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
    # Many workspaces: Bolt's OAuth flow and per-request tokens from the installation store.
    many = oauth.app_options(settings, service.engine) if settings.many_workspaces else {}
    # Listeners run before the HTTP answer and write one row each; the work goes to the
    # outbox (no lazy listeners: their per-request deep copy slows the ack).
    app = RapportApp(client=surface.client, signing_secret=settings.slack_signing_secret,
                     surface=surface, process_before_response=True, **many)
    if many:
        oauth.register(app)  # removals delete the workspace's installation
    workspace.register(app)  # first: another workspace's request reaches no listener
    for listeners in (slash, reactions, buttons, modals, home):
        listeners.register(app, surface)
    return app
