"""The board rendered for each surface, from the same view model (templates/*/leaderboard.*)."""

from __future__ import annotations

from bot.leaderboard.views import BoardView
from bot.render import render, render_json

# Chat limits: Slack allows 50 blocks and 3,000 characters a section; Discord 25 embed fields.
MAX_ROWS, MAX_ITEMS = 15, 8


def board_text(board: BoardView) -> str:
    """The board for the terminal, in Rich markup (user text escaped)."""
    return render("text/leaderboard.txt.j2", board=board)


def board_blocks(board: BoardView) -> list[dict]:
    """The board as Slack Block Kit blocks (user text escaped for mrkdwn)."""
    return render_json("slack/leaderboard.json.j2", board=board, max_rows=MAX_ROWS,
                       max_items=MAX_ITEMS)


def board_embed(board: BoardView) -> dict:
    """The board as one Discord embed (markdown and mentions neutralised)."""
    return render_json("discord/leaderboard.json.j2", board=board, max_rows=MAX_ROWS,
                       max_items=MAX_ITEMS)


def board_summary(board: BoardView) -> str:
    """One plain line: the notification text and the fallback where blocks cannot show."""
    if not board.rows:
        return f"Relationship leaderboard {board.week}: no points yet."
    top = board.rows[0]
    return (f"Relationship leaderboard {board.week}: {top.display_name} leads with "
            f"{top.points} point{'' if top.points == 1 else 's'}.")
