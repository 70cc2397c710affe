"""Approvals stay true until sent: marking a pitch sent re-runs the history rules, and what is
new since the approval sends it back to review, with the approvers told."""

import pytest

TEAM = "local"
ASK = ("Hi Liz, would you review our night-market guide? It lists the late bakeries your "
       "readers asked about.")


@pytest.fixture
def approved(service):
    """Liz is earned (they met); Ana's pitch to her is approved by Ben and sendable."""
    service.log_interaction(TEAM, "ana", "@liz", "met")
    pid = service.submit(TEAM, "ana", "@liz", ASK).pitch.id
    assert service.approve(TEAM, pid, "ben").pitch.state == "sendable"
    return pid


def decline_from_liz(service):
    """Cara's own pitch to Liz goes out and Liz says no."""
    other = service.submit(TEAM, "cara", "@liz", ASK.replace("guide", "map")).pitch.id
    service.approve(TEAM, other, "ben")
    service.mark_sent(TEAM, other, "cara")
    service.record_outcome(TEAM, other, "cara", "declined")


def test_a_no_since_the_approval_sends_the_pitch_back_to_review(service, approved):
    """Liz declined a teammate's pitch after Ben approved Ana's: 'sent' is refused, the pitch
    is pending again with the after-no finding on its report, and Ben is told."""
    decline_from_liz(service)
    done = service.mark_sent(TEAM, approved, "ana")
    assert done.pitch.state == "pending"
    assert "was not marked sent" in done.message and "after-no" in done.message
    assert [(n.member, n.kind) for n in done.notices] == [("ben", "rechecked")]
    pitch = service.show(TEAM, approved)
    assert pitch.verdict == "blocked" and "after-no" in {f.rule for f in pitch.findings}
    assert pitch.approvals == () and pitch.history[-1].kind == "rechecked"


def test_approved_again_over_the_new_finding_it_can_be_sent(service, approved):
    """Once a reviewer approves with the new finding in view (an override), sending works:
    the finding is no longer new."""
    decline_from_liz(service)
    service.mark_sent(TEAM, approved, "ana")
    service.approve(TEAM, approved, "ben", "Liz asked for the guide herself at the market")
    assert service.mark_sent(TEAM, approved, "ana").pitch.state == "sent"


def test_a_do_not_contact_mark_since_the_approval_stops_the_send(service, approved):
    """Cara marks Liz do-not-contact after the approval: the pitch goes back to review."""
    service.update_contact(TEAM, "cara", "@liz", do_not_contact=True)
    assert service.mark_sent(TEAM, approved, "ana").pitch.state == "pending"


def test_nothing_new_since_the_approval_sends_as_before(service, approved):
    """No new finding: the pitch is marked sent, nobody is told anything."""
    done = service.mark_sent(TEAM, approved, "ana")
    assert done.pitch.state == "sent" and done.notices == ()
