"""Posting a weekly leaderboard to Slack: the board message, then its chart as a file."""

from __future__ import annotations

from slack_sdk import WebClient

from bot.render import escape_mrkdwn

from .own_posts import find_marked, mark


def post_board(client: WebClient, channel: str, text: str, blocks: list,
               png: bytes | None, key: str | None = None) -> str:
    """Post the board (blocks; `text`, plain, is the notification line) and upload the chart.

    The chart goes in the board's thread, so the channel shows one board a week. Returns the
    board message's ts. A board marked `key` (a team's week) that is already among the
    channel's recent messages is not posted again: a clock cut off after posting it, before
    it recorded the post, left it there, and the clock that takes the week over finds it.
    """
    earlier = find_marked(client, channel, key) if key else None
    if earlier is not None:
        return earlier["ts"]
    answer = client.chat_postMessage(channel=channel, text=escape_mrkdwn(text), blocks=blocks,
                                     unfurl_links=False, unfurl_media=False,
                                     metadata=mark(key) if key else None)
    if png:
        client.files_upload_v2(channel=answer["channel"], thread_ts=answer["ts"], content=png,
                               filename="leaderboard.png", title="Leaderboard chart",
                               alt_txt="Bar chart of this week's points per member")
    return answer["ts"]
