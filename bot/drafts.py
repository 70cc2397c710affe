"""Gathering what the team knows about a pitch, running the rules, and indexing copies."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.coach import Facts, next_step
from bot.engine import ReviewResult, run_rules
from bot.models import Contact, Member, Pitch, Revision, Team
from bot.policy import Policy
from bot.relationships import compute_stage
from bot.review_reads import ContactHistory, PitchFacts
from bot.rules.base import History, PastPitch, Recipient, ReviewContext
from bot.rules.unanswered_followups import silent_pitches
from bot.store import Store
from bot.text import normalize
from bot.views import ContactView

NO_HISTORY = ContactHistory()

if TYPE_CHECKING:
    from bot.copy_groups import Judged


def _stage(history: ContactHistory, policy: Policy) -> str:
    replies = [p.outcome_at for p in history.pitches
               if p.outcome in ("replied", "accepted") and p.outcome_at is not None]
    return compute_stage(list(history.interactions), replies, policy.relationships)


def contact_stage(store: Store, contact: Contact | None, policy: Policy) -> str:
    """A contact's stage from its interactions and the replies its pitches got."""
    if contact is None:
        return "stranger"
    return _stage(store.contact_history(contact), policy)


def contact_view(store: Store, contact: Contact | None, handle: str, policy: Policy,
                 now: datetime) -> ContactView:
    """What the team knows about a recipient, with the coach's next step, for reports."""
    if contact is None:
        return ContactView(handle=handle, stage="stranger", **_coached(Facts("stranger"), policy,
                                                                        now))
    history = store.contact_history(contact)
    pitches = history.pitches
    outcomes = Counter(p.outcome for p in pitches if p.outcome)
    last = max((at for _, at in history.interactions), default=None)
    contacted = [t for t in [last] if t] + [p.sent_at for p in pitches if p.sent_at]
    stage = _stage(history, policy)
    declined = [p.outcome_at for p in pitches if p.outcome == "declined" and p.outcome_at]
    facts = Facts(stage, contact.do_not_contact, max(declined, default=None),
                  _unanswered(_history(pitches, None), policy, now),
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


def _known(interests, interacted, pitches) -> bool:
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


@dataclass(frozen=True)
class Gathered:
    """What a command read before its review, so the review reads none of it again: the
    recipient's history and the author's pitches of the last hour."""

    history: ContactHistory
    recent: int


def _history(pitches: tuple[PitchFacts, ...], exclude: int | None) -> tuple[PastPitch, ...]:
    return tuple(PastPitch(p.author, p.created_at, p.state, p.sent_at, p.outcome, p.author_name)
                 for p in pitches if p.id != exclude)


def near_copies(store: Store, team: Team, text: str, handle: str | None, folded: str,
                contact: Contact | None, policy: Policy) -> Judged:
    """How many other recipients got a near-copy (exactly, by Jaccard of the masked shingles,
    with no cap), and how the text joins the index."""
    # Loaded on the first review, not on import: they bring numpy, and the Slack web
    # process imports the core without ever reviewing a text.
    from bot import copy_groups, similarity

    keys, sig = similarity.text_keys(text, handle, folded)
    groups = store.copy_groups(team.id, similarity.bands(sig))
    threshold = policy.threshold("canned-copy", "similarity", 0.7)
    return copy_groups.judge(keys, sig, groups, threshold, contact.id if contact else None)


def review_draft(store: Store, team: Team, policy: Policy, now: datetime, draft: Draft,
                 contact: Contact | None, author: Member | None, exclude: int | None = None,
                 recipient_override: dict | None = None, gathered: Gathered | None = None,
                 ) -> tuple[ReviewResult, Judged]:
    """Review a text against what the team knows; return findings and its near-copies."""
    text = normalize(draft.text)
    if gathered is None:
        recent = (store.pitch_count_since(author, now - timedelta(hours=1), exclude)
                  if author else 0)
        gathered = Gathered(store.contact_history(contact) if contact else NO_HISTORY, recent)
    pitches = gathered.history.pitches
    declined = [p.outcome_at for p in pitches if p.outcome == "declined" and p.outcome_at]
    recipient = Recipient(
        handle=draft.handle,
        stage=_stage(gathered.history, policy) if contact else "stranger",
        interests=tuple(contact.interests) if contact else (),
        avoid=tuple(contact.avoid) if contact else (),
        do_not_contact=bool(contact and contact.do_not_contact),
        declined_at=max(declined, default=None),
    )
    if recipient_override:
        recipient = replace(recipient, **recipient_override)
    copies = near_copies(store, team, draft.text, draft.handle, text.folded, contact, policy)
    history = History(
        past_pitches=_history(pitches, exclude),
        near_copy_recipients=copies.recipients,
        author_pitches_last_hour=gathered.recent,
    )
    ctx = ReviewContext(
        text=text, channel=draft.channel, recipient=recipient, history=history,
        policy=policy, now=now, author=author.key if author else None, topic=draft.topic,
    )
    facts = Facts(recipient.stage, recipient.do_not_contact, recipient.declined_at,
                  _unanswered(history.past_pitches, policy, now),
                  _known(recipient.interests, recipient.stage != "stranger", pitches))
    step = _coached(facts, policy, now)
    return replace(run_rules(ctx), next_step=step["next_step"], advice=step["advice"]), copies


def store_revision(store: Store, team: Team, pitch: Pitch, contact: Contact, number: int,
                   text: str, content_hash: str, result: ReviewResult,
                   copies: Judged, at: datetime) -> Revision:
    """Save a revision with its findings and put it in the near-copy index."""
    from bot import similarity  # numpy: see near_copies

    entry = copies.entry()
    revision = Revision(
        pitch_id=pitch.id, number=number, text=text, content_hash=content_hash,
        signature=similarity.to_bytes(entry.sig), findings=[f.as_dict() for f in result.findings],
        verdict=result.verdict, created_at=at, contact_id=contact.id,
        copy_center=entry.center, copy_removed=entry.removed, copy_keys=entry.stored,
    )
    store.add(revision)
    store.index_copy(team.id, revision.id if entry.center is None else entry.center,
                     entry.bands)
    return revision
