"""Building one team's board for one week from the event record and the interactions."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.leaderboard import scoring
from bot.leaderboard.queries import REVIEW_KINDS, Span
from bot.leaderboard.views import BoardItem, BoardRow, BoardView
from bot.leaderboard.weeks import IsoWeek
from bot.models import Member, Team
from bot.policy import LeaderboardPolicy
from bot.store import Store

ITEM_ORDER = {kind: n for n, kind in enumerate(
    ("earned", "engaged", "pitch_success", "two_way", "review"))}


def team_zone(policy: LeaderboardPolicy) -> ZoneInfo:
    """The team's time zone for weeks and the posting hour."""
    return ZoneInfo(policy.timezone)


def build_board(store: Store, team: Team, week: IsoWeek, policy: LeaderboardPolicy,
                now: datetime) -> BoardView:
    """Score the week: events by their time, so a finished week's board never changes."""
    tz = team_zone(policy)
    start, end = week.bounds(tz)
    span = Span(team.id, start, end)
    queries = store  # the board's reads are an area of the store
    members = {m.id: m for m in store.members(team)}
    names = {m.id: m.display_name for m in members.values()}
    credits = [
        *scoring.stage_credits(queries.stage_changes(span), span, policy),
        *scoring.pitch_credits(
            queries.pitch_histories(span, ("sent", "outcome"), ("outcome",)), span, policy),
        *scoring.two_way_credits(queries.two_way_counts(span), policy),
        *scoring.review_credits(
            queries.pitch_histories(span, REVIEW_KINDS, REVIEW_KINDS), span, policy, names),
    ]
    stages = queries.sent_stages(span)
    return BoardView(
        week=str(week), team=team.key, timezone=policy.timezone, starts=week.monday,
        ends=week.sunday, finished=now >= end, rows=rank(members, credits),
        sent=len(stages), sent_to_earned=sum(1 for s in stages if s == "earned"),
    )


def rank(members: dict[int, Member], credits: list[scoring.Credit]) -> tuple[BoardRow, ...]:
    """Rows of members with points, highest first; ties by name; opted-out members left off."""
    items: dict[int, list[BoardItem]] = defaultdict(list)
    for credit in credits:
        if credit.item.points > 0:
            items[credit.member_id].append(credit.item)
    scored = []
    for member_id, earned in items.items():
        member = members.get(member_id)
        if member is None or member.opted_out:
            continue
        earned.sort(key=lambda i: (-i.points, ITEM_ORDER[i.kind], i.label))
        scored.append((sum(i.points for i in earned), member, tuple(earned)))
    scored.sort(key=lambda s: (-s[0], s[1].display_name.casefold(), s[1].key))
    return tuple(
        BoardRow(rank=n, member=m.key, display_name=m.display_name, points=points, items=its)
        for n, (points, m, its) in enumerate(scored, start=1)
    )
