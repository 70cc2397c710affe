"""A five-member team (cara is an admin) on this test's database; helpers to script weeks."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from bot.models import BoardPost
from bot.policy import LeaderboardPolicy, MemberEntry, Policy

NAMES = {"ana": "Ana", "ben": "Ben", "cara": "Cara", "dev": "Dev", "eve": "Eve"}
TEAM = "local"


def team_policy(**leaderboard) -> Policy:
    """The roster above, with leaderboard settings."""
    members = {key: MemberEntry(display_name=name) for key, name in NAMES.items()}
    members["cara"] = MemberEntry(display_name="Cara", roles=["admin"])
    return Policy(members=members, leaderboard=LeaderboardPolicy(**leaderboard))


@pytest.fixture
def team(make_service):
    """The core service for the five-member team, on UTC weeks."""
    return make_service(policy=team_policy())


def nov(day: int, hour: int = 12, minute: int = 0) -> datetime:
    """A moment in November/December 2026, UTC (day 31+ runs into December)."""
    if day > 30:
        return datetime(2026, 12, day - 30, hour, minute, tzinfo=UTC)
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


class Script:
    """Drives the real service at set moments: each step sets the clock first."""

    def __init__(self, service, clock):
        self.service, self.clock = service, clock

    def at(self, moment: datetime) -> Script:
        """Move the clock to a moment."""
        self.clock.now = moment
        return self

    def log(self, member: str, handle: str, kind: str) -> None:
        """Log an interaction now."""
        self.service.log_interaction(TEAM, member, handle, kind)

    def pitch(self, author: str, to: str, text: str | None = None) -> int:
        """Submit a pitch; its id."""
        text = text or f"Hi {to}, thanks for your last post. Would you read our guide? {author}"
        return self.service.submit(TEAM, author, to, text).pitch.id

    def approve(self, pid: int, reviewer: str) -> None:
        """Approve (with an override, so findings never block the script)."""
        self.service.approve(TEAM, pid, reviewer, override="checked with the team")

    def sent(self, pid: int, author: str, reviewer: str | None = None) -> None:
        """Approve (when a reviewer is given) and mark sent."""
        if reviewer:
            self.approve(pid, reviewer)
        self.service.mark_sent(TEAM, pid, author)

    def board(self, week: str | None = None):
        """The board for a week (this week by default)."""
        return self.service.leaderboard(TEAM, week)


@pytest.fixture
def script(team, clock):
    """A Script on the five-member team."""
    return Script(team, clock)


def points(board) -> dict[str, int]:
    """member → points, in board order."""
    return {row.member: row.points for row in board.rows}


def items(board, member: str) -> list[tuple[str, int, str]]:
    """(kind, points, label) of what a member earned."""
    row = next(r for r in board.rows if r.member == member)
    return [(i.kind, i.points, i.label) for i in row.items]


def claim_statuses(service) -> dict[tuple[str, str], str]:
    """(team, week) → status of every board post claimed in the database."""
    return service.read(lambda store: {
        (store.team_by_id(p.team_id).key, p.week): p.status
        for p in store.session.scalars(select(BoardPost))
    })
