"""Discord having a bad day, on the local fake: answers of 5xx and 429, and requests held.

`Faults(server)` sits in front of the fake's REST routes. Each rule matches a method and a
path (a regex, full match) for its next `times` requests, and answers them with an error
(`keep=True`: after the fake did the work, as when Discord did it but the answer was lost) or
holds them without an answer until `release()` (`keep=True`: after doing the work). Matched
calls are recorded like any other, so `server.calls_to` shows them with their status.
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fakes.discord_server import Call, FakeDiscord


class _Answer(web.HTTPException):
    """Any status, with exactly the headers Discord sends (discord.py reads them)."""

    def __init__(self, status: int, body: dict[str, Any], headers: dict[str, str]):
        self.status_code = status
        super().__init__(headers=headers)
        self.body = json.dumps(body).encode()
        self.headers["Content-Type"] = "application/json"  # exactly: discord.py insists


@dataclass
class Rule:
    """The next `times` requests matching `method` and `path`, and what happens to them."""

    method: str
    path: re.Pattern[str]
    times: int
    status: int = 503
    body: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    keep: bool = False
    hold: bool = False
    reached: asyncio.Event = field(default_factory=asyncio.Event)


class Faults:
    """Fault rules in front of one fake Discord's REST routes."""

    def __init__(self, server: FakeDiscord):
        self.server, self.rules = server, []
        self._real = server._rest._route
        self._released = asyncio.Event()
        server._rest._route = self._route

    def fail(self, method: str, path: str, status: int = 503, times: int = 1,
             keep: bool = False) -> Rule:
        """Answer the next `times` matching requests with `status`."""
        body = {"message": f"{status}: Discord is having a bad day", "code": 0}
        return self._add(Rule(method, re.compile(path), times, status, body, keep=keep))

    def rate_limit(self, method: str, path: str, retry_after: float, times: int = 1) -> Rule:
        """Answer 429 as Discord does: `retry_after` in the body and the headers."""
        body = {"message": "You are being rate limited.", "retry_after": retry_after,
                "global": False, "code": 0}
        headers = {"Retry-After": str(retry_after), "X-RateLimit-Scope": "user",
                   "Via": "1.1 google"}  # without Via, discord.py takes it for a Cloudflare ban
        return self._add(Rule(method, re.compile(path), times, 429, body, headers))

    def hold(self, method: str, path: str, keep: bool = False) -> Rule:
        """Never answer the next matching request (until release); `keep`: do it first."""
        return self._add(Rule(method, re.compile(path), 1, keep=keep, hold=True))

    def release(self) -> None:
        """Let held requests end (with a 503, by then nobody is listening)."""
        self._released.set()

    def _add(self, rule: Rule) -> Rule:
        self.rules.append(rule)
        return rule

    async def _route(self, call: Call) -> tuple[int, Any]:
        rule = next((r for r in self.rules if r.times > 0 and r.method == call.method
                     and r.path.fullmatch(call.path)), None)
        if rule is None:
            return await self._real(call)
        rule.times -= 1
        if rule.keep:
            await self._real(call)
        else:
            found = self.server._rest.router.match(call.method, call.path)
            call.route = found[0].name if found else None
        rule.reached.set()
        if rule.hold:
            await self._released.wait()
        call.status, call.response = rule.status, rule.body
        self.server._record(call)
        raise _Answer(rule.status, rule.body, rule.headers)
