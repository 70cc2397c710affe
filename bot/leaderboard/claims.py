"""Claiming a week's board post in the database, so each team's board goes out once.

A row in `board_posts` (UNIQUE team_id, week) is inserted, committed, *before* the board is
posted; whoever inserts it first posts, every other clock process sees it and stays quiet.
A claim carries a lease: if its process dies mid-post (the row stays `posting`), another
clock takes it over once the lease has run out, so the board still goes out — at the price
of a second copy only if the crash fell in the moment between the platform accepting the
post and the row being marked `posted`. A post the platform refused is retried later with
a growing wait, up to MAX_ATTEMPTS, then left `failed` for a person to look at.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from bot.models import BoardPost, Team

LEASE = timedelta(minutes=10)
RETRY_WAIT = timedelta(minutes=5)
MAX_ATTEMPTS = 5
SETTLED = ("posted", "empty", "failed")


@dataclass(frozen=True)
class Claim:
    """The right to post one board: the row, and which attempt this is."""

    post_id: int
    attempt: int
    worker: str


class BoardClaims:
    """Reads and writes of `board_posts`: an area of the store (mixed into `bot.store.Store`)."""

    session: Session

    def board_post(self, team_id: int, week: str, lock: bool = False) -> BoardPost | None:
        """The claim row of a team's week, locked for update when asked."""
        query = select(BoardPost).where(BoardPost.team_id == team_id, BoardPost.week == week)
        return self.session.scalar(query.with_for_update() if lock else query)

    def teams_with_open_board(self, week: str, now: datetime) -> list[str]:
        """Keys of the teams whose board for `week` may be (re)tried now, oldest first."""
        post = aliased(BoardPost)
        rows = self.session.execute(
            select(Team.key, post).outerjoin(
                post, and_(post.team_id == Team.id, post.week == week)).order_by(Team.id))
        return [key for key, row in rows if self.board_post_open(row, now)]

    @staticmethod
    def board_post_open(row: BoardPost | None, now: datetime) -> bool:
        """Whether a post may be (re)tried now: never claimed, or a lapsed claim or retry."""
        if row is None:
            return True
        return row.status not in SETTLED and row.lease_until <= now

    def claim_board_post(self, team_id: int, week: str, worker: str,
                         now: datetime) -> Claim | None:
        """Take the right to post, or None when another process has it or it is settled."""
        row = self.board_post(team_id, week, lock=True)
        if row is None:
            row = BoardPost(team_id=team_id, week=week, status="posting", worker=worker,
                            attempts=1, claimed_at=now, lease_until=now + LEASE)
            try:
                with self.session.begin_nested():
                    self.session.add(row)
                    self.session.flush()
            except IntegrityError:
                # Another clock inserted the same (team, week) first: it posts, not us.
                return None
            return Claim(row.id, 1, worker)
        if not self.board_post_open(row, now):
            return None
        if row.attempts >= MAX_ATTEMPTS:
            row.status = "failed"
            return None
        row.status, row.worker, row.claimed_at = "posting", worker, now
        row.attempts += 1
        row.lease_until = now + LEASE
        return Claim(row.id, row.attempts, worker)

    def settle_board_post(self, claim: Claim, status: str, now: datetime, error: str | None = None,
               final: bool = False) -> str:
        """Record how the attempt ended: posted, empty, or failed (retried later or given up)."""
        values: dict = {"error": error}
        if status == "failed" and claim.attempt < MAX_ATTEMPTS and not final:
            status = "retry"
            values["lease_until"] = now + RETRY_WAIT * claim.attempt
        if status in ("posted", "empty"):
            values["posted_at"] = now
        # Only the current holder settles: a late finisher after a takeover changes nothing.
        self.session.execute(
            update(BoardPost)
            .where(BoardPost.id == claim.post_id, BoardPost.attempts == claim.attempt,
                   BoardPost.worker == claim.worker)
            .values(status=status, **values)
        )
        return status
