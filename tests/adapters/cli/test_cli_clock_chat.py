"""`rapport clock` posting to Slack and Discord (local fakes of their APIs), as real processes."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from tests.adapters.cli.test_cli_clock import clock_command, clock_process, finish
from tests.bot.leaderboard.conftest import claim_statuses
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.slack_api import MockSlackApi

PNG = b"\x89PNG\r\n\x1a\n"
DUE = "2026-11-30T09:00:05+00:00"
GUILD, BOARD, REVIEW, BOT, ANA = 910_001, 910_010, 910_011, 910_100, 910_201


@pytest.fixture
def week_48(make_service, clock, tmp_path):
    """A chat-style core; `play(team, member)` gives a team week-48 points and a pending pitch."""
    service = make_service(auto_enrol=True)
    policy = tmp_path / "rapport.toml"
    policy.write_text("")

    def play(team: str, member: str, name: str) -> None:
        clock.now = datetime(2026, 11, 25, 12, tzinfo=UTC)
        service.enrol(team, member, name)
        service.log_interaction(team, member, "liz", "met")
        service.submit(team, member, "liz", "Liz, loved your talk. What got you started?")
    return service, policy, play



def test_slack_boards_go_out_once_to_their_own_workspace(week_48, database_url, tmp_path):
    service, policy, play = week_48
    play("slack:T0TEAM", "U1", "Ana <!channel>")
    play("slack:TOTHER", "U9", "Zed")      # another workspace: this token cannot reach it
    with MockSlackApi(team_id="T0TEAM") as slack:
        settings = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": slack.base_url,
                    "RAPPORT_LEADERBOARD_CHANNEL": "C0BOARD", "RAPPORT_REVIEW_CHANNEL": "C0REV"}
        output = finish(*(clock_process(database_url, policy, DUE, tmp_path / name, **settings)
                          for name in ("one", "two")))
        [board] = [c for c in slack.calls_to("chat.postMessage") if c.args["channel"] == "C0BOARD"]
        assert board.args["blocks"][0]["text"]["text"] == "Relationship leaderboard · 2026-W48"
        assert "Ana &lt;!channel&gt;" in board.args["text"] and not slack.pings(board)
        [chart] = slack.uploads.values()
        assert chart.startswith(PNG)
        [reminder] = [c for c in slack.calls_to("chat.postMessage") if c.args["channel"] == "C0REV"]
        assert reminder.args["text"].startswith("Reminder: pitch #1 to @liz by Ana &lt;!channel")
        slack.assert_no_violations()
    assert output.count("board slack:T0TEAM 2026-W48: posted") == 1
    assert claim_statuses(service) == {("slack:T0TEAM", "2026-W48"): "posted"}


async def test_discord_boards_go_out_once_with_the_chart_attached(week_48, database_url,
                                                                  tmp_path):
    service, policy, play = week_48
    play(f"discord:{GUILD}", str(ANA), "Ana @everyone")
    play("discord:42", "7", "Zed")          # another server: the channel is not theirs
    server = FakeDiscord(guild_id=GUILD, channel_ids=[BOARD, REVIEW], bot_user_id=BOT,
                         application_id=BOT, members=[{"id": ANA, "username": "ana"}])
    await server.start()
    try:
        settings = {"DISCORD_TOKEN": server.token, "DISCORD_API_URL": server.api_url,
                    "RAPPORT_LEADERBOARD_CHANNEL": str(BOARD),
                    "RAPPORT_REVIEW_CHANNEL": str(REVIEW)}
        runs = []
        for name in ("one", "two"):
            argv, env = clock_command(database_url, policy, DUE, tmp_path / name, **settings)
            runs.append(await asyncio.create_subprocess_exec(
                *argv, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE))
        outputs = [await asyncio.wait_for(run.communicate(), 60) for run in runs]
        assert [run.returncode for run in runs] == [0, 0], outputs
        [board] = server.channel_messages(BOARD)
        assert board.embeds[0]["title"] == "Relationship leaderboard · 2026-W48"
        assert board.attachments[0].data.startswith(PNG)
        assert not server.could_ping_anyone(board)
        [reminder] = server.channel_messages(REVIEW)
        assert reminder.content.startswith("Reminder: pitch #1 to @liz by Ana @\u200beveryone")
        # Each clock logs in once for its tick's posts (board, refused board, reminder),
        # not once per post.
        assert 1 <= len(server.calls_to("GET", r"/users/@me")) <= len(runs)
    finally:
        await server.stop()
    assert claim_statuses(service) == {(f"discord:{GUILD}", "2026-W48"): "posted",
                               ("discord:42", "2026-W48"): "failed"}
