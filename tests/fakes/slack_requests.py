"""Requests shaped and signed exactly as Slack sends them, and a tiny client to deliver them.

Builders return ``(body: bytes, content_type: str)``; ``SlackClient`` signs and POSTs them
over real HTTP (stdlib urllib, proxies disabled) to a Bolt app's events URL.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
import urllib.error
import urllib.request
from typing import Any, NamedTuple
from urllib.parse import urlencode

__all__ = [
    "FORM",
    "JSON",
    "Reply",
    "SlackClient",
    "block_actions",
    "event_callback",
    "plain_text_value",
    "reaction_added",
    "reaction_removed",
    "retry_headers",
    "sign",
    "slash_command",
    "static_select_value",
    "url_verification",
    "view_submission",
]

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"

TEAM_ID = "T0TEAM"
TEAM_DOMAIN = "rapport-test"
APP_ID = "A0APP"
BOT_USER_ID = "UBOT"
USER_ID = "U0ALICE"
CHANNEL_ID = "C0REVIEW"
VERIFICATION_TOKEN = "legacy-verification-token"

_serial = itertools.count(1)


def _next(prefix: str) -> str:
    return f"{prefix}{next(_serial):010d}"


def _trigger_id() -> str:
    return f"{int(time.time())}.{next(_serial)}.0123456789abcdef0123456789abcdef"


def sign(secret: str, body: bytes, timestamp: int | float | str | None = None) -> dict[str, str]:
    """Slack's v0 signature headers for ``body``, at ``timestamp`` (default: now)."""
    ts = str(int(time.time() if timestamp is None else float(timestamp)))
    base = b"v0:" + ts.encode() + b":" + body
    digest = hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def retry_headers(num: int = 1, reason: str = "http_timeout") -> dict[str, str]:
    """The headers Slack adds when it redelivers an event it thinks failed."""
    return {"X-Slack-Retry-Num": str(num), "X-Slack-Retry-Reason": reason}


# --------------------------------------------------------------------------------------
# Slash commands


def slash_command(
    command: str = "/review-pitch",
    text: str = "",
    *,
    user_id: str = USER_ID,
    user_name: str | None = None,
    team_id: str = TEAM_ID,
    team_domain: str = TEAM_DOMAIN,
    channel_id: str = CHANNEL_ID,
    channel_name: str = "outreach-review",
    response_url: str = "https://hooks.slack.com/commands/T0TEAM/1/unset",
    trigger_id: str | None = None,
    api_app_id: str = APP_ID,
    enterprise_id: str | None = None,
    token: str = VERIFICATION_TOKEN,
) -> tuple[bytes, str]:
    """A slash command as Slack posts it: form-encoded, every field Slack sends."""
    fields: dict[str, str] = {
        "token": token,
        "team_id": team_id,
        "team_domain": team_domain,
    }
    if enterprise_id:
        fields.update(enterprise_id=enterprise_id, enterprise_name="Enterprise")
    fields.update(
        {
            "channel_id": channel_id,
            "channel_name": channel_name,
            "user_id": user_id,
            "user_name": user_name or user_id.lower(),
            "command": command,
            "text": text,
            "api_app_id": api_app_id,
            "is_enterprise_install": "false",
            "response_url": response_url,
            "trigger_id": trigger_id or _trigger_id(),
        }
    )
    return urlencode(fields).encode(), FORM


# --------------------------------------------------------------------------------------
# Events API


def event_callback(
    event: dict[str, Any],
    *,
    team_id: str = TEAM_ID,
    event_id: str | None = None,
    event_time: int | None = None,
    api_app_id: str = APP_ID,
    bot_user_id: str = BOT_USER_ID,
    token: str = VERIFICATION_TOKEN,
) -> tuple[bytes, str]:
    """An Events API ``event_callback`` envelope around ``event``, as JSON."""
    now = int(time.time()) if event_time is None else event_time
    payload = {
        "token": token,
        "team_id": team_id,
        "context_team_id": team_id,
        "context_enterprise_id": None,
        "api_app_id": api_app_id,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or _next("Ev"),
        "event_time": now,
        "authorizations": [
            {
                "enterprise_id": None,
                "team_id": team_id,
                "user_id": bot_user_id,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": False,
        "event_context": f"4-{_next('ctx')}",
    }
    return json.dumps(payload).encode(), JSON


def url_verification(challenge: str = "challenge-token") -> tuple[bytes, str]:
    """The handshake Slack sends when the events URL is configured."""
    payload = {"token": VERIFICATION_TOKEN, "challenge": challenge, "type": "url_verification"}
    return json.dumps(payload).encode(), JSON


def _reaction(
    kind: str,
    user: str,
    reaction: str,
    channel: str,
    ts: str,
    item_user: str | None,
    event_ts: str | None,
) -> dict[str, Any]:
    event: dict[str, Any] = {
        "type": kind,
        "user": user,
        "reaction": reaction,
        "item": {"type": "message", "channel": channel, "ts": ts},
        "event_ts": event_ts or f"{time.time():.6f}",
    }
    if item_user is not None:
        # Slack omits item_user when the reacted-to item has no author (e.g. some files).
        event["item_user"] = item_user
    return event


def reaction_added(
    user: str,
    reaction: str,
    channel: str,
    ts: str,
    item_user: str | None = BOT_USER_ID,
    event_ts: str | None = None,
) -> dict[str, Any]:
    """A ``reaction_added`` event dict (wrap it with ``event_callback``)."""
    return _reaction("reaction_added", user, reaction, channel, ts, item_user, event_ts)


def reaction_removed(
    user: str,
    reaction: str,
    channel: str,
    ts: str,
    item_user: str | None = BOT_USER_ID,
    event_ts: str | None = None,
) -> dict[str, Any]:
    """A ``reaction_removed`` event dict (wrap it with ``event_callback``)."""
    return _reaction("reaction_removed", user, reaction, channel, ts, item_user, event_ts)


# --------------------------------------------------------------------------------------
# Interactivity


def _interactive(payload: dict[str, Any]) -> tuple[bytes, str]:
    return urlencode({"payload": json.dumps(payload)}).encode(), FORM


def _user(user_id: str, team_id: str) -> dict[str, str]:
    return {"id": user_id, "username": user_id.lower(), "name": user_id.lower(), "team_id": team_id}


def block_actions(
    user_id: str = USER_ID,
    team_id: str = TEAM_ID,
    action_id: str = "approve",
    value: str | None = None,
    *,
    message: dict[str, Any] | None = None,
    channel_id: str = CHANNEL_ID,
    block_id: str = "actions",
    action_ts: str | None = None,
    action_type: str = "button",
    text: str = "Approve",
    view: dict[str, Any] | None = None,
    state_values: dict[str, Any] | None = None,
    response_url: str = "https://hooks.slack.com/actions/T0TEAM/1/unset",
    trigger_id: str | None = None,
    api_app_id: str = APP_ID,
) -> tuple[bytes, str]:
    """A ``block_actions`` payload (a button click by default), form-encoded as ``payload=``.

    With ``view`` the action comes from a modal (no channel, message or response_url);
    otherwise from ``message`` (default: a bot message in ``channel_id``).
    """
    action: dict[str, Any] = {
        "action_id": action_id,
        "block_id": block_id,
        "type": action_type,
        "action_ts": action_ts or f"{time.time():.6f}",
    }
    if action_type == "button":
        action["text"] = {"type": "plain_text", "text": text, "emoji": True}
    if value is not None:
        action["value"] = value
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": _user(user_id, team_id),
        "api_app_id": api_app_id,
        "token": VERIFICATION_TOKEN,
        "trigger_id": trigger_id or _trigger_id(),
        "team": {"id": team_id, "domain": TEAM_DOMAIN},
        "enterprise": None,
        "is_enterprise_install": False,
        "state": {"values": state_values or {}},
        "actions": [action],
    }
    if view is not None:
        full_view = _full_view(view, team_id, api_app_id)
        payload["container"] = {"type": "view", "view_id": full_view["id"]}
        payload["view"] = full_view
    else:
        if message is None:
            message = {
                "type": "message",
                "user": BOT_USER_ID,
                "bot_id": "BBOT",
                "text": "A message with buttons",
                "ts": "1700000000.000100",
                "blocks": [],
            }
        payload["container"] = {
            "type": "message",
            "message_ts": message.get("ts"),
            "channel_id": channel_id,
            "is_ephemeral": False,
        }
        payload["channel"] = {"id": channel_id, "name": "outreach-review"}
        payload["message"] = message
        payload["response_url"] = response_url
    return _interactive(payload)


def _full_view(view: dict[str, Any], team_id: str, api_app_id: str) -> dict[str, Any]:
    view_id = view.get("id") or _next("V")
    base: dict[str, Any] = {
        "id": view_id,
        "team_id": team_id,
        "type": "modal",
        "blocks": [],
        "private_metadata": "",
        "callback_id": "",
        "state": {"values": {}},
        "hash": f"{int(time.time())}.abcdef12",
        "title": {"type": "plain_text", "text": "Review a pitch", "emoji": True},
        "clear_on_close": False,
        "notify_on_close": False,
        "close": {"type": "plain_text", "text": "Cancel", "emoji": True},
        "submit": {"type": "plain_text", "text": "Submit", "emoji": True},
        "previous_view_id": None,
        "root_view_id": view_id,
        "app_id": api_app_id,
        "external_id": "",
        "app_installed_team_id": team_id,
        "bot_id": "BBOT",
    }
    base.update(view)
    return base


def plain_text_value(value: str | None) -> dict[str, Any]:
    """A ``plain_text_input`` entry for a view's ``state.values[block_id][action_id]``."""
    return {"type": "plain_text_input", "value": value}


def static_select_value(value: str, text: str | None = None) -> dict[str, Any]:
    """A ``static_select`` entry for a view's ``state.values[block_id][action_id]``."""
    option = {"text": {"type": "plain_text", "text": text or value, "emoji": True}, "value": value}
    return {"type": "static_select", "selected_option": option}


def view_submission(
    user_id: str = USER_ID,
    team_id: str = TEAM_ID,
    view: dict[str, Any] | None = None,
    *,
    response_urls: list[dict[str, Any]] | None = None,
    trigger_id: str | None = None,
    api_app_id: str = APP_ID,
) -> tuple[bytes, str]:
    """A ``view_submission`` payload, form-encoded; ``view`` overrides a full modal's fields.

    Give at least ``callback_id``, ``private_metadata`` and ``state: {"values": {...}}``.
    """
    payload = {
        "type": "view_submission",
        "team": {"id": team_id, "domain": TEAM_DOMAIN},
        "user": _user(user_id, team_id),
        "api_app_id": api_app_id,
        "token": VERIFICATION_TOKEN,
        "trigger_id": trigger_id or _trigger_id(),
        "view": _full_view(view or {}, team_id, api_app_id),
        "response_urls": response_urls or [],
        "is_enterprise_install": False,
        "enterprise": None,
    }
    return _interactive(payload)


# --------------------------------------------------------------------------------------
# Delivery


class Reply(NamedTuple):
    """What the app answered: HTTP status and body text."""

    status: int
    body: str

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)


# Loopback traffic must never detour through an HTTP proxy from the environment.
_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class SlackClient:
    """Delivers signed Slack requests to an app's events URL over real HTTP."""

    def __init__(self, url: str, signing_secret: str, timeout: float = 10.0) -> None:
        self.url = url
        self.signing_secret = signing_secret
        self.timeout = timeout

    def post(
        self,
        body: bytes,
        content_type: str,
        *,
        headers: dict[str, str] | None = None,
        timestamp: int | float | None = None,
        secret: str | None = None,
        signed: bool = True,
    ) -> Reply:
        """POST ``body``; sign with ``secret`` (default: the client's) at ``timestamp``."""
        all_headers = {
            "Content-Type": content_type,
            "User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
            "Accept": "*/*",
        }
        if signed:
            key = self.signing_secret if secret is None else secret
            all_headers.update(sign(key, body, timestamp))
        all_headers.update(headers or {})
        request = urllib.request.Request(self.url, data=body, headers=all_headers, method="POST")
        try:
            with _opener.open(request, timeout=self.timeout) as response:
                return Reply(response.status, response.read().decode("utf-8", "replace"))
        except urllib.error.HTTPError as error:
            with error:
                return Reply(error.code, error.read().decode("utf-8", "replace"))

    def command(self, command: str = "/review-pitch", text: str = "", **kwargs: Any) -> Reply:
        """Send a slash command (``slash_command`` arguments)."""
        return self.post(*slash_command(command, text, **kwargs))

    def event(
        self,
        event: dict[str, Any],
        *,
        retry_num: int | None = None,
        retry_reason: str = "http_timeout",
        **kwargs: Any,
    ) -> Reply:
        """Send an event callback; ``retry_num`` adds Slack's redelivery headers."""
        headers = retry_headers(retry_num, retry_reason) if retry_num is not None else None
        return self.post(*event_callback(event, **kwargs), headers=headers)

    def action(self, **kwargs: Any) -> Reply:
        """Send a ``block_actions`` payload (``block_actions`` arguments)."""
        return self.post(*block_actions(**kwargs))

    def submit_view(self, **kwargs: Any) -> Reply:
        """Send a ``view_submission`` payload (``view_submission`` arguments)."""
        return self.post(*view_submission(**kwargs))
