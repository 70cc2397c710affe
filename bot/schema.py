"""What the schema needs without the ORM: the metadata every table is on, the UTC timestamp
type, and the jobs table in SQLAlchemy Core.

The Slack web process writes jobs and nothing else, so it loads this module and never the
ORM (bot/models.py maps `Job` onto the same table): that keeps it small (DESIGN §8).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON, Column, Index, Integer, MetaData, String, Table, Text
from sqlalchemy.types import DateTime, TypeDecorator

METADATA = MetaData()


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """A timestamp stored in UTC and always read back timezone-aware (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        """Store every timestamp in UTC."""
        if value is not None:
            if value.tzinfo is None:
                raise ValueError("naive datetime given to the database")
            value = value.astimezone(UTC)
            if dialect.name == "sqlite":
                value = value.replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        """Read every timestamp back as UTC-aware."""
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


# Work promised to a platform (bot/outbox.py), kept until a worker has done it or gave up.
# While a job runs, `run_after` is when its lease ends: a worker that died leaves a job whose
# lease runs out, and another worker claims it again.
JOBS = Table(
    "jobs", METADATA,
    Column("id", Integer, primary_key=True),
    Column("kind", String(100), nullable=False),
    Column("payload", JSON, nullable=False),
    # A platform delivery's id (event, action, trigger): its retries make no second job.
    Column("dedupe_key", String(300), unique=True),
    Column("state", String(10), nullable=False),  # queued | running | done | failed
    Column("attempts", Integer, nullable=False, default=0),
    Column("run_after", UTCDateTime(), nullable=False),
    Column("claimed_by", String(200)),
    Column("claimed_at", UTCDateTime()),
    Column("last_error", Text),
    Column("created_at", UTCDateTime(), nullable=False, default=utcnow),
    Column("done_at", UTCDateTime()),
    Index("ix_jobs_due", "state", "run_after"),
)
