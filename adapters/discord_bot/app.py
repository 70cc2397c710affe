"""The Discord client: least intents, no pings by default, commands, buttons and reactions."""

from __future__ import annotations

import logging

import discord
from discord import app_commands

from bot.errors import RapportError

from .buttons import ReportButton
from .clicks import on_report_button
from .core import Core
from .filled import on_form
from .flow import OOPS, refuse
from .reactions import on_reaction
from .slash import ReviewPitch
from .worker import POLL, JobWorker

log = logging.getLogger(__name__)
# The wiring: a click on any report's button, old or new, goes to the click handler.
ReportButton.on_click = on_report_button


def intents() -> discord.Intents:
    """Guilds (channels, the member's permissions) and guild reactions: nothing privileged."""
    wanted = discord.Intents.none()
    wanted.guilds = True
    wanted.guild_reactions = True
    return wanted


class RapportBot(discord.Client):
    """Rapport's gateway worker, and the worker of the Discord jobs its acts leave."""

    def __init__(self, core: Core, *, sync_guild_id: int | None = None, poll: float = POLL,
                 **options):
        # A rate limit longer than this (the least discord.py allows) raises, and the job is
        # tried again after Discord's retry_after instead of holding its worker meanwhile.
        options.setdefault("max_ratelimit_timeout", 30.0)
        # Nobody is pinged unless a send names them explicitly: user text can't reach @everyone.
        super().__init__(intents=intents(), allowed_mentions=discord.AllowedMentions.none(),
                         **options)
        self.core = core
        self.sync_guild_id = sync_guild_id
        self.worker = JobWorker(self, core.jobs, poll)
        # Why the job worker died, if it did: the process then exits non-zero (runner.py).
        self.failure: BaseException | None = None
        # Reaction events fully handled, so tests (and logs) can tell when one is done.
        self.reactions_handled = 0
        self.tree = app_commands.CommandTree(self)
        self.tree.on_error = self._on_command_error
        self.tree.add_command(ReviewPitch())

    async def setup_hook(self) -> None:
        """Start the job worker (it resumes what a restart left once the gateway is ready),
        register the persistent buttons and publish the commands (one guild: instantly)."""
        self.worker.start()
        self.add_dynamic_items(ReportButton)
        if self.sync_guild_id is None:
            await self.tree.sync()
            return
        guild = discord.Object(self.sync_guild_id)
        self.tree.copy_global_to(guild=guild)
        await self.tree.sync(guild=guild)

    async def close(self) -> None:
        """Stop the job worker (a job cut short is run again), then log out."""
        await self.worker.stop()
        await super().close()

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """A submitted form: answered from its custom_id, whichever process opened it."""
        await on_form(interaction)

    async def on_raw_reaction_add(self, payload: discord.RawReactionActionEvent) -> None:
        """A reaction on any message, cached or not."""
        try:
            await on_reaction(self, payload, adding=True)
        finally:
            self.reactions_handled += 1

    async def on_raw_reaction_remove(self, payload: discord.RawReactionActionEvent) -> None:
        """A reaction taken back."""
        try:
            await on_reaction(self, payload, adding=False)
        finally:
            self.reactions_handled += 1

    async def _on_command_error(self, interaction: discord.Interaction,
                                error: app_commands.AppCommandError) -> None:
        cause = getattr(error, "original", error)
        if isinstance(cause, RapportError):
            await refuse(interaction, str(cause))
            return
        log.error("app command failed", exc_info=error)
        await refuse(interaction, OOPS)
