"""Pitch verbs: submit, approve, request-changes, revise, withdraw, sent, outcome, show, list."""

from __future__ import annotations

import typer
from rich.table import Table

from bot.command_line import Command
from bot.commands import execute
from bot.outcomes import Changed, Listed, Shown, Submitted
from bot.views import ActionResult
from bot.vocabulary import label

from .core import service
from .failure import fail
from .output import FORMAT_OPTION, TEAM_OPTION, Format, console, show_json, show_text

AS_OPTION = typer.Option(..., "--as", help="the team member acting")


def report(result: ActionResult, fmt: Format) -> None:
    """Print what an action did: a line and the report, or JSON."""
    if fmt == Format.json:
        show_json({"changed": result.changed, "message": result.message,
                   "notices": result.notices, "pitch": result.pitch.as_dict()})
        return
    console().print(result.message, markup=False)
    for notice in result.notices:
        console().print(f"→ tell {notice.member}: {notice.text}", markup=False)
    show_text("text/review.txt.j2", pitch=result.pitch)


def perform(team: str, member: str | None, command: Command, fmt: Format) -> None:
    """Run a command through the core's one entrance and print its outcome by type."""
    match execute(service(create=not command.only_reads), team, member, command):
        case Submitted(result=result) | Changed(result=result) if result is not None:
            report(result, fmt)
        case Shown(pitch=view) if fmt == Format.json:
            show_json(view.as_dict())
        case Shown(pitch=view):
            show_text("text/review.txt.j2", pitch=view)
        case Listed(pitches=views, message=message):
            list_table(views, fmt, message)


def list_table(views, fmt: Format, empty: str = "No pitches yet.") -> None:
    """The team's newest pitches as a table, or JSON."""
    if fmt == Format.json:
        show_json([{"id": v.id, "author": v.author, "recipient": v.recipient.handle,
                    "state": v.state, "verdict": v.verdict, "revision": v.revision,
                    "created_at": v.created_at} for v in views])
        return
    table = Table("ID", "Recipient", "Author", "State", "Verdict", "Rev")
    for v in views:
        table.add_row(str(v.id), "@" + v.recipient.handle, v.author_name,
                      label(v.state).lower(), v.verdict, str(v.revision))
    if views:
        console().print(table)
    else:
        console().print(empty, markup=False)


def register(app: typer.Typer) -> None:
    """Add the pitch verbs."""
    @app.command()
    def submit(text: str, member: str = AS_OPTION,
               to: str = typer.Option(..., "--to", help="recipient handle"),
               via: str = typer.Option("other", "--via", help="channel of outreach"),
               topic: str = typer.Option(None, "--topic",
                                         help="what it is about, e.g. baking (off-audience)"),
               team: str = TEAM_OPTION, fmt: Format = FORMAT_OPTION):
        """Submit a pitch for review by a teammate."""
        perform(team, member, Command("submit", handle=to, text=text, channel=via, topic=topic),
                fmt)

    @app.command()
    def approve(pitch_id: int = typer.Argument(..., metavar="ID"), member: str = AS_OPTION,
                override: str = typer.Option(None, "--override", help="reason to pass errors"),
                team: str = TEAM_OPTION, fmt: Format = FORMAT_OPTION):
        """Approve a teammate's pitch (errors need --override REASON)."""
        perform(team, member, Command("approve", pitch_id=pitch_id, text=override), fmt)

    @app.command("request-changes")
    def request_changes(pitch_id: int = typer.Argument(..., metavar="ID"),
                        member: str = AS_OPTION,
                        comment: str = typer.Option(..., "--comment",
                                                              help="what to change, and why"),
                        team: str = TEAM_OPTION, fmt: Format = FORMAT_OPTION):
        """Ask the author for changes."""
        perform(team, member, Command("request-changes", pitch_id=pitch_id, text=comment), fmt)

    @app.command()
    def revise(pitch_id: int = typer.Argument(..., metavar="ID"),
               text: str = typer.Argument(None, metavar="TEXT", help="the new text"),
               use_suggestion: bool = typer.Option(
                   False, "--use-suggestion",
                   help="adopt the report's suggested opener instead of typing a text"),
               member: str = AS_OPTION, team: str = TEAM_OPTION, fmt: Format = FORMAT_OPTION):
        """Revise your pitch: the checks run again and earlier approvals are dismissed."""
        if use_suggestion == bool(text):
            fail("give the new text, or --use-suggestion to adopt the suggested opener", 2)
        perform(team, member, Command("revise", pitch_id=pitch_id, text=text,
                                      args={"use_suggestion": True} if use_suggestion else {}),
                fmt)

    @app.command()
    def withdraw(pitch_id: int = typer.Argument(..., metavar="ID"), member: str = AS_OPTION,
                 team: str = TEAM_OPTION, fmt: Format = FORMAT_OPTION):
        """Withdraw your pitch."""
        perform(team, member, Command("withdraw", pitch_id=pitch_id), fmt)

    @app.command()
    def sent(pitch_id: int = typer.Argument(..., metavar="ID"), member: str = AS_OPTION,
             team: str = TEAM_OPTION, fmt: Format = FORMAT_OPTION):
        """Mark your sendable pitch as sent."""
        perform(team, member, Command("sent", pitch_id=pitch_id), fmt)

    @app.command()
    def outcome(pitch_id: int = typer.Argument(..., metavar="ID"),
                result: str = typer.Argument(..., metavar="replied|accepted|declined|no-response"),
                member: str = AS_OPTION, team: str = TEAM_OPTION, fmt: Format = FORMAT_OPTION):
        """Record what a sent pitch got back."""
        perform(team, member, Command("outcome", pitch_id=pitch_id, text=result), fmt)

    @app.command()
    def show(pitch_id: int = typer.Argument(..., metavar="ID"), team: str = TEAM_OPTION,
             fmt: Format = FORMAT_OPTION):
        """Show a pitch's report and history."""
        perform(team, None, Command("show", pitch_id=pitch_id), fmt)

    @app.command("list")
    def list_(state: str = typer.Option(
                  None, "--state", help="only this state, e.g. sendable, changes-requested"),
              team: str = TEAM_OPTION, fmt: Format = FORMAT_OPTION):
        """List the team's newest pitches."""
        perform(team, None, Command("list", text=state), fmt)
