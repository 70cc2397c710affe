"""Posting to a channel over REST alone (no gateway), e.g. the weekly board from the clock."""

from __future__ import annotations

import asyncio
import io

import discord

from .endpoints import point_discord_at
from .limits import fit_content, fit_embed

CHART_NAME = "leaderboard.png"


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
    if api_url is not None:
        point_discord_at(api_url, None)
    client = discord.Client(intents=discord.Intents.none(),
                            allowed_mentions=discord.AllowedMentions.none())
    try:
        await client.login(token)
        channel = client.get_partial_messageable(channel_id)
        if guild_id is not None:
            found = await client.fetch_channel(channel_id)
            if getattr(found, "guild", None) is None or found.guild.id != guild_id:
                raise WrongServer(f"channel {channel_id} is not in server {guild_id}")
        kwargs: dict = {"allowed_mentions": discord.AllowedMentions.none()}
        if content:
            kwargs["content"] = fit_content(content)
        if embed is not None:
            embed = fit_embed(embed)
            if png and not embed.get("image"):
                embed["image"] = {"url": f"attachment://{CHART_NAME}"}
            kwargs["embed"] = discord.Embed.from_dict(embed)
        if png:
            kwargs["file"] = discord.File(io.BytesIO(png), filename=CHART_NAME)
        message = await channel.send(**kwargs)
        return message.id
    finally:
        await client.close()


def post_board_blocking(token: str, channel_id: int, **kwargs) -> int:
    """post_board for synchronous callers such as the clock process (no loop running)."""
    return asyncio.run(post_board(token, channel_id, **kwargs))
