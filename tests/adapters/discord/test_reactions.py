"""✅ approves, 🔁 asks for changes, removing ✅ withdraws; the rest is ignored."""

from __future__ import annotations

from .conftest import ANA, BEN, CARA, GUILD, HELPER, REVIEW, field, unescape

TEAM = f"discord:{GUILD}"


async def test_removing_the_tick_withdraws_the_approval(rig):
    pid, report = await rig.submit(ANA)
    await rig.react(BEN, report)
    assert rig.service.show(TEAM, pid).state == "sendable"
    await rig.react(BEN, report, adding=False)
    pitch = rig.service.show(TEAM, pid)
    assert pitch.state == "pending" and pitch.approvals == ()
    (report,) = rig.reports()
    assert "**Pending review**" in report.embeds[0]["description"]
    assert "approval withdrawn by Ben" in field(report, "History")
    rig.server.assert_clean()


async def test_the_refresh_reaction_asks_for_changes(rig):
    pid, report = await rig.submit(ANA)
    await rig.react(CARA, report, "🔁")
    pitch = rig.service.show(TEAM, pid)
    assert pitch.state == "changes_requested" and pitch.change_requests[0].member == str(CARA)
    assert unescape(rig.notices()[0].content).startswith(f"<@{ANA}> Cara asked for changes")
    rig.server.assert_clean()


async def test_redelivered_reaction_events_change_nothing(rig):
    pid, report = await rig.submit(ANA)
    steps = (("🔁", True, 1), ("✅", True, 2), ("✅", False, 3))
    for emoji, adding, events_after in steps:
        await rig.react(BEN, report, emoji, adding=adding)
        # Discord redelivers an event after a resume: the second copy must change nothing.
        data = rig.server.reaction_event(rig.server.members[BEN], report, emoji, adding=adding)
        kind = "MESSAGE_REACTION_ADD" if adding else "MESSAGE_REACTION_REMOVE"
        await rig.replay(kind, data)
        pitch = rig.service.show(TEAM, pid)
        assert len(pitch.history) == 1 + events_after
    assert len(pitch.change_requests) == 1 and pitch.approvals == ()
    rig.server.assert_clean()


async def test_bots_other_messages_and_other_emoji_are_ignored(rig):
    pid, report = await rig.submit(ANA)
    # The bot has no message intent: the post is made, the event never reaches it.
    chatter = await rig.server.user_message(BEN, REVIEW, "Looks good to me", strict=False)
    assert rig.server.refused_events[-1][0] == "MESSAGE_CREATE"
    await rig.react(HELPER, report)           # another bot
    await rig.react(BEN, chatter)             # not a report
    await rig.react(BEN, report, "👍")         # not one of Rapport's reactions
    await rig.react(BEN, report, "🔁")
    await rig.react(BEN, report, "🔁", adding=False)  # taking back 🔁 reopens nothing
    pitch = rig.service.show(TEAM, pid)
    assert pitch.approvals == () and pitch.state == "changes_requested"
    assert [e.kind for e in pitch.history] == ["submitted", "changes_requested"]
    rig.server.assert_clean()


async def test_a_refused_tick_is_explained_to_the_reviewer_only(rig):
    pid, report = await rig.submit(ANA, text="Hi Liz, please share our ebook with your followers")
    await rig.react(BEN, report)
    assert rig.service.show(TEAM, pid).state == "pending"
    (told,) = rig.notices()
    assert unescape(told.content).startswith(f"<@{BEN}> your ✅ on pitch #{pid} changed nothing")
    assert "override reason" in told.content and told.allowed_mentions["users"] == [BEN]
    rig.server.assert_clean()


async def test_a_tick_costs_two_transactions_and_none_on_a_members_message(rig, monkeypatch):
    pid, report = await rig.submit(ANA)
    await rig.ask(BEN, "list")  # Ben is known to the team from here on
    chatter = await rig.server.user_message(BEN, REVIEW, "Looks good to me", strict=False)
    transactions = []
    real = rig.service.transaction
    monkeypatch.setattr(rig.service, "transaction",
                        lambda *args, **kwargs: transactions.append(1) or real(*args, **kwargs))
    await rig.react(CARA, chatter)  # a member's own message: not the bot's, not looked up
    assert transactions == []
    await rig.react(BEN, report)
    # The act finds the report's pitch in its own transaction; the desk reads it once more.
    assert len(transactions) == 2
    monkeypatch.undo()
    assert rig.service.show(TEAM, pid).state == "sendable"
    rig.server.assert_clean()
