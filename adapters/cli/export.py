"""`rapport export`: the whole team record as JSON Lines (one stream) or CSV (a file a kind)."""

from __future__ import annotations

import csv
import json
from enum import StrEnum
from pathlib import Path

import typer

from bot.errors import InvalidInput
from bot.export import KINDS
from bot.views import jsonable

from .core import service
from .output import TEAM_OPTION, console, show_json


class ExportFormat(StrEnum):
    """What `rapport export` writes."""

    jsonl = "jsonl"
    csv = "csv"


def _cell(value) -> str:
    """A CSV cell: lists and details as JSON, times as ISO 8601, nothing as empty."""
    value = jsonable(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def write_csv(records: dict[str, list[dict]], folder: Path) -> list[Path]:
    """One CSV file a kind of record in `folder` (created if needed); the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in KINDS:
        rows = records[kind]
        path = folder / f"{'pitches' if kind == 'pitch' else kind + 's'}.csv"
        with path.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            if rows:
                writer.writerow(rows[0])
                writer.writerows([_cell(v) for v in row.values()] for row in rows)
        written.append(path)
    return written


def register(app: typer.Typer) -> None:
    """Add the export verb."""

    @app.command()
    def export(fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format",
                                                help="jsonl (to standard output) or csv"),
               out: Path = typer.Option(None, "--out", help="the folder for the CSV files"),
               team: str = TEAM_OPTION):
        """Export the team's whole record: contacts, interactions, pitches and events."""
        records = service(create=False).export(team)
        if fmt == ExportFormat.csv:
            if out is None:
                raise InvalidInput("CSV is one file a kind of record: give a folder with --out")
            for path in write_csv(records, out):
                console().print(f"wrote {path}", markup=False)
            return
        for kind in KINDS:
            for row in records[kind]:
                show_json({"record": kind, **row})
