"""One workspace: requests from any other are refused before a listener sees them.

The bot token belongs to one workspace, and every app installed elsewhere signs its requests
with the same secret; without this, another workspace's command would be run, and its pitch
posted in this workspace's review channel with this workspace's token.
"""

from __future__ import annotations

import logging

from slack_bolt import App, BoltContext, BoltResponse

log = logging.getLogger(__name__)
ELSEWHERE = ("Rapport works only in the Slack workspace it was set up for, so it did nothing "
             "with this. Ask whoever runs Rapport to set it up for this workspace too.")


def installed_here(context: BoltContext) -> bool:
    """Whether a request comes from the workspace (or org) the bot token's auth.test names."""
    installed = context.authorize_result
    if installed is None:
        return True  # url_verification and ssl_check come before any workspace
    if installed.team_id:
        return context.team_id == installed.team_id
    # An org-wide install names its organisation only.
    return bool(installed.enterprise_id) and context.enterprise_id == installed.enterprise_id


def only_installed_workspace(body: dict, context: BoltContext, next) -> BoltResponse | None:
    """Bolt middleware: pass this workspace's requests on; answer others, and do nothing."""
    if installed_here(context):
        return next()
    log.warning("refused a request from workspace %s: Rapport is set up for %s",
                context.team_id or context.enterprise_id,
                context.authorize_result.team_id or context.authorize_result.enterprise_id)
    if body.get("command"):
        # Whoever typed the command is told privately why nothing happens (an empty answer
        # would leave them waiting); events and clicks get Slack's plain acknowledgement, so
        # Slack does not deliver them again.
        return BoltResponse(status=200, body={"response_type": "ephemeral", "text": ELSEWHERE})
    return BoltResponse(status=200, body="")


def register(app: App) -> None:
    """Refuse other workspaces' commands, events and interactions, before any listener."""
    app.use(only_installed_workspace)
