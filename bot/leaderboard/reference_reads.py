"""The reads of the plain-Python reference scoring: every event the rules could look at.

These are the board's reads as they were before the database did the counting; they fetch
whole histories (a stage's first reach is found by reading each moved contact's past), so
they are for checking the SQL scoring and for the benchmark's baseline, not for the board.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from bot.leaderboard.queries import Span
from bot.models import Contact, Event, Interaction, Pitch
from bot.relationships import TWO_WAY


@dataclass(frozen=True, slots=True)
class Happening:
    """An event as scoring sees it, with the detail fields it reads; `at`, `id` order events."""

    id: int
    at: datetime
    kind: str
    actor_id: int | None
    contact_id: int | None
    contact: str | None
    pitch_id: int | None
    author_id: int | None
    before: str | None      # stage_changed
    after: str | None       # stage_changed
    outcome: str | None     # outcome
    stage: str | None       # sent: the relationship's stage when it was sent


def two_way_counts(session: Session, span: Span) -> list[tuple[int, int, str, int]]:
    """(member id, contact id, handle, count) of two-way interactions logged in the week."""
    counts = (
        select(Interaction.member_id, Interaction.contact_id, func.count().label("n"))
        .where(Interaction.team_id == span.team_id, Interaction.at >= span.start,
               Interaction.at < span.end, Interaction.kind.in_(sorted(TWO_WAY)))
        .group_by(Interaction.member_id, Interaction.contact_id)
        .subquery()
    )
    rows = session.execute(select(counts.c.member_id, counts.c.contact_id, Contact.handle,
                                  counts.c.n).join(Contact, Contact.id == counts.c.contact_id))
    return [tuple(row) for row in rows]


def stage_changes(session: Session, span: Span) -> list[Happening]:
    """Stage changes up to the week's end for every contact whose stage moved in it."""
    moved = _in_week(span, ("stage_changed",)).with_only_columns(Event.contact_id)
    return _happenings(session, select(Event).where(
        Event.contact_id.in_(moved), Event.kind == "stage_changed", Event.at < span.end))


def pitch_histories(session: Session, span: Span, kinds: tuple[str, ...],
                    trigger: tuple[str, ...]) -> list[Happening]:
    """Events of `kinds` up to the week's end, for pitches with a `trigger` event in it."""
    touched = _in_week(span, trigger).with_only_columns(Event.pitch_id)
    return _happenings(session, select(Event).where(
        Event.pitch_id.in_(touched), Event.kind.in_(kinds), Event.at < span.end))


def sent_stages(session: Session, span: Span) -> list[str | None]:
    """The relationship stage recorded with each pitch sent in the week."""
    return list(session.scalars(
        _in_week(span, ("sent",)).with_only_columns(Event.detail["stage"].as_string())))


def _in_week(span: Span, kinds: tuple[str, ...]):
    return select(Event).where(Event.team_id == span.team_id, Event.kind.in_(kinds),
                               Event.at >= span.start, Event.at < span.end)


def _happenings(session: Session, query) -> list[Happening]:
    e = aliased(Event, query.subquery())
    rows = session.execute(
        select(e.id, e.at, e.kind, e.actor_id, e.contact_id, Contact.handle, e.pitch_id,
               Pitch.author_id,
               *(e.detail[key].as_string() for key in ("before", "after", "outcome", "stage")))
        .outerjoin(Contact, Contact.id == e.contact_id)
        .outerjoin(Pitch, Pitch.id == e.pitch_id)
        .order_by(e.at, e.id)
    )
    return [Happening(*row) for row in rows]
