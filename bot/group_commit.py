"""Group commit: writes that arrive together share one transaction.

An acknowledgement must be on disk before the answer goes back, and a commit costs far more
than the insert it carries (a sync, a lock taken and released). When many requests arrive at
once, the first to come leads: it waits a moment for the others, writes every row in one
transaction, and hands each waiter its own result. Alone, a write pays no wait at all.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine


class _Ticket:
    """One waiter's row, and its result or error once the batch is written."""

    __slots__ = ("row", "wake", "written", "promoted", "result", "error")

    def __init__(self, row: Any):
        self.row, self.wake = row, threading.Event()
        self.written = self.promoted = False
        self.result: Any = None
        self.error: BaseException | None = None


class GroupCommit:
    """Batches `write(connection, row)` calls from many threads into shared transactions."""

    def __init__(self, engine: Engine, write: Callable[[Connection, Any], Any],
                 window_s: float = 0.002, most: int = 64):
        self.engine, self.write, self.window_s, self.most = engine, write, window_s, most
        self._lock = threading.Lock()
        self._waiting: list[_Ticket] = []
        self._leading = False
        self._arrived = threading.Condition(self._lock)

    def submit(self, row: Any) -> Any:
        """Write one row (with whatever else is waiting) and return what `write` gave for it."""
        ticket = _Ticket(row)
        with self._lock:
            self._waiting.append(ticket)
            ticket.promoted = not self._leading
            self._leading = True
            self._arrived.notify()
        while not ticket.written:
            if ticket.promoted:
                self._lead()
            else:
                ticket.wake.wait()
        if ticket.error is not None:
            raise ticket.error
        return ticket.result

    def _lead(self) -> None:
        # One batch, the leader's own row in it; then the lead passes to the first row that
        # came meanwhile, so no caller waits on writes that are not its own.
        with self._lock:
            if len(self._waiting) > 1:
                # Others are already here: a moment more lets the rest of the burst join.
                deadline = time.monotonic() + self.window_s
                while len(self._waiting) < self.most and \
                        (left := deadline - time.monotonic()) > 0:
                    self._arrived.wait(left)
            batch, self._waiting = self._waiting[:self.most], self._waiting[self.most:]
        self._write(batch)
        with self._lock:
            if self._waiting:
                self._waiting[0].promoted = True
                self._waiting[0].wake.set()
            else:
                self._leading = False

    def _write(self, batch: list[_Ticket]) -> None:
        try:
            with self.engine.begin() as conn:
                for ticket in batch:
                    ticket.result = self.write(conn, ticket.row)
        except BaseException as exc:  # every waiter of a failed batch hears of it
            for ticket in batch:
                ticket.error = exc
        finally:
            for ticket in batch:
                ticket.written, ticket.promoted = True, False
                ticket.wake.set()
