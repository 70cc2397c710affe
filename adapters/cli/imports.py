"""`rapport import contacts|interactions FILE.csv`: a team's contacts and their history from a
CSV file (a CRM export, a spreadsheet), planned and applied by the core (bot/imports.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import Progress
from rich.text import Text

from bot.errors import InvalidInput
from bot.import_presets import FIELDS, PRESETS
from bot.imports import ImportReport, Planned, import_csv
from bot.vocabulary import label

from .core import service
from .output import FORMAT_OPTION, TEAM_OPTION, Format, console, show_json

_STYLE = {"new": "green", "changed": "yellow", "unchanged": "dim", "bad": "red"}


def _read(file: str) -> tuple[bytes, str]:
    """The file's bytes (standard input for -) and how messages name it."""
    if file == "-":
        return sys.stdin.buffer.read(), "standard input"
    try:
        return Path(file).read_bytes(), file
    except OSError as exc:
        raise InvalidInput(f"cannot read {file}: {exc.strerror}") from None


def _run(what: str, file: str, preset: str | None, mapping: str | None, dry_run: bool,
         member: str, team: str, fmt: Format) -> None:
    """Import, print the summary, and exit 1 if any row was bad (the rest imported)."""
    data, source = _read(file)
    # A dry run only reads: like `check` or `list`, it creates no database file.
    core = service(create=not dry_run)
    options = {"team": team, "member": member, "source": source, "preset": preset,
               "mapping": mapping, "dry_run": dry_run}
    if dry_run or not sys.stderr.isatty():
        report = import_csv(core, what, data, **options)
    else:
        # Each row is its own transaction (a few ms): a long file shows how far it got.
        with Progress(console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task(f"importing {what}", total=None)
            report = import_csv(core, what, data, **options, progress=lambda done, total:
                                bar.update(task, completed=done, total=total))
    if fmt == Format.json:
        show_json(_as_json(report))
    else:
        _show(report, source)
    raise typer.Exit(1 if report.bad else 0)


def _as_json(report: ImportReport) -> dict:
    rows = [{"line": r.line, "handle": r.handle, "name": r.name, "status": r.status,
             "changes": r.changes,
             "interactions": [{"kind": k, "at": at, "note": note}
                              for k, at, note, _ in r.interactions]} for r in report.rows]
    return {"what": report.what, "preset": report.preset, "dry_run": report.dry_run,
            "counts": report.counts, "rows": rows,
            "bad": [{"line": b.line, "reason": b.reason} for b in report.bad],
            "unused_columns": list(report.unused_columns), "not_kept": list(report.not_kept)}


def _describe(row: Planned) -> str:
    """What a row changes, in words: the fields it sets and the interactions it logs."""
    words = {True: "yes", False: "no"}
    parts = [f"{label(field)}: "
             + (", ".join(value) if isinstance(value, list) else words.get(value, value))
             for field, value in row.changes.items()]
    parts += [f"{kind} on {at:%Y-%m-%d}" + (f" ({note})" if note else "")
              for kind, at, note, _ in row.interactions]
    return "; ".join(parts) or "a contact, nothing known yet"


def _show(report: ImportReport, source: str) -> None:
    """The summary line, each new or changed row, each bad row with its line and why."""
    out, counts = console(), report.counts
    # Text objects, not markup: names and cells from the file are shown as written.
    head = "Dry run, nothing was written: " if report.dry_run else "Imported "
    tally = []
    for status, style in _STYLE.items():
        tally += [(f"{counts[status]} {status}", style if counts[status] else ""), ", "]
    out.print(Text.assemble(f"{head}{report.what} from {source} (preset {report.preset}): ",
                            *tally[:-1]))
    for row in report.rows:
        if row.status != "unchanged":
            who = f"@{row.handle}" + (f" ({row.name})" if row.name else "")
            out.print(Text.assemble("  ", (f"{row.status:<8}", _STYLE[row.status]),
                                    f" line {row.line}: {who}: {_describe(row)}"))
    for bad in report.bad:
        out.print(Text.assemble("  ", ("bad     ", "red"), f" line {bad.line}: {bad.reason}"))
    if report.unused_columns:
        out.print(Text(f"Columns not read: {', '.join(report.unused_columns)} "
                       "(--map COLUMN=FIELD reads one)", style="dim"))
    if report.not_kept:
        out.print(Text(f"Read for this report, not kept: {', '.join(report.not_kept)} "
                       "(Rapport keeps no names or notes on a contact)", style="dim"))


def register(app: typer.Typer) -> None:
    """Add the import group: contacts and interactions."""
    group = typer.Typer(help="Bring contacts and their history in from a CSV file.",
                        no_args_is_help=True)

    def options(what: str) -> dict:
        return {
            "preset": typer.Option(None, "--preset", help="the columns of an export: "
                                   f"{', '.join(PRESETS[what])} (default generic)"),
            "mapping": typer.Option(None, "--map", help="COLUMN=FIELD,... read a column as a "
                                    f"field ({', '.join(FIELDS[what])}, or ignore)"),
            "dry_run": typer.Option(False, "--dry-run", help="show what would change; "
                                    "write nothing"),
            "member": typer.Option(..., "--as", help="who imports (gets the credit)"),
        }

    contact_options, interaction_options = options("contacts"), options("interactions")

    @group.command("contacts")
    def contacts(file: str = typer.Argument(..., metavar="FILE.csv|-"),
                 preset: str = contact_options["preset"],
                 mapping: str = contact_options["mapping"],
                 dry_run: bool = contact_options["dry_run"],
                 member: str = contact_options["member"],
                 team: str = TEAM_OPTION, fmt: Format = FORMAT_OPTION):
        """Import contacts (a CRM export): exit 0 all imported, 1 some rows bad, 2 bad input."""
        _run("contacts", file, preset, mapping, dry_run, member, team, fmt)

    @group.command("interactions")
    def interactions(file: str = typer.Argument(..., metavar="FILE.csv|-"),
                     preset: str = interaction_options["preset"],
                     mapping: str = interaction_options["mapping"],
                     dry_run: bool = interaction_options["dry_run"],
                     member: str = interaction_options["member"],
                     team: str = TEAM_OPTION, fmt: Format = FORMAT_OPTION):
        """Import interactions (handle, kind, date, note): exit 0, 1 some rows bad, 2 bad input."""
        _run("interactions", file, preset, mapping, dry_run, member, team, fmt)

    app.add_typer(group, name="import")
