"""What the workflow says, in plain words: refusals and results a person reads."""

from __future__ import annotations

import pytest

from bot.errors import InvalidInput, NotAllowed

READY = "Liz, loved your post on community building. What got you started?"
BLOCKED = "please RT my last status"


def sent(service, outcome=None):
    pid = service.submit("local", "ana", "@liz", READY).pitch.id
    service.approve("local", pid, "ben")
    service.mark_sent("local", pid, "ana")
    if outcome:
        service.record_outcome("local", pid, "ana", outcome)
    return pid


@pytest.mark.parametrize("setup, act, message", [
    (sent, lambda s, p: s.mark_sent("local", p, "ana"), "pitch #1 is already marked as sent"),
    (lambda s: sent(s, "no-response"), lambda s, p: s.approve("local", p, "cara"),
     "pitch #1 was already sent, and no response was recorded: you can't approve it now"),
    (lambda s: sent(s, "declined"), lambda s, p: s.withdraw("local", p, "ana"),
     "pitch #1 was already sent, and declined was recorded: you can't withdraw it now"),
    (sent, lambda s, p: s.record_outcome("local", p, "ben", "replied"),
     "only the author of pitch #1 can record its outcome"),
    (lambda s: s.submit("local", "ana", "@liz", READY).pitch.id,
     lambda s, p: s.approve("local", p, "cara") and s.mark_sent("local", p, "ben"),
     "only the author of pitch #1 can mark it as sent"),
    (lambda s: s.submit("local", "ana", "@liz", READY).pitch.id,
     lambda s, p: s.revise("local", p, "ben", READY + " More."),
     "only the author of pitch #1 can revise it"),
    (lambda s: s.submit("local", "ana", "@bob", BLOCKED).pitch.id,
     lambda s, p: s.approve("local", p, "ben"),
     "the blind-amplify and stranger-pitch findings are errors, and an error blocks approval: "
     "approve with an override reason saying why it should go anyway"),
], ids=["sent-twice", "approve-after-no-response", "withdraw-after-decline", "outcome-by-other",
        "sent-by-other", "revise-by-other", "errors-block"])
def test_refusals_say_what_stands_in_the_way(service, setup, act, message):
    pid = setup(service)
    with pytest.raises(NotAllowed) as refused:
        act(service, pid)
    assert str(refused.value) == message


def test_an_approval_while_changes_are_requested_says_what_it_does(service):
    pid = service.submit("local", "ana", "@liz", READY).pitch.id
    service.request_changes("local", pid, "ben", "mention her talk")
    done = service.approve("local", pid, "cara")
    assert done.pitch.state == "changes_requested"
    assert done.message == (
        "Approved revision 1 of pitch #1, but it stays changes requested: it can't be "
        "sendable until the author revises it, and the new revision needs approving again.")


@pytest.mark.parametrize("act, message", [
    (lambda s: s.log_interaction("local", "ana", "", "conversation"),
     "say who you were in touch with: a handle like @liz"),
    (lambda s: s.update_contact("local", "ana", " @ ", interests=["baking"]),
     "say which contact: a handle like @liz"),
    (lambda s: s.submit("local", "ana", "", READY), "say who the pitch is for: a handle like @liz"),
])
def test_a_missing_handle_is_asked_for_in_the_verbs_own_words(service, act, message):
    with pytest.raises(InvalidInput) as refused:
        act(service)
    assert str(refused.value) == message
