"""What every surface's tests share: the core on a database of its own, to compare with."""

import shutil

import pytest

from bot.db import make_engine
from bot.policy import Policy
from bot.service import Rapport
from tests.conftest import ROSTER


@pytest.fixture
def core_twin(tmp_path, _sqlite_template, clock):
    """The core service alone on a second database, enrolling members as chat surfaces do."""
    path = tmp_path / "twin.db"
    shutil.copy(_sqlite_template, path)
    engine = make_engine(f"sqlite:///{path}")
    yield Rapport(engine, Policy(members=ROSTER), clock=clock, auto_enrol=True)
    engine.dispose()
