"""Group commit: writes that arrive together share one transaction.

An acknowledgement must be on disk before the answer goes back, and a commit costs far more
than the insert it carries (a sync, a lock taken and released). The first to come leads: it
writes its row and every row waiting beside it in one transaction, and hands each waiter its
own result; rows arriving meanwhile form the next batch. Nobody waits for a batch to fill:
under load, batches grow by themselves (waiting a fixed moment for more cost every request
a wake-up and made a burst slower, not faster).

The batch runs on the driver's own cursor, not through SQLAlchemy's execution layer: this is
every acknowledgement's one write, and that layer cost more than the insert and commit it
carried. Driver errors are raised as SQLAlchemy's, as everywhere else. Batches run one at a
time, so they keep one connection of their own rather than taking one from the pool for each:
checking it out and in, and on PostgreSQL the pool's liveness ping, cost more than the insert.
It is pinged only after it sat idle, and a connection that failed is dropped for a new one.
That connection is taken out of the pool for good and runs in autocommit: a row alone is one
statement, atomic by itself (on PostgreSQL one round trip, not two), and a batch of several
opens its transaction explicitly.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from bot.db import write_begin

# Seconds a kept connection may sit unused before it is pinged before its next batch: a server
# that restarted meanwhile has closed it.
IDLE_PING_S = 1.0


class _Ticket:
    """One waiter's row, and its result or error once the batch is written."""

    __slots__ = ("row", "wake", "written", "promoted", "result", "error")

    def __init__(self, row: Any):
        self.row, self.wake = row, None  # a waiter's Event; the one who leads never waits
        self.written = self.promoted = False
        self.result: Any = None
        self.error: BaseException | None = None


class GroupCommit:
    """Batches `write(cursor, row)` calls from many threads into shared transactions
    (`cursor` is the database driver's)."""

    def __init__(self, engine: Engine, write: Callable[[Any, Any], Any], most: int = 64,
                 write_many: Callable[[Any, list], list] | None = None):
        self.engine, self.write, self.most = engine, write, most
        # Several rows at once in a transaction of their own (`write_many(cursor, rows)`, one
        # result each), where the driver can send it all in one round trip rather than one a row.
        self.write_many = write_many
        self._begin = write_begin(engine)
        self.transactions = 0
        self._lock = threading.Lock()
        self._waiting: list[_Ticket] = []
        self._leading = False
        self._raw: Any = None  # the connection batches run on; only the leader touches it
        self._used = 0.0

    def submit(self, row: Any) -> Any:
        """Write one row (with whatever else is waiting) and return what `write` gave for it."""
        ticket = _Ticket(row)
        with self._lock:
            self._waiting.append(ticket)
            ticket.promoted = not self._leading
            if not ticket.promoted:
                ticket.wake = threading.Event()
            self._leading = True
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
            self._transaction(batch)
        except BaseException as exc:  # every waiter of a failed batch hears of it
            for ticket in batch:
                ticket.error = exc
        finally:
            for ticket in batch:
                ticket.written, ticket.promoted = True, False
                if ticket.wake is not None:
                    ticket.wake.set()

    def _transaction(self, batch: list[_Ticket]) -> None:
        dbapi_error = self.engine.dialect.loaded_dbapi.Error
        raw = self._connection()
        try:
            cursor = raw.cursor()
            # (A row alone commits as its statement finishes: `write` must fetch all it returns.)
            if len(batch) > 1 and self.write_many is not None:
                # Its own transaction, begun and committed in the same round trip.
                results = self.write_many(cursor, [ticket.row for ticket in batch])
                for ticket, result in zip(batch, results, strict=True):
                    ticket.result = result
            else:
                if len(batch) > 1:
                    cursor.execute(self._begin)
                for ticket in batch:
                    ticket.result = self.write(cursor, ticket.row)
            raw.commit()
            self.transactions += 1
        except dbapi_error as exc:
            lost = self.engine.dialect.is_disconnect(exc, raw.dbapi_connection, None)
            self._drop(exc)  # a connection that failed mid-write is not used again
            raise DBAPIError.instance(None, None, exc, dbapi_error,
                                      connection_invalidated=lost) from exc
        except BaseException:
            raw.rollback()
            raise

    def _connection(self) -> Any:
        raw, now = self._raw, time.monotonic()
        if raw is not None and now - self._used > IDLE_PING_S:
            try:
                self.engine.dialect.do_ping(raw.dbapi_connection)
            except self.engine.dialect.loaded_dbapi.Error as exc:
                self._drop(exc)
                raw = None
        if raw is None:
            raw = self.engine.raw_connection()
            raw.detach()  # autocommit must never reach the pool's other users
            if self.engine.dialect.name != "sqlite":  # SQLite's is in autocommit already
                raw.dbapi_connection.autocommit = True
            self._raw = raw
        self._used = now
        return raw

    def _drop(self, exc: BaseException) -> None:
        if self._raw is not None:
            self._raw.invalidate(exc)
            self._raw = None
