"""The weekly post, claimed in the database: once, retried after refusals, crash-safe."""

from __future__ import annotations

import pytest

from bot.leaderboard.claims import LEASE, MAX_ATTEMPTS
from bot.leaderboard.posting import Undeliverable, post_due_boards, post_reminders, surface_of
from bot.leaderboard.weeks import IsoWeek
from tests.bot.leaderboard.conftest import claim_statuses, nov

DUE = nov(30, 9, 1)       # Monday 30 Nov 09:01 UTC: week 48's board is due


def only(surface, handler):
    """A route to one surface's handler."""
    return lambda team: handler if surface_of(team) == surface else None


class Wall:
    """A poster that pins boards to a list (what a channel would show), or refuses."""

    def __init__(self, refuse: int = 0, error: Exception | None = None):
        self.posts: list[tuple[str, str, bytes]] = []
        self.refuse = refuse
        self.error = error or ConnectionError("channel_not_found")

    def __call__(self, team, board, png):
        if self.refuse:
            self.refuse -= 1
            raise self.error
        self.posts.append((team, board.week, png))


@pytest.fixture
def active(make_service, clock):
    """A chat-style service with activity in week 48 on two CLI teams and a Slack team."""
    service = make_service(auto_enrol=True)
    clock.now = nov(24)
    for team in ("local", "acme", "slack:T1"):
        service.log_interaction(team, "ana", "liz", "met")
    service.log_interaction("quiet", "ana", "liz", "we-engaged")   # no points: empty board
    clock.now = DUE
    return service



def test_each_due_board_is_posted_once(active):
    wall = Wall()
    done = post_due_boards(active, only("local", wall), "w1")
    assert sorted((d.team, d.status) for d in done) == [
        ("acme", "posted"), ("local", "posted"), ("quiet", "empty")]
    assert sorted(team for team, _, _ in wall.posts) == ["acme", "local"]
    assert {week for _, week, _ in wall.posts} == {"2026-W48"}
    assert all(png.startswith(b"\x89PNG\r\n\x1a\n") for _, _, png in wall.posts)
    assert post_due_boards(active, only("local", wall), "w2") == []     # a second clock: nothing
    assert len(wall.posts) == 2
    # The Slack team was not touched: no Slack poster in this process, so no claim either.
    assert ("slack:T1", "2026-W48") not in claim_statuses(active)
    slack = Wall()
    post_due_boards(active, only("slack", slack), "w3")
    assert [(t, w) for t, w, _ in slack.posts] == [("slack:T1", "2026-W48")]


def test_a_refused_post_is_retried_later_then_given_up(active, clock):
    wall = Wall(refuse=1)
    first = post_due_boards(active, only("local", wall), "w1")
    refused = next(d for d in first if d.team == "local")
    assert refused.status == "retry" and "channel_not_found" in refused.error
    assert post_due_boards(active, only("local", wall), "w1") == []     # waits before retrying
    clock.advance(minutes=6)
    again = post_due_boards(active, only("local", wall), "w1")
    assert [d.status for d in again if d.team == "local"] == ["posted"]
    assert [t for t, _, _ in wall.posts].count("local") == 1

    never = Wall(refuse=100)
    for _ in range(MAX_ATTEMPTS + 2):
        post_due_boards(active, only("slack", never), "w1")
        clock.advance(hours=1)
    assert claim_statuses(active)[("slack:T1", "2026-W48")] == "failed"
    assert never.refuse == 100 - MAX_ATTEMPTS


def test_a_board_the_surface_can_never_take_is_not_retried(active, clock):
    wrong = Wall(refuse=100, error=Undeliverable("channel 5 is not in server 7"))
    first = post_due_boards(active, only("local", wrong), "w1")
    assert {(d.team, d.status) for d in first} >= {("local", "failed"), ("acme", "failed")}
    clock.advance(days=1)
    assert post_due_boards(active, only("local", wrong), "w1") == []
    assert wrong.refuse == 98


def test_a_claim_left_by_a_crashed_clock_is_taken_over_after_its_lease(active, clock):
    claim = active.claim_board_post("local", IsoWeek(2026, 48), "crashed")
    assert claim is not None       # …and that process died before posting
    wall = Wall()
    post_due_boards(active, only("local", wall), "w2")
    assert "local" not in [t for t, _, _ in wall.posts]
    clock.advance(seconds=LEASE.total_seconds() + 1)
    post_due_boards(active, only("local", wall), "w2")
    assert [t for t, _, _ in wall.posts].count("local") == 1
    # The crashed process cannot settle the claim it lost.
    assert active.settle_board_post(claim, "failed") == "retry"
    assert claim_statuses(active)[("local", "2026-W48")] == "posted"


def test_reminders_are_posted_once_and_kept_for_surfaces_not_configured(make_service, clock):
    service = make_service(auto_enrol=True)
    mine = service.submit("local", "ana", "liz", "Liz, loved your talk. What got you started?")
    theirs = service.submit("slack:T1", "ana", "liz", "Liz, loved your talk. Any tips?")
    clock.advance(hours=49)
    seen = []
    def note(team, due):
        seen.append((team, due.pitch.id))
    sent = post_reminders(service, only("local", note))
    assert seen == [("local", mine.pitch.id)] and [d.pitch.id for d in sent] == [mine.pitch.id]
    assert post_reminders(service, only("local", lambda *a: seen.append(a))) == []
    later = post_reminders(service, only("slack", note))
    assert [d.pitch.id for d in later] == [theirs.pitch.id]

