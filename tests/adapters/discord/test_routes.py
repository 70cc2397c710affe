"""Routing by audience on Discord: the report says who may approve and how many more are
needed, and an approval the route does not count is marked on it and explained to its giver."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio

from bot.policy import MemberEntry, Policy

from .conftest import ANA, BEN, CARA, GUILD, Rig, field, one_guild, running, unescape
from .test_buttons import click

TEAM = f"discord:{GUILD}"
# A vip contact needs one approval from comms; nobody else's counts.
ROUTES = [{"tags": ["vip"], "approvals": 1, "only_roles": ["comms"]}]


@pytest_asyncio.fixture
async def rig(make_service) -> AsyncIterator[Rig]:
    """The fake Discord with Rapport's bot, Cara (by her Discord id) in the comms role."""
    service = make_service(Policy(members={str(CARA): MemberEntry(roles=["comms"])},
                                  workflow={"routes": ROUTES}), auto_enrol=True)
    service.update_contact(TEAM, str(ANA), "@liz", interests=["VIP"])
    async with running(one_guild(), service) as started:
        yield started


async def test_the_report_says_who_may_approve_and_marks_an_approval_that_does_not_count(rig):
    pid, report = await rig.submit(ANA)
    assert "Needs 1 approval from comms: 1 more, from comms." in \
        unescape(field(report, "Approvals 0/1"))
    ix = await click(rig, BEN, report, "approve", pid)
    (answer,) = await ix.wait_followups()
    assert unescape(answer.content) == (f"Recorded your approval of pitch #{pid}, but it "
                                        "doesn't count: a pitch to vip contacts needs approvals "
                                        "from comms.")
    (report,) = rig.reports()
    approvals = unescape(field(report, "Approvals 0/1"))
    assert "(recorded, doesn't count)" in approvals and "1 more, from comms." in approvals
    await rig.react(CARA, report)
    (report,) = rig.reports()
    assert "**Sendable**" in report.embeds[0]["description"]
    assert "Needs" not in field(report, "Approvals 1/1")
    rig.server.assert_clean()


async def test_a_reaction_the_route_does_not_count_is_explained_to_its_giver(rig):
    pid, report = await rig.submit(ANA)
    await rig.react(BEN, report)
    await rig.react(BEN, report, adding=False)
    await rig.react(BEN, report)  # the same ✅ again: told once per revision
    told = [m for m in rig.notices() if "doesn't count" in m.content]
    assert len(told) == 1
    assert unescape(told[0].content) == (f"<@{BEN}> Recorded your approval of pitch #{pid}, but "
                                         "it doesn't count: a pitch to vip contacts needs "
                                         "approvals from comms.")
    assert told[0].allowed_mentions["users"] == [BEN]
    assert rig.service.show(TEAM, pid).state == "pending"
    rig.server.assert_clean()
