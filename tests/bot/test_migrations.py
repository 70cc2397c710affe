"""The Alembic migrations build exactly the schema the ORM models describe."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from bot.db import ensure_schema, is_current, make_engine, ours
from bot.migrate import alembic_config
from bot.migrations import head_revision
from bot.models import Base


def test_migrated_schema_matches_models(engine):
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": False,
                                                        "include_name": ours})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_fresh_sqlite_file_is_migrated_on_first_use(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'new.db'}")
    assert not is_current(engine)
    ensure_schema(engine)
    assert is_current(engine)
    assert "pitches" in inspect(engine).get_table_names()


def test_head_read_from_file_names_is_alembics_head(engine):
    # The schema check reads the newest migration from the file names, without Alembic.
    alembic_head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    assert head_revision() == alembic_head


def test_schema_one_migration_behind_is_not_current(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'behind.db'}")
    ensure_schema(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    assert not is_current(engine)
