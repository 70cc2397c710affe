"""A member's desk (bot/home.py): what waits for whom, from the same acts on any surface."""

import pytest

from bot.command_line import parse
from bot.commands import execute
from bot.errors import NotFound
from bot.home import CAP, waited
from bot.outcomes import Home

TEAM = "local"
WARM = "Hi Liz, loved your post on rye. What got you started?"
COLD = "please RT my last status"


def reviews(service, member):
    """The pitch ids waiting for a member's review."""
    return [p.id for p in service.home(TEAM, member).reviews.items]


def mine(service, member):
    """A member's own pitches as {state: [(id, what it needs next)]}."""
    return {g.key: [(p.id, p.needs) for p in g.items] for g in service.home(TEAM, member).pitches}


def submit(service, author="ana", text=WARM, to="@liz"):
    return service.submit(TEAM, author, to, text, channel="email").pitch.id


def test_never_my_own_pitch_in_my_reviews(service):
    pid = submit(service)
    assert reviews(service, "ana") == []
    assert reviews(service, "ben") == reviews(service, "cara") == [pid]
    assert mine(service, "ana") == {
        "pending": [(pid, "waiting for a teammate's approval (0 of 1)")]}
    assert mine(service, "ben") == {}


def test_an_approval_of_the_current_revision_removes_it_and_a_revision_brings_it_back(
        make_service):
    service = make_service(workflow={"approvals_needed": 2})
    pid = submit(service)
    service.approve(TEAM, pid, "ben")
    # Still pending (one of two approvals): gone from Ben's desk, still on Cara's.
    assert reviews(service, "ben") == [] and reviews(service, "cara") == [pid]
    assert mine(service, "ana")["pending"] == [(pid, "waiting for a teammate's approval (1 of 2)")]
    service.revise(TEAM, pid, "ana", WARM + " Thanks, Ana")
    # The approval was for revision 1: revision 2 waits for Ben again.
    desk = service.home(TEAM, "ben")
    assert [(p.id, p.revision) for p in desk.reviews.items] == [(pid, 2)]
    # An unchanged "revision" is no revision: Ben's new approval stands.
    service.approve(TEAM, pid, "ben")
    service.revise(TEAM, pid, "ana", WARM + " Thanks, Ana")
    assert reviews(service, "ben") == []


def test_only_reviewers_see_reviews_when_the_policy_says_so(make_service):
    service = make_service(workflow={"reviewers_only": True})
    pid = submit(service, author="cara")
    ana = service.home(TEAM, "ana")  # ana is no reviewer
    assert ana.reviews.items == () and ana.may_review is False
    assert reviews(service, "ben") == [pid]
    assert mine(service, "cara")["pending"] == [
        (pid, "waiting for a reviewer's approval (0 of 1)")]


@pytest.mark.parametrize("acts, state, needs", [
    ([], "pending", "waiting for a teammate's approval (0 of 1)"),
    ([("request_changes", "ben", "say which post")], "changes_requested",
     "revise it: Ben asked for changes — say which post"),
    ([("approve", "ben")], "sendable", "approved: send it yourself, then mark it sent"),
    ([("approve", "ben"), ("mark_sent", "ana")], "sent",
     "sent under an hour ago: record what came back (replied, accepted, declined or no "
     "response)"),
])
def test_each_of_my_pitches_says_what_it_needs_next(service, acts, state, needs):
    pid = submit(service)
    for verb, who, *args in acts:
        getattr(service, verb)(TEAM, pid, who, *args)
    assert mine(service, "ana") == {state: [(pid, needs)]}


def test_a_pitch_past_an_error_needs_a_revision_or_an_override(service):
    pid = submit(service, text=COLD, to="@max")
    (review,) = service.home(TEAM, "ben").reviews.items
    assert review.errors and "override reason" in review.needs
    assert mine(service, "ana")["pending"][0] == (
        pid, "revise it, or a reviewer approves with an override reason: an error finding "
             "blocks approval")


def test_outcomes_and_withdrawals_leave_the_desk(service):
    done = submit(service)
    service.approve(TEAM, done, "ben")
    service.mark_sent(TEAM, done, "ana")
    service.record_outcome(TEAM, done, "ana", "replied")
    gone = submit(service)
    service.withdraw(TEAM, gone, "ana")
    assert mine(service, "ana") == {} and reviews(service, "ben") == []


def test_reminders_due_are_mine_to_review_or_mine_as_author(make_service, clock):
    service = make_service(workflow={"approvals_needed": 2})
    pid = submit(service)
    service.approve(TEAM, pid, "cara")
    assert service.home(TEAM, "ben").reminders.items == ()
    clock.advance(hours=49)  # past the 48-hour reminder age
    (ben,) = service.home(TEAM, "ben").reminders.items
    assert (ben.id, ben.needs, ben.waited) == (pid, "waiting for your review", "2 days")
    (ana,) = service.home(TEAM, "ana").reminders.items
    assert ana.needs == "yours: ask a teammate to review it"
    # Cara did her part: the pitch waits on someone else.
    assert service.home(TEAM, "cara").reminders.items == ()


def test_my_contacts_by_stage_with_the_coachs_next_step(service):
    service.log_interaction(TEAM, "ana", "@liz", "met", "coffee")
    service.log_interaction(TEAM, "ana", "@joe", "they-replied")
    submit(service, author="ana", to="@max")
    service.log_interaction(TEAM, "ben", "@zoe", "we-engaged")  # Ben's, not Ana's
    desk = service.home(TEAM, "ana")
    assert [(g.key, [(c.handle, c.next_step) for c in g.items]) for g in desk.contacts] == [
        ("earned", [("liz", "pitch")]), ("engaged", [("joe", "soft-ask")]),
        ("stranger", [("max", "observe")])]
    assert [c.handle for g in service.home(TEAM, "ben").contacts for c in g.items] == ["zoe"]


def test_each_list_is_capped_and_says_how_many_more(service):
    ids = [submit(service, to=f"@r{n}") for n in range(CAP + 3)]
    desk = service.home(TEAM, "ben")
    assert [p.id for p in desk.reviews.items] == ids[:CAP] and desk.reviews.more == 3
    (pending,) = service.home(TEAM, "ana").pitches
    assert len(pending.items) == CAP and pending.more == 3


def test_the_command_runs_through_the_one_road(service):
    submit(service)
    outcome = execute(service, TEAM, "ben", parse("home"))
    assert isinstance(outcome, Home) and outcome.desk.member_name == "Ben"
    assert outcome.message == "Your desk: 1 review(s) waiting for you, 0 reminder(s) due."
    assert parse("home").only_reads
    assert execute(service, TEAM, "ana", parse("home")).message == (
        "Your desk: no review is waiting for you.")


def test_a_desk_is_read_without_writing(service):
    fresh = service.home(TEAM, "ben")  # nobody has acted: an empty desk, no team created
    assert fresh.empty and service.read(lambda store: store.team_keys()) == []
    with pytest.raises(NotFound, match="unknown member 'zed'"):
        service.home(TEAM, "zed")


def test_a_member_before_their_first_act_already_has_reviews_waiting(make_service):
    chat = make_service(auto_enrol=True)
    pid = chat.submit("slack:T1", "U1", "@liz", WARM).pitch.id
    desk = chat.home("slack:T1", "U2")  # U2 never acted: no member row yet
    assert [p.id for p in desk.reviews.items] == [pid] and desk.pitches == desk.contacts == ()
    assert chat.home("slack:T1", "U1").reviews.items == ()


@pytest.mark.parametrize("hours, words", [(0.5, "under an hour"), (1, "1 hour"), (5, "5 hours"),
                                          (47, "47 hours"), (48, "2 days"), (100, "4 days")])
def test_waiting_times_in_words(clock, hours, words):
    from datetime import timedelta  # only this table needs it
    assert waited(clock.now + timedelta(hours=hours), clock.now) == words
