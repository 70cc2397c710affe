"""Weeks in the team's time zone, which week a request means, and ties broken by name."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.errors import InvalidInput
from bot.leaderboard.weeks import due_week
from bot.policy import MemberEntry, Policy
from tests.bot.leaderboard.conftest import TEAM, Script, nov, points, team_policy


def test_ties_break_by_display_name_not_by_key_or_order(make_service, clock):
    roster = {"amy": MemberEntry(display_name="Zoe"), "zed": MemberEntry(display_name="alice"),
              "bob": MemberEntry(display_name="Bob")}
    s = Script(make_service(policy=Policy(members=roster)), clock)
    s.at(nov(24))
    s.log("amy", "one", "conversation")      # +2 engaged, +1 two-way
    s.log("zed", "two", "conversation")      # the same
    s.log("bob", "three", "met")             # +2 engaged, +5 earned, +1 two-way
    board = s.board()
    assert [(r.rank, r.member, r.points) for r in board.rows] == [
        (1, "bob", 8), (2, "zed", 3), (3, "amy", 3)]


@pytest.fixture
def both_zones(make_service, clock):
    """The same team read with Los Angeles weeks and with UTC weeks."""
    return (Script(make_service(policy=team_policy(timezone="America/Los_Angeles")), clock),
            Script(make_service(policy=team_policy()), clock))


def test_week_boundaries_follow_the_team_time_zone(both_zones):
    la, utc = both_zones
    # Sunday 22 Nov, 23:00 in Los Angeles: week 47 there, already week 48 in UTC.
    la.at(nov(23, 7)).log("ana", "early", "conversation")
    # Sunday 29 Nov, 21:00 in Los Angeles: still week 48 there, week 49 in UTC.
    la.at(nov(30, 5)).log("ben", "late", "conversation")
    assert la.board().week == "2026-W48" and utc.board().week == "2026-W49"

    in_la = la.board("2026-W48")
    assert points(in_la) == {"ben": 3}
    assert in_la.rows[0].items[0].label == "moved @late to engaged"
    assert points(la.board("2026-W47")) == {"ana": 3}
    assert points(utc.board("2026-W48")) == {"ana": 3}
    assert points(utc.board("2026-W49")) == {"ben": 3}


def test_a_week_spanning_the_end_of_summer_time_ends_at_local_midnight(make_service, clock):
    s = Script(make_service(policy=team_policy(timezone="America/New_York")), clock)
    s.at(datetime(2026, 11, 2, 4, 30, tzinfo=UTC))    # Sun 1 Nov, 23:30 EST
    s.log("ana", "liz", "conversation")
    s.at(datetime(2026, 11, 2, 5, 30, tzinfo=UTC))    # Mon 2 Nov, 00:30 EST
    s.log("ben", "max", "conversation")
    assert points(s.board("2026-W44")) == {"ana": 3}
    assert points(s.board("2026-W45")) == {"ben": 3}


@pytest.mark.parametrize(("spec", "message"), [
    ("2026-W54", "2026 has no week 54"),
    ("2020-W53x", "is not a week"),
    ("next week", "is not a week"),
    ("2026-W50", "2026-W50 has not started yet: this week is 2026-W48"),
])
def test_a_bad_week_is_refused_clearly(team, spec, message):
    with pytest.raises(InvalidInput, match=message):
        team.leaderboard(TEAM, spec)


def test_week_names_are_read_leniently(team):
    assert team.leaderboard(TEAM, "2026w47").week == "2026-W47"
    assert team.leaderboard(TEAM, "last-week").week == "2026-W47"
    assert team.leaderboard(TEAM, "2020-W53").week == "2020-W53"   # 2020 had 53 weeks
    assert team.leaderboard("never-seen").rows == ()


@pytest.mark.parametrize(("local", "expected"), [
    (datetime(2026, 11, 30, 8, 59), "2026-W47"),   # Monday before 09:00: last week's is out
    (datetime(2026, 11, 30, 9, 0), "2026-W48"),
    (datetime(2026, 12, 6, 23, 59), "2026-W48"),   # the whole week, until next Monday 09:00
])
def test_the_due_board_turns_over_on_monday_at_nine_team_time(local, expected):
    tz = ZoneInfo("America/New_York")
    now = local.replace(tzinfo=tz).astimezone(UTC)
    assert str(due_week(now, tz, weekday=0, hour=9)) == expected
