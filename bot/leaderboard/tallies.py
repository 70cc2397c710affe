"""Two-way interactions counted as they are logged, per member, contact and week.

A busy week has 125,000 interactions; counting them per member and contact when the board is
asked for reads every one. Instead each two-way interaction adds one to its member's tally
with the contact for its week (`two_way_tallies`) and to the member's week in all
(`two_way_weeks`), in the transaction that logs it, and the board reads a few rows per member.

A week is cut in the team's time zone, which is policy: the zone the tallies were cut in is
kept (`tally_bases`). The board reads tallies only when it is the zone it shows weeks in, and
otherwise counts the interactions themselves; the next two-way interaction logged under the
new zone rebuilds the team's tallies from every interaction, so they agree again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bot.leaderboard.weeks import IsoWeek
from bot.models import Interaction, TallyBasis, Team, TwoWayTally, TwoWayWeek
from bot.relationships import TWO_WAY

_UPSERTS = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


def week_starts(zone: str) -> Callable[[datetime], datetime]:
    """A function giving the first instant (UTC) of the team's week that a moment falls in,
    worked out once per local day (a rebuild reads hundreds of thousands of moments)."""
    tz, starts = ZoneInfo(zone), {}

    def week_of(at: datetime) -> datetime:
        day = at.astimezone(tz).date()
        start = starts.get(day)
        if start is None:
            start = starts[day] = IsoWeek.of(day).bounds(tz)[0]
        return start
    return week_of


class TallyWrites:
    """The tallies' writes: an area of the store (mixed into `bot.store.Store`)."""

    session: Session

    def count_two_way(self, team_id: int, member_id: int, contact_id: int, at: datetime,
                      zone: str) -> None:
        """Count one two-way interaction, already added, into its week's tallies."""
        if self._tally_zone(team_id) != zone:
            self.rebuild_two_way_tallies(team_id, zone)  # counts the new one with the rest
            return
        upsert = _UPSERTS[self.session.get_bind().dialect.name]
        week = week_starts(zone)(at)
        key = {"team_id": team_id, "week_start": week, "member_id": member_id}
        t = upsert(TwoWayTally).values(**key, contact_id=contact_id, n=1)
        n = self.session.execute(t.on_conflict_do_update(
            index_elements=["team_id", "week_start", "member_id", "contact_id"],
            set_={"n": TwoWayTally.n + 1}).returning(TwoWayTally.n)).scalar_one()
        w = upsert(TwoWayWeek).values(**key, contacts=1, interactions=1)
        self.session.execute(w.on_conflict_do_update(
            index_elements=["team_id", "week_start", "member_id"],
            set_={"contacts": TwoWayWeek.contacts + (1 if n == 1 else 0),
                  "interactions": TwoWayWeek.interactions + 1}))

    def rebuild_two_way_tallies(self, team_id: int, zone: str) -> None:
        """Count every two-way interaction of the team again, into weeks of this zone."""
        self._tally_zone(team_id)  # holds the team's tally lock until the commit
        self.session.flush()
        for table in (TwoWayTally, TwoWayWeek):
            self.session.execute(delete(table).where(table.team_id == team_id))
        pairs: Counter = Counter()
        week_of = week_starts(zone)
        rows = self.session.connection().execute(
            select(Interaction.member_id, Interaction.contact_id, Interaction.at)
            .where(Interaction.team_id == team_id, Interaction.kind.in_(sorted(TWO_WAY)))
            .execution_options(yield_per=10_000))
        for member_id, contact_id, at in rows:
            pairs[week_of(at), member_id, contact_id] += 1
        weeks: dict[tuple, list[int]] = {}
        for (week, member_id, _), n in pairs.items():
            totals = weeks.setdefault((week, member_id), [0, 0])
            totals[0], totals[1] = totals[0] + 1, totals[1] + n
        for table, values in (
            (TwoWayTally, [{"team_id": team_id, "week_start": w, "member_id": m,
                            "contact_id": c, "n": n} for (w, m, c), n in pairs.items()]),
            (TwoWayWeek, [{"team_id": team_id, "week_start": w, "member_id": m,
                           "contacts": k, "interactions": n}
                          for (w, m), (k, n) in weeks.items()])):
            for start in range(0, len(values), 5_000):
                self.session.connection().execute(insert(table), values[start:start + 5_000])
        self.session.execute(update(TallyBasis).where(TallyBasis.team_id == team_id)
                             .values(zone=zone))

    def teams_with_stale_tallies(self, zone: str) -> list[tuple[int, str]]:
        """(id, key) of the teams with two-way interactions whose tallies are not cut in this
        zone: never built (a database from before migration 0010) or built in another."""
        logged = select(Interaction.team_id).where(
            Interaction.kind.in_(sorted(TWO_WAY))).distinct().subquery()
        rows = self.session.execute(
            select(Team.id, Team.key, TallyBasis.zone).join(logged, logged.c.team_id == Team.id)
            .outerjoin(TallyBasis, TallyBasis.team_id == Team.id).order_by(Team.id))
        return [(team_id, key) for team_id, key, built in rows if built != zone]

    def tallied_zone(self, team_id: int) -> str | None:
        """The zone the team's tallies are cut in, if they have been built."""
        return self.session.scalar(select(TallyBasis.zone).where(TallyBasis.team_id == team_id))

    def _tally_zone(self, team_id: int) -> str:
        """The team's tally zone ('' before the first build), its row locked: two writers
        counting for one team take turns, and a rebuild never races a count."""
        upsert = _UPSERTS[self.session.get_bind().dialect.name]
        self.session.execute(upsert(TallyBasis).values(team_id=team_id, zone="")
                             .on_conflict_do_nothing(index_elements=["team_id"]))
        return self.session.scalar(select(TallyBasis.zone)
                                   .where(TallyBasis.team_id == team_id).with_for_update())
