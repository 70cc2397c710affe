"""The board's statements, built once (`functools.cache`) and run for any week with the
parameters of `bot.leaderboard.params` bound: building a statement of subqueries and windows
costs more than running it on a quiet week.

Each gives, per member and kind of points, at most LIMIT items, best first (most units, i.e.
points, then most interactions, then `ord`: the contact known longest or the oldest pitch),
each row with its member's totals for the kind (`things`, `total_units`, `interactions`).
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import (
    Integer,
    Select,
    TextClause,
    case,
    cast,
    func,
    literal,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import aliased

from bot.leaderboard.firsts import REVIEW_KINDS
from bot.leaderboard.params import CAP, END, LIMIT, START, TEAM
from bot.leaderboard.two_way import (
    tallied_per_member,
    tallied_rows,
    two_way_per_member,
    two_way_rows,
)
from bot.models import Contact, Event, Pitch


def _week(e, kinds: tuple[str, ...]) -> tuple:
    """Events of these kinds of one team in the week (`ix_events_team_kind_at`)."""
    return (e.team_id == TEAM, e.kind.in_(kinds), e.at >= START, e.at < END)


def _author(e):
    """The author of the event's pitch, looked up by key (no scan of all pitches)."""
    return select(Pitch.author_id).where(Pitch.id == e.pitch_id).scalar_subquery()


def _top(items) -> Select:
    """Totals over all of a member's items (all of one kind), then only the first LIMIT."""
    base = items.subquery()
    per = {"partition_by": base.c.member_id}
    ranked = (
        select(base,
               # Integers on every database (a sum of counts is NUMERIC on PostgreSQL).
               cast(func.count().over(**per), Integer).label("things"),
               cast(func.sum(base.c.units).over(**per), Integer).label("total_units"),
               cast(func.sum(base.c.n).over(**per), Integer).label("interactions"),
               func.row_number().over(
                   order_by=(base.c.units.desc(), base.c.n.desc(), base.c.ord), **per
               ).label("nth"))
    ).subquery()
    return _with_handles(select(ranked).where(ranked.c.nth <= LIMIT))


def _with_handles(rows: Select) -> Select:
    shown = rows.subquery()
    # Looked up by key, row by row: a join may scan contacts on a busy week's estimates.
    handle = select(Contact.handle).where(Contact.id == shown.c.contact_id).scalar_subquery()
    return select(shown, handle.label("handle"))


@cache
def stage_moves() -> Select:
    """Relationships moved to engaged / earned for the first time in the week (marked)."""
    # A reply to a pitch moves the stage: its author did that, whoever recorded it.
    mover = case((Event.pitch_id.is_not(None), _author(Event)), else_=Event.actor_id)
    moves = (select(mover.label("member_id"), Event.contact_id, Event.first_engaged,
                    Event.first_earned)
             .where(*_week(Event, ("stage_changed",)), mover.is_not(None),
                    or_(Event.first_engaged.is_(true()), Event.first_earned.is_(true())))
             ).cte("moves")   # the week's stage changes, read once for both stages

    def firsts(stage: str, mark) -> Select:
        return select(literal(stage).label("kind"), moves.c.member_id, moves.c.contact_id,
                      moves.c.contact_id.label("ord"), literal(1).label("units"),
                      literal(1).label("n")).where(mark.is_(true()))
    return union_all(_top(firsts("engaged", moves.c.first_engaged)),
                     _top(firsts("earned", moves.c.first_earned)))


@cache
def two_way_lateral() -> TextClause:
    """Two-way interactions per member and contact, member by member (PostgreSQL)."""
    return two_way_per_member()


@cache
def two_way_windowed() -> Select:
    """Two-way interactions per member and contact, in one grouping (any database)."""
    return _top(two_way_rows())


@cache
def tallied_lateral() -> TextClause:
    """The same from the week's tallies, member by member (PostgreSQL)."""
    return tallied_per_member()


@cache
def tallied_windowed() -> Select:
    """The same from the week's tallies, in one grouping (any database)."""
    return _top(tallied_rows())


@cache
def pitch_successes() -> Select:
    """Pitches' first replies or yeses in the week, when sent on an earned relationship."""
    e, sent = aliased(Event), aliased(Event)
    # "Earned" is the stage recorded when the pitch was sent.
    sent_stage = (select(sent.detail["stage"].as_string()).where(
        sent.pitch_id == e.pitch_id, sent.kind == "sent", sent.at < END
    ).order_by(sent.at, sent.id).limit(1).scalar_subquery())
    return _top(
        select(literal("pitch_success").label("kind"), _author(e).label("member_id"),
               e.contact_id.label("contact_id"), e.pitch_id.label("ord"),
               e.pitch_id.label("pitch_id"), e.detail["outcome"].as_string().label("outcome"),
               literal(1).label("units"), literal(1).label("n"))
        .where(*_week(e, ("outcome",)), e.first_success.is_(true()), sent_stage == "earned"))


@cache
def reviews() -> Select:
    """Members' first reviews of teammates' pitches in the week, the earliest CAP each."""
    e = aliased(Event)
    author = _author(e)
    firsts = (
        select(literal("review").label("kind"), e.actor_id.label("member_id"),
               e.contact_id.label("contact_id"), e.pitch_id.label("ord"),
               e.pitch_id.label("pitch_id"), author.label("author_id"),
               literal(1).label("units"), literal(1).label("n"),
               # Past the weekly cap, the earliest reviews are the ones that count.
               func.row_number().over(partition_by=e.actor_id,
                                      order_by=(e.at, e.id)).label("nth"))
        .where(*_week(e, REVIEW_KINDS), e.first_review.is_(true()), e.actor_id.is_not(None),
               e.actor_id != author)
    ).subquery()
    return _top(select(*(c for c in firsts.c if c.name != "nth")).where(firsts.c.nth <= CAP))


@cache
def sent_counts() -> Select:
    """How many pitches were sent in the week, and how many to earned relationships."""
    stage = Event.detail["stage"].as_string()
    return (select(func.count(), func.count(case((stage == "earned", 1))))
            .where(*_week(Event, ("sent",))))
