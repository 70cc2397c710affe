"""A board people don't dread: the top N listed, each member's own place when they ask, and
"a teammate" for whoever chose to be anonymous."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.command_line import parse
from bot.commands import execute
from bot.leaderboard.present import board_text
from bot.policy import LeaderboardPolicy, Policy

TEAM = "local"


@pytest.fixture
def busy(make_service, clock):
    """Eight members; member mN logs N+1 replies this week, so mN scores 3×(N+1) points."""
    service = make_service(Policy(leaderboard=LeaderboardPolicy(top=3)), auto_enrol=True)
    clock.now = datetime(2026, 11, 25, 12, tzinfo=UTC)
    for n in range(8):
        for c in range(n + 1):
            service.log_interaction(TEAM, f"m{n}", f"@c{n}x{c}", "they-replied")
    return service


@pytest.mark.parametrize(("viewer", "standing"), [
    (None, []),                     # the posted board: nobody asked
    ("m7", []),                     # first: already in the top 3
    ("m3", [4, 5, 6]),              # fifth: the one above, themselves, the one below
    ("m0", [7, 8]),                 # last: the one above and themselves
])
def test_the_top_is_listed_and_a_member_who_asks_sees_their_place(busy, viewer, standing):
    board = busy.leaderboard(TEAM, viewer=viewer)
    assert [r.member for r in board.rows] == ["m7", "m6", "m5"] and board.ranked == 8
    assert [r.rank for r in board.standing] == standing
    if standing:
        assert viewer in [r.member for r in board.standing]


def test_asking_through_the_one_road_shows_your_place(busy):
    """`leaderboard` typed by m2 (rank 6) shows the top 3, "… and 5 more", and their place."""
    text = board_text(execute(busy, TEAM, "m2", parse("leaderboard")).board)
    assert "… and 5 more member(s) with points." in text
    assert "Your place:" in text and "6. m2" in text


def test_an_anonymous_member_is_a_teammate_to_everyone_but_themselves(busy):
    """m7 chooses anonymous: the posted board and other members see "a teammate", with no
    key; m7 still sees their own name; `named` brings the name back."""
    said = execute(busy, TEAM, "m7", parse("leaderboard anonymous")).message
    assert said == 'The board shows you as "a teammate" from now on.'
    posted = busy.leaderboard(TEAM)
    assert (posted.rows[0].display_name, posted.rows[0].member) == ("a teammate", "")
    assert "m7" not in board_text(posted) and "a teammate" in board_text(posted)
    assert busy.leaderboard(TEAM, viewer="m7").rows[0].display_name == "m7"
    execute(busy, TEAM, "m7", parse("leaderboard named"))
    assert busy.leaderboard(TEAM).rows[0].member == "m7"


def test_an_anonymous_member_is_not_named_in_a_teammates_items(make_service, clock):
    """ana is anonymous; ben's review of her pitch reads "reviewed a teammate's pitch" on
    the posted board, and ana still sees her own name in it."""
    service = make_service(Policy(), auto_enrol=True)
    clock.now = datetime(2026, 11, 25, 12, tzinfo=UTC)
    execute(service, TEAM, "ana", parse("leaderboard anonymous"))
    pid = service.submit(TEAM, "ana", "@liz", "Liz, loved your talk. What got you started?")
    service.approve(TEAM, pid.pitch.id, "ben")
    posted = board_text(service.leaderboard(TEAM))
    assert "reviewed a teammate's pitch" in posted and "ana" not in posted.casefold()
    assert "reviewed ana's pitch" in board_text(service.leaderboard(TEAM, viewer="ana"))
