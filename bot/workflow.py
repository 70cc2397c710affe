"""The two-person review workflow (DESIGN §5): every transition, enforced in the core."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot import recheck, routing, validation
from bot.drafts import Draft, contact_stage, review_draft, store_revision
from bot.errors import NotAllowed
from bot.models import Approval, ChangeRequest, Event, Member, Pitch, Team
from bot.policy import Policy
from bot.rules.base import Finding
from bot.store import Store
from bot.text import content_hash
from bot.views import Notice
from bot.vocabulary import OPEN_STATES, OUTCOMES, State, label


@dataclass
class Act:
    """One action in progress: who does what to which pitch, and what to tell whom."""

    store: Store
    team: Team
    pitch: Pitch
    actor: Member
    policy: Policy
    now: datetime
    notices: list[Notice] = field(default_factory=list)

    def record(self, kind: str, **detail) -> None:
        """Append an event to the pitch's record."""
        self.store.add(Event(
            team_id=self.team.id, pitch_id=self.pitch.id, contact_id=self.pitch.contact_id,
            actor_id=self.actor.id, kind=kind, revision=self.pitch.revision, detail=detail,
            at=self.now,
        ))

    def tell(self, member: Member, kind: str, text: str) -> None:
        """Queue a notice for a member."""
        self.notices.append(Notice(member.key, kind, text))

    def move(self, state: str) -> None:
        """Change the pitch's state."""
        self.pitch.state = state
        self.pitch.updated_at = self.now

    def require_open(self, doing: str) -> None:
        """Refuse when the pitch is past review (sent, with an outcome, or withdrawn);
        `doing` reads after "can't" ("approve it")."""
        if self.pitch.state not in OPEN_STATES:
            raise NotAllowed(f"{self.where()}: you can't {doing} now")

    def require_author(self, doing: str) -> None:
        """Refuse unless the actor wrote the pitch; `doing` reads after "can" ("revise it")."""
        if self.actor.id != self.pitch.author_id:
            raise NotAllowed(f"only the author of pitch #{self.pitch.id} can {doing}")

    def where(self) -> str:
        """Where the pitch stands, as a sentence: "pitch #3 was sent and got no response"."""
        pid, state = self.pitch.id, self.pitch.state
        if state == State.WITHDRAWN:
            return f"pitch #{pid} was withdrawn"
        if state == State.SENT:
            return f"pitch #{pid} was already sent"
        if state in OUTCOMES:
            return f"pitch #{pid} was already sent, and {label(state).lower()} was recorded"
        return f"pitch #{pid} is {label(state).lower()}"

    @property
    def actor_is_admin(self) -> bool:
        """An admin by the roster, or (on chat) by the platform's own admin flag."""
        return self.actor.is_admin or "admin" in self.policy.roles(self.actor.key)

    @property
    def author(self) -> Member:
        """The pitch's author."""
        return self.store.member_by_id(self.pitch.author_id)


def settle(act: Act) -> None:
    """Make the pitch sendable when the approvals that count meet its route's requirement and
    no change request is open; back to pending when they no longer do."""
    tally = routing.tally_pitch(act.store, act.pitch, act.policy)
    if act.pitch.state == "pending" and tally.met:
        act.move("sendable")
        act.record("sendable", approvals=tally.counted)
        act.tell(act.author, "sendable", f"Pitch #{act.pitch.id} is approved and sendable.")
    elif act.pitch.state == "sendable" and not tally.met:
        act.move("pending")
        act.record("back_to_pending", approvals=tally.counted)


def approve(act: Act, override: str | None, revision: int | None = None,
            seen_at: datetime | None = None) -> str | None:
    """Approve the current revision; errors need an override reason if the policy allows it.

    None when the actor had already approved this revision (a double click changes nothing).
    `revision` is the one the approver saw (a button, a form), `seen_at` when they approved
    (a reaction): approving what they saw never approves a newer text.
    """
    act.require_open("approve it")
    current = act.pitch.revision
    if revision is not None and revision != current or seen_at is not None and \
            act.store.revision(act.pitch).created_at > seen_at:
        raise NotAllowed(f"pitch #{act.pitch.id} was revised since you saw it: "
                         f"review revision {current}, then approve again")
    if act.actor.id == act.pitch.author_id:
        raise NotAllowed("you can't approve your own pitch: a teammate must")
    # A route matching the pitch says whose approvals count instead (`only_roles`).
    need = routing.requirement_for(act.store, act.pitch, act.policy)
    if need.reviewers_only and not act.actor.is_reviewer:
        raise NotAllowed("only members with the reviewer role can approve on this team")
    existing = act.store.approval(act.pitch, act.actor)
    if existing is not None and existing.active:
        return None
    errors = [Finding.from_dict(f) for f in act.store.revision(act.pitch).findings
              if f["severity"] == "error"]
    override = (validation.storable(override, "override reason") or "").strip() or None
    named = sorted({f.rule for f in errors})
    blocking = (f"the {_and(named)} " + ("finding is an error" if len(named) == 1
                                          else "findings are errors")
                + ", and an error blocks approval")
    if errors and not act.policy.workflow.allow_overrides:
        raise NotAllowed(f"{blocking}; this team allows no overrides, so the author must "
                         "revise it")
    if errors and override is None:
        raise NotAllowed(f"{blocking}: approve with an override reason saying why it "
                         "should go anyway")
    if not errors:
        override = None
    if existing is None:
        act.store.add(Approval(pitch_id=act.pitch.id, revision=act.pitch.revision,
                               member_id=act.actor.id, override_reason=override))
    else:
        existing.active, existing.override_reason = True, override
    act.record("approved", override=override) if override else act.record("approved")
    settle(act)
    if not need.counts(routing.roles_of(act.policy, act.actor)):
        # Recorded (the report lists it, marked), so the team sees who looked; the route
        # says whose approval makes the pitch sendable.
        return (f"Recorded your approval of pitch #{act.pitch.id}, but it doesn't count: "
                f"{need.audience} needs approvals from {routing.who(need.only_roles)}.")
    if act.pitch.state == State.CHANGES_REQUESTED:
        # The approval stands on the record, but an open change request still holds the
        # pitch, and the author's revision will need approving afresh.
        return (f"Approved revision {act.pitch.revision} of pitch #{act.pitch.id}, but it "
                "stays changes requested: it can't be sendable until the author revises it, "
                "and the new revision needs approving again.")
    return f"Approved pitch #{act.pitch.id}."


def withdraw_approval(act: Act) -> str | None:
    """Take back the actor's approval of the current revision; None when there was none."""
    existing = act.store.approval(act.pitch, act.actor)
    if existing is None or not existing.active or act.pitch.state not in OPEN_STATES:
        return None
    existing.active = False
    act.record("approval_withdrawn")
    settle(act)
    return f"Withdrew your approval of pitch #{act.pitch.id}."


def request_changes(act: Act, comment: str) -> str | None:
    """Ask the author for changes; this blocks sendable until a new revision."""
    act.require_open("request changes on it")
    if act.actor.id == act.pitch.author_id:
        raise NotAllowed("revise your own pitch instead of requesting changes on it")
    comment = validation.comment(comment)
    # The same request again (a re-delivered 🔁, a double click) is one request.
    if any(r.member_id == act.actor.id and r.revision == act.pitch.revision and
           r.comment == comment for r in act.store.change_requests(act.pitch, "open")):
        return None
    act.store.add(ChangeRequest(pitch_id=act.pitch.id, revision=act.pitch.revision,
                                member_id=act.actor.id, comment=comment))
    act.move("changes_requested")
    act.record("changes_requested", comment=comment)
    act.tell(act.author, "changes_requested",
             f"{act.actor.display_name} asked for changes on pitch #{act.pitch.id}: {comment}")
    return f"Requested changes on pitch #{act.pitch.id}."


def revise(act: Act, text: str) -> str | None:
    """A new revision: re-run the checks, dismiss approvals, outdate change requests."""
    act.require_open("revise it")
    act.require_author("revise it")
    text = validation.pitch_text(text)
    digest = content_hash(text)
    if digest == act.store.revision(act.pitch).content_hash:
        return None
    contact = act.store.contact_by_id(act.pitch.contact_id)
    draft = Draft(text, act.pitch.channel, act.pitch.topic, contact.handle)
    result, sig = review_draft(act.store, act.team, act.policy, act.now, draft, contact,
                               act.actor, exclude=act.pitch.id)
    dismissed = act.store.approvals(act.pitch)
    act.pitch.revision += 1
    store_revision(act.store, act.team, act.pitch, contact, act.pitch.revision, text, digest,
                   result, sig, at=act.now)
    approvers = [act.store.member_by_id(a.member_id) for a in dismissed]
    act.record("revised", verdict=result.verdict, dismissed=len(dismissed),
               dismissed_by=[m.key for m in approvers])
    for approver in approvers:
        act.tell(approver, "approval_dismissed",
                 f"Pitch #{act.pitch.id} was revised, so your approval no longer counts: "
                 f"look at revision {act.pitch.revision} and approve again if it holds.")
    for request in act.store.change_requests(act.pitch, status="open"):
        request.status = "outdated"
        asker = act.store.member_by_id(request.member_id)
        act.tell(asker, "revised", f"Pitch #{act.pitch.id} was revised after your request.")
    act.move("pending")
    return f"Pitch #{act.pitch.id} is now at revision {act.pitch.revision}: {result.verdict}."


def withdraw(act: Act) -> str:
    """The author withdraws the pitch; it stays on the record."""
    act.require_open("withdraw it")
    act.require_author("withdraw it")
    act.move("withdrawn")
    act.record("withdrawn")
    return f"Withdrew pitch #{act.pitch.id}."


def mark_sent(act: Act) -> str:
    """The author sent the approved pitch; remember the relationship stage at that moment."""
    act.require_author("mark it as sent")
    if act.pitch.state != State.SENDABLE:
        raise NotAllowed(_not_sendable(act))
    found = recheck.new_blockers(act)
    if found:
        return recheck.back_to_review(act, found)
    contact = act.store.contact_by_id(act.pitch.contact_id)
    act.pitch.sent_at = act.now
    act.move("sent")
    act.record("sent", stage=contact_stage(act.store, contact, act.policy))
    return f"Marked pitch #{act.pitch.id} as sent."


def record_outcome(act: Act, outcome: str) -> str | None:
    """Record what came back; an outcome can be corrected later (no response, then a reply)."""
    outcome = validation.outcome(outcome)
    if act.pitch.state not in (State.SENT, *OUTCOMES):
        raise NotAllowed(f"{act.where()}, not sent: record an outcome once it has been sent")
    if act.actor.id != act.pitch.author_id and not act.actor_is_admin:
        raise NotAllowed(f"only the author of pitch #{act.pitch.id} can record its outcome")
    if act.pitch.outcome == outcome:
        return None
    contact = act.store.contact_by_id(act.pitch.contact_id)
    before = contact_stage(act.store, contact, act.policy)
    act.pitch.outcome, act.pitch.outcome_at = outcome, act.now
    act.move(outcome)
    act.record("outcome", outcome=outcome)
    after = contact_stage(act.store, contact, act.policy)
    if after != before:
        # A reply is two-way contact: the stage it reaches is credited to the author.
        act.record("stage_changed", before=before, after=after, handle=contact.handle)
    return f"Recorded {label(outcome).lower()} for pitch #{act.pitch.id}."


def _not_sendable(act: Act) -> str:
    """Why a pitch can't be marked as sent, by where it stands."""
    pid, state = act.pitch.id, act.pitch.state
    if state in (State.PENDING, State.CHANGES_REQUESTED):
        return f"{act.where()}, not sendable: it needs approval"
    if state == State.WITHDRAWN:
        return f"pitch #{pid} was withdrawn: it can't be sent"
    return f"pitch #{pid} is already marked as sent"


def _and(words: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return " and ".join(words) if len(words) < 3 else f"{', '.join(words[:-1])} and {words[-1]}"
