"""`rapport db upgrade`: bring the database schema to the newest migration."""

from __future__ import annotations

import typer

from bot.config import CoreSettings
from bot.db import make_engine, upgrade


def register(app: typer.Typer) -> None:
    """Add the db group."""
    db = typer.Typer(help="Database maintenance.", no_args_is_help=True)

    @db.command("upgrade")
    def upgrade_command():
        """Apply every migration not yet applied (the Procfile's release step)."""
        upgrade(make_engine(CoreSettings().database_url))
        typer.echo("Database schema is up to date.")

    app.add_typer(db, name="db")
