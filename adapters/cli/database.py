"""`rapport db upgrade`: bring the database schema to the newest migration."""

from __future__ import annotations

import typer
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import OperationalError

from bot.config import CoreSettings, resolve_database_url
from bot.db import alembic_config, make_engine, upgrade
from bot.errors import UNAVAILABLE, Unavailable
from bot.policy import policy_path


def _current(engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def pending(engine) -> list[tuple[str, str]]:
    """The migrations not yet applied, oldest first, as (revision, one-line description)."""
    script = ScriptDirectory.from_config(alembic_config(engine))
    steps = script.iterate_revisions(script.get_current_head(), _current(engine))
    return [(s.revision, (s.doc or "").strip().splitlines()[0] if s.doc else "")
            for s in reversed(list(steps))]


def register(app: typer.Typer) -> None:
    """Add the db group."""
    db = typer.Typer(help="Database maintenance.", no_args_is_help=True)

    @db.command("upgrade", epilog="Example: DATABASE_URL=postgres://… rapport db upgrade")
    def upgrade_command():
        """Apply every migration not yet applied (the Procfile's release step)."""
        settings = CoreSettings()
        engine = make_engine(resolve_database_url(settings.database_url,
                                                  policy_path(settings.rapport_policy)))
        try:
            todo = pending(engine)
            upgrade(engine)
        except OperationalError:
            raise Unavailable(UNAVAILABLE) from None
        for revision, doc in todo:
            typer.echo(f"Applied {revision}: {doc}")
        typer.echo(f"Database schema is up to date ({len(todo)} migration(s) applied)."
                   if todo else "Database schema was already up to date: nothing to apply.")

    app.add_typer(db, name="db")
