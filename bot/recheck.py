"""Approvals stay true until the message goes out: marking a pitch sent re-runs the rules that
read the team's history, and what they now find, that was not there when it was approved,
sends it back to review instead (issue 13)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.drafts import Draft, review_draft
from bot.rules.base import Finding
from bot.vocabulary import State

if TYPE_CHECKING:
    from bot.workflow import Act

# The rules that look at what happened since (a decline, a do-not-contact mark, a teammate's
# pitch, silence, the author's own pace, the team's pace to this recipient); the text's own
# rules cannot change between approval and sending.
HISTORY_RULES = frozenset({"after-no", "already-contacted", "unanswered-followups",
                           "burst-sending", "recipient-pacing"})


def new_blockers(act: Act) -> list[Finding]:
    """Error findings of the history rules that the approved revision did not have; when
    there are any, the revision's findings and verdict are brought up to date."""
    revision = act.store.revision(act.pitch)
    contact = act.store.contact_by_id(act.pitch.contact_id)
    draft = Draft(revision.text, act.pitch.channel, act.pitch.topic, contact.handle)
    result, _ = review_draft(act.store, act.team, act.policy, act.now, draft, contact,
                             act.actor, exclude=act.pitch.id)
    known = {f["rule"] for f in revision.findings if f["severity"] == "error"}
    found = [f for f in result.findings
             if f.rule in HISTORY_RULES and f.severity == "error" and f.rule not in known]
    if found:
        revision.findings = [f.as_dict() for f in result.findings]
        revision.verdict = result.verdict
    return found


def back_to_review(act: Act, found: list[Finding]) -> str:
    """Dismiss the approvals, reopen the review, and tell the author and the approvers why."""
    approvers = []
    for approval in act.store.approvals(act.pitch):
        approval.active = False
        approvers.append(act.store.member_by_id(approval.member_id))
    act.move(State.PENDING)
    act.record("rechecked", blocked_by=[f.rule for f in found])
    why = "; ".join(f"{f.rule}: {f.message}" for f in found)
    line = (f"Pitch #{act.pitch.id} was not marked sent: since it was approved, {why} "
            f"It is back in review; its approvals no longer count.")
    for approver in approvers:
        act.tell(approver, "rechecked", f"Pitch #{act.pitch.id} needs your review again: {why}")
    return line
