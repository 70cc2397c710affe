"""Answers first: worker processes started beside the web process hold off while it answers.

Slack waits for an acknowledgement (and gives up after 3 s); nobody waits yet for the review
behind it. On one host, the idle scheduling class keeps a worker's own CPU out of the web
process's way, but not what a worker makes others do — the database writes it holds a lock
for, the server processes answering its queries, Slack's API answering its posts. So workers
started by `rapport serve slack` look here before taking a job: while the web process is
answering, or has just answered, they wait — never longer than `MOST` seconds a job, so work
goes on under a load that never lets up. Workers on a host of their own (`rapport worker`)
have no web process to defer to and never wait.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

QUIET = 0.05  # seconds with no request in hand before a worker takes a job
MOST = 10.0  # the longest a job waits for a quiet moment (a burst of requests rarely lasts)
STEP = 0.01  # seconds between looks


class Answering:
    """How many requests the web process has in hand, and when it last answered one, kept in
    memory shared with the worker processes it starts (only the web process writes)."""

    def __init__(self, context):
        self._in_hand = context.RawValue("i", 0)
        self._last = context.RawValue("d", 0.0)
        self._lock = threading.Lock()  # the web process's threads, writing the count

    def __getstate__(self) -> dict:
        # A worker gets the shared values, not the web process's own lock (it never writes).
        return {"_in_hand": self._in_hand, "_last": self._last, "_lock": None}

    @contextmanager
    def answering(self) -> Iterator[None]:
        """Count a request as in hand for as long as the web process answers it."""
        with self._lock:
            self._in_hand.value += 1
        try:
            yield
        finally:
            with self._lock:
                self._in_hand.value -= 1
                self._last.value = time.monotonic()

    def quiet(self, now: float | None = None) -> bool:
        """Whether no request is in hand and none was answered in the last `QUIET` seconds."""
        now = time.monotonic() if now is None else now
        return self._in_hand.value == 0 and now - self._last.value >= QUIET

    def wait_for_quiet(self, stop: threading.Event, most: float = MOST) -> None:
        """Wait (at most `most` seconds, or until `stop`) for a quiet moment."""
        deadline = time.monotonic() + most
        while not self.quiet() and time.monotonic() < deadline and not stop.wait(STEP):
            pass
