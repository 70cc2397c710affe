"""The clock's Slack and Discord surfaces, built from the adapters' own settings classes.

Each is only built when its token is set, and imports its platform's code only then. One bot
token reaches one workspace (Slack) and one configured channel belongs to one server (Discord),
so each surface takes only its own team's boards; other teams stay unclaimed.
"""

from __future__ import annotations

from pathlib import Path

from adapters.discord_bot.board import board_embed_dict
from adapters.discord_bot.settings import DiscordPosting
from adapters.slack.board import board_blocks
from adapters.slack.config import SlackSettings
from adapters.slack.ids import is_slack_user
from bot.leaderboard.posting import Undeliverable
from bot.leaderboard.present import board_summary
from bot.render import escape_discord, escape_mrkdwn
from bot.service import Rapport

from .clock_surfaces import Echo, Surface, local_surface, reminder_line


def board_channel(core: Rapport, given: str, review: str) -> str:
    """Where boards go: the setting, else the policy's leaderboard.channel, else review."""
    return given or core.policy.leaderboard.channel or review


def slack_surface(core: Rapport, echo: Echo, settings: SlackSettings) -> Surface | None:
    """Slack teams, when a bot token is set: boards with their chart, reminders in thread."""
    if settings.many_workspaces:
        return many_slack_surface(core, settings)
    if not settings.slack_bot_token.strip():
        return None
    review = settings.slack_review_channel or settings.rapport_review_channel
    channel = board_channel(core, settings.rapport_leaderboard_channel, review)
    if not channel:
        echo("slack: set RAPPORT_LEADERBOARD_CHANNEL or RAPPORT_REVIEW_CHANNEL to post boards")
        return None
    # Slack's SDK loads only when a Slack token is set: a local clock never pays for it.
    from adapters.slack.client import web_client
    from adapters.slack.poster import post_board

    client = web_client(settings)
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

    def review_now(team: str) -> str:
        # The channel the workspace's admin chose with `setup`, read at each post.
        return core.review_channel(team) or review

    def board(team: str, view, png: bytes) -> None:
        to = board_channel(core, settings.rapport_leaderboard_channel, review_now(team))
        post_board(client, to, board_summary(view), board_blocks(view), png,
                   key=f"board:{team}:{view.week}")

    def reminder(team: str, due) -> None:
        slack_reminder(core, client, due, review_now(team) or channel)

    return Surface("slack", board, reminder, accepts)


def _slack_mention(asked) -> str:
    # A Slack user id is pinged (they are asked); any other key is only named.
    return f"<@{asked.key}>" if is_slack_user(asked.key) else escape_mrkdwn(asked.name)


def slack_reminder(core: Rapport, client, due, channel: str) -> None:
    """A pending pitch's reminder, in its report's thread (also shown in the channel, so it
    sits by the pitch), or in `channel` when the report was never posted; the backup
    reviewers it asks are mentioned, and so notified."""
    text = reminder_line(due, escape_mrkdwn, _slack_mention)
    refs = core.report_refs(due.pitch.id, "slack")
    if refs:
        where, ts = refs[0]
        client.chat_postMessage(channel=where, thread_ts=ts, reply_broadcast=True, text=text)
    else:
        client.chat_postMessage(channel=channel, text=text)


def many_slack_surface(core: Rapport, settings: SlackSettings) -> Surface:
    """Many workspaces (OAuth): each installed workspace's board and reminders go out with
    its own bot token, into the review channel its admin chose with `setup`."""
    # Slack's SDK loads only in a Slack deployment: a local clock never pays for it.
    from adapters.slack.client import web_client
    from adapters.slack.poster import post_board
    from adapters.slack.tenants import Installations, installation_store

    installed = Installations(installation_store(core.engine, settings.slack_client_id))

    def reach(team: str):
        token, channel = installed.bot_token(team), core.review_channel(team)
        if token is None:
            raise Undeliverable(f"Rapport is no longer installed in {team}")
        if not channel:
            # An admin may still choose one: the post is tried again later.
            raise LookupError(f"{team} has no review channel yet (/review-pitch setup)")
        return web_client(settings, token=token), channel

    def board(team: str, view, png: bytes) -> None:
        client, channel = reach(team)
        post_board(client, channel, board_summary(view), board_blocks(view), png,
                   key=f"board:{team}:{view.week}")

    def reminder(team: str, due) -> None:
        client, channel = reach(team)
        slack_reminder(core, client, due, channel)

    return Surface("slack", board, reminder,
                   lambda team: team.startswith("slack:")
                   and installed.bot_token(team) is not None)


def _discord_mention(asked) -> str:
    # A Discord user id is pinged (allowed for them alone); any other key is only named.
    return f"<@{asked.key}>" if asked.key.isdigit() else escape_discord(asked.name)


def discord_surface(core: Rapport, echo: Echo, settings: DiscordPosting) -> Surface | None:
    """Discord teams, when a bot token is set: the board embed with its chart attached."""
    token = settings.discord_token.strip()
    if not token:
        return None
    channel = board_channel(core, settings.rapport_leaderboard_channel,
                            settings.rapport_review_channel)
    review = settings.rapport_review_channel or channel
    if channel and not (channel.isdigit() and review.isdigit()):
        echo("discord: RAPPORT_LEADERBOARD_CHANNEL and RAPPORT_REVIEW_CHANNEL must be channel ids")
        return None
    # discord.py loads only when a Discord token is set: a local clock never pays for it.
    from adapters.discord_bot.poster import PostingSession, WrongServer

    guild = settings.discord_guild_id.strip()
    # One login for all of a tick's posts, closed when the tick is over.
    session = PostingSession(token, settings.discord_api_url)

    def send(team: str, to: str, **message) -> None:
        try:
            session.send(int(to), guild_id=int(team.partition(":")[2]), **message)
        except WrongServer as exc:
            raise Undeliverable(str(exc)) from exc

    def where(team: str, configured: str) -> str:
        # The channel the server's admin chose with `setup` wins; the configured one serves
        # only its own server (send refuses it for any other).
        chosen = core.review_channel(team) or configured
        if not chosen:
            raise LookupError(f"{team} has no review channel yet (/review-pitch setup)")
        return chosen

    def board(team: str, view, png: bytes) -> None:
        # `once`: a clock killed after Discord took the board, before the claim was marked
        # posted, left it in the channel; the clock that takes the claim over finds it there.
        send(team, where(team, channel), content=escape_discord(board_summary(view)),
             embed=board_embed_dict(view), png=png, once=True)

    def reminder(team: str, due) -> None:
        # A reply to the report, when it was posted here, so it sits by the pitch; only the
        # backup reviewers it asks are pinged.
        refs = core.report_refs(due.pitch.id, "discord")
        to, reply_to = (refs[0][0], int(refs[0][1])) if refs else (where(team, review), None)
        ping = tuple(int(a.key) for a in due.ask if a.key.isdigit())
        send(team, to, content=reminder_line(due, escape_discord, _discord_mention),
             reply_to=reply_to, ping=ping)

    return Surface("discord", board, reminder,
                   lambda team: team.partition(":")[2].isdigit()
                   and (not guild or team == f"discord:{guild}"), session.close)


def surfaces(core, out: Path | None, echo: Echo) -> dict[str, Surface]:
    """Every surface this process can post to: local always, chat ones when configured.
    The chat settings are read here, once, through the adapters' settings classes."""
    found = {"local": local_surface(out, echo)}
    for surface in (slack_surface(core, echo, SlackSettings()),
                    discord_surface(core, echo, DiscordPosting())):
        if surface is not None:
            found[surface.name] = surface
    return found
