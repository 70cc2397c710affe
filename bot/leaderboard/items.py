"""What earned a member's points, in words: one item per thing, and a row's items as shown.

A row shows its SHOWN best items; the rest of each kind are summed up in one last item, so
a busy member's row stays readable and its items still add up to its points.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from bot.leaderboard.views import BoardItem
from bot.policy import LeaderboardPolicy

SHOWN = 10
KIND_ORDER = ("earned", "engaged", "pitch_success", "two_way", "review")
ITEM_ORDER = {kind: n for n, kind in enumerate(KIND_ORDER)}
OUTCOME_WORDS = {"replied": "got a reply", "accepted": "got a yes"}


@dataclass(slots=True)
class Candidate:
    """An item a member's row may show, built only if it is: what ranks it, and its maker."""

    member_id: int
    kind: str
    points: int
    count: int
    ord: int  # among equals: the contact's id (known longest first) or the pitch's (oldest)
    make: Callable[[], BoardItem]

    @classmethod
    def of(cls, member_id: int, item: BoardItem, ord: int) -> Candidate:
        """A candidate for an item already built."""
        return cls(member_id, item.kind, item.points, item.count, ord, lambda: item)


@dataclass(slots=True)
class Tally:
    """A member's totals for one kind of item: points, how many items, interactions."""

    points: int = 0
    things: int = 0
    interactions: int = 0


def stage_item(stage: str, handle: str | None, weights: LeaderboardPolicy) -> BoardItem:
    """A relationship moved to engaged or earned for the first time."""
    return BoardItem(stage, getattr(weights, stage), f"moved @{handle} to {stage}",
                     contact=handle)


def two_way_item(handle: str | None, n: int, weights: LeaderboardPolicy) -> BoardItem:
    """Two-way interactions with one contact in the week, up to the cap."""
    cap = weights.two_way_cap_per_contact
    if n > cap:
        label = f"{n} two-way interactions with @{handle} ({cap} count: the weekly cap per contact)"
    else:
        label = f"{n} two-way interaction{'' if n == 1 else 's'} with @{handle}"
    return BoardItem("two_way", min(n, cap) * weights.two_way, label, handle, None, n)


def pitch_item(pitch_id: int, handle: str | None, outcome: str,
               weights: LeaderboardPolicy) -> BoardItem:
    """A pitch sent on an earned relationship that got a reply or a yes."""
    label = f"pitch #{pitch_id} to @{handle} {OUTCOME_WORDS[outcome]}"
    return BoardItem("pitch_success", weights.pitch_success, label, contact=handle,
                     pitch=pitch_id)


def review_item(author: str, pitch_id: int, handle: str | None,
                weights: LeaderboardPolicy) -> BoardItem:
    """A review of a teammate's pitch."""
    label = f"reviewed {author}'s pitch #{pitch_id} to @{handle}"
    return BoardItem("review", weights.review, label, contact=handle, pitch=pitch_id)


def _rest(kind: str, things: int, interactions: int) -> str:
    """The label of the item summing up a kind's items that are not shown one by one."""
    s = "" if things == 1 else "s"
    if kind in ("engaged", "earned"):
        return f"moved {things:,} more relationship{s} to {kind}"
    if kind == "two_way":
        return (f"{interactions:,} two-way interaction{'' if interactions == 1 else 's'} "
                f"with {things:,} more contact{s}")
    if kind == "pitch_success":
        return f"{things:,} more pitch{'' if things == 1 else 'es'} got a reply or a yes"
    return f"{things:,} more review{s} of teammates' pitches"


def shown(candidates: list[Candidate], tallies: dict[str, Tally],
          limit: int = SHOWN) -> tuple[BoardItem, ...]:
    """A row's items: its `limit` best by points, then one item per kind for the rest.

    `candidates` must hold at least each kind's `limit` best (by points, interactions, then
    `ord`); `tallies` are the member's totals over all their items of each kind.
    """
    best = sorted(candidates, key=lambda c: (-c.points, ITEM_ORDER[c.kind], -c.count, c.ord))
    items = sorted((c.make() for c in best[:limit]),
                   key=lambda i: (-i.points, ITEM_ORDER[i.kind], i.label))
    listed: dict[str, Tally] = defaultdict(Tally)
    for item in items:
        seen = listed[item.kind]
        seen.points, seen.things = seen.points + item.points, seen.things + 1
        seen.interactions += item.count
    for kind in KIND_ORDER:
        total, seen = tallies.get(kind), listed[kind]
        if total is None or total.things <= seen.things:
            continue
        things, interactions = total.things - seen.things, total.interactions - seen.interactions
        items.append(BoardItem(kind, total.points - seen.points, _rest(kind, things, interactions),
                               count=interactions if kind == "two_way" else things))
    return tuple(items)
