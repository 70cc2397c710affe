"""Printing for the CLI: Rich on a terminal, plain text in pipes, JSON on request."""

from __future__ import annotations

import json
import sys
from enum import StrEnum

import typer
from rich.console import Console

from bot.render import render
from bot.views import jsonable


class Format(StrEnum):
    """Output formats every verb takes."""

    text = "text"
    json = "json"


FORMAT_OPTION = typer.Option(Format.text, "--format", help="text or json")
TEAM_OPTION = typer.Option("local", "--team", help="the team to act on")


def console() -> Console:
    """A console that colours a terminal and leaves lines unwrapped in pipes."""
    return Console(soft_wrap=not sys.stdout.isatty(), highlight=False)


def show_text(template: str, **data) -> None:
    """Render a text template through Rich (markup in templates, user text escaped)."""
    console().print(render(template, **data))


def show_json(data) -> None:
    """Print data as one JSON document."""
    text = json.dumps(jsonable(data), ensure_ascii=False)
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except UnicodeEncodeError:
        # Half an emoji (a lone surrogate) cannot be printed as text; JSON can escape it.
        text = json.dumps(jsonable(data))
    sys.stdout.write(text + "\n")
