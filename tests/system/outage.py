"""A database outage a test can switch on and off.

PostgreSQL: the processes under test reach the server through a small TCP proxy (asyncio, in a
thread of the test); `cut()` drops every open connection and refuses new ones (accepted and
closed at once, as a server restarting or a network partition shows), `restore()` lets them
through again. SQLite has no server to lose: `cut()` holds the write lock of the database and
of its job file (as a backup or a long migration would), so every writer waits on it.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import threading
from pathlib import Path

from sqlalchemy.engine import make_url

from bot.db_url import normalise_url


class PostgresProxy:
    """A TCP proxy to the PostgreSQL server of `url`; `.url` is `url` through it."""

    def __init__(self, url: str):
        self.target = make_url(normalise_url(url))
        self.down = False
        self.refused = 0
        # A cut armed to fall the moment a client sends these bytes (a statement, a value).
        self._trigger: bytes | None = None
        self.tripped = threading.Event()
        self._pipes: set[asyncio.StreamWriter] = set()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pg-proxy", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the proxy did not start")
        self.url = self.target.set(host="127.0.0.1", port=self.port).render_as_string(
            hide_password=False)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._client, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        if self.down:
            self.refused += 1
            writer.transport.abort()
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(
                self.target.host or "127.0.0.1", self.target.port or 5432)
        except OSError:
            writer.transport.abort()
            return
        self._pipes |= {writer, up_writer}
        await asyncio.gather(self._pipe(reader, up_writer, upstream=True),
                             self._pipe(up_reader, writer))
        self._pipes -= {writer, up_writer}

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                    upstream: bool = False):
        seen = b""
        try:
            while data := await reader.read(65536):
                if upstream and self._trigger is not None and self._trigger in seen + data:
                    # The statement never reaches the server: the database is gone first.
                    self._trigger = None
                    self._cut_now()
                    self.tripped.set()
                    return
                seen = (seen + data)[-4096:]
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.transport.abort()

    def _call(self, function) -> None:
        done = threading.Event()

        def run() -> None:
            function()
            done.set()
        self._loop.call_soon_threadsafe(run)
        done.wait(5)

    def _cut_now(self) -> None:
        self.down = True
        for writer in list(self._pipes):
            writer.transport.abort()

    def cut(self) -> None:
        """The database is gone: open connections drop, new ones are refused."""
        self._call(self._cut_now)

    def cut_when_sent(self, pattern: bytes) -> None:
        """Cut the moment a process sends `pattern` to the server (that message is lost)."""
        def arm() -> None:
            self.tripped.clear()
            self._trigger = pattern
        self._call(arm)

    def restore(self) -> None:
        """The database is back."""
        def restore() -> None:
            self.down = False
        self._call(restore)

    def close(self) -> None:
        """Stop the proxy: every connection dropped, every task of its loop ended."""
        async def shutdown() -> None:
            self.down = True
            self._server.close()
            for writer in list(self._pipes):
                writer.transport.abort()
            # Aborted, every pipe ends; wait for them rather than cancel them.
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            if tasks:
                await asyncio.wait(tasks, timeout=5)
        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()


class SqliteLock:
    """SQLite's stand-in for an outage: another process holding the write lock of the
    database and of its job file, so every writer waits (SQLite's busy timeout) until it
    lets go. `url` is unchanged: there is nothing to put in between."""

    def __init__(self, url: str):
        self.url = url
        path = Path(make_url(url).database)
        # Where bot.outbox.jobs_engine keeps the jobs of an SQLite database.
        self._files = [str(path), str(path.with_suffix(".jobs" + path.suffix))]
        self._held: list[sqlite3.Connection] = []

    def cut(self) -> None:
        """Take both write locks."""
        for file in self._files:
            conn = sqlite3.connect(file, timeout=30, isolation_level=None)
            conn.execute("BEGIN IMMEDIATE")
            self._held.append(conn)

    def restore(self) -> None:
        """Let go of them."""
        for conn in self._held:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            conn.close()
        self._held.clear()

    def close(self) -> None:
        """Let go, if still held."""
        self.restore()


def outage_for(url: str):
    """The outage switch for a test database: the proxy on PostgreSQL, a lock on SQLite."""
    return SqliteLock(url) if url.startswith("sqlite") else PostgresProxy(url)
