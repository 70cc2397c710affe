"""The weekly leaderboard of well-built relationships (DESIGN §6).

weeks (ISO weeks in the team's zone), queries (the reads), scoring (the rules), board (the
ranked view), chart (the PNG), claims and posting (exactly-once weekly posts), service (the
methods mixed into Rapport).
"""

from bot.leaderboard.views import BoardItem, BoardRow, BoardView
from bot.leaderboard.weeks import IsoWeek

__all__ = ["BoardItem", "BoardRow", "BoardView", "IsoWeek"]
