"""The whole journey: submit in the form, findings, a teammate's ✅, sendable, author told."""

from __future__ import annotations

from bot.views import ReportRef

from .conftest import ANA, BEN, BOT, GUILD, REVIEW, field, unescape

TEAM = f"discord:{GUILD}"
# Warm and engagement-first, but a generic greeting: one warning, no error.
HI_THERE = ("Hi there, your trail running post was great. What got you into ultras? "
            "Thanks")


async def test_submit_review_approve_and_tell_the_author(rig):
    server = rig.server
    opened = await rig.command(ANA, "submit")
    assert opened.response_name == "MODAL"
    form = await server.submit_modal(ANA, opened.modal["custom_id"], {
        "recipient": "@Liz", "channel": ["email"], "topic": "running", "message": HI_THERE})
    (private,) = await form.wait_followups()
    assert private.ephemeral and "Submitted pitch #1" in unescape(private.content)
    assert f"/channels/{GUILD}/{REVIEW}/" in unescape(private.content)  # a link to the report

    (report,) = rig.reports()
    embed = report.embeds[0]
    assert embed["title"] == "Pitch #1 to @liz"
    assert "Pending review" in embed["description"] and "Needs work" in embed["description"]
    finding = field(report, "▲ impersonal")
    assert "**Why:**" in finding and "**Fix:**" in finding
    assert "Stage: **stranger**" in field(report, "What the team knows about @liz")
    assert report.custom_ids == ["rapport:approve:1:r1", "rapport:changes:1:r1",
                                 "rapport:revise:1:r1"]
    # The bot seeds the reactions reviewers click; Discord echoes them back and they are ignored.
    assert report.reactions == {"✅": [BOT], "🔁": [BOT]}
    shown = rig.service.show(TEAM, ReportRef("discord", str(REVIEW), str(report.id)))
    assert shown.id == 1  # the report is where reactions find their pitch

    # The author's own ✅ changes nothing: the core refuses it, and the author is told, as on
    # Slack (a reply to the report that mentions only them).
    await rig.react(ANA, report)
    assert rig.service.show(TEAM, 1).state == "pending"
    (refused,) = rig.notices()
    assert "can't approve your own pitch" in unescape(refused.content)
    assert refused.allowed_mentions["users"] == [ANA]

    edits = server.mark()
    await rig.react(BEN, report)
    await server.wait_for_call("PATCH", rf"/channels/{REVIEW}/messages/{report.id}", after=edits)
    (report,) = rig.reports()
    assert "**Sendable**" in report.embeds[0]["description"]
    assert field(report, "Approvals 1/1") == f"✔ <@{BEN}>"
    assert rig.service.show(TEAM, 1).state == "sendable"

    (_, told) = rig.notices()
    assert unescape(told.content) == f"<@{ANA}> Pitch #1 is approved and sendable."
    assert told.allowed_mentions["users"] == [ANA] and told.allowed_mentions["parse"] == []
    assert told.message_reference["message_id"] == report.id
    assert server.identified_intents == 1025  # guilds + guild reactions, nothing privileged
    server.assert_clean()
