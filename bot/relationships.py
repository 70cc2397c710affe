"""Relationship stages, computed from what was logged and what pitches got back (DESIGN §4)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from bot.policy import RelationshipPolicy

KINDS: tuple[str, ...] = ("we-engaged", "they-replied", "conversation", "met", "intro")
TWO_WAY: frozenset[str] = frozenset({"they-replied", "conversation", "met"})
STAGE_ORDER: tuple[str, ...] = ("stranger", "aware", "engaged", "earned")


def compute_stage(
    interactions: Iterable[tuple[str, datetime]],
    replies: Iterable[datetime],
    policy: RelationshipPolicy,
) -> str:
    """The stage from (kind, at) interactions and the times pitches got a reply or a yes."""
    interactions, replies = list(interactions), list(replies)
    if not interactions and not replies:
        return "stranger"
    two_way = [at for kind, at in interactions if kind in TWO_WAY] + replies
    kinds = {kind for kind, _ in interactions}
    if "met" in kinds:
        return "earned"
    intros = [at for kind, at in interactions if kind == "intro"]
    if intros and any(at >= min(intros) for at in two_way):
        return "earned"
    days = {at.date() for at in two_way}
    if len(two_way) >= policy.earned_two_way and len(days) >= policy.earned_days:
        return "earned"
    if two_way:
        return "engaged"
    return "aware"
