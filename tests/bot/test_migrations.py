"""The Alembic migrations build exactly the schema the ORM models describe."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from bot.db import ensure_schema, is_current, make_engine, ours
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
