"""Many-workspace mode: "Add to Slack" through Bolt's OAuth flow, and removal.

Bolt serves the flow (`/slack/install`, `/slack/oauth_redirect`) and, on each request, finds
the workspace's bot token in slack_sdk's SQLAlchemy installation store on Rapport's own
database (migration 0006 makes its tables). When a workspace removes the app
(`app_uninstalled`) or revokes its token (`tokens_revoked`), its installation is deleted, so
its later requests are refused like those of a workspace that never installed Rapport. Its
pitches and contacts stay: installed again, the team finds its history.
"""

from __future__ import annotations

import logging

from slack_bolt import App, BoltResponse
from slack_bolt.authorization.authorize import InstallationStoreAuthorize
from slack_bolt.oauth.callback_options import CallbackOptions, FailureArgs, SuccessArgs
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk.errors import SlackClientError
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy.engine import Engine

from .client import web_client
from .config import BOT_SCOPES, SlackSettings
from .tenants import installation_store
from .workspace import installed_only

log = logging.getLogger(__name__)
STATE_SECONDS = 600  # how long an "Add to Slack" click may take to come back
WELCOME = ("Thanks for adding Rapport. One step is left: choose the channel where pitches are "
           "reviewed. Invite @Rapport there, then type `/review-pitch setup #that-channel` "
           "(workspace admins only). `/review-pitch help` shows the rest.")


def app_options(settings: SlackSettings, engine: Engine) -> dict:
    """What Bolt's App needs for many workspaces: the OAuth flow's settings, the authorize
    that finds each request's token, and the gate that refuses workspaces not installed."""
    store = installation_store(engine, settings.slack_client_id)
    welcome = _welcomer(settings)
    oauth = OAuthSettings(
        client_id=settings.slack_client_id, client_secret=settings.slack_client_secret,
        scopes=list(BOT_SCOPES), user_scopes=[],
        redirect_uri=settings.slack_redirect_uri or None,
        installation_store=store, installation_store_bot_only=True,
        state_store=SQLAlchemyOAuthStateStore(expiration_seconds=STATE_SECONDS, engine=engine),
        state_expiration_seconds=STATE_SECONDS,
        callback_options=CallbackOptions(success=welcome, failure=_failed))
    # Bolt's own authorize from the store, keeping each token's auth.test answer: without the
    # cache every request would wait for one more call to Slack before it is acknowledged. A
    # removed workspace has no token to look up, so nothing cached outlives an uninstall.
    authorize = InstallationStoreAuthorize(
        logger=log, installation_store=store, client_id=settings.slack_client_id,
        client_secret=settings.slack_client_secret, bot_only=True, cache_enabled=True)
    return {"oauth_settings": oauth, "authorize": authorize, "installation_store_bot_only": True,
            "before_authorize": installed_only(store)}


def _welcomer(settings: SlackSettings):
    """The success page Bolt shows, after a direct message telling the installer what next."""

    def welcome(args: SuccessArgs) -> BoltResponse:
        """Log the install, tell the installer the step left, show Bolt's page."""
        installed = args.installation
        log.info("Rapport was added to Slack in workspace %s (%s) by %s",
                 installed.team_id or installed.enterprise_id, installed.team_name,
                 installed.user_id)
        try:
            web_client(settings, token=installed.bot_token).chat_postMessage(
                channel=installed.user_id, text=WELCOME)
        except (SlackClientError, OSError) as exc:
            # The install is saved; only the hint is lost (`help` says the same).
            log.warning("could not welcome %s: %s", installed.user_id, exc)
        return args.default.success(args)

    return welcome


def _failed(args: FailureArgs) -> BoltResponse:
    """Bolt's failure page, after one log line saying why."""
    log.warning("an install did not complete: %s", args.reason)
    return args.default.failure(args)


def register(app: App) -> None:
    """Delete a workspace's installation when it removes Rapport or revokes its bot token."""
    store: SQLAlchemyInstallationStore = app.installation_store
    app.event("app_uninstalled")(_logged("removed Rapport",
                                         app.default_app_uninstalled_event_listener()))
    revoked = app.default_tokens_revoked_event_listener()

    def tokens_revoked(event: dict, context) -> None:
        """Bolt's helper deletes the revoked tokens; with the bot's, the whole installation."""
        revoked(event=event, context=context)
        if (event.get("tokens") or {}).get("bot"):
            # Rapport works by its bot token alone: the installation rows left would hold a
            # dead credential.
            store.delete_all(enterprise_id=context.enterprise_id, team_id=context.team_id)
            log.info("workspace %s revoked Rapport's bot token: its installation was deleted",
                     context.team_id or context.enterprise_id)

    app.event("tokens_revoked")(tokens_revoked)


def _logged(what: str, listener):
    """Bolt's listener, then one log line naming the workspace."""

    def run(context) -> None:
        """Run Bolt's listener and log it."""
        listener(context=context)
        log.info("workspace %s %s: its installation was deleted (its data stays)",
                 context.team_id or context.enterprise_id, what)

    return run
