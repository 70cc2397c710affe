"""The bot's own posts, marked so that a retried job can find what a cut-off attempt posted.

A job that posted to Slack and was then cut off (the process killed, the database gone)
before it recorded the post runs again from the top. Every report, notice and board is
posted with message metadata naming what it is (`report:42`, a job's notice, a team's
week); before posting again, a retry reads the conversation's recent history for that
mark and adopts the message it finds instead of posting a second copy.

Reading history needs the `channels:history`, `groups:history` and `im:history` scopes
(and `im:write` to find a DM); without them a retry posts as before, and says so once.
"""

from __future__ import annotations

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from .jobs import transient

log = logging.getLogger(__name__)
EVENT_TYPE = "rapport_post"
HISTORY = 100  # recent messages searched for an earlier attempt's post
_warned: set[str] = set()


def mark(key: str) -> dict:
    """Message metadata naming what a post is, for chat.postMessage's `metadata`."""
    return {"event_type": EVENT_TYPE, "event_payload": {"key": key}}


def find_marked(client: WebClient, channel: str, key: str) -> dict | None:
    """The newest of the bot's recent messages in `channel` marked `key`; None when there is
    none, or when the history cannot be read (that is logged once per reason)."""
    try:
        answer = client.conversations_history(channel=channel, limit=HISTORY,
                                              include_all_metadata=True)
    except SlackApiError as exc:
        if transient(exc):
            raise  # tried again later: posting now might make the second copy
        _warn_once(exc.response.get("error") or "error", channel)
        return None
    for message in answer.get("messages") or []:
        meta = message.get("metadata") or {}
        if meta.get("event_type") == EVENT_TYPE and \
                (meta.get("event_payload") or {}).get("key") == key:
            return message
    return None


def dm_channel(client: WebClient, user: str) -> str | None:
    """The id of the bot's direct-message conversation with a user, if it can be opened."""
    try:
        return client.conversations_open(users=user)["channel"]["id"]
    except SlackApiError as exc:
        if transient(exc):
            raise
        _warn_once(exc.response.get("error") or "error", user)
        return None


def _warn_once(error: str, where: str) -> None:
    if error not in _warned:
        _warned.add(error)
        log.warning("cannot look for an earlier attempt's post in %s (%s): a retry may post "
                    "twice; grant the scopes in slack-manifest.json", where, error)
