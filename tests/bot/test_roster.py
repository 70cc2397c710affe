"""The roster in the policy file is the truth on every command: roles and membership
taken out of it are gone from the next command on."""

from __future__ import annotations

import pytest

from bot.errors import NotAllowed, NotFound
from bot.policy import MemberEntry, Policy

READY = "Liz, loved your post on community building. What got you started?"


def roster(**members) -> Policy:
    """A policy listing these members with these roles; reviewers only may approve."""
    return Policy(members={k: MemberEntry(roles=r) for k, r in members.items()},
                  workflow={"reviewers_only": True})


@pytest.mark.parametrize("auto_enrol", [False, True], ids=["cli", "chat"])
def test_an_admin_role_taken_away_can_no_longer_lift_do_not_contact(make_service, auto_enrol):
    before = make_service(roster(ana=[], cara=["admin"]), auto_enrol=auto_enrol)
    before.update_contact("local", "ana", "@liz", do_not_contact=True)
    before.update_contact("local", "cara", "@liz", do_not_contact=False)
    before.update_contact("local", "ana", "@liz", do_not_contact=True)
    after = make_service(roster(ana=[], cara=[]), auto_enrol=auto_enrol)
    with pytest.raises(NotAllowed, match="only an admin"):
        after.update_contact("local", "cara", "@liz", do_not_contact=False)


@pytest.mark.parametrize("auto_enrol", [False, True], ids=["cli", "chat"])
def test_a_reviewer_role_taken_away_can_no_longer_approve(make_service, auto_enrol):
    before = make_service(roster(ana=[], ben=["reviewer"]), auto_enrol=auto_enrol)
    first = before.submit("local", "ana", "@liz", READY).pitch.id
    second = before.submit("local", "ana", "@bob", READY).pitch.id
    before.approve("local", first, "ben")
    after = make_service(roster(ana=[], ben=[]), auto_enrol=auto_enrol)
    with pytest.raises(NotAllowed, match="reviewer role"):
        after.approve("local", second, "ben")


def test_a_member_removed_from_the_cli_roster_can_no_longer_act(make_service):
    before = make_service(roster(ana=[], cara=["admin", "reviewer"]))
    pid = before.submit("local", "ana", "@liz", READY).pitch.id
    before.update_contact("local", "cara", "@bob", do_not_contact=True)
    after = make_service(roster(ana=[]))
    for act in (lambda: after.approve("local", pid, "cara"),
                lambda: after.update_contact("local", "cara", "@bob", do_not_contact=False)):
        with pytest.raises(NotFound, match="unknown member 'cara'"):
            act()


def test_a_platform_admin_stays_admin_without_the_roster(make_service):
    """On chat the platform's own admins (workspace or server administrators) are admins."""
    chat = make_service(roster(), auto_enrol=True)
    chat.enrol("local", "U1", "Dee", is_admin=True)
    chat.update_contact("local", "U1", "@liz", do_not_contact=True)
    assert chat.update_contact("local", "U1", "@liz", do_not_contact=False).changed
    chat.enrol("local", "U1", "Dee", is_admin=False)
    chat.update_contact("local", "U1", "@liz", do_not_contact=True)
    with pytest.raises(NotAllowed, match="only an admin"):
        chat.update_contact("local", "U1", "@liz", do_not_contact=False)
