"""Every query the leaderboard makes, in one place; each reads one week of one team."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from bot.models import Contact, Event, Interaction, Pitch
from bot.relationships import TWO_WAY

REVIEW_KINDS = ("approved", "changes_requested")


@dataclass(frozen=True)
class Span:
    """One team's week: [start, end) in UTC."""

    team_id: int
    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class Happening:
    """An event as scoring sees it, with the detail fields it reads; `at`, `id` order events."""

    id: int
    at: datetime
    kind: str
    actor_id: int | None
    contact: str | None
    pitch_id: int | None
    author_id: int | None
    before: str | None      # stage_changed
    after: str | None       # stage_changed
    outcome: str | None     # outcome
    stage: str | None       # sent: the relationship's stage when it was sent


class BoardReads:
    """The leaderboard's reads: an area of the store (mixed into `bot.store.Store`)."""

    session: Session

    def two_way_counts(self, span: Span) -> list[tuple[int, str, int]]:
        """(member id, contact handle, count) of two-way interactions logged in the week."""
        counts = (
            select(Interaction.member_id, Interaction.contact_id, func.count().label("n"))
            .where(Interaction.team_id == span.team_id, Interaction.at >= span.start,
                   Interaction.at < span.end, Interaction.kind.in_(sorted(TWO_WAY)))
            .group_by(Interaction.member_id, Interaction.contact_id)
            .subquery()
        )
        rows = self.session.execute(
            select(counts.c.member_id, Contact.handle, counts.c.n)
            .join(Contact, Contact.id == counts.c.contact_id)
        )
        return [(member_id, handle, n) for member_id, handle, n in rows]

    def stage_changes(self, span: Span) -> list[Happening]:
        """Stage changes up to the week's end for every contact whose stage moved in it."""
        moved = self._in_week(span, ("stage_changed",)).with_only_columns(Event.contact_id)
        return self._happenings(
            select(Event).where(Event.contact_id.in_(moved), Event.kind == "stage_changed",
                                Event.at < span.end)
        )

    def pitch_histories(self, span: Span, kinds: tuple[str, ...],
                        trigger: tuple[str, ...]) -> list[Happening]:
        """Events of `kinds` up to the week's end, for pitches with a `trigger` event in it."""
        touched = self._in_week(span, trigger).with_only_columns(Event.pitch_id)
        return self._happenings(
            select(Event).where(Event.pitch_id.in_(touched), Event.kind.in_(kinds),
                                Event.at < span.end)
        )

    def sent_stages(self, span: Span) -> list[str | None]:
        """The relationship stage recorded with each pitch sent in the week."""
        return list(self.session.scalars(
            self._in_week(span, ("sent",)).with_only_columns(_detail("stage"))
        ))

    def _in_week(self, span: Span, kinds: tuple[str, ...]):
        return select(Event).where(Event.team_id == span.team_id, Event.kind.in_(kinds),
                                   Event.at >= span.start, Event.at < span.end)

    def _happenings(self, query) -> list[Happening]:
        events = query.subquery()
        e = aliased(Event, events)
        rows = self.session.execute(
            select(e.id, e.at, e.kind, e.actor_id, Contact.handle, e.pitch_id, Pitch.author_id,
                   *(_detail(key, e) for key in ("before", "after", "outcome", "stage")))
            .outerjoin(Contact, Contact.id == e.contact_id)
            .outerjoin(Pitch, Pitch.id == e.pitch_id)
            .order_by(e.at, e.id)
        )
        return [Happening(*row) for row in rows]


def _detail(key: str, entity=Event):
    # Read one field of the JSON detail in SQL (->> on PostgreSQL, json_extract on SQLite):
    # far cheaper than decoding every detail document in Python.
    return entity.detail[key].as_string()
