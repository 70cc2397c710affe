"""The board in words the core itself uses: one plain line, and the terminal's rendering.

Chat surfaces render their own boards beside their reports (adapters/slack/board.py,
adapters/discord_bot/board.py); the core knows no platform's limits.
"""

from __future__ import annotations

from bot.leaderboard.views import BoardView
from bot.render import render


def board_text(board: BoardView) -> str:
    """The board for the terminal, in Rich markup (user text escaped)."""
    return render("text/leaderboard.txt.j2", board=board)


def board_summary(board: BoardView) -> str:
    """One plain line: the notification text and the fallback where blocks cannot show."""
    if not board.rows:
        return f"Relationship leaderboard {board.week}: no points yet."
    top = board.rows[0]
    return (f"Relationship leaderboard {board.week}: {top.display_name} leads with "
            f"{top.points} point{'' if top.points == 1 else 's'}.")
