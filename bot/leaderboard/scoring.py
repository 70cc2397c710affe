"""The scoring rules of DESIGN §6, over one week's events: who earned what, each thing once."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from bot.leaderboard.queries import Happening, Span
from bot.leaderboard.views import BoardItem
from bot.policy import LeaderboardPolicy
from bot.relationships import STAGE_ORDER

CREDITED_STAGES = ("engaged", "earned")
SUCCESS = {"replied": "got a reply", "accepted": "got a yes"}


@dataclass(slots=True)
class Credit:
    """Points for one member."""

    member_id: int
    item: BoardItem


def _in_week(happening: Happening, span: Span) -> bool:
    return span.start <= happening.at < span.end


def stages_reached(before: str | None, after: str | None) -> list[str]:
    """The credited stages a move passes into: aware → earned reaches engaged and earned."""
    if before not in STAGE_ORDER or after not in STAGE_ORDER:
        return []
    low, high = STAGE_ORDER.index(before), STAGE_ORDER.index(after)
    return [s for s in STAGE_ORDER[low + 1:high + 1] if s in CREDITED_STAGES]


def stage_credits(changes: Iterable[Happening], span: Span,
                  weights: LeaderboardPolicy) -> list[Credit]:
    """A relationship's first move into engaged or earned, credited to whoever moved it."""
    # A stage lost (a reply corrected to a decline) and reached again scores nothing new.
    first: dict[tuple[str | None, str], Happening] = {}
    for change in changes:
        for stage in stages_reached(change.before, change.after):
            first.setdefault((change.contact, stage), change)
    credits = []
    for (handle, stage), change in first.items():
        # A reply to a pitch moves the stage: its author did that, whoever recorded it.
        mover = change.author_id if change.pitch_id is not None else change.actor_id
        if _in_week(change, span) and mover is not None:
            item = BoardItem(stage, getattr(weights, stage), f"moved @{handle} to {stage}",
                             contact=handle)
            credits.append(Credit(mover, item))
    return credits


def two_way_credits(counts: Iterable[tuple[int, str, int]],
                    weights: LeaderboardPolicy) -> list[Credit]:
    """Two-way interactions logged, up to the cap per contact per member per week."""
    credits = []
    cap, weight = weights.two_way_cap_per_contact, weights.two_way
    for member_id, handle, n in counts:
        if n > cap:
            label = (f"{n} two-way interactions with @{handle} "
                     f"({cap} count: the weekly cap per contact)")
        else:
            label = f"{n} two-way interaction{'' if n == 1 else 's'} with @{handle}"
        item = BoardItem("two_way", min(n, cap) * weight, label, handle, None, n)
        credits.append(Credit(member_id, item))
    return credits


def _by(happenings: Iterable[Happening], key) -> dict:
    grouped: dict = defaultdict(list)
    for happening in happenings:
        grouped[key(happening)].append(happening)
    return grouped


def pitch_credits(histories: Iterable[Happening], span: Span,
                  weights: LeaderboardPolicy) -> list[Credit]:
    """A pitch sent on an earned relationship that got a reply or a yes, to its author, once."""
    credits = []
    for pitch_id, events in _by(histories, lambda h: h.pitch_id).items():
        sent = next((e for e in events if e.kind == "sent"), None)
        success = next((e for e in events if e.kind == "outcome" and e.outcome in SUCCESS),
                       None)
        if (sent is None or success is None or not _in_week(success, span)
                or sent.stage != "earned" or success.author_id is None):
            continue
        label = f"pitch #{pitch_id} to @{success.contact} {SUCCESS[success.outcome]}"
        item = BoardItem("pitch_success", weights.pitch_success, label,
                         contact=success.contact, pitch=pitch_id)
        credits.append(Credit(success.author_id, item))
    return credits


def review_credits(histories: Iterable[Happening], span: Span, weights: LeaderboardPolicy,
                   names: dict[int, str]) -> list[Credit]:
    """A teammate's pitch reviewed (approved or changes asked), once per pitch, capped weekly."""
    firsts = [events[0] for events in _by(histories, lambda h: (h.pitch_id, h.actor_id)).values()]
    counted: dict[int, int] = defaultdict(int)
    credits = []
    for review in sorted(firsts, key=lambda h: (h.at, h.id)):
        reviewer = review.actor_id
        if reviewer is None or reviewer == review.author_id or not _in_week(review, span):
            continue
        if counted[reviewer] >= weights.review_cap:
            continue
        counted[reviewer] += 1
        author = names.get(review.author_id, "a teammate")
        label = f"reviewed {author}'s pitch #{review.pitch_id} to @{review.contact}"
        credits.append(Credit(reviewer, BoardItem("review", weights.review, label,
                                                  contact=review.contact,
                                                  pitch=review.pitch_id)))
    return credits
