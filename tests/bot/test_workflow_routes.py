"""Routing by audience through the core service: a route decides when a pitch is sendable,
approvals from others are recorded but don't count, and the report and the desk say who is
still needed."""

from __future__ import annotations

import pytest

from bot.errors import NotAllowed
from bot.policy import MemberEntry, Policy

READY = "Liz, loved your post on community building. What got you started? Cheers, Ana"
ROSTER = {"ana": MemberEntry(display_name="Ana"),
          "ben": MemberEntry(display_name="Ben", roles=["reviewer"]),
          "cara": MemberEntry(display_name="Cara", roles=["comms"]),
          "dee": MemberEntry(display_name="Dee", roles=["comms", "reviewer"]),
          "eve": MemberEntry(display_name="Eve")}
ROUTES = [{"tags": ["press"], "channels": ["email"], "approvals": 2, "from_role": "comms"},
          {"tags": ["vip"], "approvals": 1, "only_roles": ["comms"]}]


@pytest.fixture
def routed(make_service):
    """The core with two routes: press by email needs 2 approvals, one from comms; a vip
    contact needs one from comms, and no one else's counts."""
    service = make_service(Policy(members=ROSTER, workflow={"routes": ROUTES}))
    service.update_contact("local", "ana", "@liz", interests=["Press", "music"])
    service.update_contact("local", "ana", "@bob", interests=["vip"])
    service.update_contact("local", "ana", "@kim", interests=["music"])
    return service


def submit(service, to="@liz", via="email"):
    return service.submit("local", "ana", to, READY.replace("Liz", to[1:].title()),
                          channel=via).pitch.id


def test_press_by_email_waits_for_two_approvals_one_from_comms(routed):
    pid = submit(routed)
    assert routed.show("local", pid).approval_needs == \
        "Needs 2 approvals, at least 1 from comms: 2 more, at least 1 from comms."
    first = routed.approve("local", pid, "ben")
    second = routed.approve("local", pid, "eve")
    # Two approvals, neither from comms: it still waits for comms.
    assert (first.message, second.pitch.state) == (f"Approved pitch #{pid}.", "pending")
    assert second.pitch.approval_needs == \
        "Needs 2 approvals, at least 1 from comms: 1 more, from comms."
    assert (second.pitch.approvals_have, second.pitch.approvals_needed) == (1, 2)
    done = routed.approve("local", pid, "cara")
    assert done.pitch.state == "sendable"
    assert [(n.member, n.kind) for n in done.notices] == [("ana", "sendable")]
    # Sendable: nothing is waiting on review, so the report says no more about approvals.
    assert (done.pitch.approval_needs, done.pitch.approvals_have) == ("", 2)


def test_an_open_change_request_holds_it_with_all_approvals_in(routed):
    pid = submit(routed)
    routed.request_changes("local", pid, "ben", "Name her paper")
    routed.approve("local", pid, "cara")
    held = routed.approve("local", pid, "eve").pitch
    assert held.state == "changes_requested"
    assert held.approval_needs == "Needs 2 approvals, at least 1 from comms: none more needed."


def test_the_comms_approval_withdrawn_puts_it_back_to_pending(routed):
    pid = submit(routed)
    routed.approve("local", pid, "cara")
    assert routed.approve("local", pid, "ben").pitch.state == "sendable"
    back = routed.withdraw_approval("local", pid, "cara")
    assert back.pitch.state == "pending"
    assert back.pitch.approval_needs.endswith(": 1 more, from comms.")


def test_an_approval_outside_only_roles_is_recorded_but_does_not_count(routed):
    pid = submit(routed, "@bob", "dm")
    result = routed.approve("local", pid, "ben")
    assert result.changed and result.pitch.state == "pending"
    assert result.message == (f"Recorded your approval of pitch #{pid}, but it doesn't count: "
                              "a pitch to vip contacts needs approvals from comms.")
    assert [(a.member, a.counts) for a in result.pitch.approvals] == [("ben", False)]
    assert [e.kind for e in result.pitch.history][-1] == "approved"
    assert result.pitch.approval_needs == "Needs 1 approval from comms: 1 more, from comms."
    done = routed.approve("local", pid, "dee")
    assert (done.message, done.pitch.state) == (f"Approved pitch #{pid}.", "sendable")
    assert [(a.member, a.counts) for a in done.pitch.approvals] == [("ben", False), ("dee", True)]


def test_a_pitch_no_route_matches_follows_the_workflow_settings(routed):
    for to, via in (("@kim", "email"), ("@liz", "dm")):
        pid = submit(routed, to, via)
        assert routed.show("local", pid).approval_needs == "Needs 1 approval: 1 more."
        assert routed.approve("local", pid, "eve").pitch.state == "sendable"


def test_reviewers_only_still_refuses_off_route_and_a_route_says_who_counts(make_service):
    service = make_service(Policy(members=ROSTER,
                                  workflow={"reviewers_only": True, "routes": ROUTES}))
    service.update_contact("local", "ana", "@bob", interests=["vip"])
    plain = submit(service, "@kim")
    with pytest.raises(NotAllowed, match="only members with the reviewer role"):
        service.approve("local", plain, "cara")
    assert service.show("local", plain).approval_needs == \
        "Needs 1 approval from reviewers: 1 more."
    # The vip route counts comms approvals, reviewer or not.
    vip = submit(service, "@bob")
    assert service.approve("local", vip, "cara").pitch.state == "sendable"


def test_the_author_cannot_approve_under_a_route_either(make_service):
    roster = {**ROSTER, "ana": MemberEntry(roles=["comms"])}
    service = make_service(Policy(members=roster, workflow={"routes": ROUTES}))
    service.update_contact("local", "ana", "@bob", interests=["vip"])
    pid = submit(service, "@bob")
    with pytest.raises(NotAllowed, match="your own pitch"):
        service.approve("local", pid, "ana")


def test_the_authors_desk_says_whose_approval_is_still_needed(routed):
    pid = submit(routed)
    routed.approve("local", pid, "ben")
    routed.approve("local", pid, "eve")
    pending = routed.home("local", "ana").pitches[0]
    assert (pending.key, pending.items[0].needs) == (
        "pending", "waiting for approval (1 of 2): 1 more, from comms")
    plain = submit(routed, "@kim")
    needs = {p.id: p.needs for p in routed.home("local", "ana").pitches[0].items}
    assert needs[plain] == "waiting for a teammate's approval (0 of 1)"


def test_a_pitch_waits_on_the_desks_of_those_whose_approval_counts(routed):
    vip = submit(routed, to="@bob")
    press = submit(routed)

    def waiting(member):
        return sorted(p.id for p in routed.home("local", member).reviews.items)
    # Only comms approvals count for a vip contact: Ben and Eve have nothing to do there.
    assert waiting("cara") == waiting("dee") == sorted([vip, press])
    assert waiting("ben") == waiting("eve") == [press]
