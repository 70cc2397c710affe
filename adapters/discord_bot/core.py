"""The bridge from discord.py's event loop to Rapport's synchronous core."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from typing import TypeVar

import discord

from bot.service import Rapport

from .jobs import DiscordJobs

SURFACE = "discord"
T = TypeVar("T")


def team_key(guild_id: int) -> str:
    """Each Discord server is its own team."""
    return f"{SURFACE}:{guild_id}"


def dedupe_key(interaction: discord.Interaction) -> str:
    """The key that makes a redelivered interaction change nothing the second time."""
    return f"{SURFACE}:ix:{interaction.id}"


class Core:
    """Rapport's service, the configured review channel and the outbox's Discord jobs,
    reachable from coroutines."""

    def __init__(self, service: Rapport, review_channel_id: int | None, jobs: DiscordJobs):
        self.service = service
        # RAPPORT_REVIEW_CHANNEL: used by its own server only, when its admin chose none.
        self.review_channel_id = review_channel_id
        self.jobs = jobs
        self._enrolled: set[tuple] = set()

    async def call(self, fn: Callable[..., T], *args, **kwargs) -> T:
        """Run a core call in a worker thread so the gateway heartbeat never waits on the DB."""
        return await asyncio.to_thread(functools.partial(fn, *args, **kwargs))

    async def enrol(self, guild_id: int, user: discord.abc.User) -> None:
        """Record a member's display name and admin flag once per change, not on every event."""
        is_admin = None
        if isinstance(user, discord.Member):
            # Manage Server is what Discord asks of whoever configures a bot; administrators
            # and the owner have it too.
            is_admin = user.guild_permissions.manage_guild
        entry = (guild_id, user.id, user.display_name, is_admin)
        if entry in self._enrolled:
            return
        await self.call(self.service.enrol, team_key(guild_id), str(user.id), user.display_name,
                        is_admin=is_admin)
        self._enrolled.add(entry)
