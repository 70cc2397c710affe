"""`rapport home --as MEMBER`: the member's desk, the same view Slack's App Home and Discord's
`/review-pitch home` show."""

from __future__ import annotations

import typer

from bot.command_line import Command
from bot.commands import execute
from bot.outcomes import Home

from .core import service
from .output import FORMAT_OPTION, TEAM_OPTION, Format, show_json, show_text
from .pitches import AS_OPTION


def register(app: typer.Typer) -> None:
    """Add the home verb."""
    @app.command()
    def home(member: str = AS_OPTION, team: str = TEAM_OPTION, fmt: Format = FORMAT_OPTION):
        """Your desk: reviews waiting for you, your pitches, reminders due, your contacts."""
        # Only reads: like list and show, it creates no database file.
        match execute(service(create=False), team, member, Command("home")):
            case Home(desk=desk) if fmt == Format.json:
                show_json(desk.as_dict())
            case Home(message=line, desk=desk):
                show_text("text/home.txt.j2", desk=desk, line=line)
