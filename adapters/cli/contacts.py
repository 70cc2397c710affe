"""Relationship verbs: log an interaction, record what the team knows about a contact."""

from __future__ import annotations

from datetime import date, datetime, time

import typer

from bot.command_line import Command
from bot.commands import execute
from bot.errors import InvalidInput
from bot.outcomes import ContactShown

from .core import service
from .output import FORMAT_OPTION, TEAM_OPTION, Format, console, show_json, show_text


def _when(value: str | None) -> datetime | None:
    """--at: a date (that day at noon), a date and time, with or without a zone; a time with
    no zone is the team's local time (the core applies the policy's time zone)."""
    if value is None:
        return None
    try:
        if len(value.strip()) == 10:  # 2026-11-20: midday keeps it inside that day and week
            return datetime.combine(date.fromisoformat(value.strip()), time(12))
        return datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInput(
            f"'{value}' is not a date or a date-time like 2026-11-20 or 2026-11-20T15:00"
        ) from None


def _terms(value: str | None) -> list[str] | None:
    return None if value is None else value.split(",")


def _perform(team: str, member: str | None, command: Command, fmt: Format) -> None:
    """Run a contact command through the core and print what the team now knows."""
    # Showing a contact (no --as) only reads: it creates no database file.
    outcome = execute(service(create=member is not None), team, member, command)
    if not isinstance(outcome, ContactShown):
        console().print(outcome.message, markup=False)
        return
    if fmt == Format.json:
        show_json(outcome.contact if outcome.changed is None else {
            "changed": outcome.changed, "message": outcome.message, "contact": outcome.contact})
        return
    if outcome.changed is not None:
        console().print(outcome.message, markup=False)
    show_text("text/contact.txt.j2", pitch={"recipient": outcome.contact})


def register(app: typer.Typer) -> None:
    """Add the log and contact verbs."""
    @app.command()
    def log(handle: str, kind: str = typer.Argument(
                ..., metavar="we-engaged|they-replied|conversation|met|intro"),
            note: str = typer.Argument(None),
            member: str = typer.Option(..., "--as", help="who did it (gets the credit)"),
            at: str = typer.Option(None, "--at", help="when: 2026-11-20, 2026-11-20T15:00 (the "
                                   "team's time zone) or 2026-11-20T15:00+01:00"),
            team: str = TEAM_OPTION, fmt: Format = FORMAT_OPTION):
        """Log relationship building with a contact."""
        _perform(team, member, Command("log", handle=handle, kind=kind, text=note,
                                       at=_when(at)), fmt)

    @app.command()
    def contact(handle: str,
                interests: str = typer.Option(None, "--interests", help="a,b,c"),
                avoid: str = typer.Option(None, "--avoid", help="topics to keep away from"),
                prefers: str = typer.Option(None, "--prefers", help="preferred channel"),
                email_known: bool = typer.Option(
                    None, "--email-known/--no-email-known", help="whether we have their email"),
                do_not_contact: bool = typer.Option(
                    False, "--do-not-contact", help="mark them: no message at all, ever"),
                clear_dnc: bool = typer.Option(
                    False, "--clear-do-not-contact", help="lift the mark (admins only)"),
                member: str = typer.Option(None, "--as", help="who records it"),
                history: bool = typer.Option(False, "--history",
                                             help="also everything recorded about them"),
                team: str = TEAM_OPTION, fmt: Format = FORMAT_OPTION):
        """Record what the team knows about a contact, or show it."""
        if do_not_contact and clear_dnc:
            raise InvalidInput("give --do-not-contact or --clear-do-not-contact, not both")
        dnc = True if do_not_contact else (False if clear_dnc else None)
        changes = {"interests": _terms(interests), "avoid": _terms(avoid), "prefers": prefers,
                   "email_known": email_known, "do_not_contact": dnc}
        if all(value is None for value in changes.values()):
            shown = {"history": True} if history else {}
            _perform(team, None, Command("contact", handle=handle, args=shown), fmt)
            return
        if member is None:
            raise InvalidInput("say who records this with --as MEMBER")
        _perform(team, member, Command("contact", handle=handle, args=changes), fmt)
