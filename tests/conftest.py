"""Shared fixtures: a real database per test (SQLite, or PostgreSQL via TEST_DATABASE_URL)."""

from __future__ import annotations

import os
import shutil
import uuid
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine, text

from bot.db import make_engine
from bot.migrate import upgrade
from bot.policy import MemberEntry, Policy
from bot.service import Rapport

PG_URL = os.environ.get("TEST_DATABASE_URL")


class Clock:
    """A settable clock, so tests can move time (reminders, cool-offs, weeks)."""

    def __init__(self, now: datetime | None = None):
        self.now = now or datetime(2026, 11, 23, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        """The current test time."""
        return self.now

    def advance(self, **delta) -> datetime:
        """Move time forward."""
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory):
    # Migrating once and copying the file keeps per-test databases cheap.
    path = tmp_path_factory.mktemp("template") / "rapport.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


@contextmanager
def pg_schema(prefix: str):
    """An empty PostgreSQL schema of its own on TEST_DATABASE_URL, dropped afterwards; its URL."""
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def database_url(tmp_path, _sqlite_template):
    """A fresh, migrated database for this test; its URL."""
    if not PG_URL:
        path = tmp_path / "rapport.db"
        shutil.copy(_sqlite_template, path)
        yield f"sqlite:///{path}"
        return
    with pg_schema("t") as url:
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        yield url


@pytest.fixture
def engine(database_url):
    """An engine on this test's database."""
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def clock():
    """The test clock."""
    return Clock()


ROSTER = {
    "ana": MemberEntry(display_name="Ana"),
    "ben": MemberEntry(display_name="Ben", roles=["reviewer"]),
    "cara": MemberEntry(display_name="Cara", roles=["admin", "reviewer"]),
}


@pytest.fixture
def make_service(engine, clock):
    """Build the core service on this test's database, with a policy and roster."""
    def make(policy: Policy | None = None, auto_enrol: bool = False, **policy_fields) -> Rapport:
        if policy is None:
            policy = Policy(members=ROSTER, **policy_fields)
        return Rapport(engine, policy, clock=clock, auto_enrol=auto_enrol)
    return make


@pytest.fixture
def service(make_service):
    """The core service with the default policy and the roster ana, ben, cara (admin)."""
    return make_service()
