"""The `rapport` command: the terminal surface of Rapport's core."""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version

import typer
from typer.core import TyperGroup

from bot.db import DatabaseError
from bot.errors import NotAllowed, RapportError
from bot.policy import PolicyError

from .examples import add_examples
from .output import fail


class RapportGroup(TyperGroup):
    """The top command group: the core's refusals become one line and an exit code."""

    def invoke(self, ctx):
        """Run a verb, turning refusals into exit 2 (bad input) or 1 (not allowed)."""
        try:
            return super().invoke(ctx)
        except NotAllowed as exc:
            fail(str(exc), 1)
        except (RapportError, PolicyError, DatabaseError) as exc:
            fail(str(exc), 2)


app = typer.Typer(
    cls=RapportGroup,
    help="Rapport: earn the relationship first, then pitch. Reviews outreach before it is sent.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)

# Each module adds its verbs with register(app); surfaces that need extra packages
# import them lazily inside their commands.
COMMAND_MODULES = ("check", "pitches", "contacts", "database", "serve", "leaderboard",
                   "clock", "evaluate", "worker", "export", "home", "imports")



def _show_version(value: bool) -> None:
    if value:
        try:
            typer.echo(f"rapport {version('rapport')}")
        except PackageNotFoundError:  # run from a checkout that was never installed
            typer.echo("rapport (not installed)")
        raise typer.Exit()


@app.callback()
def main(_version: bool = typer.Option(False, "--version", callback=_show_version,
                                       is_eager=True, help="Print Rapport's version and exit.")):
    """Rapport: earn the relationship first, then pitch. Reviews outreach before it is sent."""


for _name in COMMAND_MODULES:
    importlib.import_module(f"{__package__}.{_name}").register(app)
add_examples(app)


def run() -> None:
    """Entry point of the `rapport` script."""
    app()


if __name__ == "__main__":
    run()
