"""Routing by audience on Slack: the report says who may approve and how many more are needed,
and an approval the route does not count is marked on it and explained to its giver."""

import pytest

from bot.policy import MemberEntry, Policy

from .conftest import BOB, CARA, header, texts
from .test_buttons import click

TEAM = "slack:T0TEAM"
WARM = "Hi Liz, I loved your post on sourdough. What do you think of rye?"
# Press contacts by email need two approvals, one from comms; nobody else's counts for a vip.
ROUTES = [{"tags": ["press"], "channels": ["email"], "approvals": 2, "from_role": "comms"},
          {"tags": ["vip"], "approvals": 1, "only_roles": ["comms"]}]


@pytest.fixture
def service(make_service):
    """The core as chat surfaces use it, Cara (by her Slack id) in the comms role."""
    return make_service(Policy(members={CARA: MemberEntry(roles=["comms"])},
                               workflow={"routes": ROUTES}), auto_enrol=True)


def test_the_report_says_how_many_more_approvals_and_from_whom(slack, service):
    service.update_contact(TEAM, BOB, "@liz", interests=["press"])
    report = slack.submit(WARM)
    assert "Needs 2 approvals, at least 1 from comms: 2 more, at least 1 from comms." in \
        texts(report.post)
    slack.react(BOB, report.ts)
    update = slack.update(report.pitch_id, "1 more, from comms.")
    assert header(update) == "Pitch #1 · Pending review"
    assert "*approvals:* 1/2" in texts(update)
    slack.react(CARA, report.ts)
    done = texts(slack.update(report.pitch_id, "Sendable"))
    assert "*approvals:* 2/2" in done and "Needs 2 approvals" not in done


def test_an_approval_that_does_not_count_is_marked_and_explained(slack, service):
    service.update_contact(TEAM, BOB, "@liz", interests=["vip"])
    report = slack.submit(WARM, via="dm")
    assert "Needs 1 approval from comms: 1 more, from comms." in texts(report.post)
    name = click(slack, BOB, report, "approve")
    assert texts(slack.answer(name)) == ("Recorded your approval of pitch #1, but it doesn't "
                                         "count: a pitch to vip contacts needs approvals from "
                                         "comms.")
    marked = slack.update(report.pitch_id, "bob _(recorded, doesn't count)_")
    assert header(marked) == "Pitch #1 · Pending review"
    slack.react(CARA, report.ts)
    slack.update(report.pitch_id, "Sendable")


def test_a_reaction_the_route_does_not_count_is_explained_privately(slack, service, mock):
    service.update_contact(TEAM, BOB, "@liz", interests=["vip"])
    report = slack.submit(WARM, via="dm")
    slack.react(BOB, report.ts)
    told = slack.ephemeral(BOB, "doesn't count")
    assert texts(told) == ("Recorded your approval of pitch #1, but it doesn't count: a pitch "
                           "to vip contacts needs approvals from comms.")
    slack.update(report.pitch_id, "bob _(recorded, doesn't count)_")
