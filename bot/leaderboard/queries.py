"""Every query the leaderboard makes, in one place; each reads one week of one team.

The database does the counting. Each read returns, per member and kind of points, the items a
board row can show — at most `limit`, best first — and every row carries its member's totals
for that kind over all their items. A busy week's tens of thousands of items are never
fetched. The statements themselves are in `bot/leaderboard/statements.py`.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import Select, TextClause, text
from sqlalchemy.orm import Session

from bot.leaderboard import statements
from bot.leaderboard.params import END, START, TEAM


@dataclass(frozen=True)
class Span:
    """One team's week: [start, end) in UTC."""

    team_id: int
    start: datetime
    end: datetime
    zone: str | None = None  # the time zone the week is cut in


class BoardReads:
    """The leaderboard's reads: an area of the store (mixed into `bot.store.Store`)."""

    session: Session
    tallied_zone: Callable[[int], str | None]  # bot/leaderboard/tallies.py

    def prepare_board_reads(self) -> None:
        """Set up this (read) transaction for the board's reads: no JIT on PostgreSQL."""
        dialect = self.session.get_bind().dialect
        if dialect.name == "postgresql" and (dialect.server_version_info or ()) >= (11,):
            # Each read is a few milliseconds of work; the scalar subqueries' cost estimates
            # can cross jit_above_cost on a big database, and compiling costs ~20 ms a query.
            self.session.execute(text("SET LOCAL jit = off"))

    def first_stage_moves(self, span: Span, limit: int) -> list[tuple]:
        """Relationships moved to engaged / earned (`kind`) for the first time ever in the
        week, by the member who moved them."""
        return self._run(statements.stage_moves(), span, limit=limit)

    def two_way_counts(self, span: Span, cap: int, limit: int) -> list[tuple]:
        """Two-way interactions logged in the week per member and contact (`n`), capped:
        from the tallies counted as they were logged, when they are cut in the board's zone."""
        pg, tallied = self._postgresql(), self.tallied_zone(span.team_id) == span.zone
        # On PostgreSQL member by member, through an index: small groupings, no big sort.
        if tallied:
            stmt = statements.tallied_lateral() if pg else statements.tallied_windowed()
        else:
            stmt = statements.two_way_lateral() if pg else statements.two_way_windowed()
        return self._run(stmt, span, cap=cap, limit=limit)

    def pitch_successes(self, span: Span, limit: int) -> list[tuple]:
        """Pitches sent on an earned relationship whose first reply or yes ever came in the
        week, to their authors."""
        return self._run(statements.pitch_successes(), span, limit=limit)

    def reviews(self, span: Span, cap: int, limit: int) -> list[tuple]:
        """Teammates' pitches reviewed in the week: each pitch's first review by a member,
        ever, and only each reviewer's earliest `cap` of the week."""
        return self._run(statements.reviews(), span, cap=cap, limit=limit)

    def sent_counts(self, span: Span) -> tuple[int, int]:
        """(pitches sent in the week, how many of them went to earned relationships)."""
        sent, earned = self.session.connection().execute(
            statements.sent_counts(), _values(span)).one()
        return sent, earned

    def _postgresql(self) -> bool:
        return self.session.get_bind().dialect.name == "postgresql"

    def _run(self, stmt: Select | TextClause, span: Span, **values) -> list[tuple]:
        # Plain rows through the connection (no ORM loading step for what are only values),
        # as named tuples: a busy week has thousands, and their fields are read often.
        result = self.session.connection().execute(stmt, {**_values(span), **values})
        record = _record(tuple(result.keys()))
        return [record(*row) for row in result]


@cache
def _record(fields: tuple[str, ...]) -> type:
    """A named tuple type for rows with these columns."""
    return namedtuple("BoardRecord", fields)


def _values(span: Span) -> dict:
    return {TEAM.key: span.team_id, START.key: span.start, END.key: span.end}
