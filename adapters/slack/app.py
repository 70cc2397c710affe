"""The Slack adapter on the core: the surface every job runs on, and the app with it."""

from __future__ import annotations

from functools import partial

from slack_sdk import WebClient

from bot.desk import ReportDesk
from bot.outbox import Outbox
from bot.service import Rapport

# The work: each module registers its jobs (the kinds acks/ and the surface write).
from . import buttons, delivery, home, modals, reactions, slash  # noqa: F401
from .client import web_client
from .config import SlackSettings
from .desk import SlackReports
from .directory import Directory
from .jobs import SlackJobs
from .surface import SlackSurface
from .tenants import Installations, Tenants, installation_store
from .web import RapportApp, listening_app


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


def create_app(service: Rapport, settings: SlackSettings, client: WebClient | None = None,
               jobs: SlackJobs | None = None) -> RapportApp:
    """A Bolt app on the core: /review-pitch, reactions, buttons and modals, with the surface
    its jobs run on (app.surface) for workers in this process (tests, Socket Mode).

    Each listener writes a job to the outbox (`jobs`) and only then answers; workers
    (adapters/slack/workers.py, `rapport worker`) do the work.
    """
    surface = build_surface(service, settings, client, jobs)
    return listening_app(settings, service.engine, surface.client, surface.jobs, surface)
