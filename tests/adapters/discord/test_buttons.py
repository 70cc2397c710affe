"""The report's buttons: approve, request changes, revise; they survive a restart."""

from __future__ import annotations

from .conftest import ANA, BEN, GUILD, field, unescape

TEAM = f"discord:{GUILD}"
COLD_ASK = "Hi Liz, please share our ebook with your followers"


async def click(rig, user, report, action, pid, revision=1):
    """Click a report button showing `revision`; return the interaction once the bot answered."""
    ix = await rig.server.click_button(user, report.id, f"rapport:{action}:{pid}:r{revision}")
    await ix.response()
    return ix


async def test_buttons_keep_working_after_a_restart(rig):
    pid, report = await rig.submit(ANA)
    await rig.restart()  # a new process: nothing about the report is in memory any more
    ix = await click(rig, BEN, report, "approve", pid)
    (answer,) = await ix.wait_followups()
    assert answer.ephemeral and unescape(answer.content) == f"Approved pitch #{pid}."
    (report,) = rig.reports()
    assert "**Sendable**" in report.embeds[0]["description"]
    assert unescape(rig.notices()[0].content).startswith(f"<@{ANA}> Pitch #{pid} is approved")
    rig.server.assert_clean()


async def test_a_double_click_approves_once(rig):
    pid, report = await rig.submit(ANA)
    first = await click(rig, BEN, report, "approve", pid)
    second = await click(rig, BEN, report, "approve", pid)
    answers = sorted([unescape((await first.wait_followups())[0].content),
                      unescape((await second.wait_followups())[0].content)])
    assert answers[0] == f"Approved pitch #{pid}." and "already approved" in answers[1]
    kinds = [e.kind for e in rig.service.show(TEAM, pid).history]
    assert kinds.count("approved") == 1 and kinds.count("sendable") == 1
    assert len(rig.notices()) == 1
    rig.server.assert_clean()


async def test_approve_past_an_error_asks_for_the_override_reason(rig):
    pid, report = await rig.submit(ANA, text=COLD_ASK)
    assert report.custom_ids[0] == f"rapport:override:{pid}:r1"
    ix = await click(rig, BEN, report, "override", pid)
    assert ix.response_name == "MODAL" and ix.modal["title"] == f"Approve pitch #{pid}"
    done = await rig.server.submit_modal(BEN, ix.modal["custom_id"],
                                         {"reason": "She asked for the ebook at the meetup"})
    await done.wait_followups()
    (report,) = rig.reports()
    assert "override: She asked for the ebook at the meetup" in field(report, "Approvals 1/1")
    assert "over the errors — She asked for the ebook" in field(report, "History")
    rig.server.assert_clean()


async def test_request_changes_button_takes_a_comment(rig):
    pid, report = await rig.submit(ANA)
    ix = await click(rig, BEN, report, "changes", pid)
    assert ix.response_name == "MODAL"
    done = await rig.server.submit_modal(BEN, ix.modal["custom_id"],
                                         {"comment": "Say which post you liked"})
    await done.wait_followups()
    (report,) = rig.reports()
    assert "**Changes requested**" in report.embeds[0]["description"]
    assert "Say which post you liked" in field(report, "Approvals")
    assert unescape(rig.notices()[0].content).startswith(f"<@{ANA}> Ben asked for changes")
    rig.server.assert_clean()


async def test_revise_button_is_the_authors_and_prefills_the_text(rig):
    pid, report = await rig.submit(ANA)
    await rig.react(BEN, report)
    assert rig.service.show(TEAM, pid).state == "sendable"

    refused = await click(rig, BEN, report, "revise", pid)
    assert refused.response_name == "CHANNEL_MESSAGE_WITH_SOURCE"
    assert unescape(refused.original.content) == f"⚠️ only the author of pitch #{pid} can revise it"

    ix = await click(rig, ANA, report, "revise", pid)
    (row,) = ix.modal["components"]
    assert row["component"]["value"] == rig.service.show(TEAM, pid).text  # prefilled
    new_text = "Hi Liz, your race report from Sunday was great. Open to a quick call? Thanks, Ana"
    done = await rig.server.submit_modal(ANA, ix.modal["custom_id"], {"message": new_text})
    await done.wait_followups()
    pitch = rig.service.show(TEAM, pid)
    assert (pitch.revision, pitch.state, pitch.text) == (2, "pending", new_text)
    (report,) = rig.reports()
    assert "revision 2" in report.embeds[0]["description"]
    assert field(report, "Approvals 0/1").startswith("None yet")  # the approval was dismissed
    rig.server.assert_clean()


async def test_a_click_or_a_reason_for_an_older_revision_approves_nothing(rig):
    """An approval is for the revision the reviewer saw: a click on a report that still shows
    revision 1, or an override reason given in a form opened on it, approves nothing newer."""
    pid, report = await rig.submit(ANA, text=COLD_ASK)
    form = await click(rig, BEN, report, "override", pid)
    # The author revises elsewhere (the CLI, another server's view) before the report updates.
    rig.service.revise(TEAM, pid, str(ANA), COLD_ASK + " Buy it today, everyone!")
    done = await rig.server.submit_modal(BEN, form.modal["custom_id"],
                                         {"reason": "She asked for the ebook at the meetup"})
    refused, kept = await done.wait_followups(2)
    assert "revised since you saw it" in unescape(refused.content)
    # What they wrote is handed back, not lost.
    assert "She asked for the ebook" in kept.embeds[0]["description"]
    pid2, report2 = await rig.submit(ANA)
    rig.service.revise(TEAM, pid2, str(ANA), rig.service.show(TEAM, pid2).text + " P.S. hi")
    stale = await click(rig, BEN, report2, "approve", pid2)
    (answer,) = await stale.wait_followups()
    assert "revised since you saw it" in unescape(answer.content)
    assert [rig.service.show(TEAM, p).state for p in (pid, pid2)] == ["pending", "pending"]
    rig.server.assert_clean()


async def test_the_suggested_opener_is_adopted_by_the_author_in_one_click(rig):
    """A cold ask's report offers the opener and its button; a reviewer's click is refused;
    the author's makes it revision 2, which asks nothing and offers no opener."""
    pid, report = await rig.submit(ANA, text=COLD_ASK)
    assert "Suggested opener" in " ".join(f["name"] for f in report.embeds[0]["fields"])
    assert f"rapport:opener:{pid}:r1" in str(report.components)
    refused = await click(rig, BEN, report, "opener", pid)
    (answer,) = await refused.wait_followups()
    assert "only the author" in unescape(answer.content).lower()
    done = await click(rig, ANA, report, "opener", pid)
    await done.wait_followups()
    pitch = rig.service.show(TEAM, pid)
    assert pitch.revision == 2 and pitch.suggestion is None
    assert "stranger-pitch" not in {f.rule for f in pitch.findings}
    (report,) = rig.reports()
    assert "revision 2" in report.embeds[0]["description"]
    assert "rapport:opener" not in str(report.components)
    rig.server.assert_clean()
