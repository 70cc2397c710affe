"""Only installed workspaces: requests from any other are refused before a listener sees them.

One workspace (SLACK_BOT_TOKEN): the token belongs to one workspace, and every app installed
elsewhere signs its requests with the same secret; without this, another workspace's command
would be run, and its pitch posted in this workspace's review channel with this token.
Many workspaces (OAuth): a workspace with no installation in the store (never installed, or
removed Rapport) is refused the same way, before Bolt looks for its token.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from slack_bolt import App, BoltContext, BoltRequest, BoltResponse
from slack_bolt.middleware import Middleware
from slack_sdk.oauth.installation_store import InstallationStore
from sqlalchemy.exc import OperationalError

from bot.errors import UNAVAILABLE

log = logging.getLogger(__name__)
ELSEWHERE = ("Rapport works only in the Slack workspace it was set up for, so it did nothing "
             "with this. Ask whoever runs Rapport to set it up for this workspace too.")
NOT_INSTALLED = ("Rapport is not installed in this workspace, so it did nothing with this. A "
                 "workspace admin can add it with the “Add to Slack” link from whoever runs "
                 "Rapport.")
# Requests that come before any workspace, and the news that a workspace removed Rapport
# (its listener deletes the installation; a second delivery finds nothing to delete).
NO_WORKSPACE = frozenset({"url_verification", "ssl_check"})
REMOVALS = frozenset({"app_uninstalled", "tokens_revoked"})


def installed_here(context: BoltContext) -> bool:
    """Whether a request comes from the workspace (or org) the bot token's auth.test names."""
    installed = context.authorize_result
    if installed is None:
        return True  # url_verification and ssl_check come before any workspace
    if installed.team_id:
        return context.team_id == installed.team_id
    # An org-wide install names its organisation only.
    return bool(installed.enterprise_id) and context.enterprise_id == installed.enterprise_id


class OnlyInstalledWorkspace(Middleware):
    """Bolt middleware: pass this workspace's requests on; answer others, and do nothing.

    A class, not a function: Bolt works out a function's arguments afresh on every request,
    and this runs on every request."""

    def process(self, *, req: BoltRequest, resp: BoltResponse,
                next: Callable[[], BoltResponse]) -> BoltResponse | None:
        """Run the listeners for this workspace's request; refuse another's."""
        context = req.context
        if installed_here(context):
            return next()
        log.warning("refused a request from workspace %s: Rapport is set up for %s",
                    context.team_id or context.enterprise_id,
                    context.authorize_result.team_id or context.authorize_result.enterprise_id)
        return refusal(req.body, ELSEWHERE)


def refusal(body: dict, line: str) -> BoltResponse:
    """The answer to a request Rapport refuses: `line` for a command, else a plain 200."""
    if body.get("command"):
        # Whoever typed the command is told privately why nothing happens (an empty answer
        # would leave them waiting); events and clicks get Slack's plain acknowledgement, so
        # Slack does not deliver them again.
        return BoltResponse(status=200, body={"response_type": "ephemeral", "text": line})
    return BoltResponse(status=200, body="")


def installed_only(store: InstallationStore) -> Callable[..., BoltResponse | None]:
    """Bolt middleware, run before authorize: pass requests of installed workspaces on;
    refuse the others, having written nothing."""

    def gate(body: dict, context: BoltContext, next) -> BoltResponse | None:
        """Pass the request on if its workspace has a bot installed; else refuse it."""
        if body.get("type") in NO_WORKSPACE or (body.get("event") or {}).get("type") in REMOVALS:
            return next()
        # One indexed read beside Bolt's own lookup: Bolt's refusal would come later, post to
        # the response_url from inside the request and log an error for a mere stranger.
        try:
            bot = store.find_bot(enterprise_id=context.enterprise_id, team_id=context.team_id,
                                 is_enterprise_install=context.is_enterprise_install)
        except OperationalError:
            # The database is away: a command hears so (nothing was saved); an event or a
            # click gets a 503 and one log line, so Slack delivers it again later.
            log.warning("database unreachable: refused a request from workspace %s",
                        context.team_id or context.enterprise_id)
            if body.get("command"):
                return refusal(body, UNAVAILABLE)
            return BoltResponse(status=503, body="")
        if bot is not None:
            return next()
        log.warning("refused a request from workspace %s: Rapport is not installed there",
                    context.team_id or context.enterprise_id)
        return refusal(body, NOT_INSTALLED)

    return gate


def register(app: App) -> None:
    """Refuse other workspaces' commands, events and interactions, before any listener."""
    app.use(OnlyInstalledWorkspace())
