"""`rapport clock` killed in the middle of posting a Discord board, as a real process: the
clock restarted after the claim's lease posts the week's board, and the channel ends with
exactly one, whether or not Discord had taken the killed clock's post."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from bot.leaderboard.claims import LEASE
from tests.adapters.cli.test_cli_clock import clock_command
from tests.adapters.discord.faults import Faults
from tests.bot.leaderboard.conftest import claim_statuses
from tests.fakes.discord_server import FakeDiscord

GUILD, BOARD, REVIEW, BOT, ANA = 920_001, 920_010, 920_011, 920_100, 920_201
TEAM = f"discord:{GUILD}"
DUE = datetime(2026, 11, 30, 9, 0, 5, tzinfo=UTC)   # Monday: week 48's board is due
AFTER_THE_LEASE = DUE + LEASE + LEASE / 10


async def clock(database_url, policy, now: datetime, out, **settings):
    """`rapport clock --once` pretending it is `now`, started as a real process."""
    argv, env = clock_command(database_url, policy, now.isoformat(), out, **settings)
    return await asyncio.create_subprocess_exec(
        *argv, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


@pytest.mark.parametrize("discord_took_it", [False, True], ids=["before-discord", "after"])
async def test_a_clock_killed_mid_post_leaves_one_board_after_restart(
        make_service, clock_, database_url, tmp_path, discord_took_it):
    service, policy = clock_
    server = FakeDiscord(guild_id=GUILD, channel_ids=[BOARD, REVIEW], bot_user_id=BOT,
                         application_id=BOT, members=[{"id": ANA, "username": "ana"}])
    await server.start()
    faults = Faults(server)
    # Discord never answers the post (having stored it, or not): the clock is killed waiting.
    held = faults.hold("POST", rf"/channels/{BOARD}/messages", keep=discord_took_it)
    settings = {"DISCORD_TOKEN": server.token, "DISCORD_API_URL": server.api_url,
                "RAPPORT_LEADERBOARD_CHANNEL": str(BOARD), "RAPPORT_REVIEW_CHANNEL": str(REVIEW)}
    try:
        first = await clock(database_url, policy, DUE, tmp_path / "one", **settings)
        await asyncio.wait_for(held.reached.wait(), 30)
        first.kill()
        await first.wait()
        assert claim_statuses(service) == {(TEAM, "2026-W48"): "posting"}
        again = await clock(database_url, policy, AFTER_THE_LEASE, tmp_path / "two", **settings)
        out, err = await asyncio.wait_for(again.communicate(), 60)
        assert again.returncode == 0, err
        assert f"board {TEAM} 2026-W48: posted" in out.decode()
        boards = [m for m in server.channel_messages(BOARD) if m.embeds]
        assert [m.embeds[0]["title"] for m in boards] == ["Relationship leaderboard · 2026-W48"]
        assert claim_statuses(service) == {(TEAM, "2026-W48"): "posted"}
    finally:
        faults.release()
        await server.stop()


@pytest.fixture
def clock_(make_service, clock, tmp_path):
    """A chat-style core with week-48 points on the Discord team; the policy file."""
    service = make_service(auto_enrol=True)
    clock.now = datetime(2026, 11, 25, 12, tzinfo=UTC)
    service.enrol(TEAM, str(ANA), "Ana")
    service.log_interaction(TEAM, str(ANA), "liz", "met")
    policy = tmp_path / "rapport.toml"
    policy.write_text("")
    return service, policy
