"""The two-person review workflow (DESIGN §5), driven through the core service."""

import pytest

from bot.errors import InvalidInput, NotAllowed, NotFound

READY = "Liz, loved your post on community building. What got you started? Cheers, Ana"
BLOCKED = "We're trying to get the word out – can you please RT my last status?"


def kinds(view):
    return [e.kind for e in view.history]


def test_author_cannot_approve_own_pitch(service):
    pid = service.submit("local", "ana", "@liz", READY).pitch.id
    with pytest.raises(NotAllowed, match="your own pitch"):
        service.approve("local", pid, "ana")
    assert service.show("local", pid).state == "pending"


def test_teammate_approval_makes_sendable_and_tells_the_author(service):
    pid = service.submit("local", "ana", "@liz", READY).pitch.id
    result = service.approve("local", pid, "ben")
    assert result.pitch.state == "sendable"
    assert [(n.member, n.kind) for n in result.notices] == [("ana", "sendable")]
    assert kinds(result.pitch) == ["submitted", "approved", "sendable"]


def test_revision_dismisses_approvals_and_reruns_checks(service):
    pid = service.submit("local", "ana", "@liz", READY).pitch.id
    service.approve("local", pid, "ben")
    revised = service.revise("local", pid, "ana", BLOCKED)
    assert revised.pitch.state == "pending"
    assert revised.pitch.revision == 2
    assert revised.pitch.approvals == ()
    assert revised.pitch.verdict == "blocked"
    assert kinds(revised.pitch)[-1] == "revised"


def test_unchanged_revision_dismisses_nothing(service):
    pid = service.submit("local", "ana", "@liz", READY).pitch.id
    service.approve("local", pid, "ben")
    same = service.revise("local", pid, "ana", "  " + READY.replace(" ", "  ") + "\n")
    assert not same.changed
    assert same.pitch.revision == 1
    assert same.pitch.state == "sendable"
    assert [a.member for a in same.pitch.approvals] == ["ben"]


def test_errors_need_an_override_reason_which_goes_on_the_record(service):
    pid = service.submit("local", "ana", "@bob", BLOCKED).pitch.id
    with pytest.raises(NotAllowed, match="override"):
        service.approve("local", pid, "ben")
    result = service.approve("local", pid, "ben", override="Bob asked us for this")
    assert result.pitch.state == "sendable"
    assert result.pitch.approvals[0].override_reason == "Bob asked us for this"
    approved = [e for e in result.pitch.history if e.kind == "approved"][0]
    assert approved.detail == {"override": "Bob asked us for this"}


def test_policy_can_forbid_overrides(make_service):
    from bot.policy import Policy, WorkflowPolicy
    from tests.conftest import ROSTER

    strict = make_service(Policy(members=ROSTER, workflow=WorkflowPolicy(allow_overrides=False)))
    pid = strict.submit("local", "ana", "@bob", BLOCKED).pitch.id
    with pytest.raises(NotAllowed, match="no overrides"):
        strict.approve("local", pid, "ben", override="please")


def test_reviewers_only_policy(make_service):
    from bot.policy import Policy, WorkflowPolicy
    from tests.conftest import ROSTER

    svc = make_service(Policy(members=ROSTER, workflow=WorkflowPolicy(reviewers_only=True)))
    pid = svc.submit("local", "ben", "@liz", READY).pitch.id
    with pytest.raises(NotAllowed, match="reviewer role"):
        svc.approve("local", pid, "ana")
    assert svc.approve("local", pid, "cara").pitch.state == "sendable"


def test_two_approvals_needed(make_service):
    svc = make_service(workflow={"approvals_needed": 2})
    pid = svc.submit("local", "ana", "@liz", READY).pitch.id
    assert svc.approve("local", pid, "ben").pitch.state == "pending"
    assert svc.approve("local", pid, "cara").pitch.state == "sendable"


def test_open_change_request_blocks_sendable_until_a_revision(service):
    pid = service.submit("local", "ana", "@liz", READY).pitch.id
    asked = service.request_changes("local", pid, "cara", "Mention her talk")
    assert asked.pitch.state == "changes_requested"
    assert asked.notices[0].member == "ana"
    still = service.approve("local", pid, "ben")
    assert still.pitch.state == "changes_requested"
    revised = service.revise("local", pid, "ana", READY + " I enjoyed your talk too.")
    assert revised.pitch.change_requests[0].status == "outdated"
    # Cara hears her request was answered; Ben hears his approval of revision 1 was dismissed.
    assert sorted((n.member, n.kind) for n in revised.notices) == [
        ("ben", "approval_dismissed"), ("cara", "revised")]
    assert service.approve("local", pid, "ben").pitch.state == "sendable"


def test_removing_approval_withdraws_it(service):
    pid = service.submit("local", "ana", "@liz", READY).pitch.id
    service.approve("local", pid, "ben")
    back = service.withdraw_approval("local", pid, "ben")
    assert back.pitch.state == "pending"
    assert kinds(back.pitch)[-2:] == ["approval_withdrawn", "back_to_pending"]
    nothing = service.withdraw_approval("local", pid, "cara")
    assert not nothing.changed


def test_sent_and_outcome(service):
    pid = service.submit("local", "ana", "@liz", READY).pitch.id
    with pytest.raises(NotAllowed, match="not sendable"):
        service.mark_sent("local", pid, "ana")
    service.approve("local", pid, "ben")
    with pytest.raises(NotAllowed, match="only the author"):
        service.mark_sent("local", pid, "ben")
    assert service.mark_sent("local", pid, "ana").pitch.state == "sent"
    done = service.record_outcome("local", pid, "ana", "no-response")
    assert done.pitch.state == "no_response"
    later = service.record_outcome("local", pid, "ana", "replied")
    assert later.pitch.outcome == "replied"
    assert later.pitch.recipient.stage == "engaged"
    assert kinds(later.pitch)[-1] == "stage_changed"


def test_withdraw_by_author_only_and_then_nothing_moves(service):
    pid = service.submit("local", "ana", "@liz", READY).pitch.id
    with pytest.raises(NotAllowed):
        service.withdraw("local", pid, "ben")
    service.withdraw("local", pid, "ana")
    with pytest.raises(NotAllowed, match="withdrawn"):
        service.approve("local", pid, "ben")


def test_retried_delivery_changes_nothing_and_hears_what_the_first_did(service):
    # The retry gets the first outcome again, so a surface can still write what it owed
    # (keyed by the delivery, so written once) if the first run never could.
    pid = service.submit("local", "ana", "@liz", READY).pitch.id
    first = service.approve("local", pid, "ben", dedupe="slack:event:Ev1")
    again = service.approve("local", pid, "ben", dedupe="slack:event:Ev1")
    assert kinds(again.pitch).count("approved") == 1
    assert first.changed and first.notices and first.pitch.state == "sendable"
    assert (again.changed, again.message, again.notices) == (first.changed, first.message,
                                                             first.notices)


def test_retried_submission_makes_one_pitch_and_names_it_again(service):
    first = service.submit("local", "ana", "@liz", READY, dedupe="discord:ix:1")
    again = service.submit("local", "ana", "@liz", READY, dedupe="discord:ix:1")
    assert again.pitch.id == first.pitch.id and again.message == first.message
    assert len(service.list_pitches("local")) == 1


def test_an_old_delivery_kept_without_its_outcome_is_already_handled(service):
    pid = service.submit("local", "ana", "@liz", READY).pitch.id
    service.transaction(lambda store: store.claim_delivery("slack:event:Old"))
    again = service.approve("local", pid, "ben", dedupe="slack:event:Old")
    assert (again.changed, again.message) == (False, "Already handled.")
    assert service.submit("local", "ana", "@liz", READY, dedupe="slack:event:Old") is None


@pytest.mark.parametrize("text, message", [
    ("", "empty"), ("   \n\t", "empty"), ("x" * 40_001, "40,000"), ("a\x00b", "NUL"),
])
def test_bad_text_is_refused_and_nothing_written(service, text, message):
    with pytest.raises(InvalidInput, match=message):
        service.submit("local", "ana", "@liz", text)
    assert service.list_pitches("local") == []


def test_a_40000_character_pitch_is_stored_whole(service):
    text = "Liz, " + "word " * 7_999
    pid = service.submit("local", "ana", "@liz", text[:40_000]).pitch.id
    assert service.show("local", pid).text == text[:40_000]


def test_unknown_member_pitch_and_choices(service):
    with pytest.raises(NotFound, match="unknown member 'zed'"):
        service.submit("local", "zed", "@liz", READY)
    with pytest.raises(NotFound, match="no pitch #42"):
        service.approve("local", 42, "ben")
    with pytest.raises(InvalidInput, match="unknown channel"):
        service.submit("local", "ana", "@liz", READY, channel="fax")
    with pytest.raises(InvalidInput, match="unknown state"):
        service.list_pitches("local", "lost")


def test_teams_are_separate(make_service):
    svc = make_service(auto_enrol=True)
    pid = svc.submit("slack:T1", "U1", "@liz", READY).pitch.id
    with pytest.raises(NotFound):
        svc.show("slack:T2", pid)


def test_reminder_once_for_a_long_pending_pitch(service, clock):
    pid = service.submit("local", "ana", "@liz", READY).pitch.id
    assert service.due_reminders() == []
    clock.advance(hours=49)
    assert [d.pitch.id for d in service.due_reminders()] == [pid]
    clock.advance(hours=49)
    assert service.due_reminders() == []
    assert service.show("local", pid).state == "pending"


def test_event_record_is_append_only_and_complete(service):
    pid = service.submit("local", "ana", "@liz", READY).pitch.id
    service.request_changes("local", pid, "ben", "shorter")
    service.revise("local", pid, "ana", "Liz, what got you started?")
    service.approve("local", pid, "cara")
    service.mark_sent("local", pid, "ana")
    view = service.record_outcome("local", pid, "ana", "accepted").pitch
    assert kinds(view) == ["submitted", "changes_requested", "revised", "approved", "sendable",
                           "sent", "outcome", "stage_changed"]
    assert [e.revision for e in view.history][:4] == [1, 1, 2, 2]
    assert view.history[1].actor == "Ben"


def test_approving_a_revision_that_is_no_longer_current_is_refused(service):
    pid = service.submit("local", "ana", "@liz", READY).pitch.id
    service.revise("local", pid, "ana", READY + " P.S. congrats on the award!")
    with pytest.raises(NotAllowed, match="revised since you saw it"):
        service.approve("local", pid, "ben", revision=1)
    assert service.approve("local", pid, "ben", revision=2).pitch.state == "sendable"


def test_a_reaction_made_before_the_revision_approves_nothing(service, clock):
    """A ✅ left on revision 1 and delivered after the author revised approves nothing."""
    pid = service.submit("local", "ana", "@liz", READY).pitch.id
    reacted = clock.advance(minutes=1)
    clock.advance(minutes=1)
    service.revise("local", pid, "ana", READY + " P.S. congrats on the award!")
    with pytest.raises(NotAllowed, match="revised since you saw it"):
        service.approve("local", pid, "ben", seen_at=reacted)
    assert service.show("local", pid).state == "pending"
    assert service.approve("local", pid, "ben", seen_at=clock.advance(minutes=1)).changed
