"""The REST side: parse and record every request, route it, answer in Discord's shapes."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web
from multidict import CIMultiDict

from .errors import DiscordError

if TYPE_CHECKING:
    from .server import FakeDiscord

__all__ = ["API_PREFIX", "Call", "RestApi", "Router", "UploadedFile", "Violation", "json_response"]

API_PREFIX = "/api/v10"
NOT_FOUND = {"message": "404: Not Found", "code": 0}

Handler = Callable[..., Awaitable[tuple[int, Any]]]


@dataclass
class UploadedFile:
    """One ``files[n]`` part of a multipart request."""

    field: str
    filename: str
    size: int
    content_type: str | None
    data: bytes = field(repr=False)

    @property
    def index(self) -> int:
        """The ``n`` of ``files[n]`` (attachments in ``payload_json`` refer to it as their id)."""
        match = re.fullmatch(r"files\[(\d+)\]", self.field)
        return int(match.group(1)) if match else -1


@dataclass
class Call:
    """One REST request the bot made, and what the fake answered."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    headers: Mapping[str, str]
    files: list[UploadedFile] = field(default_factory=list)
    route: str | None = None
    status: int = 0
    response: Any = None
    at: float = field(default_factory=time.monotonic)

    @property
    def known(self) -> bool:
        """Whether the fake (and so, presumably, Discord) has this method and route."""
        return self.route is not None

    @property
    def message_body(self) -> dict[str, Any] | None:
        """The message fields sent: the body, or ``data`` of a message-posting callback."""
        body = self.json if isinstance(self.json, dict) else None
        if body is None:
            return None
        if self.route == "interaction_callback":
            return body.get("data") or {} if body.get("type") in (4, 7) else None
        return body

    def __str__(self) -> str:
        return f"{self.method} {self.path} -> {self.status}"


@dataclass
class Violation:
    """A request Discord would have refused; the bot got the same error back."""

    rule: str
    status: int
    code: int
    message: str
    errors: dict[str, Any] | None
    call: Call

    def __str__(self) -> str:
        detail = f" {json.dumps(self.errors)}" if self.errors else ""
        return (
            f"[{self.rule}] {self.call.method} {self.call.path}: {self.code} {self.message}{detail}"
        )


def json_response(status: int, body: Any) -> web.Response:
    """A JSON response with exactly ``Content-Type: application/json`` (discord.py insists)."""
    if status == 204:
        return web.Response(status=204)
    return web.Response(
        status=status,
        body=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )


@dataclass
class _Route:
    method: str
    regex: re.Pattern[str]
    name: str
    handler: Handler
    auth: bool


class Router:
    """Maps ``METHOD /path/{param}`` templates to handlers; ``*_id`` params are snowflakes."""

    def __init__(self) -> None:
        self.routes: list[_Route] = []

    def add(self, method: str, template: str, handler: Handler, *, auth: bool = True) -> None:
        """Register ``handler(call, **params)``; ``auth`` routes need the bot token."""

        def param(match: re.Match[str]) -> str:
            name = match.group(1)
            pattern = r"\d+" if name.endswith("_id") else r"[^/]+"
            return f"(?P<{name}>{pattern})"

        regex = re.compile(re.sub(r"\{(\w+)\}", param, template))
        name = handler.__name__.lstrip("_")
        self.routes.append(_Route(method, regex, name, handler, auth))

    def path_known(self, path: str) -> bool:
        """Whether any method is routed for ``path``."""
        return any(route.regex.fullmatch(path) for route in self.routes)

    def match(self, method: str, path: str) -> tuple[_Route, dict[str, str]] | None:
        """The route for a request, with its path parameters."""
        for route in self.routes:
            if route.method != method:
                continue
            found = route.regex.fullmatch(path)
            if found:
                return route, found.groupdict()
        return None


class RestApi:
    """aiohttp handler for everything under ``/api/v10``."""

    def __init__(self, server: FakeDiscord, router: Router) -> None:
        self.server = server
        self.router = router

    async def handle(self, request: web.Request) -> web.Response:
        """Record the request, run its route, turn DiscordError into Discord's error response."""
        path = request.path.removeprefix(API_PREFIX) or "/"
        call = Call(
            method=request.method,
            path=path,
            query=dict(request.query),
            json=None,
            headers=CIMultiDict(request.headers),
        )
        try:
            await self._read_body(request, call)
            status, body = await self._route(call)
        except DiscordError as error:
            status, body = error.status, error.body()
            self.server.violations.append(
                Violation(error.rule, error.status, error.code, error.message, error.errors, call)
            )
        call.status, call.response = status, body
        self.server._record(call)
        return json_response(status, body)

    async def _route(self, call: Call) -> tuple[int, Any]:
        found = self.router.match(call.method, call.path)
        if found is None:
            if self.router.path_known(call.path):
                return 405, {"message": "405: Method Not Allowed", "code": 0}
            return 404, NOT_FOUND
        route, params = found
        call.route = route.name
        if route.auth and call.headers.get("Authorization") != f"Bot {self.server.token}":
            raise DiscordError(401, 0, "401: Unauthorized", rule="unauthorized")
        return await route.handler(call, **params)

    @staticmethod
    async def _read_body(request: web.Request, call: Call) -> None:
        if not request.body_exists:
            return
        if request.content_type.startswith("multipart/"):
            reader = await request.multipart()
            async for part in reader:
                name = part.name or ""
                if name == "payload_json":
                    call.json = json.loads(await part.text())
                else:
                    data = bytes(await part.read())
                    call.files.append(
                        UploadedFile(
                            name,
                            part.filename or "",
                            len(data),
                            part.headers.get("Content-Type"),
                            data,
                        )
                    )
            return
        raw = await request.read()
        if not raw:
            return
        try:
            call.json = json.loads(raw)
        except ValueError:
            raise DiscordError(
                400, 50109, "The request body contains invalid JSON.", rule="invalid-json"
            ) from None
