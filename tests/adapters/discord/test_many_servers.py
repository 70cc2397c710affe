"""Many servers on one deployment and one database: each server's admin chooses its review
channel with /review-pitch setup, and no server ever sees, posts into or acts on another's
pitches. Interactions from anywhere Rapport is not installed are refused and write nothing."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from sqlalchemy import func, select

from adapters.discord_bot import modals
from bot.models import Base, Job, Team
from bot.outbox import jobs_engine
from tests.fakes.discord_server import FakeDiscord, Permissions

from .conftest import (
    ANA,
    BEN,
    GENERAL,
    GOOD,
    GUILD,
    REVIEW,
    Rig,
    field,
    one_guild,
    pitch_id,
    running,
    unescape,
    until,
)
from .faults import Faults

B = 900_000_000_000_000_002  # a second server, on the same deployment and database
B_GENERAL, B_REVIEW = 900_000_000_000_000_020, 900_000_000_000_000_021
BO, BEA, BIX = 900_000_000_000_000_301, 900_000_000_000_000_302, 900_000_000_000_000_303
MODS = 900_000_000_000_000_600  # B's role with Manage Server (not Administrator)
C, C_GENERAL = 900_000_000_000_000_003, 900_000_000_000_000_030  # Rapport not installed
CY = 900_000_000_000_000_401
TEAM_A, TEAM_B, TEAM_C = f"discord:{GUILD}", f"discord:{B}", f"discord:{C}"
OUTSIDE = ("⚠️ Rapport works in the channels of a server it is installed in, not in direct "
           "messages or where only you added the app. Nothing was saved.")
NO_CHANNEL = ("⚠️ This server has no review channel yet, so nothing was saved: an admin "
              "(Manage Server) must first choose one with `/review-pitch setup #channel`.")


def three_servers() -> FakeDiscord:
    """Server A (the usual guild: Ana owns it) and server B (Bo owns it, Bix moderates, Bea
    is a member), both with Rapport installed; server C, where only Cy added the app."""
    server = one_guild()
    server.add_guild(B, channel_ids=[B_GENERAL, B_REVIEW], members=[
        {"id": BO, "username": "bo"}, {"id": BEA, "username": "bea"},
        {"id": BIX, "username": "bix", "roles": [MODS]}],
        roles=[{"id": MODS, "name": "mods", "permissions": Permissions.MANAGE_GUILD}])
    server.add_guild(C, channel_ids=[C_GENERAL], members=[{"id": CY, "username": "cy"}],
                     bot_installed=False)
    return server


@pytest_asyncio.fixture
async def rig(make_service) -> AsyncIterator[Rig]:
    """The three servers, no RAPPORT_REVIEW_CHANNEL, and the commands published globally, as
    a deployment serving many servers runs."""
    async with running(three_servers(), make_service(auto_enrol=True), review_channel=None,
                       sync_guild=None) as started:
        yield started


def rows(rig: Rig) -> dict[str, int]:
    """How many rows each table holds, the outbox's jobs included: the same before and after
    a request means it wrote nothing."""
    engine = rig.service.engine
    with engine.connect() as conn:
        counts = {t.name: conn.scalar(select(func.count()).select_from(t))
                  for t in Base.metadata.sorted_tables}
    with jobs_engine(engine).connect() as conn:
        counts["outbox jobs"] = conn.scalar(select(func.count()).select_from(Job))
    return counts


def team_exists(rig: Rig, key: str) -> bool:
    """Whether the database has a team row for this key."""
    with rig.service.engine.connect() as conn:
        return conn.scalar(select(func.count()).where(Team.key == key)) > 0


async def setup_both(rig: Rig) -> None:
    """Each server's owner chooses its own review channel."""
    (a,) = await rig.ask(ANA, "setup", channel=REVIEW)
    (b,) = await rig.ask(BO, "setup", where=B_GENERAL, channel=B_REVIEW)
    assert a.ephemeral and a.content == f"Reviews will be posted in <#{REVIEW}>."
    assert b.ephemeral and b.content == f"Reviews will be posted in <#{B_REVIEW}>."


def pitches_shown(rig: Rig, channel: int) -> set[int]:
    """The pitch numbers of the reports the bot posted in a channel."""
    return {pitch_id(m) for m in rig.reports(channel)}


async def test_each_server_posts_in_the_channel_its_admin_chose(rig):
    await setup_both(rig)
    assert rig.service.review_channel(TEAM_A) == str(REVIEW)
    assert rig.service.review_channel(TEAM_B) == str(B_REVIEW)
    (seen,) = await rig.ask(BEA, "setup", where=B_GENERAL)  # anyone may look
    assert seen.content == f"Reviews will be posted in <#{B_REVIEW}>."

    a_pitch, a_report = await rig.submit(ANA)
    # B's first post fails: the durable job, run later by the worker, must still land in B.
    Faults(rig.server).fail("POST", rf"/channels/{B_REVIEW}/messages", 503)
    opened = await rig.command(BEA, "submit", where=B_GENERAL)
    done = await rig.server.submit_modal(BEA, opened.modal["custom_id"], {
        "recipient": "@max", "channel": ["email"], "message": "Hi Max, loved your talk!"})
    (answer,) = await done.wait_followups()
    assert f"it will appear in <#{B_REVIEW}>" in unescape(answer.content)
    (b_report,) = await until(lambda: rig.reports(B_REVIEW))
    b_pitch = pitch_id(b_report)

    assert pitches_shown(rig, REVIEW) == {a_pitch} and pitches_shown(rig, B_REVIEW) == {b_pitch}
    for channel in (GENERAL, B_GENERAL):  # only private answers there, never a report
        assert all(m.ephemeral for m in rig.server.channel_messages(channel))

    # The people each server's acts concern are told in that server's channel only.
    await rig.react(BEN, a_report)
    ix = await rig.server.click_button(BO, b_report.id, f"rapport:approve:{b_pitch}:r1")
    await ix.wait_followups()
    await until(lambda: rig.notices(REVIEW) and rig.notices(B_REVIEW))
    assert [n.allowed_mentions["users"] for n in rig.notices(REVIEW)] == [[ANA]]
    assert [n.allowed_mentions["users"] for n in rig.notices(B_REVIEW)] == [[BEA]]
    assert rig.service.show(TEAM_A, a_pitch).state == "sendable"
    assert rig.service.show(TEAM_B, b_pitch).state == "sendable"


async def test_another_server_cannot_see_or_act_on_a_pitch(rig):
    await setup_both(rig)
    await rig.ask(ANA, "log", handle="@liz", kind="met", note="coffee at the meetup")
    a_pitch, a_report = await rig.submit(ANA)
    b_pitch, b_report = await rig.submit(BEA, to="@max", where=B_GENERAL, review=B_REVIEW)
    before = rig.service.show(TEAM_A, a_pitch)
    missing = f"⚠️ there is no pitch #{a_pitch} on this team"

    for sub, options in [("approve", {}), ("show", {}), ("withdraw", {}), ("sent", {}),
                         ("request-changes", {"comment": "Shorter"}),
                         ("revise", {"text": "Hi Liz, new text"})]:
        (answer,) = await rig.ask(BO, sub, where=B_GENERAL, pitch=a_pitch, **options)
        assert unescape(answer.content) == missing, sub
    # A's Approve button, its custom_id sent from B (a tampered client, or a copied id).
    ix = await rig.server.click_button(BO, b_report.id, f"rapport:approve:{a_pitch}:r1",
                                       forged=True)
    (answer,) = await ix.wait_followups()
    assert unescape(answer.content) == missing
    # A ✅ on A's report, said by an event to come from B: not one of B's reports.
    event = rig.server.reaction_event(rig.server.members[BO], a_report, "✅", adding=True)
    await rig.replay("MESSAGE_REACTION_ADD", event | {"guild_id": str(B)})

    (listed,) = await rig.ask(BO, "list", where=B_GENERAL)
    assert f"**#{b_pitch}** @max" in listed.embeds[0]["description"]
    assert f"#{a_pitch}" not in listed.embeds[0]["description"]
    (contact,) = await rig.ask(BO, "contact", where=B_GENERAL, handle="@liz")
    assert "Stage: **stranger**" in contact.embeds[0]["description"]  # A's meeting is A's

    after = rig.service.show(TEAM_A, a_pitch)
    assert (after.state, after.approvals, after.change_requests, after.history) == (
        before.state, before.approvals, before.change_requests, before.history)
    assert rig.notices(REVIEW) == [] and rig.reports(REVIEW)[0].edited_timestamp is None
    assert pitches_shown(rig, B_REVIEW) == {b_pitch}


async def test_only_a_member_with_manage_server_chooses_the_channel(rig):
    await setup_both(rig)
    (refused,) = await rig.ask(BEA, "setup", where=B_GENERAL, channel=B_GENERAL)
    assert unescape(refused.content) == "⚠️ only an admin can choose where reviews are posted"
    assert rig.service.review_channel(TEAM_B) == str(B_REVIEW)
    # Bix is no owner nor administrator, but may manage the server: an admin for Rapport.
    (moved,) = await rig.ask(BIX, "setup", where=B_GENERAL, channel=B_GENERAL)
    assert moved.content == f"Reviews will be posted in <#{B_GENERAL}>."
    assert rig.service.review_channel(TEAM_B) == str(B_GENERAL)
    assert rig.service.review_channel(TEAM_A) == str(REVIEW)


async def test_a_pitch_with_no_review_channel_is_refused_and_writes_nothing(rig, monkeypatch):
    await rig.ask(ANA, "setup", channel=REVIEW)  # server A is set up; B is not
    before = rows(rig)
    ix = await rig.command(BEA, "submit", where=B_GENERAL)
    assert ix.modal is None and ix.original.ephemeral and ix.original.content == NO_CHANNEL
    # A form opened when the channel could not be looked up in time is refused on submission,
    # the text handed back.
    monkeypatch.setattr(modals, "READ_BUDGET", 0)
    opened = await rig.command(BEA, "submit", where=B_GENERAL)
    done = await rig.server.submit_modal(BEA, opened.modal["custom_id"], {
        "recipient": "@max", "channel": ["email"], "message": GOOD})
    refusal, kept = await done.wait_followups(2)
    assert refusal.content == NO_CHANNEL and unescape(kept.embeds[0]["description"]) == GOOD
    assert rows(rig) == before and not team_exists(rig, TEAM_B)
    assert rig.reports(B_REVIEW) == [] and rig.reports(B_GENERAL) == []


async def test_outside_an_installed_server_everything_is_refused(rig):
    before = rows(rig)
    dm = rig.server.dm_channel(ANA).id
    # Discord itself offers the command in neither place...
    for user, channel in ((ANA, dm), (CY, C_GENERAL)):
        with pytest.raises(PermissionError):
            await rig.server.slash_command(user, "review-pitch", None, "help", channel_id=channel)
    # ...and what a client with a stale command list sends anyway is refused plainly.
    for user, channel in ((ANA, dm), (CY, C_GENERAL)):
        for sub, options in [("submit", None), ("list", None), ("setup", None),
                             ("log", {"handle": "@liz", "kind": "met"}), ("help", None)]:
            ix = await rig.server.slash_command(user, "review-pitch", options, sub,
                                                channel_id=channel, force=True)
            await ix.response()
            assert ix.modal is None and ix.original.ephemeral, (channel, sub)
            assert ix.original.content == OUTSIDE, (channel, sub)
    assert rows(rig) == before and not team_exists(rig, TEAM_C)
    rig.server.assert_clean()


async def test_one_server_needs_no_setup_and_an_admin_may_move_its_reviews(make_service):
    async with running(one_guild(), make_service(auto_enrol=True)) as rig:
        (shown,) = await rig.ask(BEN, "setup")
        assert shown.content == (
            f"Reviews will be posted in <#{REVIEW}>, this deployment's configured channel: "
            "an admin (Manage Server) can choose another with `/review-pitch setup`.")
        first, old = await rig.submit(ANA)
        (refused,) = await rig.ask(BEN, "setup", channel=GENERAL)
        assert unescape(refused.content) == "⚠️ only an admin can choose where reviews are posted"
        (moved,) = await rig.ask(ANA, "setup", channel=GENERAL)  # Ana owns the server
        assert moved.content == f"Reviews will be posted in <#{GENERAL}>."
        second, new = await rig.submit(ANA, to="@max", review=GENERAL)
        assert (pitches_shown(rig, REVIEW), pitches_shown(rig, GENERAL)) == ({first}, {second})
        await rig.react(BEN, old)  # the report posted before the move is still kept current
        (old,) = rig.reports(REVIEW)
        assert field(old, "Approvals 1/1")


async def test_the_configured_channel_serves_only_its_own_server(make_service):
    async with running(three_servers(), make_service(auto_enrol=True), review_channel=REVIEW,
                       sync_guild=None) as rig:
        a_pitch, _ = await rig.submit(ANA)  # server A needs no setup: the channel is A's
        ix = await rig.command(BEA, "submit", where=B_GENERAL)
        assert ix.modal is None and ix.original.content == NO_CHANNEL
        (seen,) = await rig.ask(BEA, "setup", where=B_GENERAL)
        assert unescape(seen.content) == ("No review channel is set for this team: an admin "
                                          "sets one with /review-pitch setup #channel.")
        await rig.ask(BO, "setup", where=B_GENERAL, channel=B_REVIEW)
        b_pitch, _ = await rig.submit(BEA, to="@max", where=B_GENERAL, review=B_REVIEW)
        assert (pitches_shown(rig, REVIEW), pitches_shown(rig, B_REVIEW)) == (
            {a_pitch}, {b_pitch})


async def test_with_no_report_to_reply_under_a_notice_stays_in_its_server(rig):
    await setup_both(rig)
    # Discord refuses B's report twice (at the submit, and when the request for changes
    # tries again), so the author's notice has no report to reply under.
    Faults(rig.server).fail("POST", rf"/channels/{B_REVIEW}/messages", 403, times=2)
    opened = await rig.command(BEA, "submit", where=B_GENERAL)
    done = await rig.server.submit_modal(BEA, opened.modal["custom_id"], {
        "recipient": "@max", "channel": ["email"], "message": "Hi Max, loved your talk!"})
    (answer,) = await done.wait_followups()
    assert f"could not post the report in <#{B_REVIEW}>" in unescape(answer.content)
    await rig.ask(BO, "request-changes", where=B_GENERAL, pitch=1, comment="Say why")
    (notice,) = await until(lambda: rig.notices(B_REVIEW))
    assert notice.allowed_mentions["users"] == [BEA] and notice.message_reference is None
    assert rig.notices(REVIEW) == [] and rig.reports(B_REVIEW) == []


async def test_a_deleted_review_channel_is_named_and_stops_new_pitches(rig):
    await setup_both(rig)
    gone = rig.server.channels.pop(B_REVIEW)  # deleted in Discord, which tells the bot
    await rig.server.dispatch("CHANNEL_DELETE", gone.payload())
    await until(lambda: rig.bot.get_channel(B_REVIEW) is None)
    (seen,) = await rig.ask(BEA, "setup", where=B_GENERAL)
    assert seen.content == (f"Reviews are set to go to <#{B_REVIEW}>, which I can no longer "
                            "see: an admin (Manage Server) can choose another with "
                            "`/review-pitch setup`.")
    before = rows(rig)
    ix = await rig.command(BEA, "submit", where=B_GENERAL)
    assert ix.modal is None and ix.original.content == (
        f"⚠️ This server's review channel <#{B_REVIEW}> is gone or hidden from me, so nothing "
        "was saved: an admin (Manage Server) must choose another with "
        "`/review-pitch setup #channel`.")
    assert rows(rig) == before
    await rig.submit(ANA)  # server A is not affected
