"""Pending-review reminders: once per pitch, and the backup reviewers (policy) they ask."""

import pytest

from bot.policy import Policy, WorkflowPolicy
from tests.conftest import ROSTER

READY = "Liz, loved your post on community building. What got you started? Cheers, Ana"


def asked_after(make_service, clock, backups, acts=()):
    """Who the reminder asks, for a pitch of ana's two approvals are needed for, after `acts`."""
    service = make_service(Policy(members=ROSTER, workflow=WorkflowPolicy(
        approvals_needed=2, backup_reviewers=backups)))
    pid = service.submit("local", "ana", "@liz", READY).pitch.id
    for act, who in acts:
        if act == "approve":
            service.approve("local", pid, who)
        else:
            service.request_changes("local", pid, who, "shorter, please")
    clock.advance(hours=49)
    return [(a.key, a.name) for due in service.due_reminders() for a in due.ask]


@pytest.mark.parametrize(("backups", "acts", "asked"), [
    ([], (), []),
    (["ben"], (), [("ben", "Ben")]),
    # The author is never asked to review their own pitch.
    (["ana", "ben"], (), [("ben", "Ben")]),
    # Named once, however often the policy lists them.
    (["ben", "cara", "ben"], (), [("ben", "Ben"), ("cara", "Cara")]),
    # One who already approved it is not asked again.
    (["ben", "cara"], (("approve", "ben"),), [("cara", "Cara")]),
    # One who never used Rapport is asked by their key.
    (["U0DAN"], (), [("U0DAN", "U0DAN")]),
])
def test_the_reminder_asks_the_backup_reviewers_who_may_and_have_not_reviewed(
        make_service, clock, backups, acts, asked):
    assert asked_after(make_service, clock, backups, acts) == asked


def test_a_pitch_with_changes_requested_gets_no_reminder(make_service, clock):
    # Only pending pitches wait for a reviewer; one held by a change request waits for its
    # author.
    assert asked_after(make_service, clock, ["ben", "cara"], (("changes", "ben"),)) == []


def test_nothing_is_approved_by_the_reminder(make_service, clock):
    service = make_service(Policy(members=ROSTER, workflow=WorkflowPolicy(
        backup_reviewers=["ben"])))
    pid = service.submit("local", "ana", "@liz", READY).pitch.id
    clock.advance(hours=49)
    [due] = service.due_reminders()
    assert due.pitch.id == pid and service.show("local", pid).state == "pending"
    assert service.due_reminders() == []  # once, ever
