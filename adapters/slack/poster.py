"""Posting a weekly leaderboard to Slack: the board message, then its chart as a file."""

from __future__ import annotations

from slack_sdk import WebClient

from bot.render import escape_mrkdwn


def post_board(client: WebClient, channel: str, text: str, blocks: list,
               png: bytes | None) -> str:
    """Post the board (blocks; `text`, plain, is the notification line) and upload the chart.

    The chart goes in the board's thread, so the channel shows one board a week. Returns the
    board message's ts.
    """
    answer = client.chat_postMessage(channel=channel, text=escape_mrkdwn(text), blocks=blocks,
                                     unfurl_links=False, unfurl_media=False)
    if png:
        client.files_upload_v2(channel=answer["channel"], thread_ts=answer["ts"], content=png,
                               filename="leaderboard.png", title="Leaderboard chart",
                               alt_txt="Bar chart of this week's points per member")
    return answer["ts"]
