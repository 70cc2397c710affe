"""The outbox: work promised to a platform, kept in our own database until a worker did it.

A surface writes a job (a registered kind and its JSON arguments) and commits it *before* it
answers the platform, so what was acknowledged survives any restart. Workers claim due jobs
under a lease; a job whose worker died (its lease ran out) is claimed again. A failure is
tried again later with exponential back-off and jitter (or when the platform says), up to
`max_attempts`, then the job is left `failed` for a person to look at.

Claiming is safe between processes: PostgreSQL skips rows other workers hold
(`FOR UPDATE SKIP LOCKED`); on SQLite, `BEGIN IMMEDIATE` (bot/db.py) lets one writer at a time.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Dialect, Engine, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, OperationalError

from bot.db import READ_ONLY, make_engine
from bot.errors import UNAVAILABLE, Unavailable
from bot.group_commit import GroupCommit
from bot.schema import JOBS, utcnow

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
# Longest a job may run before another worker takes it over (a Slack call times out at 30 s).
LEASE = timedelta(minutes=2)
MAX_ATTEMPTS = 10
BASE_DELAY, MAX_DELAY = 2.0, 600.0  # seconds: 2 s, 4 s, … up to 10 minutes between tries
PRUNE_EVERY_S = 3600.0


@dataclass(frozen=True)
class Claimed:
    """A job a worker holds: which attempt this is, and who holds it."""

    id: int
    kind: str
    payload: Any
    attempt: int
    worker: str


@lru_cache(maxsize=8)
def _sidecar(url: str) -> Engine:
    engine = make_engine(url)
    JOBS.create(engine, checkfirst=True)
    return engine


def jobs_engine(engine: Engine) -> Engine:
    """Where the jobs live: beside an SQLite file, in a file of their own (`x.db` →
    `x.jobs.db`), so that acknowledging a request never waits for the write lock a review
    holds on the main file; in the database itself on PostgreSQL, which locks rows."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return engine
    path = Path(url.database)
    return _sidecar(str(url.set(database=str(path.with_suffix(".jobs" + path.suffix)))))


class JobInsert:
    """A job's insert, compiled once for a database and run on the driver's cursor: it runs
    once per acknowledgement. A repeated delivery's dedupe key inserts nothing (None) and
    leaves the batch's other rows be."""

    COLUMNS = ("kind", "payload", "dedupe_key", "state", "attempts", "run_after", "created_at")

    def __init__(self, dialect: Dialect):
        table = JOBS
        insert = (postgresql if dialect.name == "postgresql" else sqlite).insert(table)
        compiled = (insert.on_conflict_do_nothing(index_elements=["dedupe_key"])
                    .returning(table.c.id).compile(dialect=dialect, column_keys=self.COLUMNS))
        self.sql, self.order = compiled.string, compiled.positiontup
        # Each column's own conversion (JSON text, the dialect's date format), as SQLAlchemy
        # would apply it.
        self.convert = {name: table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
                        or _same
                        for name in self.COLUMNS}

    def __call__(self, cursor, row: dict) -> int | None:
        """Insert one job row; its id, or None when its dedupe key is already there."""
        cursor.execute(self.sql, self._parameters(row))
        # Every row fetched: the statement is finished, and with it a transaction of its own.
        found = cursor.fetchall()
        return found[0][0] if found else None

    def many(self, cursor, rows: list[dict]) -> list[int | None]:
        """Insert several job rows in one transaction with psycopg's pipeline: its begin, the
        inserts and its commit go to the server in one round trip, not one each (on a
        connection in autocommit). Each row's id, or None for a repeated delivery."""
        connection = cursor.connection
        with connection.pipeline():
            connection.execute("BEGIN")  # (on cursors of their own: this one's results are ids)
            cursor.executemany(self.sql, [self._parameters(row) for row in rows], returning=True)
            connection.execute("COMMIT")
        ids = []
        while True:
            found = cursor.fetchall()
            ids.append(found[0][0] if found else None)
            if not cursor.nextset():
                return ids

    def _parameters(self, row: dict) -> list | dict:
        values = {name: convert(row[name]) for name, convert in self.convert.items()}
        return [values[name] for name in self.order] if self.order else values


def _same(value: Any) -> Any:
    return value


@lru_cache(maxsize=8)
def committer_for(engine: Engine) -> GroupCommit:
    """One group committer per jobs database, shared by every outbox on it."""
    insert = JobInsert(engine.dialect)
    pipelines = engine.dialect.driver == "psycopg"
    return GroupCommit(engine, insert, write_many=insert.many if pipelines else None)


def backoff(attempt: int, base: float = BASE_DELAY, cap: float = MAX_DELAY) -> float:
    """Seconds before trying again after `attempt` failed: doubling, capped, jittered."""
    # Jitter keeps the jobs that failed together (a Slack outage) from returning together.
    return min(cap, base * 2 ** (attempt - 1)) * random.uniform(0.5, 1.0)


class Outbox:
    """Reads and writes of the `jobs` table: enqueue, claim, finish, retry, fail."""

    def __init__(self, engine: Engine, *, lease: timedelta = LEASE,
                 max_attempts: int = MAX_ATTEMPTS, base_delay: float = BASE_DELAY,
                 clock: Callable[[], datetime] = utcnow, kinds: str = ""):
        self.engine, self.lease, self.max_attempts = jobs_engine(engine), lease, max_attempts
        self.base_delay, self.clock = base_delay, clock
        # Which jobs this outbox claims: kinds starting with this prefix ("discord."), so one
        # surface's workers never take another surface's jobs from the shared table; "" takes all.
        self.kinds = kinds
        self._pruned = float("-inf")

    def enqueue(self, kind: str, payload: Any, dedupe: str | None = None) -> int | None:
        """Write a job and commit it; None when a job with this dedupe key already exists.
        Jobs enqueued at the same moment by other threads share the commit (group commit)."""
        now = self.clock()
        try:
            return committer_for(self.engine).submit(dict(
                kind=kind, payload=payload, dedupe_key=dedupe, state=QUEUED, attempts=0,
                run_after=now, created_at=now))
        except DBAPIError as exc:
            if isinstance(exc, OperationalError) or exc.connection_invalidated:
                raise Unavailable(UNAVAILABLE) from exc
            raise

    def _due(self, now: datetime):
        # Queued and due, or running with a lease that ran out (its worker died).
        due = JOBS.c.state.in_((QUEUED, RUNNING)) & (JOBS.c.run_after <= now)
        return due & JOBS.c.kind.startswith(self.kinds, autoescape=True) if self.kinds else due

    def has_due(self) -> bool:
        """Whether any job is due now: a cheap read before taking a write lock to claim."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(**{READ_ONLY: True})
            return conn.scalar(select(JOBS.c.id).where(self._due(self.clock())).limit(1)
                               ) is not None

    def claim(self, worker: str, job_id: int | None = None) -> Claimed | None:
        """Take the next due job (or job `job_id`, if due) under a lease; None when none is."""
        with self.engine.begin() as conn:
            while True:
                now = self.clock()
                query = select(JOBS).where(self._due(now))
                if job_id is not None:
                    query = query.where(JOBS.c.id == job_id)
                job = conn.execute(query.order_by(JOBS.c.run_after, JOBS.c.id).limit(1)
                                   .with_for_update(skip_locked=True)).first()
                if job is None:
                    return None
                this = update(JOBS).where(JOBS.c.id == job.id)
                if job.state == RUNNING and job.attempts >= self.max_attempts:
                    # Its worker died on every attempt (a job that kills it): stop here.
                    conn.execute(this.values(
                        state=FAILED, done_at=now,
                        last_error=f"its worker stopped during each of {job.attempts} attempts"))
                    continue
                conn.execute(this.values(state=RUNNING, claimed_by=worker, claimed_at=now,
                                         attempts=job.attempts + 1, run_after=now + self.lease))
                return Claimed(job.id, job.kind, job.payload, job.attempts + 1, worker)

    def _settle(self, job: Claimed, **values) -> bool:
        # Only the holder settles: a worker that outlived its lease changes nothing.
        with self.engine.begin() as conn:
            done = conn.execute(
                update(JOBS).where(JOBS.c.id == job.id, JOBS.c.state == RUNNING,
                                   JOBS.c.claimed_by == job.worker,
                                   JOBS.c.attempts == job.attempt)
                .values(**values))
            return done.rowcount == 1

    def finish(self, job: Claimed) -> bool:
        """Mark a job done."""
        return self._settle(job, state=DONE, done_at=self.clock(), last_error=None)

    def retry(self, job: Claimed, error: str, delay: float | None = None) -> bool:
        """Try the job again after `delay` seconds (else the back-off); False when it has had
        all its attempts and is now failed (or another worker took it over meanwhile)."""
        if job.attempt >= self.max_attempts:
            self.fail(job, error)
            return False
        wait = backoff(job.attempt, self.base_delay) if delay is None else delay
        return self._settle(job, state=QUEUED, last_error=error,
                            run_after=self.clock() + timedelta(seconds=wait))

    def failed(self, job: Claimed, error: str, *, transient: bool, log: logging.Logger,
               wait: float | None = None, exc_info: BaseException | None = None,
               label: str = "job") -> bool:
        """After a run that raised: try the job again if `transient` (after `wait` seconds,
        else the back-off), else give it up; one line in the surface's `log` either way,
        with the traceback of `exc_info` (a bug) when given. Whether it will run again."""
        what = f"{label} {job.id} ({job.kind}, attempt {job.attempt})"
        if not transient:
            log.error("%s failed for good: %s", what, error, exc_info=exc_info)
            self.fail(job, error)
            return False
        if self.retry(job, error, wait):
            log.warning("%s will be tried again: %s", what, error)
            return True
        log.error("%s gave up after %s attempts: %s", what, job.attempt, error)
        return False

    def fail(self, job: Claimed, error: str) -> None:
        """Give a job up: trying again cannot help."""
        self._settle(job, state=FAILED, last_error=error, done_at=self.clock())

    def pending(self) -> int:
        """How many jobs are queued or running (waiting for a retry included)."""
        with self.engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(JOBS)
                               .where(JOBS.c.state.in_((QUEUED, RUNNING))))

    def prune_if_due(self) -> None:
        """Prune, at most once an hour per outbox: a worker's loop calls it every turn."""
        if time.monotonic() - self._pruned > PRUNE_EVERY_S:
            self.prune()
            self._pruned = time.monotonic()

    def prune(self, older_than: timedelta = timedelta(days=7)) -> int:
        """Delete done jobs finished before `older_than` ago; failed ones stay to be read."""
        with self.engine.begin() as conn:
            gone = conn.execute(delete(JOBS).where(
                JOBS.c.state == DONE, JOBS.c.done_at < self.clock() - older_than))
            return gone.rowcount
