"""Running migrations with Alembic: `rapport db upgrade`, and a fresh SQLite file's first use.

Kept apart from bot/db.py so that a process which only checks the schema (every one, at
start) does not load Alembic: checking is one read of the `alembic_version` table.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from bot.migrations import MIGRATIONS


def alembic_config(engine: Engine) -> Config:
    """An Alembic configuration pointing at the packaged migrations and this engine."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration."""
    command.upgrade(alembic_config(engine), "head")


def pending(engine: Engine) -> list[tuple[str, str]]:
    """The migrations not yet applied, oldest first, as (revision, one-line description)."""
    script = ScriptDirectory.from_config(alembic_config(engine))
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    steps = script.iterate_revisions(script.get_current_head(), current)
    return [(s.revision, (s.doc or "").strip().splitlines()[0] if s.doc else "")
            for s in reversed(list(steps))]
