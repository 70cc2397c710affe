"""`rapport leaderboard`: the weekly board of well-built relationships, and opting out of it."""

from __future__ import annotations

from pathlib import Path

import typer

from bot.errors import InvalidInput
from bot.leaderboard.chart import chart_png
from bot.leaderboard.present import board_text

from .core import service
from .output import FORMAT_OPTION, TEAM_OPTION, Format, console, show_json


def write_chart(path: Path, png: bytes) -> None:
    """Write the chart PNG, or say clearly why it cannot be written."""
    try:
        path.write_bytes(png)
    except OSError as exc:
        raise InvalidInput(f"cannot write the chart to {path}: {exc.strerror}") from None


def register(app: typer.Typer) -> None:
    """Add the leaderboard verb."""

    @app.command()
    def leaderboard(
        week: str = typer.Option(None, "--week", help="an ISO week, e.g. 2026-W48"),
        last_week: bool = typer.Option(False, "--last-week", help="last week's board"),
        chart: Path = typer.Option(None, "--chart", help="also write a PNG bar chart here"),
        opt_out: bool = typer.Option(False, "--opt-out", help="leave the board (with --as)"),
        opt_in: bool = typer.Option(False, "--opt-in", help="come back on the board (with --as)"),
        anonymous: bool = typer.Option(None, "--anonymous/--named",
                                       help='be "a teammate" on the board, or named again'),
        member: str = typer.Option(None, "--as",
                                   help="who asks (their own place is shown), opts or hides"),
        team: str = TEAM_OPTION,
        fmt: Format = FORMAT_OPTION,
    ):
        """Show the weekly leaderboard (this week unless --week or --last-week)."""
        if opt_out or opt_in:
            if opt_out and opt_in:
                raise InvalidInput("give --opt-out or --opt-in, not both")
            if member is None:
                raise InvalidInput("say who opts out or in with --as MEMBER")
            if week or last_week or chart:
                raise InvalidInput("--opt-out/--opt-in show no board: drop --week, --chart")
            message = service().set_leaderboard_opt_out(team, member, opt_out)
            if fmt == Format.json:
                show_json({"member": member, "opted_out": opt_out, "message": message})
            else:
                console().print(message, markup=False)
            return
        if anonymous is not None:
            if member is None:
                raise InvalidInput("say who with --as MEMBER")
            console().print(service().set_leaderboard_anonymous(team, member, anonymous),
                            markup=False)
            return
        if week and last_week:
            raise InvalidInput("give --week or --last-week, not both")
        board = service(create=False).leaderboard(team, "last-week" if last_week else week,
                                                  viewer=member)
        if chart is not None:
            write_chart(chart, chart_png(board))
        if fmt == Format.json:
            show_json(board.as_dict())
        else:
            console().print(board_text(board))
