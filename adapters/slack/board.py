"""The weekly board as Slack Block Kit, rendered beside the reports (templates/slack/)."""

from __future__ import annotations

from bot.leaderboard.views import BoardView
from bot.render import render_json

# Slack allows 50 blocks and 3,000 characters a section: the top rows and items fit.
MAX_ROWS, MAX_ITEMS = 15, 8


def board_blocks(board: BoardView) -> list[dict]:
    """The board as Block Kit blocks (user text escaped for mrkdwn)."""
    return render_json("slack/leaderboard.json.j2", board=board, max_rows=MAX_ROWS,
                       max_items=MAX_ITEMS)
