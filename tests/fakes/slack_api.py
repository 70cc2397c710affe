"""A mock Slack Web API served over real HTTP on 127.0.0.1, for offline tests.

Point a ``WebClient(token=..., base_url=mock.base_url)`` at it. Every call is recorded,
Block Kit limits are enforced (mistakes come back as ``ok: false`` and land in
``.violations``), and ``wait_for`` lets a test wait for calls a listener makes after
Bolt has already answered the HTTP request.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit

__all__ = [
    "LIMITS",
    "Call",
    "Headers",
    "MockSlackApi",
    "Violation",
    "block_problems",
    "find_pings",
    "view_problems",
]

# Limits from Slack's Block Kit and Web API reference; the mock refuses anything past them.
LIMITS: dict[str, int] = {
    "message_blocks": 50,
    "view_blocks": 100,
    "message_text": 40_000,
    "attachments": 100,
    "block_id": 255,
    "action_id": 255,
    "section_text": 3_000,
    "section_fields": 10,
    "section_field_text": 2_000,
    "header_text": 150,
    "button_text": 75,
    "button_value": 2_000,
    "url": 3_000,
    "placeholder": 150,
    "option_text": 75,
    "option_value": 150,
    "option_description": 75,
    "select_options": 100,
    "overflow_options": 5,
    "choice_options": 10,
    "actions_elements": 25,
    "context_elements": 10,
    "input_label": 2_000,
    "input_hint": 2_000,
    "plain_text_input_length": 3_000,
    "image_alt_text": 2_000,
    "image_title": 2_000,
    "video_title": 200,
    "markdown_text": 12_000,
    "confirm_title": 100,
    "confirm_text": 300,
    "confirm_button": 30,
    "view_title": 24,
    "view_button": 24,
    "private_metadata": 3_000,
    "callback_id": 255,
    "external_id": 255,
    "response_url_posts": 5,
}

_BLOCK_TYPES = {
    "actions",
    "call",
    "context",
    "context_actions",
    "divider",
    "file",
    "header",
    "image",
    "input",
    "markdown",
    "rich_text",
    "section",
    "table",
    "video",
}
_SELECT_TYPES = {"static_select", "multi_static_select"}
_CHOICE_TYPES = {"checkboxes", "radio_buttons"}
# Form-encoded callers send these arguments as JSON strings; decode them so tests see structure.
_JSON_ARGS = {"blocks", "attachments", "view", "files", "metadata", "outputs", "unfurls"}
_NO_AUTH_METHODS = {"api.test", "oauth.v2.access", "oauth.access", "oauth.v2.exchange"}

_PING_RE = re.compile(
    r"<(!channel|!here|!everyone|!group|@[UW][A-Z0-9]+|!subteam\^[A-Z0-9]+)(?:\|[^>]*)?>"
)
_BARE_PING_RE = re.compile(r"(?<![\w<])@(channel|here|everyone)\b")


class Headers(dict):
    """A dict of HTTP headers whose lookups ignore case."""

    def __init__(self, items: Iterable[tuple[str, str]] = ()):
        super().__init__()
        for key, value in items:
            self[key] = value

    def _find(self, key: str) -> str | None:
        lowered = key.lower()
        return next((k for k in self.keys() if k.lower() == lowered), None)

    def __getitem__(self, key: str) -> str:
        found = self._find(key)
        if found is None:
            raise KeyError(key)
        return super().__getitem__(found)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key) is not None

    def get(self, key: str, default: Any = None) -> Any:
        """Return the header's value, matching the name case-insensitively."""
        found = self._find(key)
        return default if found is None else super().__getitem__(found)


@dataclass
class Call:
    """One request the mock received: the API method (or "response_url" / "upload") and its args."""

    method: str
    args: dict[str, Any]
    headers: Headers
    path: str
    body: bytes
    status: int = 200
    response: Any = None
    name: str | None = None
    at: float = field(default_factory=time.time)

    @property
    def token(self) -> str | None:
        """The bearer token from the Authorization header, else the ``token`` argument."""
        auth = self.headers.get("Authorization") or ""
        if auth.startswith("Bearer "):
            return auth[len("Bearer ") :]
        token = self.args.get("token")
        return token if isinstance(token, str) and token else None

    @property
    def ok(self) -> bool:
        """Whether the mock answered this call successfully."""
        if isinstance(self.response, dict):
            return bool(self.response.get("ok"))
        return 200 <= self.status < 300

    def brief(self, width: int = 300) -> str:
        """A one-line summary for failure messages."""
        args = json.dumps(self.args, default=str, ensure_ascii=False)
        if len(args) > width:
            args = args[: width - 3] + "..."
        label = f"{self.method}[{self.name}]" if self.name else self.method
        outcome = self.status if self.status != 200 else ("ok" if self.ok else self.error)
        return f"{label} -> {outcome} {args}"

    @property
    def error(self) -> str | None:
        """The ``error`` field of the mock's answer, if any."""
        if isinstance(self.response, dict):
            return self.response.get("error")
        return None


@dataclass(frozen=True)
class Violation:
    """A Slack limit or rule that a request broke."""

    method: str
    error: str
    problems: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.method}: {self.error}: " + "; ".join(self.problems)


# --------------------------------------------------------------------------------------
# Block Kit validation


class _Checker:
    """Collects Slack-style ``[ERROR] ... [json-pointer:...]`` problems."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def bad(self, pointer: str, problem: str) -> None:
        self.problems.append(f"[ERROR] {problem} [json-pointer:{pointer}]")

    def string(self, value: Any, pointer: str, max_len: int, min_len: int = 0) -> None:
        if value is None:
            return
        if not isinstance(value, str):
            self.bad(pointer, "must be a string")
        elif len(value) > max_len:
            self.bad(pointer, f"must be at most {max_len} characters (got {len(value)})")
        elif len(value) < min_len:
            self.bad(pointer, f"must be at least {min_len} characters")

    def text(
        self,
        obj: Any,
        pointer: str,
        max_len: int,
        *,
        plain_only: bool = False,
        required: bool = True,
    ) -> None:
        if obj is None:
            if required:
                self.bad(pointer, "is required")
            return
        if not isinstance(obj, dict):
            self.bad(pointer, "must be a text object")
            return
        kinds = ("plain_text",) if plain_only else ("plain_text", "mrkdwn")
        if obj.get("type") not in kinds:
            self.bad(f"{pointer}/type", f"must be one of {', '.join(kinds)}")
        if "text" not in obj:
            self.bad(f"{pointer}/text", "is required")
        else:
            self.string(obj["text"], f"{pointer}/text", max_len, min_len=1)

    def items(self, value: Any, pointer: str, max_items: int, min_items: int = 0) -> list:
        if value is None:
            if min_items:
                self.bad(pointer, "is required")
            return []
        if not isinstance(value, list):
            self.bad(pointer, "must be an array")
            return []
        if len(value) > max_items:
            self.bad(pointer, f"must have at most {max_items} items (got {len(value)})")
        elif len(value) < min_items:
            self.bad(pointer, f"must have at least {min_items} items")
        return value

    def confirm(self, obj: Any, pointer: str) -> None:
        if obj is None:
            return
        if not isinstance(obj, dict):
            self.bad(pointer, "must be a confirmation object")
            return
        self.text(obj.get("title"), f"{pointer}/title", LIMITS["confirm_title"], plain_only=True)
        self.text(obj.get("text"), f"{pointer}/text", LIMITS["confirm_text"])
        for key in ("confirm", "deny"):
            self.text(obj.get(key), f"{pointer}/{key}", LIMITS["confirm_button"], plain_only=True)

    def option(self, obj: Any, pointer: str, *, mrkdwn: bool) -> None:
        if not isinstance(obj, dict):
            self.bad(pointer, "must be an option object")
            return
        self.text(obj.get("text"), f"{pointer}/text", LIMITS["option_text"], plain_only=not mrkdwn)
        if obj.get("value") is None:
            self.bad(f"{pointer}/value", "is required")
        self.string(obj.get("value"), f"{pointer}/value", LIMITS["option_value"], min_len=1)
        self.text(
            obj.get("description"),
            f"{pointer}/description",
            LIMITS["option_description"],
            plain_only=not mrkdwn,
            required=False,
        )
        self.string(obj.get("url"), f"{pointer}/url", LIMITS["url"])

    def element(self, el: Any, pointer: str, action_ids: set[str]) -> None:
        if not isinstance(el, dict):
            self.bad(pointer, "must be an element object")
            return
        kind = el.get("type")
        if not isinstance(kind, str):
            self.bad(f"{pointer}/type", "is required")
            return
        action_id = el.get("action_id")
        if action_id is not None:
            self.string(action_id, f"{pointer}/action_id", LIMITS["action_id"], min_len=1)
            if action_id in action_ids:
                self.bad(f"{pointer}/action_id", f"duplicate action_id {action_id!r} in block")
            action_ids.add(action_id)
        self.text(
            el.get("placeholder"),
            f"{pointer}/placeholder",
            LIMITS["placeholder"],
            plain_only=True,
            required=False,
        )
        self.confirm(el.get("confirm"), f"{pointer}/confirm")
        if kind in ("button", "workflow_button"):
            self.text(el.get("text"), f"{pointer}/text", LIMITS["button_text"], plain_only=True)
            self.string(el.get("value"), f"{pointer}/value", LIMITS["button_value"])
            self.string(el.get("url"), f"{pointer}/url", LIMITS["url"])
            if el.get("style") not in (None, "primary", "danger"):
                self.bad(f"{pointer}/style", "must be primary or danger")
        elif kind in _SELECT_TYPES:
            if el.get("options") is None and el.get("option_groups") is None:
                self.bad(f"{pointer}/options", "options or option_groups is required")
            opts = self.items(el.get("options"), f"{pointer}/options", LIMITS["select_options"])
            for i, opt in enumerate(opts):
                self.option(opt, f"{pointer}/options/{i}", mrkdwn=False)
            groups = self.items(
                el.get("option_groups"), f"{pointer}/option_groups", LIMITS["select_options"]
            )
            for g, group in enumerate(groups):
                group_opts = group.get("options") if isinstance(group, dict) else None
                gptr = f"{pointer}/option_groups/{g}/options"
                for i, opt in enumerate(self.items(group_opts, gptr, LIMITS["select_options"], 1)):
                    self.option(opt, f"{gptr}/{i}", mrkdwn=False)
        elif kind == "overflow":
            opts = self.items(
                el.get("options"), f"{pointer}/options", LIMITS["overflow_options"], 1
            )
            for i, opt in enumerate(opts):
                self.option(opt, f"{pointer}/options/{i}", mrkdwn=False)
        elif kind in _CHOICE_TYPES:
            opts = self.items(el.get("options"), f"{pointer}/options", LIMITS["choice_options"], 1)
            for i, opt in enumerate(opts):
                self.option(opt, f"{pointer}/options/{i}", mrkdwn=True)
        elif kind == "plain_text_input":
            limit = LIMITS["plain_text_input_length"]
            low, high = el.get("min_length"), el.get("max_length")
            for key, value, floor in (("min_length", low, 0), ("max_length", high, 1)):
                if value is None:
                    continue
                if not isinstance(value, int) or isinstance(value, bool):
                    self.bad(f"{pointer}/{key}", "must be an integer")
                elif not floor <= value <= limit:
                    self.bad(f"{pointer}/{key}", f"must be between {floor} and {limit}")
            if isinstance(low, int) and isinstance(high, int) and low > high:
                self.bad(f"{pointer}/min_length", "must not exceed max_length")
            cap = high if isinstance(high, int) and 0 < high <= limit else limit
            self.string(el.get("initial_value"), f"{pointer}/initial_value", cap)
        elif kind == "image":
            self.string(el.get("image_url"), f"{pointer}/image_url", LIMITS["url"])
            if el.get("alt_text") is None:
                self.bad(f"{pointer}/alt_text", "is required")
            self.string(el.get("alt_text"), f"{pointer}/alt_text", LIMITS["image_alt_text"], 1)

    def block(self, block: Any, pointer: str, block_ids: set[str]) -> None:
        if not isinstance(block, dict):
            self.bad(pointer, "must be a block object")
            return
        kind = block.get("type")
        if kind not in _BLOCK_TYPES:
            self.bad(f"{pointer}/type", f"unknown block type {kind!r}")
            return
        block_id = block.get("block_id")
        if block_id is not None:
            self.string(block_id, f"{pointer}/block_id", LIMITS["block_id"], min_len=1)
            if block_id in block_ids:
                self.bad(f"{pointer}/block_id", f"duplicate block_id {block_id!r}")
            block_ids.add(block_id)
        action_ids: set[str] = set()
        if kind == "section":
            if block.get("text") is None and block.get("fields") is None:
                self.bad(pointer, "section needs text or fields")
            self.text(block.get("text"), f"{pointer}/text", LIMITS["section_text"], required=False)
            fields = self.items(block.get("fields"), f"{pointer}/fields", LIMITS["section_fields"])
            for i, item in enumerate(fields):
                self.text(item, f"{pointer}/fields/{i}", LIMITS["section_field_text"])
            if block.get("accessory") is not None:
                self.element(block["accessory"], f"{pointer}/accessory", action_ids)
        elif kind == "header":
            self.text(block.get("text"), f"{pointer}/text", LIMITS["header_text"], plain_only=True)
        elif kind == "actions":
            elements = self.items(
                block.get("elements"), f"{pointer}/elements", LIMITS["actions_elements"], 1
            )
            for i, el in enumerate(elements):
                self.element(el, f"{pointer}/elements/{i}", action_ids)
        elif kind == "context":
            elements = self.items(
                block.get("elements"), f"{pointer}/elements", LIMITS["context_elements"], 1
            )
            for i, el in enumerate(elements):
                eptr = f"{pointer}/elements/{i}"
                if isinstance(el, dict) and el.get("type") == "image":
                    self.element(el, eptr, action_ids)
                else:
                    self.text(el, eptr, LIMITS["section_text"])
        elif kind == "image":
            if block.get("image_url") is None and block.get("slack_file") is None:
                self.bad(f"{pointer}/image_url", "image_url or slack_file is required")
            self.string(block.get("image_url"), f"{pointer}/image_url", LIMITS["url"])
            if block.get("alt_text") is None:
                self.bad(f"{pointer}/alt_text", "is required")
            self.string(block.get("alt_text"), f"{pointer}/alt_text", LIMITS["image_alt_text"], 1)
            self.text(
                block.get("title"),
                f"{pointer}/title",
                LIMITS["image_title"],
                plain_only=True,
                required=False,
            )
        elif kind == "input":
            self.text(
                block.get("label"), f"{pointer}/label", LIMITS["input_label"], plain_only=True
            )
            self.text(
                block.get("hint"),
                f"{pointer}/hint",
                LIMITS["input_hint"],
                plain_only=True,
                required=False,
            )
            if block.get("element") is None:
                self.bad(f"{pointer}/element", "is required")
            else:
                self.element(block["element"], f"{pointer}/element", action_ids)
        elif kind == "video":
            self.text(
                block.get("title"), f"{pointer}/title", LIMITS["video_title"], plain_only=True
            )
            for key in ("video_url", "thumbnail_url", "alt_text"):
                if block.get(key) is None:
                    self.bad(f"{pointer}/{key}", "is required")
        elif kind == "markdown":
            if block.get("text") is None:
                self.bad(f"{pointer}/text", "is required")
            self.string(block.get("text"), f"{pointer}/text", LIMITS["markdown_text"], 1)

    def view(self, view: Any, pointer: str = "/view") -> None:
        if not isinstance(view, dict):
            self.bad(pointer, "must be a view object")
            return
        kind = view.get("type")
        if kind not in ("modal", "home"):
            self.bad(f"{pointer}/type", "must be modal or home")
        if kind == "modal":
            self.text(view.get("title"), f"{pointer}/title", LIMITS["view_title"], plain_only=True)
            for key in ("submit", "close"):
                self.text(
                    view.get(key),
                    f"{pointer}/{key}",
                    LIMITS["view_button"],
                    plain_only=True,
                    required=False,
                )
            has_input = any(
                isinstance(b, dict) and b.get("type") == "input" for b in view.get("blocks") or []
            )
            if has_input and view.get("submit") is None:
                self.bad(f"{pointer}/submit", "is required when the view has an input block")
        self.string(
            view.get("private_metadata"), f"{pointer}/private_metadata", LIMITS["private_metadata"]
        )
        self.string(view.get("callback_id"), f"{pointer}/callback_id", LIMITS["callback_id"])
        self.string(view.get("external_id"), f"{pointer}/external_id", LIMITS["external_id"])
        if view.get("blocks") is None:
            self.bad(f"{pointer}/blocks", "is required")
        self.block_list(view.get("blocks"), f"{pointer}/blocks", LIMITS["view_blocks"])

    def block_list(self, blocks: Any, pointer: str, max_blocks: int) -> None:
        block_ids: set[str] = set()
        for i, block in enumerate(self.items(blocks, pointer, max_blocks)):
            self.block(block, f"{pointer}/{i}", block_ids)


def block_problems(blocks: Any, surface: str = "message") -> list[str]:
    """Slack-style problems with a ``blocks`` array for a "message" or a "modal"/"home" view."""
    checker = _Checker()
    limit = LIMITS["message_blocks"] if surface == "message" else LIMITS["view_blocks"]
    checker.block_list(blocks, "/blocks", limit)
    return checker.problems


def view_problems(view: Any) -> list[str]:
    """Slack-style problems with a modal or home-tab ``view`` object."""
    checker = _Checker()
    checker.view(view)
    return checker.problems


def _message_problems(args: dict[str, Any]) -> list[str]:
    checker = _Checker()
    if args.get("blocks") is not None:
        checker.block_list(args["blocks"], "/blocks", LIMITS["message_blocks"])
    attachments = checker.items(args.get("attachments"), "/attachments", LIMITS["attachments"])
    for i, attachment in enumerate(attachments):
        if isinstance(attachment, dict) and attachment.get("blocks") is not None:
            checker.block_list(
                attachment["blocks"], f"/attachments/{i}/blocks", LIMITS["message_blocks"]
            )
    return checker.problems


# --------------------------------------------------------------------------------------
# Mentions


def _scan(text: Any, out: list[str], bare: bool) -> None:
    if not isinstance(text, str):
        return
    out.extend(f"<{m.group(1)}>" for m in _PING_RE.finditer(text))
    if bare:
        out.extend(f"<!{m.group(1)}>" for m in _BARE_PING_RE.finditer(text))


def _walk_pings(node: Any, out: list[str], bare: bool) -> None:
    if isinstance(node, dict):
        kind = node.get("type")
        if kind in ("mrkdwn", "markdown"):
            _scan(node.get("text"), out, bare)
        elif kind == "broadcast" and isinstance(node.get("range"), str):
            out.append(f"<!{node['range']}>")
        elif kind == "user" and isinstance(node.get("user_id"), str):
            out.append(f"<@{node['user_id']}>")
        elif kind == "usergroup" and isinstance(node.get("usergroup_id"), str):
            out.append(f"<!subteam^{node['usergroup_id']}>")
        for value in node.values():
            if isinstance(value, dict | list):
                _walk_pings(value, out, bare)
    elif isinstance(node, list):
        for item in node:
            _walk_pings(item, out, bare)


def find_pings(args: dict[str, Any]) -> list[str]:
    """Mentions (``<!here>``, ``<@U1>``, ``<!subteam^S1>``...) a message's args could trigger."""
    out: list[str] = []
    # link_names / parse=full make Slack turn a bare "@here" into a real ping.
    bare = str(args.get("link_names", "")).lower() in ("1", "true") or args.get("parse") == "full"
    _scan(args.get("text"), out, bare)
    _walk_pings(args.get("blocks"), out, bare)
    for attachment in args.get("attachments") or []:
        if not isinstance(attachment, dict):
            continue
        for key in ("text", "pretext", "fallback", "footer", "title"):
            _scan(attachment.get(key), out, bare)
        for fld in attachment.get("fields") or []:
            if isinstance(fld, dict):
                _scan(fld.get("value"), out, bare)
        _walk_pings(attachment.get("blocks"), out, bare)
    return list(dict.fromkeys(out))


# --------------------------------------------------------------------------------------
# Request parsing


def _read_body(handler: BaseHTTPRequestHandler) -> bytes:
    if "chunked" in (handler.headers.get("Transfer-Encoding") or "").lower():
        chunks = []
        while True:
            size = int(handler.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                handler.rfile.readline()
                return b"".join(chunks)
            chunks.append(handler.rfile.read(size))
            handler.rfile.readline()
    length = int(handler.headers.get("Content-Length") or 0)
    return handler.rfile.read(length) if length else b""


def _parse_multipart(body: bytes, content_type: str) -> dict[str, Any]:
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    args: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not name:
            continue
        payload = part.get_payload(decode=True) or b""
        if part.get_filename():
            args[name] = payload
        else:
            args[name] = payload.decode("utf-8", "replace")
    return args


def _parse_args(body: bytes, content_type: str, query: str) -> dict[str, Any]:
    args: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
    ctype = content_type.lower()
    # slack_sdk labels some bodiless and form-encoded requests as JSON; sniff, don't trust.
    if ctype.startswith("multipart/form-data"):
        args.update(_parse_multipart(body, content_type))
    elif body.strip().startswith(b"{"):
        try:
            parsed = json.loads(body)
        except ValueError:
            parsed = None
        if isinstance(parsed, dict):
            args.update(parsed)
        else:
            args.update(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
    elif body:
        args.update(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
    for key in _JSON_ARGS & args.keys():
        value = args[key]
        if isinstance(value, str) and value.strip()[:1] in ("[", "{"):
            try:
                args[key] = json.loads(value)
            except ValueError:
                args[key] = _Unparsable(value)
    return args


class _Unparsable(str):
    """A JSON-valued argument that did not parse; answered with ``invalid_*_format``."""


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:  # noqa: N802 - name fixed by http.server
        self.server.mock._handle(self)

    def do_GET(self) -> None:  # noqa: N802 - name fixed by http.server
        self.server.mock._handle(self)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - base signature
        """Keep test output clean; calls are inspectable on the mock instead."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # The default backlog of 5 makes bursts of concurrent clients stall for a 1 s SYN retry.
    request_queue_size = 128
    mock: MockSlackApi


# --------------------------------------------------------------------------------------
# The mock


Responder = Callable[[Call], dict[str, Any]]


class MockSlackApi:
    """A recording, limit-enforcing Slack Web API on 127.0.0.1, served from a background thread."""

    def __init__(
        self,
        *,
        team_id: str = "T0TEAM",
        team: str = "Rapport Test",
        domain: str = "rapport-test",
        bot_user_id: str = "UBOT",
        bot_id: str = "BBOT",
        bot_name: str = "rapport",
        app_id: str = "A0APP",
        users: dict[str, dict[str, Any]] | None = None,
        auto_users: bool = True,
    ) -> None:
        self.team_id = team_id
        self.team = team
        self.domain = domain
        self.bot_user_id = bot_user_id
        self.bot_id = bot_id
        self.bot_name = bot_name
        self.app_id = app_id
        self.auto_users = auto_users
        self.users: dict[str, dict[str, Any]] = {}
        for user_id, fields in (users or {}).items():
            self.add_user(user_id, **fields)
        self.uploads: dict[str, bytes] = {}
        self._lock = threading.RLock()
        self._cond = threading.Condition(self._lock)
        self._calls: list[Call] = []
        self._violations: list[Violation] = []
        self._ratelimits: dict[str, list[int]] = {}
        self._failures: dict[str, list[dict[str, Any]]] = {}
        self._http_errors: dict[str, list[int]] = {}
        self._responders: dict[str, Responder | dict[str, Any]] = {}
        self._ts_micros = 1_700_000_000_000_000
        self._serial = 0
        self._dm_ids: dict[str, str] = {}
        self._reactions: set[tuple[str, str, str]] = set()
        self._files: dict[str, dict[str, Any]] = {}
        self._response_url_posts: dict[str, int] = {}
        self._views: dict[str, dict[str, Any]] = {}
        # Each conversation's messages, oldest first, as conversations.history returns them.
        self._history: dict[str, list[dict[str, Any]]] = {}
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ----------------------------------------------------------------------

    def start(self) -> MockSlackApi:
        """Bind an ephemeral port on 127.0.0.1 and serve in a daemon thread."""
        if self._server is not None:
            return self
        server = _Server(("127.0.0.1", 0), _Handler)
        server.mock = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="mock-slack-api",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> MockSlackApi:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """The port the mock listens on (after ``start``)."""
        if self._server is None:
            raise RuntimeError("MockSlackApi is not started")
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        """The server root, ``http://127.0.0.1:PORT/``."""
        return f"http://127.0.0.1:{self.port}/"

    @property
    def base_url(self) -> str:
        """The Web API base for ``WebClient(base_url=...)``, with its trailing slash."""
        return f"{self.url}api/"

    def response_url(self, name: str = "default") -> str:
        """A ``response_url`` on this server; posts to it are recorded as method "response_url"."""
        return f"{self.url}response/{quote(name, safe='')}"

    # -- configuration ------------------------------------------------------------------

    def add_user(self, user_id: str, **fields: Any) -> dict[str, Any]:
        """Register a user for ``users.info``; fields such as ``is_admin`` or ``tz`` win."""
        name = fields.pop("name", user_id.lower())
        profile = fields.pop("profile", {})
        user = {
            "id": user_id,
            "team_id": self.team_id,
            "name": name,
            "real_name": fields.get("real_name", name.title()),
            "deleted": False,
            "tz": "UTC",
            "tz_label": "Coordinated Universal Time",
            "tz_offset": 0,
            "is_admin": False,
            "is_owner": False,
            "is_primary_owner": False,
            "is_restricted": False,
            "is_ultra_restricted": False,
            "is_bot": False,
            "is_app_user": False,
            "profile": {
                "real_name": fields.get("real_name", name.title()),
                "display_name": name,
                "team": self.team_id,
                **profile,
            },
        }
        user.update(fields)
        with self._lock:
            self.users[user_id] = user
        return user

    def ratelimit(self, method: str, retry_after: int = 1, times: int = 1) -> None:
        """Answer the next ``times`` calls to ``method`` with HTTP 429 and ``Retry-After``."""
        with self._lock:
            self._ratelimits[method] = [retry_after, times]

    def http_error(self, method: str, status: int = 503, times: int = 1) -> None:
        """Answer the next ``times`` calls to ``method`` with HTTP ``status`` (Slack's 5xx)."""
        with self._lock:
            self._http_errors.setdefault(method, []).extend([status] * times)

    def fail(self, method: str, error: str, times: int = 1, **fields: Any) -> None:
        """Answer the next ``times`` calls to ``method`` with ``{"ok": false, "error": error}``."""
        with self._lock:
            queue = self._failures.setdefault(method, [])
            queue.extend({"ok": False, "error": error, **fields} for _ in range(times))

    def respond_with(self, method: str, response: Responder | dict[str, Any]) -> None:
        """Answer ``method`` with a dict or ``response(call) -> dict``, skipping built-in checks."""
        with self._lock:
            self._responders[method] = response

    def reset(self) -> None:
        """Forget recorded calls, violations, rate limits and queued failures."""
        with self._lock:
            self._calls.clear()
            self._violations.clear()
            self._ratelimits.clear()
            self._failures.clear()
            self._http_errors.clear()
            self._history.clear()

    # -- inspection ---------------------------------------------------------------------

    @property
    def calls(self) -> list[Call]:
        """A snapshot of every request received, in arrival order."""
        with self._lock:
            return list(self._calls)

    @property
    def violations(self) -> list[Violation]:
        """A snapshot of every broken Slack limit or rule, in arrival order."""
        with self._lock:
            return list(self._violations)

    def calls_to(self, method: str) -> list[Call]:
        """The recorded calls to one method ("chat.postMessage", "response_url", "upload")."""
        with self._lock:
            return [c for c in self._calls if c.method == method]

    def wait_for(
        self,
        method: str,
        predicate: Callable[[Call], bool] | None = None,
        timeout: float = 5.0,
        count: int = 1,
    ) -> list[Call]:
        """Block until ``count`` calls to ``method`` match ``predicate``; return all matches."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                matches = [c for c in self._calls if c.method == method and _safe(predicate, c)]
                if len(matches) >= count:
                    return matches
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._cond.wait(remaining)
            received = "\n".join(f"  {c.brief()}" for c in self._calls) or "  (nothing)"
            violations = "\n".join(f"  {v}" for v in self._violations) or "  (none)"
        raise AssertionError(
            f"waited {timeout}s for {count} matching call(s) to {method}, got {len(matches)}.\n"
            f"Received:\n{received}\nViolations:\n{violations}"
        )

    def assert_no_violations(self) -> None:
        """Fail with the listing if any request broke a Slack limit."""
        found = self.violations
        if found:
            raise AssertionError("Slack limits broken:\n" + "\n".join(f"  {v}" for v in found))

    def pings(self, call: Call | dict[str, Any]) -> list[str]:
        """Mentions a recorded message (or message args) could trigger, e.g. ``["<!here>"]``."""
        return find_pings(call.args if isinstance(call, Call) else call)

    # -- HTTP handling ------------------------------------------------------------------

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        body = _read_body(handler)
        headers = Headers(handler.headers.items())
        content_type = headers.get("Content-Type") or ""
        path = parts.path
        name = None
        if path.startswith("/api/"):
            method = path[len("/api/") :]
        elif path.startswith("/response/"):
            method, name = "response_url", unquote(path[len("/response/") :])
        elif path.startswith("/upload/"):
            method, name = "upload", path.rsplit("/", 1)[-1]
        else:
            method = path
        if method == "upload":
            args: dict[str, Any] = dict(parse_qsl(parts.query))
        else:
            args = _parse_args(body, content_type, parts.query)
        call = Call(method=method, args=args, headers=headers, path=path, body=body, name=name)
        extra_headers: dict[str, str] = {}
        with self._cond:
            limited = self._ratelimits.get(method)
            broken = self._http_errors.get(method)
            if broken:
                call.status = broken.pop(0)
                call.response = {"ok": False, "error": "service_unavailable"}
            elif limited and limited[1] > 0:
                limited[1] -= 1
                call.status = 429
                call.response = {"ok": False, "error": "ratelimited"}
                extra_headers["Retry-After"] = str(limited[0])
            else:
                call.status, call.response = self._route(call)
            self._calls.append(call)
            self._cond.notify_all()
        if isinstance(call.response, dict):
            payload = json.dumps(call.response).encode()
            ctype = "application/json; charset=utf-8"
        else:
            payload = str(call.response).encode()
            ctype = "text/plain; charset=utf-8"
        handler.send_response(call.status)
        handler.send_header("Content-Type", ctype)
        handler.send_header("Content-Length", str(len(payload)))
        for key, value in extra_headers.items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(payload)

    def _route(self, call: Call) -> tuple[int, Any]:
        if call.method == "response_url":
            return self._response_url_post(call)
        if call.method == "upload":
            return self._upload(call)
        if not call.path.startswith("/api/"):
            return 404, "not found"
        return 200, self._api(call)

    def _violation(self, call: Call, error: str, problems: list[str]) -> None:
        self._violations.append(Violation(call.method, error, tuple(problems)))

    def _api(self, call: Call) -> dict[str, Any]:
        method = call.method
        if method not in _NO_AUTH_METHODS:
            token = call.token
            if not token:
                return {"ok": False, "error": "not_authed"}
            if not token.startswith("xox"):
                return {"ok": False, "error": "invalid_auth"}
        queued = self._failures.get(method)
        if queued:
            return queued.pop(0)
        responder = self._responders.get(method)
        if responder is not None:
            answer = responder(call) if callable(responder) else dict(responder)
            return {"ok": True, **answer}
        for key, value in call.args.items():
            if isinstance(value, _Unparsable):
                error = f"invalid_{key}_format" if key == "blocks" else "invalid_arguments"
                self._violation(call, error, [f"{key} is not valid JSON"])
                return {"ok": False, "error": error}
        impl = getattr(self, "_m_" + method.replace(".", "_"), None)
        if impl is None:
            return {"ok": False, "error": "unknown_method"}
        answer = impl(call, call.args)
        if not answer.get("ok", True):
            return answer
        return {"ok": True, **answer}

    def _check_message(self, call: Call, args: dict[str, Any]) -> dict[str, Any] | None:
        problems = _message_problems(args)
        if problems:
            self._violation(call, "invalid_blocks", problems)
            return {
                "ok": False,
                "error": "invalid_blocks",
                "response_metadata": {"messages": problems},
            }
        text = args.get("text")
        if isinstance(text, str) and len(text) > LIMITS["message_text"]:
            detail = f"text has {len(text)} characters, limit {LIMITS['message_text']}"
            self._violation(call, "msg_too_long", [detail])
            return {"ok": False, "error": "msg_too_long"}
        return None

    def _check_view(self, call: Call, view: Any) -> dict[str, Any] | None:
        problems = view_problems(view)
        if problems:
            # Slack reports view problems as invalid_arguments, not invalid_blocks.
            self._violation(call, "invalid_arguments", problems)
            return {
                "ok": False,
                "error": "invalid_arguments",
                "response_metadata": {"messages": problems},
            }
        return None

    def _next_ts(self) -> str:
        self._ts_micros += 100
        seconds, micros = divmod(self._ts_micros, 1_000_000)
        return f"{seconds}.{micros:06d}"

    def _next_id(self, prefix: str) -> str:
        self._serial += 1
        return f"{prefix}{self._serial:08d}"

    def _dm_for(self, users: str) -> str:
        key = ",".join(sorted(u.strip() for u in users.split(",") if u.strip()))
        if key not in self._dm_ids:
            self._dm_ids[key] = self._next_id("D")
        return self._dm_ids[key]

    def _channel(self, channel: str) -> str:
        # Posting to a user id lands in the bot's DM with that user, as on Slack.
        return self._dm_for(channel) if channel[:1] in ("U", "W") else channel

    def _message(self, args: dict[str, Any], ts: str) -> dict[str, Any]:
        message: dict[str, Any] = {
            "type": "message",
            "text": args.get("text", ""),
            "user": self.bot_user_id,
            "bot_id": self.bot_id,
            "app_id": self.app_id,
            "team": self.team_id,
            "ts": ts,
        }
        for key in ("blocks", "attachments", "thread_ts", "metadata"):
            if args.get(key) is not None:
                message[key] = args[key]
        return message

    def _response_url_post(self, call: Call) -> tuple[int, str]:
        count = self._response_url_posts.get(call.name or "", 0) + 1
        self._response_url_posts[call.name or ""] = count
        if count > LIMITS["response_url_posts"]:
            limit = LIMITS["response_url_posts"]
            self._violation(
                call, "used_too_often", [f"post {count} to one response_url (>{limit})"]
            )
            return 404, "expired_url"
        bad = self._check_message(call, call.args)
        if bad is not None:
            return 400, bad["error"]
        return 200, "ok"

    def _upload(self, call: Call) -> tuple[int, str]:
        file_id = call.name or ""
        if file_id not in self._files:
            return 404, "file_not_found"
        self.uploads[file_id] = call.body
        self._files[file_id]["size"] = len(call.body)
        return 200, f"OK - {len(call.body)}"

    # -- Web API methods (named _m_<method with dots as underscores>) --------------------

    def _m_api_test(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:
        return {"args": {k: v for k, v in args.items() if k != "token"}}

    def _m_auth_test(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": f"https://{self.domain}.slack.com/",
            "team": self.team,
            "user": self.bot_name,
            "team_id": self.team_id,
            "user_id": self.bot_user_id,
            "bot_id": self.bot_id,
            "is_enterprise_install": False,
        }

    def _m_chat_postMessage(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        if not args.get("channel"):
            return {"ok": False, "error": "channel_not_found"}
        if not any(args.get(k) for k in ("text", "blocks", "attachments")):
            return {"ok": False, "error": "no_text"}
        bad = self._check_message(call, args) or _metadata_problem(args.get("metadata"))
        if bad is not None:
            return bad
        ts = self._next_ts()
        channel = self._channel(str(args["channel"]))
        message = self._message(args, ts)
        if not args.get("thread_ts") or args.get("reply_broadcast"):
            self._history.setdefault(channel, []).append(message)
        return {"channel": channel, "ts": ts, "message": message}

    def _m_chat_scheduleMessage(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        if not args.get("channel"):
            return {"ok": False, "error": "channel_not_found"}
        if not args.get("post_at"):
            return {"ok": False, "error": "invalid_time"}
        bad = self._check_message(call, args)
        if bad is not None:
            return bad
        return {
            "channel": self._channel(str(args["channel"])),
            "scheduled_message_id": self._next_id("Q"),
            "post_at": int(args["post_at"]),
            "message": self._message(args, self._next_ts()),
        }

    def _m_chat_update(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:
        if not args.get("channel"):
            return {"ok": False, "error": "channel_not_found"}
        if not args.get("ts"):
            return {"ok": False, "error": "message_not_found"}
        bad = self._check_message(call, args)
        if bad is not None:
            return bad
        ts = str(args["ts"])
        message = self._message(args, ts)
        for n, old in enumerate(self._history.get(str(args["channel"]), [])):
            if old["ts"] == ts:
                # An edit keeps the message's metadata unless the update gives new.
                message.setdefault("metadata", old.get("metadata"))
                self._history[str(args["channel"])][n] = {
                    k: v for k, v in message.items() if v is not None}
        return {
            "channel": args["channel"],
            "ts": ts,
            "text": args.get("text", ""),
            "message": message,
        }

    def _m_chat_postEphemeral(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        if not args.get("channel"):
            return {"ok": False, "error": "channel_not_found"}
        if not args.get("user"):
            return {"ok": False, "error": "user_not_found"}
        if not any(args.get(k) for k in ("text", "blocks", "attachments")):
            return {"ok": False, "error": "no_text"}
        bad = self._check_message(call, args)
        if bad is not None:
            return bad
        return {"message_ts": self._next_ts()}

    def _m_chat_delete(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:
        if not args.get("channel") or not args.get("ts"):
            return {"ok": False, "error": "message_not_found"}
        return {"channel": args["channel"], "ts": args["ts"]}

    def _m_chat_getPermalink(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        channel, ts = args.get("channel"), args.get("message_ts")
        if not channel or not ts:
            return {"ok": False, "error": "message_not_found"}
        link = f"https://{self.domain}.slack.com/archives/{channel}/p{str(ts).replace('.', '')}"
        return {"channel": channel, "permalink": link}

    def _view_answer(self, view: dict[str, Any], view_id: str) -> dict[str, Any]:
        stored = {
            "id": view_id,
            "team_id": self.team_id,
            "type": view.get("type", "modal"),
            "blocks": view.get("blocks", []),
            "private_metadata": view.get("private_metadata", ""),
            "callback_id": view.get("callback_id", ""),
            "external_id": view.get("external_id", ""),
            "state": {"values": {}},
            "hash": f"{int(time.time())}.{view_id.lower()}",
            "clear_on_close": bool(view.get("clear_on_close", False)),
            "notify_on_close": bool(view.get("notify_on_close", False)),
            "root_view_id": view_id,
            "previous_view_id": None,
            "app_id": self.app_id,
            "app_installed_team_id": self.team_id,
            "bot_id": self.bot_id,
        }
        for key in ("title", "submit", "close"):
            if view.get(key) is not None:
                stored[key] = view[key]
        self._views[view_id] = stored
        if stored["external_id"]:
            self._views[stored["external_id"]] = stored
        return {"view": stored}

    def _m_views_open(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:
        if not args.get("trigger_id") and not args.get("interactivity_pointer"):
            return {"ok": False, "error": "invalid_arguments"}
        bad = self._check_view(call, args.get("view"))
        if bad is not None:
            return bad
        return self._view_answer(args["view"], self._next_id("V"))

    def _m_views_push(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:
        return self._m_views_open(call, args)

    def _m_views_update(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:
        key = args.get("view_id") or args.get("external_id")
        if not key:
            return {"ok": False, "error": "invalid_arguments"}
        bad = self._check_view(call, args.get("view"))
        if bad is not None:
            return bad
        known = self._views.get(str(key))
        view_id = known["id"] if known else str(args.get("view_id") or self._next_id("V"))
        return self._view_answer(args["view"], view_id)

    def _m_views_publish(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:
        if not args.get("user_id"):
            return {"ok": False, "error": "invalid_arguments"}
        bad = self._check_view(call, args.get("view"))
        if bad is not None:
            return bad
        return self._view_answer(args["view"], self._next_id("V"))

    def _reaction_key(self, args: dict[str, Any]) -> tuple[str, str, str] | None:
        channel, ts, name = args.get("channel"), args.get("timestamp"), args.get("name")
        if not channel or not ts or not name:
            return None
        return str(channel), str(ts), str(name).strip(":")

    def _m_reactions_add(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:
        key = self._reaction_key(args)
        if key is None:
            return {"ok": False, "error": "no_item_specified"}
        if key in self._reactions:
            return {"ok": False, "error": "already_reacted"}
        self._reactions.add(key)
        return {}

    def _m_reactions_remove(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:
        key = self._reaction_key(args)
        if key is None:
            return {"ok": False, "error": "no_item_specified"}
        if key not in self._reactions:
            return {"ok": False, "error": "no_reaction"}
        self._reactions.discard(key)
        return {}

    def _m_conversations_open(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:
        users, channel = args.get("users"), args.get("channel")
        if channel:
            return {"channel": {"id": channel}, "no_op": True, "already_open": True}
        if not users:
            return {"ok": False, "error": "users_list_not_supplied"}
        dm_id = self._dm_for(str(users))
        return {"channel": {"id": dm_id}, "no_op": False, "already_open": False}

    def _m_conversations_history(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:
        channel = str(args.get("channel") or "")
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        limit = min(int(args.get("limit") or 100), 999)
        oldest = float(args.get("oldest") or 0)
        every_field = str(args.get("include_all_metadata")).lower() in ("true", "1")
        found = [m for m in reversed(self._history.get(channel, [])) if float(m["ts"]) > oldest]
        # Slack returns a message's metadata only when asked for all of it.
        page = [m if every_field else {k: v for k, v in m.items() if k != "metadata"}
                for m in found[:limit]]
        return {"messages": page, "has_more": len(found) > limit, "pin_count": 0}

    def _m_conversations_info(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:
        channel = str(args.get("channel") or "")
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        is_im = channel.startswith("D")
        return {
            "channel": {
                "id": channel,
                "name": None if is_im else channel.lower(),
                "is_channel": channel.startswith("C"),
                "is_group": channel.startswith("G"),
                "is_im": is_im,
                "is_private": not channel.startswith("C"),
                "is_archived": False,
                "is_member": True,
            }
        }

    def _lookup_user(self, user_id: str) -> dict[str, Any] | None:
        if user_id not in self.users and self.auto_users and user_id[:1] in ("U", "W"):
            self.add_user(user_id)
        return self.users.get(user_id)

    def _m_users_info(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:
        user = self._lookup_user(str(args.get("user") or ""))
        if user is None:
            return {"ok": False, "error": "user_not_found"}
        return {"user": user}

    def _m_users_list(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:
        return {"members": list(self.users.values()), "response_metadata": {"next_cursor": ""}}

    def _m_team_info(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:
        return {"team": {"id": self.team_id, "name": self.team, "domain": self.domain}}

    def _m_files_getUploadURLExternal(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        filename, length = args.get("filename"), args.get("length")
        if not filename or length in (None, ""):
            return {"ok": False, "error": "invalid_arguments"}
        file_id = self._next_id("F")
        self._files[file_id] = {
            "id": file_id,
            "name": filename,
            "title": filename,
            "size": int(length),
            "alt_txt": args.get("alt_txt"),
            "snippet_type": args.get("snippet_type"),
            "user": self.bot_user_id,
            "created": int(time.time()),
        }
        return {"upload_url": f"{self.url}upload/v1/{file_id}", "file_id": file_id}

    def _m_files_completeUploadExternal(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        files = args.get("files")
        if not isinstance(files, list) or not files:
            return {"ok": False, "error": "invalid_arguments"}
        done = []
        for item in files:
            file_id = item.get("id") if isinstance(item, dict) else None
            if file_id not in self.uploads:
                return {"ok": False, "error": "file_not_found"}
            record = self._files[file_id]
            if item.get("title"):
                record["title"] = item["title"]
            channels = [c for c in str(args.get("channels") or "").split(",") if c]
            if args.get("channel_id"):
                channels.append(str(args["channel_id"]))
            record["channels"] = channels
            done.append(dict(record))
        return {"files": done}

    def _m_files_info(self, call: Call, args: dict[str, Any]) -> dict[str, Any]:
        record = self._files.get(str(args.get("file") or ""))
        if record is None:
            return {"ok": False, "error": "file_not_found"}
        return {"file": dict(record)}


def _metadata_problem(metadata: Any) -> dict[str, Any] | None:
    # Slack's message metadata: an event_type of letters, digits and underscores, and an
    # object payload.
    if metadata is None:
        return None
    if isinstance(metadata, str):
        try:
            metadata = json.loads(metadata)
        except ValueError:
            return {"ok": False, "error": "invalid_metadata_format"}
    kind = metadata.get("event_type") if isinstance(metadata, dict) else None
    if not (isinstance(kind, str) and re.fullmatch(r"[a-z0-9_]{1,255}", kind)
            and isinstance(metadata.get("event_payload"), dict)):
        return {"ok": False, "error": "invalid_metadata_format"}
    return None


def _safe(predicate: Callable[[Call], bool] | None, call: Call) -> bool:
    if predicate is None:
        return True
    try:
        return bool(predicate(call))
    except (KeyError, IndexError, TypeError, AttributeError, ValueError):
        # A predicate written for the expected call may not fit every other call.
        return False
