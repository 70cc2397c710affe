"""What Discord is owed after an act, as durable jobs in the outbox (bot/outbox.py).

An act's jobs are committed in the same step as the act, before anything goes back to
Discord, then run at once by the request that made them; one that fails, or that a restart
left behind, is run by the job worker (worker.py). A failure Discord may get over (HTTP 5xx,
429, a dropped connection, the gateway cache still filling, the database away) is tried
again later, after Discord's `retry_after` when it gives one, else with the outbox's
back-off; one Discord refused for good (403, 404, a bad request) fails at once, in one log line.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import discord
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from bot.errors import Unavailable
from bot.outbox import Claimed, Outbox

log = logging.getLogger(__name__)
# Every Discord job's kind starts so: this worker claims only these, and other surfaces'
# workers, given their own prefix, leave them alone.
PREFIX = "discord."
# Registered work: kind -> async function(bot, *args, job=Claimed, **fresh).
JOBS: dict[str, Callable[..., Awaitable[Any]]] = {}


class NotReady(Exception):
    """The gateway has not (re)filled its cache of this server yet: try again shortly."""


class Refused(Exception):
    """Work that can never be done as asked (a setting points elsewhere): one log line."""


def job(kind: str) -> Callable:
    """Register an async work function under a stable name, the name its jobs carry."""
    def register(work: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        JOBS[kind] = work
        return work
    return register


def transient(exc: BaseException) -> bool:
    """Whether trying again later may succeed: Discord, the network or the database away."""
    if isinstance(exc, discord.RateLimited):
        return True
    if isinstance(exc, discord.HTTPException):
        return exc.status == 429 or exc.status >= 500
    return isinstance(exc, (NotReady, aiohttp.ClientError, OSError, TimeoutError, Unavailable,
                            OperationalError))


def retry_after(exc: BaseException) -> float | None:
    """The seconds Discord said to wait, if it said."""
    if isinstance(exc, discord.RateLimited):
        return exc.retry_after
    if isinstance(exc, discord.HTTPException) and exc.status == 429:
        try:
            return float(exc.response.headers.get("Retry-After"))
        except (TypeError, ValueError):
            return None
    return None


def describe(exc: BaseException) -> str:
    """One line naming what went wrong."""
    return f"{type(exc).__name__}: {exc}"[:500]


@dataclass(frozen=True)
class Owed:
    """One job an act leaves: its kind, JSON arguments and dedupe key."""

    kind: str
    args: list
    dedupe: str | None = None


@dataclass(frozen=True)
class Ran:
    """How a run ended: done (with the work's value), or not, and then whether it is retried."""

    done: bool
    value: Any = None
    retrying: bool = False


class DiscordJobs:
    """The outbox as the Discord adapter uses it: write an act's jobs, claim and run them."""

    def __init__(self, outbox: Outbox):
        self.outbox = outbox
        self.name = f"discord@{socket.gethostname()}:{os.getpid()}"
        # Writing an act's jobs and claiming them for its request is one step the worker's
        # claims wait for: else the worker could take a job the moment it is written, and
        # the request would answer without knowing where its report went.
        self._claims = threading.Lock()

    @classmethod
    def on(cls, engine: Engine, **options) -> DiscordJobs:
        """Discord's jobs in the outbox of this database (options: lease, base_delay, …)."""
        return cls(Outbox(engine, kinds=PREFIX, **options))

    def write(self, owed: list[Owed]) -> list[Claimed]:
        """Commit jobs and claim them for the caller to run now (blocking: run in a thread)."""
        with self._claims:
            ids = [self.outbox.enqueue(o.kind, o.args, o.dedupe) for o in owed]
            claimed = [self.outbox.claim(self.name, i) for i in ids if i is not None]
        return [c for c in claimed if c is not None]

    def claim_next(self) -> Claimed | None:
        """The next due job, claimed; None when none is (blocking: run in a thread)."""
        with self._claims:
            return self.outbox.claim(self.name) if self.outbox.has_due() else None

    async def run(self, bot, claimed: Claimed, **fresh) -> Ran:
        """Run a claimed job, then mark it done, or to be tried again, or failed. `fresh` is
        what the act that wrote it knows already; a retry, run from the table, goes without."""
        work = JOBS.get(claimed.kind)
        if work is None:
            log.error("job %s: no work is registered as %r", claimed.id, claimed.kind)
            await self._settle(self.outbox.fail, claimed, f"unknown kind {claimed.kind!r}")
            return Ran(False)
        try:
            value = await work(bot, *claimed.payload, job=claimed, **fresh)
        except asyncio.CancelledError:
            # Stopping (a restart): hand the job back at once rather than after its lease.
            await self._settle(self.outbox.retry, claimed, "stopped before it finished", 0)
            raise
        except Exception as exc:  # noqa: BLE001 - every failure is recorded on the job
            if bot.is_closed():
                # Its client closed under it (a restart): not the job's fault, run it again.
                await self._settle(self.outbox.retry, claimed, "stopped before it finished", 0)
                return Ran(False, retrying=True)
            return Ran(False, retrying=bool(await self._settle(self.failed, claimed, exc)))
        await self._settle(self.outbox.finish, claimed)
        return Ran(True, value)

    async def _settle(self, settle: Callable, claimed: Claimed, *args):
        try:
            return await asyncio.to_thread(settle, claimed, *args)
        except (OperationalError, Unavailable) as exc:
            # The job stays claimed: its lease runs out and it runs again (it is idempotent).
            log.warning("could not record how Discord job %s ended: %s", claimed.id,
                        describe(exc))
            return None

    def failed(self, claimed: Claimed, exc: Exception) -> bool:
        """Schedule the job again, or give it up, in one log line; whether it is retried."""
        # A bug shows its traceback; a refusal from Discord is one line.
        quiet = isinstance(exc, (discord.HTTPException, Refused))
        return self.outbox.failed(claimed, describe(exc), transient=transient(exc), log=log,
                                  wait=retry_after(exc), exc_info=None if quiet else exc,
                                  label="Discord job")
