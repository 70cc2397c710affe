"""Building one team's board for one week from the event record and the interactions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.leaderboard.items import SHOWN, shown
from bot.leaderboard.queries import Span
from bot.leaderboard.scoring import Scores, score_week
from bot.leaderboard.views import BoardRow, BoardView
from bot.leaderboard.weeks import IsoWeek
from bot.models import Member, Team
from bot.policy import LeaderboardPolicy
from bot.store import Store

Scorer = Callable[[Store, Span, LeaderboardPolicy, dict[int, str], int], Scores]


def team_zone(policy: LeaderboardPolicy) -> ZoneInfo:
    """The team's time zone for weeks and the posting hour."""
    return ZoneInfo(policy.timezone)


ANONYMOUS = "a teammate"


def build_board(store: Store, team: Team, week: IsoWeek, policy: LeaderboardPolicy,
                now: datetime, score: Scorer = score_week, limit: int = SHOWN,
                viewer: str | None = None) -> BoardView:
    """Score the week: events by their time, so a finished week's board never changes.
    Each row shows its `limit` best items (`score`: the SQL scoring, or the reference); the
    top `policy.top` members are listed, and `viewer` (a member who asked) also sees their
    own place when it is further down."""
    start, end = week.bounds(team_zone(policy))
    members = {m.id: m for m in store.members(team)}
    # Names as items quote them ("reviewed Ana's pitch"): an anonymous member is hidden
    # there too, from everyone but themselves.
    names = {m.id: ANONYMOUS if m.anonymous and m.key != viewer else m.display_name
             for m in members.values()}
    # The board's reads are an area of the store (bot/leaderboard/queries.py).
    scores = score(store, Span(team.id, start, end, policy.timezone), policy, names, limit)
    ranked = rank(members, scores, limit)
    return BoardView(
        week=str(week), team=team.key, timezone=policy.timezone, starts=week.monday,
        ends=week.sunday, finished=now >= end,
        rows=_named(ranked[:policy.top], members, viewer),
        sent=scores.sent, sent_to_earned=scores.sent_to_earned, ranked=len(ranked),
        standing=_named(standing(ranked, viewer, policy.top), members, viewer),
    )


def standing(ranked: tuple[BoardRow, ...], viewer: str | None, top: int
             ) -> tuple[BoardRow, ...]:
    """The viewer's row and the ones just above and below it, when it is below the top."""
    place = next((n for n, row in enumerate(ranked) if row.member == viewer), None)
    if place is None or place < top:
        return ()
    return ranked[max(place - 1, top):place + 2]


def _named(rows: tuple[BoardRow, ...], members_by_id: dict[int, Member],
           viewer: str | None) -> tuple[BoardRow, ...]:
    """Rows as others may see them: a member who chose to be anonymous is "a teammate" to
    everyone but themselves."""
    hidden = {m.key for m in members_by_id.values() if m.anonymous} - {viewer}
    return tuple(replace(row, member="", display_name=ANONYMOUS) if row.member in hidden
                 else row for row in rows)


def rank(members: dict[int, Member], scores: Scores,
         limit: int = SHOWN) -> tuple[BoardRow, ...]:
    """Rows of members with points, highest first; ties by name; opted-out members left off."""
    scored = []
    for member_id, tallies in scores.tallies.items():
        member = members.get(member_id)
        if member is None or member.opted_out:
            continue
        points = sum(t.points for t in tallies.values())
        scored.append((points, member, tallies, scores.candidates[member_id]))
    scored.sort(key=lambda s: (-s[0], s[1].display_name.casefold(), s[1].key))
    return tuple(
        BoardRow(rank=n, member=m.key, display_name=m.display_name, points=points,
                 items=shown(candidates, tallies, limit))
        for n, (points, m, tallies, candidates) in enumerate(scored, start=1)
    )
