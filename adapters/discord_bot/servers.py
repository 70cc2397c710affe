"""Many servers on one deployment: which server an interaction belongs to, and where each
server's reports go.

Each server is its own team. Its reports go to the channel its admin chose with
`/review-pitch setup` (kept by the core, per team); else to RAPPORT_REVIEW_CHANNEL when that is
a channel of this very server (a one-server deployment needs no setup); else nowhere, and a
pitch is refused before anything is written rather than kept where nobody reviews it.
"""

from __future__ import annotations

import discord

from bot.service import Rapport

from .core import team_key

OUTSIDE = ("Rapport works in the channels of a server it is installed in, not in direct "
           "messages or where only you added the app. Nothing was saved.")
NO_CHANNEL = ("This server has no review channel yet, so nothing was saved: an admin (Manage "
              "Server) must first choose one with `/review-pitch setup #channel`.")
GONE = ("This server's review channel <#{id}> is gone or hidden from me, so nothing was saved: "
        "an admin (Manage Server) must choose another with `/review-pitch setup #channel`.")


def installed(interaction: discord.Interaction) -> bool:
    """Whether the interaction comes from a server Rapport is installed in: not a DM, and not a
    server where only the member added the app (Discord names the installing server)."""
    return interaction.guild_id is not None and interaction.is_guild_integration()


def chosen(service: Rapport, guild_id: int) -> str | None:
    """The channel this server's admin chose, if one did (blocking: a database read)."""
    return service.review_channel(team_key(guild_id))


async def chosen_now(bot: discord.Client, guild_id: int) -> str | None:
    """The admin's choice, read in a worker thread so the gateway never waits on it."""
    return await bot.core.call(chosen, bot.core.service, guild_id)


def review_channel(bot: discord.Client, guild_id: int,
                   choice: str | None) -> discord.abc.GuildChannel | None:
    """Where this server's reports go: the admin's choice, else the configured channel; only
    ever a channel of this server, as the gateway's cache knows it."""
    wanted = (int(choice) if choice.isdigit() else None) if choice else bot.core.review_channel_id
    channel = bot.get_channel(wanted) if wanted is not None else None
    guild = getattr(channel, "guild", None)
    return channel if guild is not None and guild.id == guild_id else None


def no_channel(bot: discord.Client, guild_id: int, choice: str | None) -> str | None:
    """Why this server's pitches cannot be reviewed now (no channel to post in), or None."""
    if review_channel(bot, guild_id, choice) is not None:
        return None
    return GONE.format(id=choice) if choice and choice.isdigit() else NO_CHANNEL
