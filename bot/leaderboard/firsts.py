"""What the board credits once, ever, marked on the event itself when it is written.

DESIGN §6 gives no points twice for the same thing: a relationship's first move into
engaged and into earned (`first_engaged`, `first_earned`, on stage changes), a member's first
review of a pitch (`first_review`), a pitch's first reply or yes (`first_success`). Finding
those firsts at read time means reading each one's whole history; instead, whenever such an
event is written, the marks of its subject's events (the contact's stage changes, the
member's reviews of the pitch, the pitch's outcomes) are set again from all of them, by time
then id. A week's board then reads that week's events and nothing else.

Set again, not only set: an interaction logged late (`--at` in the past) may make the first
stage change after all, and then the mark moves to it — the board scoring the whole history
would give.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import event, select, update
from sqlalchemy.orm.attributes import set_committed_value

from bot.models import Contact, Event, Pitch
from bot.relationships import STAGE_ORDER

CREDITED_STAGES = ("engaged", "earned")
REVIEW_KINDS = ("approved", "changes_requested")
SUCCESS = ("replied", "accepted")
MARKS = ("first_engaged", "first_earned", "first_review", "first_success")

Rule = Callable[[list[tuple[int, dict]]], dict[int, set[str]]]


def stages_reached(before: str | None, after: str | None) -> list[str]:
    """The credited stages a move passes into: aware → earned reaches engaged and earned."""
    if before not in STAGE_ORDER or after not in STAGE_ORDER:
        return []
    low, high = STAGE_ORDER.index(before), STAGE_ORDER.index(after)
    return [s for s in STAGE_ORDER[low + 1:high + 1] if s in CREDITED_STAGES]


def stage_marks(changes: list[tuple[int, dict]]) -> dict[int, set[str]]:
    """A contact's stage changes, oldest first → the first move into each credited stage."""
    marks: dict[int, set[str]] = {change_id: set() for change_id, _ in changes}
    seen: set[str] = set()
    for change_id, detail in changes:
        for stage in stages_reached(detail.get("before"), detail.get("after")):
            if stage not in seen:
                seen.add(stage)
                marks[change_id].add(f"first_{stage}")
    return marks


def review_marks(reviews: list[tuple[int, dict]]) -> dict[int, set[str]]:
    """A member's reviews of one pitch, oldest first → the first one."""
    return {review_id: {"first_review"} if n == 0 else set()
            for n, (review_id, _) in enumerate(reviews)}


def success_marks(outcomes: list[tuple[int, dict]]) -> dict[int, set[str]]:
    """A pitch's outcomes, oldest first → its first reply or yes."""
    first = next((i for i, detail in outcomes if detail.get("outcome") in SUCCESS), None)
    return {i: {"first_success"} if i == first else set() for i, _ in outcomes}


def _subject(target: Event):
    """(row to lock, the subject's events, their rule, marks owned) of a new event, if any."""
    if target.kind == "stage_changed" and target.contact_id is not None:
        return (select(Contact.id).where(Contact.id == target.contact_id),
                (Event.contact_id == target.contact_id, Event.kind == "stage_changed"),
                stage_marks, ("first_engaged", "first_earned"))
    pitch = select(Pitch.id).where(Pitch.id == target.pitch_id)
    if target.kind in REVIEW_KINDS and target.pitch_id is not None:
        return (pitch, (Event.pitch_id == target.pitch_id, Event.actor_id == target.actor_id,
                        Event.kind.in_(REVIEW_KINDS)), review_marks, ("first_review",))
    if target.kind == "outcome" and target.pitch_id is not None:
        return (pitch, (Event.pitch_id == target.pitch_id, Event.kind == "outcome"),
                success_marks, ("first_success",))
    return None


@event.listens_for(Event, "after_insert")
def _mark_firsts(_mapper, connection, target: Event) -> None:
    """Set again the first marks of the subject of the event just written."""
    subject = _subject(target)
    if subject is None:
        return
    lock, events, rule, owned = subject
    # Two processes writing about one subject at once must not both mark a first: the second
    # waits here for the first to commit, then sees its event. NO KEY UPDATE, so the share
    # locks the events' foreign keys took do not deadlock against it.
    connection.execute(lock.with_for_update(key_share=True))
    rows = connection.execute(
        select(Event.id, Event.detail, *(getattr(Event, mark) for mark in owned))
        .where(*events).order_by(Event.at, Event.id)
    ).all()
    wanted = rule([(row.id, row.detail or {}) for row in rows])
    for row in rows:
        values = {mark: mark in wanted[row.id] for mark in owned
                  if bool(getattr(row, mark)) != (mark in wanted[row.id])}
        if values:
            connection.execute(update(Event).where(Event.id == row.id).values(**values))
    for mark in owned:
        # The row now holds the mark; the object in the session says so without a new flush.
        set_committed_value(target, mark, mark in wanted[target.id])
