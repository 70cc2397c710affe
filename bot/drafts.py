"""Gathering what the team knows about a pitch, running the rules, and indexing copies."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

import numpy as np

from bot import similarity
from bot.coach import Facts, next_step
from bot.engine import ReviewResult, run_rules
from bot.models import Contact, Member, Pitch, Revision, Team
from bot.policy import Policy
from bot.relationships import compute_stage
from bot.rules.base import History, PastPitch, Recipient, ReviewContext
from bot.rules.unanswered_followups import silent_pitches
from bot.store import Store
from bot.text import normalize
from bot.views import ContactView

COPY_CANDIDATES = 64


def contact_stage(store: Store, contact: Contact | None, policy: Policy,
                  pitches: list[Pitch] | None = None) -> str:
    """A contact's stage from its interactions and the replies its pitches got."""
    if contact is None:
        return "stranger"
    if pitches is None:
        pitches = store.pitches_to(contact)
    replies = [
        p.outcome_at for p in pitches
        if p.outcome in ("replied", "accepted") and p.outcome_at is not None
    ]
    return compute_stage(store.interactions(contact), replies, policy.relationships)


def contact_view(store: Store, contact: Contact | None, handle: str, policy: Policy,
                 now: datetime) -> ContactView:
    """What the team knows about a recipient, with the coach's next step, for reports."""
    if contact is None:
        return ContactView(handle=handle, stage="stranger", **_coached(Facts("stranger"), policy,
                                                                        now))
    pitches = store.pitches_to(contact)
    outcomes = Counter(p.outcome for p in pitches if p.outcome)
    last = store.last_interaction(contact)
    contacted = [t for t in [last] if t] + [p.sent_at for p in pitches if p.sent_at]
    stage = contact_stage(store, contact, policy, pitches)
    declined = [p.outcome_at for p in pitches if p.outcome == "declined" and p.outcome_at]
    facts = Facts(stage, contact.do_not_contact, max(declined, default=None),
                  _unanswered(_history(store, pitches, None), policy, now),
                  _known(contact.interests, last, pitches))
    return ContactView(
        handle=contact.handle,
        stage=stage,
        interests=tuple(contact.interests),
        avoid=tuple(contact.avoid),
        prefers=contact.prefers,
        email_known=contact.email_known,
        do_not_contact=contact.do_not_contact,
        last_contact=max(contacted, default=None),
        outcomes=dict(outcomes),
        known=True,
        **_coached(facts, policy, now),
    )


def _known(interests, interacted, pitches: list[Pitch]) -> bool:
    """Whether the team knows anything of them: interests, an interaction, a pitch that went
    out (the pitch being reviewed is no knowledge of them)."""
    return bool(interests or interacted or any(p.sent_at for p in pitches))


def _unanswered(past: tuple[PastPitch, ...], policy: Policy, now: datetime) -> int:
    """As many pitches as unanswered-followups counts as silent: the coach agrees with it."""
    gap = timedelta(hours=policy.threshold("unanswered-followups", "min_gap_hours", 24))
    return len(silent_pitches(past, now, gap))


def _coached(facts: Facts, policy: Policy, now: datetime) -> dict[str, str]:
    step = next_step(facts, now, int(policy.threshold("after-no", "cool_off_days", 180)),
                     int(policy.threshold("unanswered-followups", "error_from", 3)))
    return {"next_step": step.step, "advice": step.advice}


@dataclass(frozen=True)
class Draft:
    """A text about to be reviewed, and for whom."""

    text: str
    channel: str
    topic: str | None
    handle: str | None


def _history(store: Store, pitches: list[Pitch], exclude: int | None) -> tuple[PastPitch, ...]:
    # The store keeps rows it looked up by id: each author is loaded once.
    authors = {p.author_id: store.member_by_id(p.author_id) for p in pitches}
    return tuple(
        PastPitch(authors[p.author_id].key, p.created_at, p.state, p.sent_at, p.outcome,
                  authors[p.author_id].display_name)
        for p in pitches if p.id != exclude
    )


def near_copy_recipients(store: Store, team: Team, sig: np.ndarray, contact: Contact | None,
                         policy: Policy) -> int:
    """How many other recipients got a near-copy, found through the band index."""
    candidates = store.copy_candidates(
        team, similarity.bands(sig), contact.id if contact else None, COPY_CANDIDATES
    )
    if not candidates:
        return 0
    stack = np.stack([similarity.from_bytes(blob) for blob, _ in candidates])
    threshold = policy.threshold("canned-copy", "similarity", 0.7)
    close = similarity.similarity(sig, stack) >= threshold
    return len({cid for (_, cid), hit in zip(candidates, close, strict=True) if hit})


def review_draft(store: Store, team: Team, policy: Policy, now: datetime, draft: Draft,
                 contact: Contact | None, author: Member | None, exclude: int | None = None,
                 recipient_override: dict | None = None) -> tuple[ReviewResult, np.ndarray]:
    """Review a text against what the team knows; return findings and the copy signature."""
    text = normalize(draft.text)
    sig = similarity.signature(similarity.copy_tokens(draft.text, draft.handle, text.folded))
    pitches = store.pitches_to(contact) if contact else []
    declined = [p.outcome_at for p in pitches if p.outcome == "declined" and p.outcome_at]
    recipient = Recipient(
        handle=draft.handle,
        stage=contact_stage(store, contact, policy, pitches),
        interests=tuple(contact.interests) if contact else (),
        avoid=tuple(contact.avoid) if contact else (),
        do_not_contact=bool(contact and contact.do_not_contact),
        declined_at=max(declined, default=None),
    )
    if recipient_override:
        recipient = replace(recipient, **recipient_override)
    history = History(
        past_pitches=_history(store, pitches, exclude),
        near_copy_recipients=near_copy_recipients(store, team, sig, contact, policy),
        author_pitches_last_hour=(
            store.pitch_count_since(author, now - timedelta(hours=1), exclude) if author else 0
        ),
    )
    ctx = ReviewContext(
        text=text, channel=draft.channel, recipient=recipient, history=history,
        policy=policy, now=now, author=author.key if author else None, topic=draft.topic,
    )
    facts = Facts(recipient.stage, recipient.do_not_contact, recipient.declined_at,
                  _unanswered(history.past_pitches, policy, now),
                  _known(recipient.interests, recipient.stage != "stranger", pitches))
    step = _coached(facts, policy, now)
    return replace(run_rules(ctx), next_step=step["next_step"], advice=step["advice"]), sig


def store_revision(store: Store, team: Team, pitch: Pitch, contact: Contact, number: int,
                   text: str, content_hash: str, result: ReviewResult, sig: np.ndarray,
                   at: datetime) -> Revision:
    """Save a revision with its findings and put it in the near-copy index."""
    revision = Revision(
        pitch_id=pitch.id, number=number, text=text, content_hash=content_hash,
        signature=similarity.to_bytes(sig), findings=[f.as_dict() for f in result.findings],
        verdict=result.verdict, created_at=at,
    )
    store.add(revision)
    store.index_copy(team, revision, contact, similarity.bands(sig))
    return revision
