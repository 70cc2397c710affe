"""Every /review-pitch subcommand, answered privately, with the report kept in step."""

from __future__ import annotations

from .conftest import ANA, BEN, CARA, GOOD, GUILD, field, unescape

TEAM = f"discord:{GUILD}"
COLD_ASK = "Hi Liz, please share our ebook with your followers"


async def test_the_group_is_registered_with_every_subcommand(rig):
    (command,) = rig.server.commands[GUILD]
    names = {o["name"] for o in command["options"]}
    assert names == {"submit", "revise", "approve", "request-changes", "withdraw", "sent",
                     "outcome", "show", "list", "log", "contact", "leaderboard", "setup", "home",
                     "help"}
    assert command["contexts"] == [0] and command["dm_permission"] is False  # a guild is a team
    # Installed by a server only: a member's own install of the app belongs to no team.
    (sync,) = rig.server.calls_to("PUT", rf"/applications/\d+/guilds/{GUILD}/commands")
    assert [c["integration_types"] for c in sync.json] == [[0]]
    setup = next(o for o in command["options"] if o["name"] == "setup")
    (channel,) = setup["options"]
    assert (channel["type"], channel["channel_types"], channel["required"]) == (7, [0, 5], False)


async def test_help_list_and_show(rig):
    (help_,) = await rig.ask(ANA, "help")
    assert help_.ephemeral and "/review-pitch revise ID" in unescape(help_.embeds[0]["description"])
    await rig.submit(ANA)
    (listed,) = await rig.ask(BEN, "list")
    assert "**#1** @liz · Pending review · Ready" in listed.embeds[0]["description"]
    (none,) = await rig.ask(BEN, "list", state="sendable")
    assert none.embeds[0]["title"] == "Pitches · Sendable"
    assert "No pitches in this state" in none.embeds[0]["description"]
    (shown,) = await rig.ask(BEN, "show", pitch=1)
    assert shown.ephemeral and shown.embeds[0]["title"] == "Pitch #1 to @liz"
    (missing,) = await rig.ask(BEN, "show", pitch=99)
    assert unescape(missing.content) == "⚠️ there is no pitch #99 on this team"
    rig.server.assert_clean()


async def test_log_and_contact(rig):
    (logged,) = await rig.ask(ANA, "log", handle="@liz", kind="met", note="coffee at the meetup")
    assert unescape(logged.content).startswith("Logged met with @liz.")
    assert "Stage: **earned**" in logged.embeds[0]["description"]
    (updated,) = await rig.ask(ANA, "contact", handle="liz", interests="running, trails",
                               prefers="email")
    assert "Interests: running, trails" in updated.embeds[0]["description"]
    (seen,) = await rig.ask(BEN, "contact", handle="@liz")
    assert "Prefers: email" in seen.embeds[0]["description"]
    await rig.ask(BEN, "contact", handle="@liz", do_not_contact=True)
    (refused,) = await rig.ask(BEN, "contact", handle="@liz", do_not_contact=False)
    assert unescape(refused.content) == "⚠️ only an admin can lift a do-not-contact mark"
    # The guild owner is an administrator on Discord, so an admin in Rapport.
    (lifted,) = await rig.ask(ANA, "contact", handle="@liz", do_not_contact=False)
    assert "do not contact" not in lifted.embeds[0]["description"]
    (history,) = await rig.ask(BEN, "contact", handle="@liz", history=True)
    (record,) = [unescape(f["value"]) for f in history.embeds[0]["fields"]
                 if f["name"] == "History"]
    assert "coffee at the meetup" in record and "marked do-not-contact" in record
    assert "do-not-contact lifted" in record
    rig.server.assert_clean()


async def test_approve_needs_an_override_reason_past_an_error(rig):
    pid, report = await rig.submit(ANA, text=COLD_ASK)
    assert field(report, "✖ stranger-pitch")
    (refused,) = await rig.ask(BEN, "approve", pitch=pid)
    refusal = unescape(refused.content)
    assert "blocks approval" in refusal and "override reason" in refusal
    (approved,) = await rig.ask(BEN, "approve", pitch=pid, override="She asked us for it")
    assert unescape(approved.content) == f"Approved pitch #{pid}."
    (report,) = rig.reports()
    assert "override: She asked us for it" in field(report, "Approvals 1/1")
    (own,) = await rig.ask(ANA, "approve", pitch=pid)
    assert unescape(own.content) == "⚠️ you can't approve your own pitch: a teammate must"
    rig.server.assert_clean()


async def test_request_changes_then_revise_tells_each_side(rig):
    pid, _ = await rig.submit(ANA)
    (asked,) = await rig.ask(BEN, "request-changes", pitch=pid, comment="Mention her race report")
    assert unescape(asked.content) == f"Requested changes on pitch #{pid}."
    (report,) = rig.reports()
    assert "**Changes requested**" in report.embeds[0]["description"]
    assert "Mention her race report" in field(report, "Approvals")
    (to_author,) = rig.notices()
    assert unescape(to_author.content).startswith(f"<@{ANA}> Ben asked for changes")
    assert to_author.allowed_mentions["users"] == [ANA]

    (revised,) = await rig.ask(ANA, "revise", pitch=pid,
                               text="Hi Liz, your race report was great. Open to a call?")
    assert unescape(revised.content).startswith(f"Pitch #{pid} is now at revision 2")
    (report,) = rig.reports()
    assert "revision 2" in report.embeds[0]["description"]
    assert "(outdated)" in field(report, "Approvals")
    to_reviewer = rig.notices()[-1]
    assert unescape(to_reviewer.content) == f"<@{BEN}> Pitch #{pid} was revised after your request."
    assert to_reviewer.allowed_mentions["users"] == [BEN]
    rig.server.assert_clean()


async def test_withdraw_takes_the_buttons_away(rig):
    pid, report = await rig.submit(ANA)
    (refused,) = await rig.ask(BEN, "withdraw", pitch=pid)
    assert unescape(refused.content) == f"⚠️ only the author of pitch #{pid} can withdraw it"
    (done,) = await rig.ask(ANA, "withdraw", pitch=pid)
    assert unescape(done.content) == f"Withdrew pitch #{pid}."
    (report,) = rig.reports()
    assert "**Withdrawn**" in report.embeds[0]["description"] and report.components == []
    rig.server.assert_clean()


async def test_sent_and_outcome(rig):
    pid, report = await rig.submit(ANA)
    (early,) = await rig.ask(ANA, "sent", pitch=pid)
    assert "not sendable: it needs approval" in unescape(early.content)
    await rig.react(CARA, report)
    (sent,) = await rig.ask(ANA, "sent", pitch=pid)
    assert unescape(sent.content) == f"Marked pitch #{pid} as sent."
    (outcome,) = await rig.ask(ANA, "outcome", pitch=pid, outcome="replied")
    assert unescape(outcome.content) == f"Recorded replied for pitch #{pid}."
    (report,) = rig.reports()
    assert "**Replied**" in report.embeds[0]["description"]
    assert rig.service.show(TEAM, pid).outcome == "replied"
    rig.server.assert_clean()


async def test_leaderboard(rig):
    (board,) = await rig.ask(ANA, "leaderboard")
    assert board.ephemeral and unescape(board.content).startswith("Relationship leaderboard")
    assert board.embeds
    rig.server.assert_clean()


async def test_submit_and_revise_open_prefilled_forms(rig):
    opened = await rig.command(ANA, "submit", to="@liz", via="dm")
    inputs = {c["component"]["custom_id"]: c["component"] for c in opened.modal["components"]}
    assert inputs["recipient"]["value"] == "@liz"
    assert [o["value"] for o in inputs["channel"]["options"] if o.get("default")] == ["dm"]
    pid, _ = await rig.submit(ANA)
    revise = await rig.command(ANA, "revise", pitch=pid)
    assert revise.modal["components"][0]["component"]["value"] == GOOD
    rig.server.assert_clean()


async def test_the_report_says_the_next_step_with_the_recipient(rig):
    """The coach's advice sits with what the team knows: a stranger is read first."""
    _, report = await rig.submit(ANA)
    assert "Next step: **observe**" in field(report, "What the team knows about @liz")
    rig.server.assert_clean()
