"""The web process's Bolt app: every listener answers Slack and writes a job (acks/), and
nothing more; the work's modules, the core and the ORM stay in the workers."""

from __future__ import annotations

from slack_bolt import App
from slack_sdk import WebClient
from sqlalchemy import Engine

from . import workspace
from .acks import buttons, home, modals, reactions, slash
from .config import SlackSettings
from .jobs import SlackJobs


class RapportApp(App):
    """A Bolt app that keeps its signing secret (the server checks signatures before Bolt)
    and, when this process also does the work, its surface (whose jobs workers run)."""

    def __init__(self, *, signing_secret: str, surface=None, **kwargs):
        super().__init__(signing_secret=signing_secret, **kwargs)
        self.signing_secret, self.surface = signing_secret, surface


def listening_app(settings: SlackSettings, engine: Engine, client: WebClient, jobs: SlackJobs,
                  surface=None) -> RapportApp:
    """A Bolt app whose listeners answer at once and write their work to `jobs`: the whole
    app of the web process (`surface`, if given, is kept for workers in this process)."""
    many, oauth = {}, None
    if settings.many_workspaces:
        # slack_sdk's SQLAlchemy stores load the ORM: only many workspaces need them.
        from . import oauth

        # Bolt's OAuth flow and per-request tokens from the installation store.
        many = oauth.app_options(settings, engine)
    # Listeners run before the HTTP answer and write one row each; the work goes to the
    # outbox (no lazy listeners: their per-request deep copy slows the ack).
    app = RapportApp(client=client, signing_secret=settings.slack_signing_secret,
                     surface=surface, process_before_response=True, **many)
    if many:
        oauth.register(app)  # removals delete the workspace's installation
    workspace.register(app)  # first: another workspace's request reaches no listener
    for listeners in (slash, reactions, buttons, modals, home):
        listeners.register(app, jobs)
    return app
