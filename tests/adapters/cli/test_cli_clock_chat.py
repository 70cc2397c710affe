"""`rapport clock` posting to Slack and Discord (local fakes of their APIs), as real processes."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from slack_sdk.oauth.installation_store import Installation
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore

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


def test_one_workspace_with_no_board_channel_posts_where_its_admin_set_reviews(
        week_48, database_url, tmp_path):
    """No RAPPORT_LEADERBOARD_CHANNEL: the board (and a reminder of a pitch whose report was
    never posted) go to the review channel the admin chose with `setup`, not to the
    configured RAPPORT_REVIEW_CHANNEL it replaced."""
    service, policy, play = week_48
    play("slack:T0TEAM", "U1", "Ana")
    service.enrol("slack:T0TEAM", "U0ADMIN", "Admin", is_admin=True)
    service.set_review_channel("slack:T0TEAM", "U0ADMIN", "C0CHOSEN")
    with MockSlackApi(team_id="T0TEAM") as slack:
        finish(clock_process(database_url, policy, DUE, tmp_path / "one",
                             SLACK_BOT_TOKEN="xoxb-test", SLACK_API_URL=slack.base_url,
                             RAPPORT_REVIEW_CHANNEL="C0REV"))
        posted = {c.args["channel"] for c in slack.calls_to("chat.postMessage")}
        assert posted == {"C0CHOSEN"}, posted
        slack.assert_no_violations()


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


def test_many_workspaces_each_board_goes_with_its_own_token_to_its_own_channel(
        week_48, engine, database_url, tmp_path):
    """Many-workspace mode: no SLACK_BOT_TOKEN; each installed workspace's board and reminder
    go out with its own bot token into the channel its admin chose; a workspace with no
    channel yet waits (retried), and one never installed is not claimed at all."""
    service, policy, play = week_48
    store = SQLAlchemyInstallationStore(client_id="111.222", engine=engine)
    for team, token in (("T0A", "xoxb-alpha"), ("T0B", "xoxb-beta")):
        store.save(Installation(app_id="A0APP", team_id=team, bot_token=token,
                                bot_id=f"B{team}", bot_user_id=f"UB{team}", user_id="U0INST"))
        play(f"slack:{team}", "U1", f"Ana of {team}")
    play("slack:T0GONE", "U9", "Zed")
    service.enrol("slack:T0A", "U0ADMIN", "Admin", is_admin=True)
    service.set_review_channel("slack:T0A", "U0ADMIN", "C0ALPHA")
    with MockSlackApi(team_id="T0A") as slack:
        settings = {"SLACK_CLIENT_ID": "111.222", "SLACK_CLIENT_SECRET": "s3cret",
                    "SLACK_API_URL": slack.base_url}
        output = finish(clock_process(database_url, policy, DUE, tmp_path / "one", **settings))
        posts = slack.calls_to("chat.postMessage")
        assert {(c.args["channel"], c.token) for c in posts} == {("C0ALPHA", "xoxb-alpha")}
        board = [c for c in posts if c.args.get("blocks")][0]
        assert board.args["blocks"][0]["text"]["text"] == "Relationship leaderboard · 2026-W48"
        assert any(c.args["text"].startswith("Reminder: pitch #") for c in posts)
        # Every Web API call (the chart's upload too) carried Alpha's token, no other.
        assert {c.token for c in slack.calls if c.method != "upload"} == {"xoxb-alpha"}
    assert output.count("board slack:T0A 2026-W48: posted") == 1
    statuses = claim_statuses(service)
    assert statuses[("slack:T0A", "2026-W48")] == "posted"
    assert statuses[("slack:T0B", "2026-W48")] == "retry"
    assert ("slack:T0GONE", "2026-W48") not in statuses


async def test_discord_boards_go_to_each_servers_own_channel(week_48, database_url, tmp_path):
    """No channel configured: each server's board and reminder go to the review channel its
    admin chose with `setup`; a server with none yet waits for it (retried)."""
    service, policy, play = week_48
    other_guild, other_channel, zed = 920_001, 920_011, 920_201
    play(f"discord:{GUILD}", str(ANA), "Ana")
    play(f"discord:{other_guild}", str(zed), "Zed")
    play("discord:930001", "7", "Nobody")      # a server whose admin chose no channel
    for team, admin, chosen in ((f"discord:{GUILD}", "1", REVIEW),
                                (f"discord:{other_guild}", "2", other_channel)):
        service.enrol(team, admin, "Admin", is_admin=True)
        service.set_review_channel(team, admin, str(chosen))
    server = FakeDiscord(guild_id=GUILD, channel_ids=[BOARD, REVIEW], bot_user_id=BOT,
                         application_id=BOT, members=[{"id": ANA, "username": "ana"}])
    server.add_guild(other_guild, channel_ids=[other_channel],
                     members=[{"id": zed, "username": "zed"}])
    await server.start()
    try:
        argv, env = clock_command(database_url, policy, DUE, tmp_path / "one",
                                  DISCORD_TOKEN=server.token, DISCORD_API_URL=server.api_url)
        run = await asyncio.create_subprocess_exec(
            *argv, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        output = await asyncio.wait_for(run.communicate(), 60)
        assert run.returncode == 0, output
        for channel in (REVIEW, other_channel):
            titles = [m.embeds[0]["title"] for m in server.channel_messages(channel) if m.embeds]
            assert titles == ["Relationship leaderboard · 2026-W48"]
            assert any(m.content.startswith("Reminder: pitch #")
                       for m in server.channel_messages(channel))
        assert server.channel_messages(BOARD) == []
    finally:
        await server.stop()
    statuses = claim_statuses(service)
    assert statuses[(f"discord:{GUILD}", "2026-W48")] == "posted"
    assert statuses[(f"discord:{other_guild}", "2026-W48")] == "posted"
    assert statuses[("discord:930001", "2026-W48")] == "retry"
