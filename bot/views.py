"""View models: what every surface renders, built once from the database."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, is_dataclass
from datetime import datetime
from typing import NamedTuple

from bot.rules.base import Finding


@dataclass(frozen=True)
class ContactEvent:
    """One thing in a contact's history: when, what, by whom, and the words that go with it."""

    at: datetime
    kind: str
    who: str | None
    what: str


@dataclass(frozen=True)
class ContactView:
    """What the team knows about a recipient."""

    handle: str
    stage: str
    interests: tuple[str, ...] = ()
    avoid: tuple[str, ...] = ()
    prefers: str | None = None
    email_known: bool = False
    do_not_contact: bool = False
    last_contact: datetime | None = None
    outcomes: dict[str, int] = field(default_factory=dict)
    known: bool = False
    # The relationship coach's next step (bot/coach.py) and what it means in plain words.
    next_step: str = ""
    advice: str = ""
    # Everything recorded about them, oldest first, when it was asked for.
    history: tuple[ContactEvent, ...] = ()


@dataclass(frozen=True)
class ApprovalView:
    """One approval of the current revision."""

    member: str
    member_name: str
    override_reason: str | None = None
    # False when the pitch's route counts only other roles' approvals: recorded, not counted.
    counts: bool = True


@dataclass(frozen=True)
class ChangeRequestView:
    """A request for changes, open or made outdated by a revision."""

    member: str
    member_name: str
    comment: str
    revision: int
    status: str


@dataclass(frozen=True)
class EventView:
    """One line of a pitch's history."""

    at: datetime
    actor: str | None
    kind: str
    revision: int | None
    detail: dict
    # What else a person needs to read on this line, in plain words: the outcome, an
    # override's reason, a comment, the approvals a revision dismissed.
    note: str = ""


@dataclass(frozen=True)
class PitchView:
    """A pitch's report: verdict, findings, recipient, approvals and history."""

    id: int
    team: str
    author: str
    author_name: str
    recipient: ContactView
    channel: str
    topic: str | None
    state: str
    revision: int
    text: str
    verdict: str
    findings: tuple[Finding, ...]
    approvals: tuple[ApprovalView, ...]
    # How many approvals that count the pitch needs in all (its route's, or the policy's).
    approvals_needed: int
    change_requests: tuple[ChangeRequestView, ...]
    history: tuple[EventView, ...]
    created_at: datetime
    outcome: str | None = None
    # What to send instead, when a finding says not to ask yet (bot/openers.py).
    suggestion: str | None = None
    # Who may approve and how many more are needed, in plain words (bot/routing.py): "Needs
    # 2 approvals, at least 1 from comms: 1 more, from comms." Empty in brief views and
    # once the pitch no longer waits on review (sendable, sent, withdrawn).
    approval_needs: str = ""
    # How much of `approvals_needed` the approvals that count meet ("1" of 2).
    approvals_have: int = 0

    @property
    def overridden_by(self) -> ApprovalView | None:
        """The approval that went over an error finding with a reason, if one did."""
        return next((a for a in self.approvals if a.override_reason), None)

    def uncounted(self, member: str) -> bool:
        """Whether this member's approval stands on the report but its route does not count it."""
        return any(a.member == member and not a.counts for a in self.approvals)

    @property
    def errors(self) -> tuple[Finding, ...]:
        """Findings that block approval without an override."""
        return tuple(f for f in self.findings if f.severity == "error")

    def as_dict(self) -> dict:
        """The report as plain data, for JSON output."""
        data = asdict(self)
        data["findings"] = [f.as_dict() for f in self.findings]
        return _jsonable(data)


class ReportRef(NamedTuple):
    """A platform message that may be a pitch's report: a reaction's target."""

    surface: str
    channel: str
    message: str


@dataclass(frozen=True)
class Notice:
    """Something a member should be told: the author that a pitch is sendable, and the like."""

    member: str
    kind: str
    text: str


@dataclass(frozen=True)
class ActionResult:
    """What an action did: the pitch after it, whether anything changed, and whom to tell."""

    pitch: PitchView
    changed: bool
    message: str
    notices: tuple[Notice, ...] = ()
    # Where the pitch's reports are, read in the act's own transaction: (surface, channel,
    # message). None when not read (a repeated delivery); the desk then looks them up.
    reports: tuple[tuple[str, str, str], ...] | None = None

    def reports_on(self, surface: str) -> list[tuple[str, str]] | None:
        """Where the pitch's reports are on one surface, (channel, message), as the act read
        them; None when it did not read them."""
        if self.reports is None:
            return None
        return [(channel, ref) for on, channel, ref in self.reports if on == surface]

    def kept(self) -> dict:
        """What a retry of the same delivery needs to finish the work: plain JSON."""
        return {"pitch": self.pitch.id, "changed": self.changed, "message": self.message,
                "notices": [asdict(n) for n in self.notices]}

    @classmethod
    def replayed(cls, kept: dict, pitch: PitchView) -> ActionResult:
        """The result a delivery had, given again to its retry (the pitch as it is now)."""
        return cls(pitch, kept["changed"], kept["message"],
                   tuple(Notice(**n) for n in kept["notices"]))


@dataclass(frozen=True)
class DeskPitch:
    """One pitch on a member's desk: enough to recognise it, and what it needs next."""

    id: int
    author: str
    author_name: str
    recipient: str
    channel: str
    state: str
    revision: int
    verdict: str
    # Approving it needs an override reason (an error finding stands).
    errors: bool
    preview: str
    # When it came to stand where it is, and how long ago in words ("3 days").
    since: datetime
    waited: str
    # What it needs next, in plain words; may quote a reviewer's comment (user text).
    needs: str = ""


@dataclass(frozen=True)
class DeskGroup:
    """One part of a desk list (a state, a stage): the first items, and how many more."""

    key: str
    items: tuple
    more: int = 0


@dataclass(frozen=True)
class DeskView:
    """A member's desk: reviews waiting for them, their pitches, reminders, their contacts."""

    team: str
    member: str
    member_name: str
    # False when only reviewers approve on this team and the member is not one.
    may_review: bool
    allow_overrides: bool
    reminder_hours: float
    reviews: DeskGroup
    reminders: DeskGroup
    pitches: tuple[DeskGroup, ...]
    contacts: tuple[DeskGroup, ...]

    @property
    def empty(self) -> bool:
        """Nothing on the desk at all."""
        return not (self.reviews.items or self.reminders.items or self.pitches
                    or self.contacts)

    def as_dict(self) -> dict:
        """The desk as plain data, for JSON output."""
        return _jsonable(self)


def _jsonable(value):
    if is_dataclass(value) and not isinstance(value, type):
        return _jsonable(asdict(value))
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def jsonable(value):
    """Dataclass-derived data with datetimes as ISO strings, ready for json.dumps."""
    return _jsonable(value)
