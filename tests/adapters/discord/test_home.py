"""`/review-pitch home`: a member's desk, privately, its buttons acting in place."""

from __future__ import annotations

from .conftest import ANA, BEN, GUILD, field, unescape, until

TEAM = f"discord:{GUILD}"
COLD_ASK = "Hi Liz, please share our ebook with your followers"


def fields(message):
    """The desk embed's fields, {name: value}."""
    return {f["name"]: f["value"] for f in message.embeds[0]["fields"]}


async def test_home_shows_the_reviews_waiting_for_me_with_their_buttons(rig):
    pid, _ = await rig.submit(ANA)
    (desk,) = await rig.ask(BEN, "home")
    assert desk.ephemeral and desk.embeds[0]["title"] == "Your desk · Ben"
    assert unescape(desk.content) == "Your desk: 1 review(s) waiting for you, 0 reminder(s) due."
    (name,) = [n for n in fields(desk) if n.startswith("Review ")]
    assert unescape(name) == f"Review #{pid} to @liz · Ready · rev 1"
    assert f"by <@{ANA}>" in fields(desk)[name]
    assert desk.custom_ids == [f"rapport:approve:{pid}:r1", f"rapport:changes:{pid}:r1"]
    labels = [c["label"] for row in desk.components for c in row["components"]]
    assert labels == [f"Approve #{pid}", f"Request changes #{pid}"]
    rig.server.assert_clean()


async def test_my_own_pitch_is_never_in_my_reviews(rig):
    pid, _ = await rig.submit(ANA)
    (desk,) = await rig.ask(ANA, "home")
    assert desk.custom_ids == []
    shown = fields(desk)
    assert shown["Reviews waiting for you"] == "Nothing is waiting for your review."
    assert unescape(shown["Your pitches · Pending review (1)"]) == (
        f"**#{pid}** @liz — waiting for a teammate's approval (0 of 1)")
    assert "@liz — **observe**" in unescape(shown["Your contacts · Stranger (1)"])
    rig.server.assert_clean()


async def test_approve_on_the_desk_approves_and_redraws_it_in_place(rig):
    pid, _ = await rig.submit(ANA)
    (desk,) = await rig.ask(BEN, "home")
    ix = await rig.server.click_button(BEN, desk.id, f"rapport:approve:{pid}:r1")
    await ix.response()
    assert ix.response_name == "DEFERRED_UPDATE_MESSAGE"  # no new message: this one changes
    await until(lambda: "Approved" in desk.content)
    assert unescape(desk.content) == f"Approved pitch #{pid}."
    assert desk.custom_ids == [] and "Nothing is waiting" in fields(desk)[
        "Reviews waiting for you"]
    # The same road as the report's button: the report is Sendable, the author told.
    (report,) = rig.reports()
    await until(lambda: "**Sendable**" in report.embeds[0]["description"])
    await until(lambda: rig.notices())
    assert unescape(rig.notices()[0].content).startswith(f"<@{ANA}> Pitch #{pid} is approved")
    assert ix.followups == []
    rig.server.assert_clean()


async def test_request_changes_from_the_desk_takes_a_comment_and_redraws_it(rig):
    pid, _ = await rig.submit(ANA)
    (desk,) = await rig.ask(BEN, "home")
    ix = await rig.server.click_button(BEN, desk.id, f"rapport:changes:{pid}:r1")
    await ix.response()
    assert ix.response_name == "MODAL"
    done = await rig.server.submit_modal(BEN, ix.modal["custom_id"],
                                         {"comment": "Say which post you liked"})
    await done.response()
    await until(lambda: "Requested changes" in desk.content)
    assert desk.custom_ids == []
    (report,) = rig.reports()
    await until(lambda: "**Changes requested**" in report.embeds[0]["description"])
    assert "Say which post you liked" in field(report, "Approvals")
    (mine,) = await rig.ask(ANA, "home")
    assert "revise it: Ben asked for changes — Say which post you liked" in unescape(
        fields(mine)["Your pitches · Changes requested (1)"])
    rig.server.assert_clean()


async def test_a_refusal_on_the_desk_is_said_on_the_desk(rig):
    pid, _ = await rig.submit(ANA)
    (desk,) = await rig.ask(BEN, "home")
    rig.service.revise(TEAM, pid, str(ANA), "Hi Liz, your trail post was great. Thanks, Ana")
    ix = await rig.server.click_button(BEN, desk.id, f"rapport:approve:{pid}:r1")
    await ix.response()
    await until(lambda: "revised since you saw it" in unescape(desk.content))
    assert unescape(desk.content).startswith("⚠️ pitch #1 was revised since you saw it")
    assert desk.custom_ids == [f"rapport:approve:{pid}:r2", f"rapport:changes:{pid}:r2"]
    assert rig.service.show(TEAM, pid).state == "pending"
    rig.server.assert_clean()


async def test_an_error_finding_makes_approve_the_override_form(rig):
    pid, _ = await rig.submit(ANA, text=COLD_ASK)
    (desk,) = await rig.ask(BEN, "home")
    assert desk.custom_ids[0] == f"rapport:override:{pid}:r1"
    assert "override reason" in fields(desk)[next(n for n in fields(desk)
                                                  if n.startswith("Review "))]
    rig.server.assert_clean()


async def test_nobody_is_pinged_from_a_desk(rig):
    await rig.submit(ANA, to="@everyone",
                     text="Hi @here and <@&900000000000000500>, what got you into trails?")
    (desk,) = await rig.ask(BEN, "home")
    shown = desk.embeds[0]["fields"][0]
    assert "@everyone" not in shown["name"] and "@here" not in shown["value"]
    assert "<@&" not in shown["value"]
    rig.server.assert_clean()  # the fake refuses a message that would ping
