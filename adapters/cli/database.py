"""`rapport db upgrade`: bring the database schema to the newest migration."""

from __future__ import annotations

import typer
from sqlalchemy.exc import OperationalError

from bot.config import in_use
from bot.db import make_engine
from bot.errors import UNAVAILABLE, Unavailable
from bot.migrate import pending, upgrade
from bot.policy import load_policy
from bot.service import Rapport


def register(app: typer.Typer) -> None:
    """Add the db group."""
    db = typer.Typer(help="Database maintenance.", no_args_is_help=True)

    @db.command("upgrade", epilog="Example: DATABASE_URL=postgres://… rapport db upgrade")
    def upgrade_command():
        """Apply every migration not yet applied (the Procfile's release step)."""
        url, policy_file = in_use()
        engine = make_engine(url)
        try:
            todo = pending(engine)
            upgrade(engine)
        except OperationalError:
            raise Unavailable(UNAVAILABLE) from None
        for revision, doc in todo:
            typer.echo(f"Applied {revision}: {doc}")
        typer.echo(f"Database schema is up to date ({len(todo)} migration(s) applied)."
                   if todo else "Database schema was already up to date: nothing to apply.")
        # The board's tallies are cut in the policy's time zone: counted here, in the release
        # step, rather than in a member's first `log` after the upgrade or a change of zone.
        rapport = Rapport(engine, load_policy(policy_file))
        try:
            counted = rapport.build_tallies()
        except OperationalError:
            raise Unavailable(UNAVAILABLE) from None
        finally:
            engine.dispose()
        if counted:
            typer.echo(f"Counted the two-way interactions of {len(counted)} team(s) into weeks "
                       f"of {rapport.policy.leaderboard.timezone} for the leaderboard.")

    app.add_typer(db, name="db")
