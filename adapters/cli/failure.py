"""How a verb says it cannot go on: one clear line on stderr, and an exit code.

Apart from output.py (Rich and the view models), so that `rapport serve slack`, whose web
process must stay small, loads neither."""

from __future__ import annotations

import typer


def fail(message: str, code: int = 2) -> typer.Exit:
    """One clear line on stderr, then exit with the code."""
    typer.secho("error:", fg="red", bold=True, err=True, nl=False)
    typer.echo(f" {message}", err=True)
    raise typer.Exit(code)
