"""What the processes under test did, read from the mock Web API and the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update

from bot.models import Job, utcnow
from bot.outbox import RUNNING, jobs_engine

from .slack_held import texts


def report_posts(mock, pitch_id: int) -> list:
    """The chat.postMessage calls that posted a pitch's report (Slack took them)."""
    return [c for c in mock.calls_to("chat.postMessage")
            if c.args.get("text", "").startswith(f"Pitch #{pitch_id} to") and c.ok]


def report_updates(mock, pitch_id: int) -> list:
    """The chat.update calls that rewrote a pitch's report, oldest first."""
    return [c for c in mock.calls_to("chat.update")
            if c.args.get("text", "").startswith(f"Pitch #{pitch_id} to") and c.ok]


def told_sendable(mock, author: str, pitch_id: int) -> list:
    """The direct messages telling a pitch's author it is sendable."""
    return [c for c in mock.calls_to("chat.postMessage") if c.args["channel"] == author
            and f"/review-pitch sent {pitch_id}" in texts(c)]


def expire_leases(engine, claimed_before: datetime | None = None) -> int:
    """Make the leases of running jobs (claimed before `claimed_before`, if given) run out
    now: the 2 minutes a dead or cut-off worker's job waits are the one thing a test cannot
    wait for. The number of jobs."""
    where = [Job.state == RUNNING]
    if claimed_before is not None:
        where.append(Job.claimed_at < claimed_before)
    with jobs_engine(engine).begin() as conn:
        return conn.execute(update(Job).where(*where).values(run_after=utcnow())).rowcount
