"""System tests: Rapport's real processes (the Procfile's command lines, under honcho or as
a platform starts them), on this run's database (PostgreSQL with TEST_DATABASE_URL, else an
SQLite file), talking to the local mock of Slack's Web API over HTTP.

Select them with `pytest -m system` (or `pytest tests/system`); they also run in the normal
suite. Every process a test starts is killed with its process group when the test ends.
"""

from __future__ import annotations

import pytest

from bot.db import make_engine
from tests.conftest import PG_URL, pg_schema

from .procs import Procs
from .slack_held import HeldSlackApi

SECRET = "system-signing-secret"
TOKEN = "xoxb-system-token"
REVIEW = "C0REVIEW"
ALICE, BOB, CARA = "U0ALICE", "U0BOB", "U0CARA"


def pytest_configure(config):
    """Register the marker."""
    config.addinivalue_line(
        "markers", "system: real Rapport processes (Procfile, honcho, SIGKILL, outages)")


@pytest.fixture
def procs(tmp_path):
    """Start processes in this test's folder; whatever is left running is killed at the end."""
    logs = tmp_path / "logs"
    logs.mkdir()
    started = Procs(tmp_path, logs)
    yield started
    started.close()


@pytest.fixture
def mock():
    """The mock Slack Web API (one workspace, T0TEAM), knowing alice, bob and cara (an admin)."""
    with HeldSlackApi() as api:
        api.add_user(ALICE, name="alice")
        api.add_user(BOB, name="bob")
        api.add_user(CARA, name="cara", is_admin=True)
        yield api


@pytest.fixture
def empty_database_url(tmp_path):
    """A database with nothing in it yet, for the Procfile's release step to migrate: an
    empty PostgreSQL schema (with TEST_DATABASE_URL), else an SQLite file not yet there."""
    if not PG_URL:
        yield f"sqlite:///{tmp_path / 'rapport.db'}"
        return
    with pg_schema("s") as url:
        yield url


@pytest.fixture
def empty_engine(empty_database_url):
    """An engine on that database, for the test's own reads."""
    engine = make_engine(empty_database_url)
    yield engine
    engine.dispose()


# Pitches with no finding at all (a ✅ approves each without an override), to distinct
# recipients, so none is a near-copy of another.
PITCHES = [
    ("liz", "Hi Liz, I loved your post on sourdough. What do you think of rye?"),
    ("sam", "Hi Sam, your thread on cargo bikes was great. How do you keep the chain clean in "
            "winter?"),
    ("noor", "Hello Noor, your piece about tide pools made my week. Which beach would you "
             "start a beginner on?"),
    ("omar", "Hi Omar, the photos from your night hike were lovely. What lens were you using "
             "for the stars?"),
    ("pia", "Dear Pia, your notes on composting in flats were so useful. Did the worms survive "
            "the heatwave?"),
    ("raj", "Hi Raj, thanks for the talk on old maps yesterday. Where did you find the 1820 "
            "harbour chart?"),
    ("tess", "Hi Tess, your recipe for miso soup saved my Sunday. Do you make your own dashi "
             "too?"),
    ("uma", "Hello Uma, I enjoyed your review of the new library building. Were the reading "
            "rooms quiet enough?"),
    ("vic", "Hi Vic, your bird counts from the marsh are fascinating. How early do you have to "
            "get there?"),
    ("wes", "Hi Wes, your essay about learning the cello at forty stayed with me. What piece "
            "did you start with?"),
]
