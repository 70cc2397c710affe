"""The weekly leaderboard of well-built relationships (DESIGN §6).

weeks (ISO weeks in the team's zone), firsts (what scores once, marked when written),
queries, statements, two_way and params (the reads: the database does the counting), scoring
(the rules), items (what a row shows), board (the ranked view), reference and
reference_reads (the same rules in plain Python, for the tests and the benchmark), chart
(the PNG), claims and posting (exactly-once weekly posts), service (the methods mixed into
Rapport).
"""

# Imported for its effect: every event written from now on gets its first-once marks.
from bot.leaderboard import firsts as _firsts  # noqa: F401
from bot.leaderboard.views import BoardItem, BoardRow, BoardView
from bot.leaderboard.weeks import IsoWeek

__all__ = ["BoardItem", "BoardRow", "BoardView", "IsoWeek"]
