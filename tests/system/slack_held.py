"""The mock Slack Web API, able to hold a method's calls (Slack slow to answer) so a process
under test is caught mid-work, then let them through or drop them unanswered."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlsplit

from tests.fakes.slack_api import Call, MockSlackApi


class _Gate:
    def __init__(self) -> None:
        self.opened = threading.Event()
        self.drop = False
        self.waiting = 0


class HeldSlackApi(MockSlackApi):
    """MockSlackApi whose `hold(method)` keeps that method's requests waiting, unanswered and
    unrecorded, until `release(method)` (answered as usual) or `release(method, drop=True)`:
    closed without an answer and never recorded, as a request Slack never took, because the
    process that sent it was killed before Slack read it."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._gates: dict[str, _Gate] = {}
        self._gate_cond = threading.Condition()
        self.dropped: list[str] = []

    def hold(self, method: str) -> None:
        """From now on, `method`'s requests wait."""
        with self._gate_cond:
            self._gates.setdefault(method, _Gate())

    def held(self, method: str) -> int:
        """How many of `method`'s requests are waiting now."""
        with self._gate_cond:
            gate = self._gates.get(method)
            return gate.waiting if gate else 0

    def wait_held(self, method: str, count: int, timeout: float = 20.0) -> None:
        """Block until `count` requests to `method` are waiting."""
        with self._gate_cond:
            if not self._gate_cond.wait_for(lambda: self.held(method) >= count, timeout):
                raise AssertionError(f"only {self.held(method)} of {count} {method} calls "
                                     f"were held after {timeout}s; calls so far:\n"
                                     + "\n".join(c.brief(160) for c in self.calls))

    def release(self, method: str, drop: bool = False) -> None:
        """Let the waiting requests go on (or drop them); later ones are not held."""
        with self._gate_cond:
            gate = self._gates.pop(method, None)
        if gate is not None:
            gate.drop = drop
            gate.opened.set()

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        path = urlsplit(handler.path).path
        method = path.removeprefix("/api/") if path.startswith("/api/") else None
        with self._gate_cond:
            gate = self._gates.get(method) if method else None
            if gate is not None:
                gate.waiting += 1
                self._gate_cond.notify_all()
        if gate is not None:
            gate.opened.wait(120)
            with self._gate_cond:
                gate.waiting -= 1
            if gate.drop:
                with self._gate_cond:
                    self.dropped.append(method)
                handler.close_connection = True
                return
        super()._handle(handler)


def texts(node) -> str:
    """Every text a message shows (its fallback text and its blocks), joined by newlines."""
    if isinstance(node, Call):
        node = node.args
    found: list[str] = []

    def walk(value) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "text" and isinstance(item, str):
                    found.append(item)
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
    walk(node)
    return "\n".join(found)
