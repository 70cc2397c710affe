"""Where `rapport clock` posts: the local folder or stdout, and Slack and Discord when configured.

Each surface is a board poster and a reminder poster (bot.leaderboard.posting's protocol).
The chat posters come from the adapters (adapters/slack/poster.py, adapters/discord_bot/
poster.py), imported only when that surface is configured, so the CLI needs neither.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console

from bot.leaderboard.posting import Poster, Reminder, surface_of
from bot.leaderboard.present import board_text
from bot.leaderboard.views import BoardView
from bot.report_locations import Asked, DueReminder

Echo = Callable[[str], None]


@dataclass(frozen=True)
class Surface:
    """One place the clock posts to: boards, and pending-review reminders, of the teams it takes."""

    name: str
    board: Poster
    reminder: Reminder
    accepts: Callable[[str], bool] = lambda team: True
    # Called when a tick is over: a surface that keeps a connection for a tick closes it.
    done: Callable[[], None] = lambda: None


def plain_board(board: BoardView) -> str:
    """The terminal board without colour, for a file or a log."""
    buffer = io.StringIO()
    Console(file=buffer, no_color=True, soft_wrap=True, highlight=False,
            force_terminal=False).print(board_text(board))
    return buffer.getvalue()


def reminder_line(due: DueReminder, escape: Callable[[str], str] = str,
                  mention: Callable[[Asked], str] | None = None) -> str:
    """One line reminding the team of a pitch waiting for review (user text through escape),
    asking the backup reviewers by name, or by `mention` where the surface can ping them."""
    pitch = due.pitch
    line = (f"Reminder: pitch #{pitch.id} to @{escape(pitch.recipient.handle)} by "
            f"{escape(pitch.author_name)} has waited for review since "
            f"{pitch.created_at:%Y-%m-%d %H:%M} UTC.")
    names = [mention(a) if mention else escape(a.name) for a in due.ask]
    if len(names) == 1:
        line += f" {names[0]}, as backup reviewer, could you take a look?"
    elif names:
        line += f" Backup reviewers {', '.join(names)}: could one of you take a look?"
    return line


def _file_name(team: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", team).strip("-.") or "team"


def local_surface(out: Path | None, echo: Echo) -> Surface:
    """CLI teams: boards written to OUT/<team>-<week>.txt and .png, or printed when no OUT."""
    def board(team: str, view: BoardView, png: bytes) -> None:
        text = plain_board(view)
        if out is None:
            echo(text.rstrip("\n"))
            return
        out.mkdir(parents=True, exist_ok=True)
        stem = out / f"{_file_name(team)}-{view.week}"
        for suffix, data in ((".png", png), (".txt", text.encode("utf-8"))):
            # Written aside and renamed, so a reader never sees half a board.
            partial = stem.with_name(stem.name + suffix + ".partial")
            partial.write_bytes(data)
            partial.replace(stem.with_name(stem.name + suffix))

    def reminder(team: str, due: DueReminder) -> None:
        line = reminder_line(due)
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
            with (out / f"{_file_name(team)}-reminders.txt").open("a", encoding="utf-8") as f:
                f.write(line + "\n")
        echo(line)

    return Surface("local", board, reminder)



def router(found: dict[str, Surface]) -> Callable[[str], Surface | None]:
    """The surface that posts a team's board here, or None (the team is left unclaimed)."""
    def route(team: str) -> Surface | None:
        surface = found.get(surface_of(team))
        return surface if surface is not None and surface.accepts(team) else None
    return route
