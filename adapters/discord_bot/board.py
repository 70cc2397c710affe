"""The weekly board as one Discord embed (as a dict, so the REST-only poster needs no
gateway client), rendered beside the reports (templates/discord/)."""

from __future__ import annotations

from bot.leaderboard.views import BoardView
from bot.render import render_json

# Discord allows 25 fields an embed: the top rows and their items fit.
MAX_ROWS, MAX_ITEMS = 15, 8


def board_embed_dict(board: BoardView) -> dict:
    """The board as an embed dict (markdown and mentions neutralised)."""
    return render_json("discord/leaderboard.json.j2", board=board, max_rows=MAX_ROWS,
                       max_items=MAX_ITEMS)
