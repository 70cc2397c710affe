"""Nobody gets pinged by a pitch, everything fits Discord's limits, and nothing is lost."""

from __future__ import annotations

import time

import pytest

from .conftest import ANA, BEN, BOT, GUILD, REVIEW, ROLE, unescape
from .faults import Faults

TEAM = f"discord:{GUILD}"
PINGS = f"@everyone @here <@&{ROLE}> <@{BEN}> <@!{BEN}>"


def bot_messages(server):
    """Every message the bot posted or edited, ephemeral ones included."""
    return [m for m in server.messages.values() if m.author.id == BOT]


async def test_a_pitch_full_of_mentions_pings_nobody(rig):
    text = f"Hi Liz {PINGS}, your race report was great. Open to a call? Thanks"
    pid, report = await rig.submit(ANA, text=text, topic="@everyone")
    await rig.ask(BEN, "show", pitch=pid)
    await rig.ask(BEN, "request-changes", pitch=pid, comment=f"Drop the {PINGS}")
    await rig.ask(ANA, "revise", pitch=pid, text=f"Hi Liz, {PINGS} thanks for the race report")
    await rig.ask(BEN, "list")

    server = rig.server
    messages = bot_messages(server)
    assert len(messages) >= 6
    for message in messages:
        # Mentions in user text are broken for display, and nothing could parse them anyway.
        assert message.mentioned()["everyone"] is False and ROLE not in message.mentioned()["roles"]
        am = message.allowed_mentions
        assert am is not None and am.get("parse") == [] and not am.get("roles")
        assert am.get("users", []) in ([], [ANA], [BEN])  # a notice names exactly one member
    for message in rig.notices():
        assert message.mentioned()["users"] == message.allowed_mentions["users"]
    assert "@\u200beveryone" in report.embeds[0]["description"]
    for call in server.calls:
        body = call.message_body
        if body is not None and body.get("allowed_mentions") is None:
            pytest.fail(f"{call} sent no allowed_mentions: Discord would parse every mention")
    server.assert_clean()


async def test_a_long_pitch_fits_the_report_and_show_gives_all_of_it(rig):
    # 4,000 characters heavy in markdown, so escaping roughly doubles it on display.
    text = ("Hi Liz, *your* _race_ report [was] `great` > #1 ~ | - \\ " * 80)[:4000]
    pid, report = await rig.submit(ANA, text=text)
    description = report.embeds[0]["description"]
    assert len(description) <= 4096 and "Clipped for display" in description
    shown = await rig.ask(BEN, "show", pitch=pid, count=3)
    assert shown[0].embeds[0]["title"] == f"Pitch #{pid} to @liz"
    pieces = [m.embeds[0] for m in shown[1:]]
    assert [p["title"] for p in pieces] == [f"Pitch #{pid} — full text ({n}/2)" for n in (1, 2)]
    assert unescape("".join(p["description"] for p in pieces)) == text
    rig.server.assert_clean()  # the fake refuses any embed or content over Discord's limits


async def test_many_findings_and_long_history_stay_within_6000(rig):
    text = ("Dear blogger, please RT and share my ebook ASAP!!! https://x.y/z "
            "BUY NOW, sign up, follow us and vote, last chance, you must! " * 30)[:3900]
    pid, report = await rig.submit(ANA, to="@liz", text=text, via="public-mention")
    for n in range(6):
        await rig.ask(BEN, "request-changes", pitch=pid, comment=f"Round {n}: " + "x" * 900)
        await rig.ask(ANA, "revise", pitch=pid, text=f"{text[:3800]} v{n}")
    (report,) = rig.reports()
    assert len(report.embeds[0]["fields"]) >= 8
    rig.server.assert_clean()


async def test_the_form_holds_at_most_4000_characters(rig):
    opened = await rig.command(ANA, "submit")
    message_input = next(c["component"] for c in opened.modal["components"]
                         if c["component"]["custom_id"] == "message")
    assert message_input["max_length"] == 4000
    with pytest.raises(ValueError, match="length must be in"):
        await rig.server.submit_modal(ANA, opened.modal["custom_id"], {
            "recipient": "@liz", "channel": ["email"], "message": "x" * 4001})
    with pytest.raises(ValueError, match="length must be in"):
        await rig.command(ANA, "revise", pitch=1, text="x" * 4001)
    assert rig.service.list_pitches(TEAM) == []


async def test_slow_core_still_answers_inside_the_deadline(rig, monkeypatch):
    pid, report = await rig.submit(ANA)
    rig.server.interaction_deadline = 0.3
    slow_approve = rig.service.approve

    def approve(*args, **kwargs):
        time.sleep(0.6)  # a slow database: longer than the deadline
        return slow_approve(*args, **kwargs)

    monkeypatch.setattr(rig.service, "approve", approve)
    ix = await rig.server.click_button(BEN, report.id, f"rapport:approve:{pid}:r1")
    assert (await ix.response())["type"] == 5  # deferred at once
    (answer,) = await ix.wait_followups()
    assert unescape(answer.content) == f"Approved pitch #{pid}."
    rig.server.assert_clean()


async def test_duplicate_interaction_delivery_changes_nothing(rig):
    pid, _ = await rig.submit(ANA)
    ix = await rig.command(BEN, "request-changes", pitch=pid, comment="One thing")
    await ix.wait_followups()
    await rig.server.dispatch("INTERACTION_CREATE", ix.payload)
    await rig.server.wait_for_call("POST", rf"/interactions/{ix.id}/.*/callback",
                                   predicate=lambda c: c.status == 400)
    assert len(rig.service.show(TEAM, pid).change_requests) == 1
    assert [v.rule for v in rig.server.violations] == ["already-acknowledged"]
    assert len(rig.notices()) == 1


async def test_a_configured_channel_of_another_server_is_never_used(rig):
    rig.review_channel = 900_000_000_000_009_999  # a channel id from some other server
    await rig.restart()
    ix = await rig.command(ANA, "submit")
    # Refused before the form opens: the member types nothing that would be thrown away.
    assert ix.modal is None and ix.original.ephemeral
    assert unescape(ix.original.content).startswith("⚠️ This server has no review channel yet")
    assert rig.service.list_pitches(TEAM) == []
    assert rig.server.calls_to("POST", r"/channels/\d+/messages") == []
    rig.server.assert_clean()


async def test_a_report_discord_refuses_is_kept_and_the_author_told(rig):
    Faults(rig.server).fail("POST", rf"/channels/{REVIEW}/messages", 403)
    opened = await rig.command(ANA, "submit")
    done = await rig.server.submit_modal(ANA, opened.modal["custom_id"], {
        "recipient": "@liz", "channel": ["email"], "message": "Hi Liz, loved the race report"})
    (private,) = await done.wait_followups()
    assert f"could not post the report in <#{REVIEW}>" in unescape(private.content)
    assert private.embeds[0]["title"] == "Pitch #1 to @liz"  # the author still sees it
    assert rig.service.show(TEAM, 1).state == "pending"  # nothing lost
    assert rig.reports() == []


async def test_a_refused_form_hands_the_text_back(rig):
    opened = await rig.command(ANA, "submit")
    text = "Hi Liz, *loved* your race report. Open to a call?"
    done = await rig.server.submit_modal(ANA, opened.modal["custom_id"], {
        "recipient": "@", "channel": ["email"], "message": text})
    refusal, kept = await done.wait_followups(2)
    assert unescape(refusal.content) == "⚠️ say who the pitch is for: a handle like @liz"
    assert kept.ephemeral and unescape(kept.embeds[0]["description"]) == text
    assert rig.service.list_pitches(TEAM) == [] and rig.reports() == []
    rig.server.assert_clean()
