"""The `rapport` command: the terminal surface of Rapport's core."""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version

import typer
from typer.core import TyperGroup

from bot.db import DatabaseError
from bot.errors import NotAllowed, PolicyError, RapportError

from .examples import add_examples
from .failure import fail

# Each verb's module (it adds the verb with register(app)); a run imports only the module of
# the verb it runs, so `rapport serve slack` and `rapport check` carry no other verb's
# libraries (Alembic for `db`, the importers, …). Help and completion load them all.
VERBS = {"check": "check", **dict.fromkeys(
    ("submit", "approve", "request-changes", "revise", "withdraw", "sent", "outcome", "show",
     "list"), "pitches"), "log": "contacts", "contact": "contacts", "db": "database",
         "serve": "serve", "leaderboard": "leaderboard", "clock": "clock", "eval": "evaluate",
         "worker": "worker", "export": "export", "home": "home", "import": "imports"}


def verbs_of(module: str) -> typer.Typer:
    """A Typer holding one command module's verbs, each with its example."""
    holder = typer.Typer()
    importlib.import_module(f"{__package__}.{module}").register(holder)
    add_examples(holder)
    return holder


class RapportGroup(TyperGroup):
    """The top command group: verbs load on first use; the core's refusals become one line
    and an exit code."""

    def list_commands(self, ctx):
        """Every verb, in the order help shows them."""
        return list(VERBS)

    def get_command(self, ctx, name):
        """The verb's command, its module imported now."""
        if name not in VERBS:
            return None
        if name not in self.commands:
            group = typer.main.get_group(verbs_of(VERBS[name]))
            for verb, command in group.commands.items():
                self.add_command(command, verb)
        return self.commands.get(name)

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


def run() -> None:
    """Entry point of the `rapport` script."""
    app()


if __name__ == "__main__":
    run()
