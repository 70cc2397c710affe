"""The work after an acknowledgement, as durable jobs in the outbox (bot/outbox.py).

A listener writes a job naming a registered work function and its arguments (plain JSON:
Slack's own bodies and events, team keys) and commits it before Slack gets its answer.
Workers claim jobs and run them; a failure Slack may get over (HTTP 5xx, 429, a dropped
connection, the database away) is tried again later, one Slack refused for good
(`channel_not_found`, `invalid_auth`, …) fails at once with one log line.
"""

from __future__ import annotations

import inspect
import logging
import os
import socket
import threading
from collections.abc import Callable

from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.exc import OperationalError

from bot.errors import Unavailable
from bot.outbox import Claimed, Outbox

log = logging.getLogger(__name__)
# Registered work: kind -> function(surface, *args).
JOBS: dict[str, Callable[..., None]] = {}
# Slack's own errors that say "not now" rather than "no".
TRANSIENT = frozenset({"ratelimited", "internal_error", "fatal_error", "service_unavailable",
                       "request_timeout"})


class NotInstalled(Exception):
    """The job's workspace has no installation (it removed Rapport): nobody may act there."""


def job(kind: str) -> Callable:
    """Register a work function under a stable name, the name its jobs carry.

    Work that takes the core's `team` runs with that workspace's token and settings."""
    def register(work: Callable[..., None]) -> Callable[..., None]:
        # Where `team` is among the job's arguments (after the surface), if it is.
        names = list(inspect.signature(work).parameters)
        work.team_at = names.index("team") - 1 if "team" in names else None
        # Work that takes `job` is handed its claim: which job, which attempt.
        work.takes_job = "job" in names
        JOBS[kind] = work
        return work
    return register


def retry_after(exc: SlackApiError) -> float | None:
    """The seconds a 429 says to wait, if it says."""
    for name, value in (exc.response.headers or {}).items():
        if name.lower() == "retry-after":
            try:
                return float(value[0] if isinstance(value, list) else value)
            except (TypeError, ValueError):
                return None
    return None


def transient(exc: BaseException) -> bool:
    """Whether trying again later may succeed: Slack or the network or the database away."""
    if isinstance(exc, SlackApiError):
        status = exc.response.status_code
        return status == 429 or status >= 500 or exc.response.get("error") in TRANSIENT
    return isinstance(exc, (SlackClientError, OSError, Unavailable, OperationalError))


def describe(exc: BaseException) -> str:
    """One line naming what went wrong (a Slack error is its code and HTTP status)."""
    if isinstance(exc, SlackApiError):
        return f"Slack said {exc.response.get('error')} (HTTP {exc.response.status_code})"
    return f"{type(exc).__name__}: {exc}"[:500]


def worker_name() -> str:
    """Who holds a claim: host, process and thread."""
    return f"{socket.gethostname()}:{os.getpid()}:{threading.current_thread().name}"


class SlackJobs:
    """The outbox as the Slack adapter uses it: write jobs, and claim and run them."""

    def __init__(self, outbox: Outbox, wake: Callable[[], None] = lambda: None):
        self.outbox, self.wake = outbox, wake

    def enqueue(self, kind: str, args: tuple, dedupe: str | None = None) -> int | None:
        """Write a job for the work registered as `kind`, run as work(surface, *args),
        committed; None if `dedupe` was seen."""
        # Slack's verification token rides in every body: a credential, and no work needs it,
        # so it is never written to the jobs table.
        payload = [{k: v for k, v in a.items() if k != "token"} if isinstance(a, dict) else a
                   for a in args]
        job_id = self.outbox.enqueue(kind, payload, dedupe)
        if job_id is not None:
            self.wake()
        return job_id

    def run_one(self, surface, job_id: int | None = None, **fresh) -> bool:
        """Claim the next due job (or `job_id`) and run it; False when there was none.
        `fresh` is what the process that wrote the job already knows (a view it just got
        from the core); a retry, run from the table, goes without it."""
        claimed = self.outbox.claim(worker_name(), job_id)
        if claimed is None:
            return False
        self.run(claimed, surface, **fresh)
        return True

    def run(self, claimed: Claimed, surface, **fresh) -> None:
        """Run a claimed job, then mark it done, or to be tried again, or failed."""
        work = JOBS.get(claimed.kind)
        if work is None:
            log.error("job %s: no work is registered as %r", claimed.id, claimed.kind)
            self.outbox.fail(claimed, f"unknown kind {claimed.kind!r}")
            return
        try:
            # The surface of the job's own workspace: its bot token, its review channel.
            here = (surface if work.team_at is None
                    else surface.for_team(claimed.payload[work.team_at]))
            given = {"job": claimed} if work.takes_job else {}
            work(here, *claimed.payload, **given, **fresh)
        except Exception as exc:  # noqa: BLE001 - every failure is recorded on the job
            self.failed(claimed, exc)
            return
        self.outbox.finish(claimed)

    def failed(self, claimed: Claimed, exc: Exception) -> None:
        """Schedule the job again, or give it up, and say so in one log line."""
        # A bug shows its traceback; a refusal from Slack is one line.
        quiet = isinstance(exc, SlackApiError | NotInstalled)
        self.outbox.failed(claimed, describe(exc), transient=transient(exc), log=log,
                           wait=retry_after(exc) if isinstance(exc, SlackApiError) else None,
                           exc_info=None if quiet else exc)

    def loop(self, surface, stop: threading.Event, wake=None, poll: float = 0.1,
             before: Callable[[], None] = lambda: None) -> None:
        """Run jobs until `stop` is set: at once when woken, else every `poll` seconds, each
        after `before()` returns; done jobs older than a week are deleted once an hour, so
        the table does not grow forever."""
        while not stop.is_set():
            try:
                self.outbox.prune_if_due()
                if self.outbox.has_due():
                    before()
                    if self.run_one(surface):
                        continue
            except (OperationalError, Unavailable) as exc:
                # The database is away: the jobs are safe in it; wait and look again.
                log.warning("cannot reach the job table: %s", describe(exc))
                stop.wait(1.0)
            if wake is None:
                stop.wait(poll)
            elif wake.wait(poll):
                wake.clear()
