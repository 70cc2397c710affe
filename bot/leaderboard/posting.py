"""One tick of the clock: post each team's due board once, and the pending-review reminders.

Surfaces plug in as plain callables, so the core stays platform-neutral:
a `Poster` posts a board (team key, view, chart PNG); a `Reminder` posts one reminder.
A route gives the poster for a team, or None when this process cannot post there (that
team is then left alone, unclaimed, for a process that can). Teams are keyed
"slack:<team id>", "discord:<guild id>"; any other key is a CLI team ("local" by default).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from bot.command_line import Command
from bot.commands import execute
from bot.leaderboard.chart import chart_png
from bot.leaderboard.views import BoardView
from bot.report_locations import DueReminder

Poster = Callable[[str, BoardView, bytes], None]
Reminder = Callable[[str, DueReminder], None]
CHAT_SURFACES = ("slack", "discord")
CLOCK = "clock"  # who acts when the clock runs a command: no member, so nothing is enrolled


class Undeliverable(Exception):
    """The surface can never take this board (e.g. the channel is another team's): no retry."""


log = logging.getLogger("rapport.clock")


def surface_of(team_key: str) -> str:
    """The surface a team lives on: slack, discord, or local (the CLI)."""
    prefix, sep, _ = team_key.partition(":")
    return prefix if sep and prefix in CHAT_SURFACES else "local"


@dataclass(frozen=True)
class Posted:
    """What a tick did for one team's board."""

    team: str
    week: str
    status: str  # posted | empty | retry | failed
    error: str | None = None


def post_due_boards(service, route: Callable[[str], Poster | None],
                    worker: str) -> list[Posted]:
    """Post every due board this process can post, each claimed in the database first."""
    done = []
    week, due = service.boards_due()
    for team in due:
        poster = route(team)
        if poster is None:
            continue
        # Render before claiming, so the claim-to-post window is only the platform call.
        # The clock asks for the board as a member would: the same command, the same road.
        board = execute(service, team, CLOCK, Command("leaderboard", text=str(week))).board
        png = b"" if board.empty else chart_png(board)
        claim = service.claim_board_post(team, week, worker)
        if claim is None:
            continue
        if board.empty:
            done.append(Posted(team, str(week), service.settle_board_post(claim, "empty")))
            continue
        try:
            poster(team, board, png)
        except Exception as exc:  # a platform refusal must not stop the other teams
            error = f"{type(exc).__name__}: {exc}"[:1000]
            log.warning("posting %s's board for %s failed: %s", team, week, error)
            status = service.settle_board_post(claim, "failed", error,
                                               final=isinstance(exc, Undeliverable))
            done.append(Posted(team, str(week), status, error))
            continue
        done.append(Posted(team, str(week), service.settle_board_post(claim, "posted")))
    return done


def post_reminders(service, route: Callable[[str], Reminder | None]) -> list[DueReminder]:
    """Post each due pending-review reminder once, for the teams this process can reach."""
    sent = []
    for due in service.due_reminders(teams=lambda key: route(key) is not None):
        team = due.pitch.team
        try:
            route(team)(team, due)
        except Exception as exc:  # the reminder is on the record; one lost post is logged
            log.warning("reminder for pitch #%s of %s failed: %s", due.pitch.id, team, exc)
            continue
        sent.append(due)
    return sent
