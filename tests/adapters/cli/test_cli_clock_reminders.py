"""`rapport clock`'s pending-review reminders on Slack and Discord: in the report's thread
(a reply on Discord), asking the policy's backup reviewers, who alone are notified."""

from __future__ import annotations

import asyncio

from adapters.discord_bot.poster import post_board
from tests.adapters.cli.test_cli_clock import clock_command, clock_process, finish
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.slack_api import MockSlackApi

from .test_cli_clock_chat import ANA, BOT, DUE, GUILD, REVIEW, week_48  # noqa: F401

BEN = 910_202


def test_a_slack_reminder_goes_in_the_reports_thread_and_asks_the_backup_reviewer(
        week_48, service_policy_text, database_url, tmp_path):  # noqa: F811
    service, policy, play = week_48
    policy.write_text(service_policy_text('["U0BEN", "U1"]'))
    play("slack:T0TEAM", "U1", "Ana <!channel>")
    service.attach_report(1, "slack", "C0REV", "1700000000.000100")
    with MockSlackApi(team_id="T0TEAM") as slack:
        output = finish(clock_process(database_url, policy, DUE, tmp_path / "one",
                                      SLACK_BOT_TOKEN="xoxb-test", SLACK_API_URL=slack.base_url,
                                      RAPPORT_REVIEW_CHANNEL="C0REV"))
        [reminder] = [c for c in slack.calls_to("chat.postMessage")
                      if c.args["text"].startswith("Reminder")]
        assert (reminder.args["channel"], reminder.args["thread_ts"]) == (
            "C0REV", "1700000000.000100")
        # The backup reviewer is mentioned (so Slack notifies them); the author is not asked
        # to review their own pitch, and their name pings nobody.
        assert reminder.args["text"].endswith("<@U0BEN>, as backup reviewer, could you take a "
                                              "look?")
        assert slack.pings(reminder) == ["<@U0BEN>"]  # no @channel, @here or @everyone
        slack.assert_no_violations()
    assert "reminded slack:T0TEAM: pitch #1, asked U0BEN" in output


async def test_a_discord_reminder_replies_to_the_report_and_pings_only_the_backup_reviewer(
        week_48, service_policy_text, database_url, tmp_path):  # noqa: F811
    service, policy, play = week_48
    policy.write_text(service_policy_text(f'["{BEN}"]'))
    play(f"discord:{GUILD}", str(ANA), "Ana @everyone")
    server = FakeDiscord(guild_id=GUILD, channel_ids=[REVIEW], bot_user_id=BOT,
                         application_id=BOT, members=[{"id": ANA, "username": "ana"},
                                                      {"id": BEN, "username": "ben"}])
    await server.start()
    try:
        report = await post_board(server.token, REVIEW, content="Pitch #1 to @liz",
                                  api_url=server.api_url)
        service.attach_report(1, "discord", str(REVIEW), str(report))
        argv, env = clock_command(database_url, policy, DUE, tmp_path / "one",
                                  DISCORD_TOKEN=server.token, DISCORD_API_URL=server.api_url,
                                  RAPPORT_REVIEW_CHANNEL=str(REVIEW))
        run = await asyncio.create_subprocess_exec(
            *argv, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        output = await asyncio.wait_for(run.communicate(), 60)
        assert run.returncode == 0, output
        [reminder] = [m for m in server.channel_messages(REVIEW)
                      if m.content.startswith("Reminder")]
        assert int(reminder.message_reference["message_id"]) == report
        assert f"<@{BEN}>, as backup reviewer" in reminder.content
        assert "@\u200beveryone" in reminder.content  # the author's name cannot ping
        assert [int(u) for u in reminder.allowed_mentions["users"]] == [BEN]
        # Mentions parsed from the text notify nobody; the reply pings no replied-to author.
        assert not reminder.allowed_mentions.get("parse")
        assert not reminder.allowed_mentions.get("replied_user")
    finally:
        await server.stop()
