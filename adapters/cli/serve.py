"""`rapport serve SURFACE`: run a chat surface; each surface adds itself in serve_<name>.py."""

from __future__ import annotations

import importlib
import pkgutil

import typer


def register(app: typer.Typer) -> None:
    """Add the serve group with every surface module found beside this one."""
    serve = typer.Typer(help="Run Rapport on a chat platform.", no_args_is_help=True)
    package = importlib.import_module(__package__)
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("serve_"):
            importlib.import_module(f"{__package__}.{info.name}").register(serve)
    app.add_typer(serve, name="serve")
