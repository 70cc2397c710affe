"""The two-way tallies kept as interactions are logged: they are the interactions counted per
member, contact and week of the team's zone; the board reads them, and a change of zone
neither misleads the board nor leaves them stale."""

from __future__ import annotations

import random
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text

from bot.leaderboard import reference, scoring
from bot.leaderboard.weeks import IsoWeek
from bot.models import Interaction, TallyBasis, TwoWayTally, TwoWayWeek
from bot.relationships import TWO_WAY
from tests.bot.leaderboard.conftest import TEAM, Script, nov, team_policy
from tests.bot.leaderboard.test_against_reference import boards, play


def counted(engine, zone: str) -> tuple[Counter, Counter]:
    """The interactions counted afresh: per (week, member, contact), and per (week, member)
    (contacts, interactions)."""
    tz = ZoneInfo(zone)
    with engine.connect() as conn:
        rows = conn.execute(select(Interaction.member_id, Interaction.contact_id,
                                   Interaction.at).where(Interaction.kind.in_(TWO_WAY))).all()
    pairs = Counter((IsoWeek.containing(at, tz).bounds(tz)[0], m, c) for m, c, at in rows)
    weeks: Counter = Counter()
    for (week, member, _), n in pairs.items():
        weeks[week, member, "contacts"] += 1
        weeks[week, member, "interactions"] += n
    return pairs, weeks


def kept(engine) -> tuple[Counter, Counter]:
    """The tallies as kept, in the same shape."""
    with engine.connect() as conn:
        pairs = Counter({(t.week_start, t.member_id, t.contact_id): t.n for t in conn.execute(
            select(TwoWayTally))})
        weeks: Counter = Counter()
        for w in conn.execute(select(TwoWayWeek)):
            weeks[w.week_start, w.member_id, "contacts"] = w.contacts
            weeks[w.week_start, w.member_id, "interactions"] = w.interactions
    return pairs, weeks


def zone_of(engine) -> str | None:
    """The zone the tallies are cut in."""
    with engine.connect() as conn:
        return conn.scalar(select(TallyBasis.zone))


@pytest.mark.parametrize("zone", ["UTC", "Pacific/Auckland", "America/New_York"])
def test_tallies_are_the_interactions_counted(make_service, clock, engine, zone):
    s = Script(make_service(policy=team_policy(timezone=zone)), clock)
    play(s, random.Random(11), steps=160)           # some logged late, into earlier weeks
    pairs, weeks = kept(engine)
    assert sum(pairs.values()) > 20 and max(pairs.values()) > 1
    assert (pairs, weeks) == counted(engine, zone)
    assert zone_of(engine) == zone


def test_the_board_reads_the_tallies(make_service, clock, engine):
    s = Script(make_service(policy=team_policy()), clock)
    s.at(nov(23, 9)).log("ana", "liz", "conversation")
    assert s.board().rows[0].points == 3           # engaged +2, one two-way +1
    with engine.begin() as conn:                    # as if three more had been counted
        conn.execute(text("UPDATE two_way_tallies SET n = n + 3"))
        conn.execute(text("UPDATE two_way_weeks SET interactions = interactions + 3"))
    assert s.board().rows[0].points == 5           # the cap: 3 per contact a week


def test_a_new_zone_is_read_from_the_interactions_until_the_tallies_are_rebuilt(
        make_service, clock, engine):
    s = Script(make_service(policy=team_policy()), clock)
    play(s, random.Random(2), steps=120)
    assert zone_of(engine) == "UTC"
    # The team moves to Auckland: the UTC tallies cut weeks 11-13 hours wrong, and are not read.
    moved = Script(make_service(policy=team_policy(timezone="Pacific/Auckland")), clock)
    expected = boards(moved.service, reference.score_week)
    assert boards(moved.service, scoring.score_week) == expected
    assert kept(engine) != counted(engine, "Pacific/Auckland")
    # The next two-way interaction logged rebuilds them in the new zone, itself included.
    moved.at(clock.now).log("ben", "nia", "met")
    assert zone_of(engine) == "Pacific/Auckland"
    assert kept(engine) == counted(engine, "Pacific/Auckland")
    assert boards(moved.service, scoring.score_week) == \
        boards(moved.service, reference.score_week)


def test_one_way_interactions_are_not_tallied(make_service, clock, engine):
    s = Script(make_service(policy=team_policy()), clock)
    s.at(nov(23, 9)).log("ana", "liz", "we-engaged")
    s.log("ana", "liz", "intro")
    assert kept(engine) == (Counter(), Counter())
    assert s.board().rows == () or all(i.kind != "two_way" for r in s.board().rows
                                       for i in r.items)
    s.service.log_interaction(TEAM, "ana", "liz", "they-replied")
    assert sum(kept(engine)[0].values()) == 1


def test_members_logging_at_once_lose_no_count(make_service, clock, engine):
    s = Script(make_service(policy=team_policy()), clock)
    s.at(nov(23, 9)).log("cara", "first", "met")                 # the tallies exist
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda n: s.service.log_interaction(
            TEAM, ("ana", "ben", "dev", "eve")[n % 4], f"fan{n % 3}", "conversation"),
            range(40)))
    pairs, weeks = kept(engine)
    assert sum(pairs.values()) == 41
    assert (pairs, weeks) == counted(engine, "UTC")
