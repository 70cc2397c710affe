"""The edges of the SQL scoring: caps hit exactly, week boundaries in the team's zone, a stage
reached twice or first reached by a change logged late, weights worth nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.bot.leaderboard.conftest import TEAM, Script, items, nov, points, team_policy


@pytest.mark.parametrize(("logged", "expected"), [
    (1, ("two_way", 1, "1 two-way interaction with @liz")),
    (2, ("two_way", 2, "2 two-way interactions with @liz")),
    (3, ("two_way", 3, "3 two-way interactions with @liz")),          # the cap, exactly
    (4, ("two_way", 3, "4 two-way interactions with @liz (3 count: the weekly cap per contact)")),
])
def test_two_way_cap_per_contact(script, logged, expected):
    script.at(nov(23, 9)).log("ana", "liz", "we-engaged")    # aware: no stage points below
    script.at(nov(23, 10)).log("ana", "liz", "they-replied")  # engaged: +2 (same day: no more)
    for _ in range(logged - 1):
        script.log("ana", "liz", "they-replied")
    engaged = ("engaged", 2, "moved @liz to engaged")
    # Most points first; at equal points, a stage move before interactions.
    assert items(script.board(), "ana") == ([expected, engaged] if expected[1] > 2
                                            else [engaged, expected])


@pytest.mark.parametrize(("reviews", "counted"), [(4, 4), (5, 5), (6, 5)])
def test_review_cap_per_week(script, reviews, counted):
    script.at(nov(23, 9))
    pitches = [script.pitch("eve", f"fan{n}", f"Hi fan{n}, what got you into zines?")
               for n in range(reviews)]
    for pid in pitches:
        script.service.request_changes(TEAM, pid, "ana", "say why it matters to them")
    reviewed = items(script.board(), "ana")
    assert [label for _, _, label in reviewed] == sorted(
        f"reviewed Eve's pitch #{pid} to @fan{n}" for n, pid in enumerate(pitches[:counted]))


@pytest.fixture
def paris(make_service, clock):
    """The five-member team on Paris weeks."""
    return Script(make_service(policy=team_policy(timezone="Europe/Paris")), clock)


@pytest.mark.parametrize(("at", "week"), [
    # Paris is UTC+1 in November: its Monday 30 Nov 00:00 is Sunday 29 Nov 23:00 UTC.
    (datetime(2026, 11, 29, 22, 59, 59, 999999, tzinfo=UTC), "2026-W48"),
    (datetime(2026, 11, 29, 23, 0, tzinfo=UTC), "2026-W49"),
    (datetime(2026, 11, 22, 22, 59, 59, 999999, tzinfo=UTC), "2026-W47"),
    (datetime(2026, 11, 22, 23, 0, tzinfo=UTC), "2026-W48"),
])
def test_an_interaction_at_the_week_boundary_in_the_team_zone(paris, at, week):
    paris.at(nov(31, 12))                                     # Tuesday 1 Dec: every week is past
    paris.service.log_interaction(TEAM, "ana", "liz", "met", at=at)
    boards = {w: points(paris.board(w)) for w in ("2026-W47", "2026-W48", "2026-W49")}
    assert boards == {w: ({"ana": 8} if w == week else {}) for w in boards}


def test_a_stage_reached_twice_scores_once(script):
    svc = script.service
    script.at(nov(16, 9)).log("ana", "liz", "met")            # week 47: engaged and earned
    pid = script.pitch("ben", "max", "Max, would you like our garden guide?")
    script.approve(pid, "ana")
    svc.mark_sent(TEAM, pid, "ben")
    svc.record_outcome(TEAM, pid, "ben", "replied")           # max: stranger → engaged, ben
    script.at(nov(24, 9))
    svc.record_outcome(TEAM, pid, "ben", "declined")          # max falls back …
    svc.record_outcome(TEAM, pid, "ben", "accepted")          # … and is engaged again: no news
    script.log("cara", "max", "conversation")
    script.at(nov(25, 9)).log("cara", "max", "conversation")  # 3 two-way on 2 days: earned
    assert points(script.board("2026-W47")) == {"ana": 9, "ben": 2}   # ana reviewed it too
    assert items(script.board(), "cara") == [
        ("earned", 5, "moved @max to earned"),
        ("two_way", 2, "2 two-way interactions with @max")]
    assert "ben" not in points(script.board())


def test_a_change_logged_late_that_came_first_takes_the_credit(script):
    svc = script.service
    script.at(nov(24, 9))
    pid = script.pitch("ben", "liz", "Liz, would you like our garden guide?")
    script.sent(pid, "ben", reviewer="cara")
    svc.record_outcome(TEAM, pid, "ben", "replied")           # week 48: ben's reply moves liz
    assert items(script.board(), "ben") == [("engaged", 2, "moved @liz to engaged")]
    svc.record_outcome(TEAM, pid, "ben", "declined")          # corrected: liz falls back
    # Ana logs, in week 48, a call-back she had with liz in week 47: hers was the first move.
    svc.log_interaction(TEAM, "ana", "liz", "they-replied", at=nov(17, 9))
    assert items(script.board("2026-W47"), "ana") == [
        ("engaged", 2, "moved @liz to engaged"), ("two_way", 1, "1 two-way interaction with @liz")]
    assert "ben" not in points(script.board())


@pytest.mark.parametrize(("weights", "expected"), [
    ({}, {"ana": 8, "ben": 1}),
    ({"earned": 0, "review": 0}, {"ana": 3}),
    ({"two_way_cap_per_contact": 0, "engaged": 0}, {"ana": 5, "ben": 1}),
    ({"earned": 0, "engaged": 0, "two_way": 0, "review_cap": 0}, {}),
])
def test_weights_worth_nothing_leave_their_items_out(make_service, clock, weights, expected):
    s = Script(make_service(policy=team_policy(**weights)), clock)
    s.at(nov(24)).log("ana", "liz", "met")
    s.service.request_changes(TEAM, s.pitch("cara", "max"), "ben", "say why")
    board = s.board()
    assert points(board) == expected
    assert all(i.points > 0 for row in board.rows for i in row.items)
