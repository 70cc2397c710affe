"""A team's week through the real service, then the next one: points, items, caps, opt-out."""

from __future__ import annotations

import pytest

from tests.bot.leaderboard.conftest import TEAM, items, nov, points


def play_week_48(s) -> dict:
    """Interactions, stage changes, pitches, reviews and outcomes, Mon 23 – Sun 29 Nov 2026."""
    svc = s.service
    s.at(nov(23, 9))
    s.log("ana", "liz", "they-replied")          # liz: stranger → engaged
    s.log("ana", "liz", "conversation")
    s.log("ben", "max", "we-engaged")            # max: aware
    s.at(nov(24, 9))
    s.log("ana", "liz", "conversation")          # 3 two-way on 2 days: earned
    s.log("ana", "liz", "met")                   # a 4th two-way with liz: over the weekly cap
    s.log("ben", "max", "met")                   # aware → earned in one step
    s.log("cara", "max", "they-replied")         # max is earned already: no move
    s.log("dev", "ola", "conversation")          # dev earns points, then opts out
    svc.set_leaderboard_opt_out(TEAM, "dev", True)

    s.at(nov(24, 10))
    liz1 = s.pitch("ana", "liz", "Liz, would you like an early copy of the garden guide?")
    s.sent(liz1, "ana", reviewer="ben")
    liz2 = s.pitch("ana", "liz", "Liz, could we quote you in the spring newsletter?")
    s.sent(liz2, "ana", reviewer="ben")
    newbie = s.pitch("ben", "newbie", "Hello, please share our launch.")
    svc.request_changes(TEAM, newbie, "cara", "say why it matters to them")
    svc.revise(TEAM, newbie, "ben", "Hello Nia, our launch is a guide for small gardens.")
    s.approve(newbie, "cara")                    # the same pitch again: no second credit
    svc.mark_sent(TEAM, newbie, "ben")           # sent to a stranger
    fans = [s.pitch("eve", f"fan{n}", f"Hi fan{n}, here is our zine number {n}.")
            for n in range(6)]
    for pid in fans:
        svc.request_changes(TEAM, pid, "cara", "tell them why")   # 7 reviews in all: cap 5
    s.approve(fans[0], "ana")
    svc.withdraw_approval(TEAM, fans[0], "ana")
    s.approve(fans[0], "ana")                    # withdrawn, then given again: counts once

    s.at(nov(25, 9))
    svc.record_outcome(TEAM, liz1, "ana", "replied")
    svc.record_outcome(TEAM, newbie, "cara", "replied")   # an admin records ben's reply
    s.at(nov(26, 9))
    svc.record_outcome(TEAM, liz1, "ana", "accepted")     # a yes after the reply: once
    return {"liz1": liz1, "liz2": liz2, "newbie": newbie, "fans": fans}


def test_each_members_points_and_items(script):
    ids = play_week_48(script)
    board = script.at(nov(29, 23)).board()
    assert board.week == "2026-W48"
    assert points(board) == {"ana": 16, "ben": 12, "cara": 6}
    assert [(r.rank, r.member) for r in board.rows] == [(1, "ana"), (2, "ben"), (3, "cara")]
    assert items(board, "ana") == [
        ("earned", 5, "moved @liz to earned"),
        ("pitch_success", 5, f"pitch #{ids['liz1']} to @liz got a reply"),
        ("two_way", 3, "4 two-way interactions with @liz (3 count: the weekly cap per contact)"),
        ("engaged", 2, "moved @liz to engaged"),
        ("review", 1, f"reviewed Eve's pitch #{ids['fans'][0]} to @fan0"),
    ]
    assert items(board, "ben") == [
        ("earned", 5, "moved @max to earned"),
        ("engaged", 2, "moved @max to engaged"),
        ("engaged", 2, "moved @newbie to engaged"),
        ("two_way", 1, "1 two-way interaction with @max"),
        ("review", 1, f"reviewed Ana's pitch #{ids['liz1']} to @liz"),
        ("review", 1, f"reviewed Ana's pitch #{ids['liz2']} to @liz"),
    ]
    reviewed = [ids["newbie"], *ids["fans"][:4]]
    assert items(board, "cara") == [
        ("two_way", 1, "1 two-way interaction with @max"),
        *sorted(("review", 1, label) for label in (
            [f"reviewed Ben's pitch #{reviewed[0]} to @newbie"]
            + [f"reviewed Eve's pitch #{pid} to @fan{n}" for n, pid in enumerate(reviewed[1:])]
        )),
    ]
    # Two of the three pitches sent went to earned relationships.
    assert (board.sent, board.sent_to_earned) == (3, 2)
    assert board.relationship_first_rate == pytest.approx(2 / 3)


def test_opted_out_member_is_left_off_and_can_come_back(script):
    play_week_48(script)
    assert "dev" not in points(script.at(nov(29, 23)).board())
    message = script.service.set_leaderboard_opt_out(TEAM, "dev", False)
    assert "back on" in message
    board = script.board()
    assert items(board, "dev") == [("engaged", 2, "moved @ola to engaged"),
                                   ("two_way", 1, "1 two-way interaction with @ola")]
    assert [(r.rank, r.member) for r in board.rows][-1] == (4, "dev")


def test_earlier_weeks_do_not_change_when_later_events_happen(script):
    ids = play_week_48(script)
    before = script.at(nov(29, 23)).board().as_dict()
    svc = script.service
    script.at(nov(30, 9))                              # Monday of week 49
    svc.record_outcome(TEAM, ids["liz2"], "ana", "replied")    # sent in 48, replied in 49
    svc.record_outcome(TEAM, ids["newbie"], "ben", "declined")  # newbie drops to stranger …
    svc.record_outcome(TEAM, ids["newbie"], "ben", "replied")   # … and is engaged again
    svc.request_changes(TEAM, ids["fans"][1], "cara", "still unclear")  # reviewed before
    fresh = script.pitch("eve", "gus", "Gus, your photo essay was lovely. Any tips?")
    svc.request_changes(TEAM, fresh, "cara", "name the essay")
    for _ in range(3):
        script.log("ana", "liz", "they-replied")

    after = script.board("2026-W48").as_dict()
    assert {**after, "finished": None} == {**before, "finished": None}
    week_49 = script.board()
    assert week_49.week == "2026-W49"
    assert items(week_49, "ana") == [
        ("pitch_success", 5, f"pitch #{ids['liz2']} to @liz got a reply"),
        ("two_way", 3, "3 two-way interactions with @liz"),
    ]
    assert items(week_49, "cara") == [("review", 1, f"reviewed Eve's pitch #{fresh} to @gus")]
    assert "ben" not in points(week_49)                # newbie's second engaged is no news
    assert week_49.relationship_first_rate is None     # nothing sent this week


def test_a_quiet_week_is_empty(script):
    play_week_48(script)
    board = script.at(nov(38)).board()                 # week 50: nothing happened
    assert board.rows == () and board.relationship_first_rate is None and board.empty
