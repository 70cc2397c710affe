"""Building a pitch's view model from the database, once, for every surface."""

from __future__ import annotations

from datetime import datetime

from bot import routing
from bot.drafts import contact_view
from bot.models import Pitch, Revision, Team
from bot.openers import suggestion_for
from bot.policy import Policy
from bot.rules.base import Finding
from bot.store import Store
from bot.views import ApprovalView, ChangeRequestView, ContactView, EventView, PitchView
from bot.vocabulary import Outcome, State


def build_pitch_view(store: Store, team: Team, pitch: Pitch, policy: Policy, now: datetime,
                     brief: bool = False, current: Revision | None = None) -> PitchView:
    """A pitch's report; `brief` skips the recipient knowledge and history (for lists).

    `current` is the pitch's current revision when the caller loaded it already.
    """
    # The store keeps rows it looked up by id: each member is loaded once.
    member = store.member_by_id
    revision = current or store.revision(pitch)
    contact = store.contact_by_id(pitch.contact_id)
    recipient = (ContactView(handle=contact.handle, stage="") if brief
                 else contact_view(store, contact, contact.handle, policy, now))
    author = member(pitch.author_id)
    need = routing.requirement(policy, pitch.channel, contact.interests)
    rows = () if brief else store.approvals(pitch)
    tally = routing.tally(need, [(a.member_id, routing.roles_of(policy, member(a.member_id)))
                                 for a in rows])
    approvals = tuple(
        ApprovalView(member(a.member_id).key, member(a.member_id).display_name, a.override_reason,
                     counts=a.member_id not in tally.ignored)
        for a in rows
    )
    requests = () if brief else tuple(
        ChangeRequestView(member(r.member_id).key, member(r.member_id).display_name, r.comment,
                          r.revision, r.status)
        for r in store.change_requests(pitch)
    )
    history = () if brief else tuple(
        EventView(e.at, member(e.actor_id).display_name if e.actor_id else None, e.kind,
                  e.revision, e.detail, _note(e.kind, e.detail or {}, team, store))
        for e in store.events(pitch)
    )
    return PitchView(
        id=pitch.id, team=team.key, author=author.key, author_name=author.display_name,
        recipient=recipient, channel=pitch.channel, topic=pitch.topic, state=pitch.state,
        revision=pitch.revision, text=revision.text, verdict=revision.verdict,
        findings=tuple(Finding.from_dict(f) for f in revision.findings), approvals=approvals,
        approvals_needed=need.approvals, change_requests=requests,
        history=history, created_at=pitch.created_at, outcome=pitch.outcome,
        suggestion=None if brief else suggestion_for(
            {f["rule"] for f in revision.findings}, recipient, pitch.channel),
        # Said while the pitch waits on review; once sendable (or past it) nothing is needed.
        approval_needs=routing.needs_words(tally) if not brief and pitch.state in (
            State.PENDING, State.CHANGES_REQUESTED) else "",
        approvals_have=tally.progress,
    )


def suggested_opener(store: Store, pitch: Pitch, policy: Policy, now: datetime) -> str | None:
    """The opener the report suggests for a pitch's current revision, read on its own (the
    author adopting it): what build_pitch_view shows as `suggestion`."""
    contact = store.contact_by_id(pitch.contact_id)
    recipient = contact_view(store, contact, contact.handle, policy, now)
    rules = {f["rule"] for f in store.revision(pitch).findings}
    return suggestion_for(rules, recipient, pitch.channel)


def _note(kind: str, detail: dict, team: Team, store: Store) -> str:
    """The rest of a history line in plain words, the same on every surface."""
    if detail.get("override"):
        return f"over the errors — {detail['override']}"
    if detail.get("comment"):
        return detail["comment"]
    if kind == "outcome" and detail.get("outcome"):
        return Outcome(detail["outcome"]).label.lower()
    if kind == "revised":
        # Older records kept only how many approvals a revision dismissed; newer ones who.
        names = [found.display_name for key in detail.get("dismissed_by", ())
                 if (found := store.member(team, key)) is not None]
        if names:
            return f"dismissed the approval of {', '.join(names)}"
        if detail.get("dismissed"):
            return f"dismissed {detail['dismissed']} approval(s)"
    return ""
