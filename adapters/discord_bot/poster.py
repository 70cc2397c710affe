"""Posting to a channel over REST alone (no gateway), e.g. the weekly board from the clock."""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Callable

import discord

from .endpoints import point_discord_at
from .limits import fit_content, fit_embed

CHART_NAME = "leaderboard.png"
HISTORY = 50  # recent messages searched for what an earlier, cut-off attempt posted
log = logging.getLogger(__name__)


class WrongServer(ValueError):
    """The channel is not in the team's server: posting there would show one team's board to
    another."""


async def post_board(token: str, channel_id: int, *, content: str | None = None,
                     embed: dict | None = None, png: bytes | None = None,
                     guild_id: int | None = None, api_url: str | None = None) -> int:
    """Send content, an embed and an optional PNG chart to a channel; the new message's id.

    The embed shows the chart when one is attached and it names no image of its own. Nobody
    is pinged whatever the text says. With `guild_id` (the team's server) a channel of any
    other server is refused with WrongServer. discord.HTTPException says why Discord refused.
    """
    client = await login(token, api_url)
    try:
        return await send_board(client, channel_id, content=content, embed=embed, png=png,
                                guild_id=guild_id)
    finally:
        await client.close()


async def login(token: str, api_url: str | None = None) -> discord.Client:
    """A REST-only client, logged in (no gateway connection), that pings nobody."""
    if api_url is not None:
        point_discord_at(api_url, None)
    client = discord.Client(intents=discord.Intents.none(),
                            allowed_mentions=discord.AllowedMentions.none())
    await client.login(token)
    return client


async def send_board(client: discord.Client, channel_id: int, *, content: str | None = None,
                     embed: dict | None = None, png: bytes | None = None,
                     guild_id: int | None = None, once: bool = False,
                     reply_to: int | None = None, ping: tuple[int, ...] = ()) -> int:
    """Send the board (or a line) with a logged-in client; see post_board. With `once`, a
    recent message of this bot's in the channel whose embed has the same title (the week's
    board, posted by a clock killed before it could record it) is taken for it: its id.
    `reply_to` makes it a reply to that message (never failing if it is gone); `ping` names
    the only users it may notify."""
    channel = client.get_partial_messageable(channel_id)
    if guild_id is not None:
        found = await client.fetch_channel(channel_id)
        if getattr(found, "guild", None) is None or found.guild.id != guild_id:
            raise WrongServer(f"channel {channel_id} is not in server {guild_id}")
    if embed is not None:
        embed = fit_embed(embed)
        title = embed.get("title")
        earlier = (await own_embed(client, channel, lambda t: t == title)
                   if once and title else None)
        if earlier is not None:
            return earlier.id
    kwargs: dict = {"allowed_mentions": discord.AllowedMentions(
        everyone=False, roles=False, replied_user=False,
        users=[discord.Object(id=user) for user in ping])}
    if reply_to is not None:
        kwargs["reference"] = channel.get_partial_message(reply_to).to_reference(
            fail_if_not_exists=False)
    if content:
        kwargs["content"] = fit_content(content)
    if embed is not None:
        if png and not embed.get("image"):
            embed["image"] = {"url": f"attachment://{CHART_NAME}"}
        kwargs["embed"] = discord.Embed.from_dict(embed)
    if png:
        kwargs["file"] = discord.File(io.BytesIO(png), filename=CHART_NAME)
    message = await channel.send(**kwargs)
    return message.id


async def own_embed(client: discord.Client, channel, matches: Callable[[str], bool]
                    ) -> discord.Message | None:
    """A recent message of this bot's in the channel whose embed title `matches`: what an
    earlier attempt, cut off before it could record it, posted."""
    try:
        async for message in channel.history(limit=HISTORY):
            if message.author.id == client.user.id and message.embeds and matches(
                    message.embeds[0].title or ""):
                return message
    except discord.Forbidden as exc:  # no Read Message History: post, and risk a copy
        log.warning("cannot read channel %s's history: %s", channel.id, exc)
    return None


class PostingSession:
    """One logged-in client for a clock tick's posts, for synchronous callers: it logs in on
    the first post and logs out when the tick ends (`close`)."""

    def __init__(self, token: str, api_url: str | None = None):
        self.token, self.api_url = token, api_url
        self.loop: asyncio.AbstractEventLoop | None = None
        self.client: discord.Client | None = None

    def send(self, channel_id: int, **message) -> int:
        """Post to a channel (see send_board), logging in first if this tick has not."""
        if self.loop is None:
            self.loop = asyncio.new_event_loop()
        if self.client is None:
            self.client = self.loop.run_until_complete(login(self.token, self.api_url))
        return self.loop.run_until_complete(send_board(self.client, channel_id, **message))

    def close(self) -> None:
        """Log out and let the loop go; the next post logs in again."""
        if self.client is not None:
            self.loop.run_until_complete(self.client.close())
        if self.loop is not None:
            self.loop.close()
        self.loop = self.client = None
