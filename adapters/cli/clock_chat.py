"""The clock's Slack and Discord surfaces, built from the same settings the chat workers use.

Each is only built when its token is set, and imports its platform's code only then. One bot
token reaches one workspace (Slack) and one configured channel belongs to one server (Discord),
so each surface takes only its own team's boards; other teams stay unclaimed.
"""

from __future__ import annotations

import os
from pathlib import Path

from adapters.discord_bot.board import board_embed_dict
from adapters.slack.board import board_blocks
from bot.leaderboard.posting import Undeliverable
from bot.leaderboard.present import board_summary
from bot.render import escape_discord, escape_mrkdwn
from bot.service import Rapport

from .clock_surfaces import Echo, Surface, leaderboard_channel, local_surface, reminder_line

SLACK_API_URL = "https://slack.com/api/"


def slack_surface(core: Rapport, echo: Echo) -> Surface | None:
    """Slack teams, when SLACK_BOT_TOKEN is set: boards with their chart, reminders in thread."""
    token = os.environ.get("SLACK_BOT_TOKEN", "").strip()
    if not token:
        return None
    channel = leaderboard_channel(core.policy)
    if not channel:
        echo("slack: set RAPPORT_LEADERBOARD_CHANNEL or RAPPORT_REVIEW_CHANNEL to post boards")
        return None
    # Slack's SDK loads only when a Slack token is set: a local clock never pays for it.
    from slack_sdk import WebClient
    from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

    from adapters.slack.poster import post_board

    client = WebClient(token=token, base_url=os.environ.get("SLACK_API_URL") or SLACK_API_URL,
                       retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=3)])
    mine: set[str] = set()

    def accepts(team: str) -> bool:
        if not mine:
            try:
                auth = client.auth_test()
            except Exception as exc:  # Slack unreachable: try again next tick
                echo(f"slack: auth.test failed ({exc}); Slack boards wait")
                return False
            mine.update(f"slack:{auth.get(k)}" for k in ("team_id", "enterprise_id")
                        if auth.get(k))
        return team in mine

    def board(team: str, view, png: bytes) -> None:
        post_board(client, channel, board_summary(view), board_blocks(view), png)

    def reminder(team: str, pitch) -> None:
        text = reminder_line(pitch, escape_mrkdwn)
        refs = core.report_refs(pitch.id, "slack")
        if refs:
            # In the report's thread, also shown in the channel: the reminder sits by the pitch.
            where, ts = refs[0]
            client.chat_postMessage(channel=where, thread_ts=ts, reply_broadcast=True, text=text)
        else:
            client.chat_postMessage(channel=os.environ.get("RAPPORT_REVIEW_CHANNEL") or channel,
                                    text=text)

    return Surface("slack", board, reminder, accepts)


def discord_surface(core: Rapport, echo: Echo) -> Surface | None:
    """Discord teams, when DISCORD_TOKEN is set: the board embed with its chart attached."""
    token = os.environ.get("DISCORD_TOKEN", "").strip()
    if not token:
        return None
    channel = leaderboard_channel(core.policy) or ""
    review = os.environ.get("RAPPORT_REVIEW_CHANNEL", "").strip() or channel
    if not channel.isdigit() or not review.isdigit():
        echo("discord: set RAPPORT_LEADERBOARD_CHANNEL or RAPPORT_REVIEW_CHANNEL to a channel id")
        return None
    # discord.py loads only when a Discord token is set: a local clock never pays for it.
    from adapters.discord_bot.poster import WrongServer, post_board_blocking

    guild = os.environ.get("DISCORD_GUILD_ID", "").strip()
    api_url = os.environ.get("DISCORD_API_URL") or None

    def send(team: str, to: str, **message) -> None:
        try:
            post_board_blocking(token, int(to), guild_id=int(team.partition(":")[2]),
                                api_url=api_url, **message)
        except WrongServer as exc:
            raise Undeliverable(str(exc)) from exc

    def board(team: str, view, png: bytes) -> None:
        send(team, channel, content=escape_discord(board_summary(view)),
             embed=board_embed_dict(view), png=png)

    def reminder(team: str, pitch) -> None:
        send(team, review, content=reminder_line(pitch, escape_discord))

    return Surface("discord", board, reminder,
                   lambda team: team.partition(":")[2].isdigit()
                   and (not guild or team == f"discord:{guild}"))


def surfaces(core, out: Path | None, echo: Echo) -> dict[str, Surface]:
    """Every surface this process can post to: local always, chat ones when configured."""
    found = {"local": local_surface(out, echo)}
    for build in (slack_surface, discord_surface):
        surface = build(core, echo)
        if surface is not None:
            found[surface.name] = surface
    return found
