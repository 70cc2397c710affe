"""The report in the review channel: posted once, edited in place, and the notices it causes.

These are the platform calls the outbox's jobs make (delivery.py). What Discord may get over
(5xx, 429, the network) is raised, so the job is tried again; what it refused for good is
logged, or raised as Unpostable when a report cannot be posted at all.
"""

from __future__ import annotations

import asyncio
import logging

import discord

from bot.desk import Ref, ReportDesk
from bot.render import escape_discord
from bot.views import Notice, PitchView

from . import servers
from .buttons import report_view
from .core import SURFACE, team_key
from .embeds import report_embed
from .jobs import NotReady, Refused, transient
from .limits import fit_content
from .poster import own_embed

log = logging.getLogger(__name__)

APPROVE, CHANGES = "✅", "🔁"


def _view(bot, pitch: PitchView):
    return report_view(pitch, bot.core.service.policy.workflow.allow_overrides)


class Unpostable(Refused):
    """The report cannot be posted: no review channel of this server, or Discord refused."""


def _server(bot, guild_id: int) -> None:
    """The server, from the gateway's cache; NotReady while a (re)connection refills it."""
    if bot.get_guild(guild_id) is None:
        raise NotReady(f"server {guild_id} is not in the gateway's cache yet")


class DiscordReports:
    """Post, edit and tell on Discord: the port the core's review desk works through.

    The desk runs in a worker thread (the core is synchronous); each platform call is handed
    back to the client's event loop and awaited there. With `adopt` (a job's retry), a post
    first looks for a report an earlier attempt made but did not live to record.
    """

    surface = SURFACE
    # How long a platform call may take before the desk gives up on it: discord.py's own
    # retries of a 5xx take up to 25 s, and it waits out a rate limit of up to 30 s.
    TIMEOUT = 90

    def __init__(self, bot, guild_id: int, loop: asyncio.AbstractEventLoop,
                 adopt: bool = False):
        self.bot, self.guild_id, self.loop, self.adopt = bot, guild_id, loop, adopt

    def _run(self, coro):
        future = asyncio.run_coroutine_threadsafe(coro, self.loop)
        try:
            return future.result(self.TIMEOUT)
        except TimeoutError:
            future.cancel()  # never left running: a late post would be a second copy
            raise

    def post(self, pitch: PitchView) -> Ref:
        """Post a report with its buttons, seed ✅ 🔁, and say where it went: in the review
        channel of the pitch's own server, never another's."""
        if pitch.team != team_key(self.guild_id):
            raise Unpostable(f"pitch #{pitch.id} is not a pitch of server {self.guild_id}")
        # Read at each post (here, in the desk's thread): an admin may choose another channel.
        return self._run(self._post(pitch, servers.chosen(self.bot.core.service, self.guild_id)))

    async def _post(self, pitch: PitchView, choice: str | None) -> Ref:
        _server(self.bot, self.guild_id)
        channel = servers.review_channel(self.bot, self.guild_id, choice)
        if channel is None:
            raise Unpostable(f"server {self.guild_id} has no review channel I can see (chosen: "
                             f"{choice}, configured: {self.bot.core.review_channel_id})")
        message = await self._earlier(channel, pitch.id) if self.adopt else None
        if message is not None:
            # Posted by an attempt that did not live to record it: it shows the pitch as that
            # attempt saw it, and may lack its reactions.
            await self._edit((str(channel.id), str(message.id)), pitch)
        else:
            try:
                # The nonce lets Discord drop a second copy sent within minutes of the first.
                message = await channel.send(embed=report_embed(pitch),
                                             view=_view(self.bot, pitch),
                                             nonce=f"report:{pitch.id}")
            except discord.HTTPException as exc:
                if transient(exc):
                    raise
                raise Unpostable(str(exc)) from exc
        try:
            for emoji in (APPROVE, CHANGES):
                await message.add_reaction(emoji)
        except discord.HTTPException as exc:
            log.info("could not seed reactions on pitch #%s: %s", pitch.id, exc)
        return str(channel.id), str(message.id)

    async def _earlier(self, channel, pitch_id: int) -> discord.Message | None:
        """A report of this pitch the bot already posted here, if it is a recent one."""
        title = f"Pitch #{pitch_id} "
        return await own_embed(self.bot, channel, lambda t: t.startswith(title))

    def edit(self, ref: Ref, pitch: PitchView) -> None:
        """Edit one report in place; one that is gone is logged and the others still edit."""
        self._run(self._edit(ref, pitch))

    async def _edit(self, ref: Ref, pitch: PitchView) -> None:
        channel_id, message_id = ref
        message = self.bot.get_partial_messageable(int(channel_id)).get_partial_message(
            int(message_id))
        try:
            # Edits never ping, but say so anyway: nothing in a report should ever parse.
            await message.edit(embed=report_embed(pitch), view=_view(self.bot, pitch),
                               allowed_mentions=discord.AllowedMentions.none())
        except (discord.NotFound, discord.Forbidden) as exc:
            log.warning("could not update the report of pitch #%s: %s", pitch.id, exc)

    def tell(self, notice: Notice, pitch: PitchView, refs: list[Ref]) -> None:
        """A reply to the report that pings only that member."""
        self._run(say(self.bot, pitch.id, notice.member, escape_discord(notice.text),
                      self.guild_id, refs))


def report_desk(bot, guild_id: int, adopt: bool = False) -> ReportDesk:
    """The core's review desk for one server, working through Discord."""
    return ReportDesk(bot.core.service,
                      DiscordReports(bot, guild_id, asyncio.get_running_loop(), adopt))


async def say(bot, pitch_id: int, member: str, text: str, guild_id: int,
              refs: list[Ref] | None = None, nonce: str | None = None) -> None:
    """Post `text` (already escaped) to one member, under the pitch's report when there is one.
    What Discord may get over is raised (the job tries again); a refusal is logged."""
    if refs is None:
        refs = await bot.core.call(bot.core.service.report_refs, pitch_id, SURFACE)
    reference = None
    if not refs:
        # No report to reply under (it could not be posted): the server's review channel.
        channel = servers.review_channel(bot, guild_id, await servers.chosen_now(bot, guild_id))
    else:
        channel = bot.get_partial_messageable(int(refs[0][0]))
        reference = discord.MessageReference(message_id=int(refs[0][1]), channel_id=channel.id,
                                             fail_if_not_exists=False)
    if channel is None:
        _server(bot, guild_id)
        log.warning("no review channel in server %s to tell member %s", guild_id, member)
        return
    mention, allowed = "", discord.AllowedMentions.none()
    if member.isdigit():
        mention = f"<@{member}> "
        allowed = discord.AllowedMentions(everyone=False, roles=False, replied_user=False,
                                          users=[discord.Object(int(member))])
    try:
        await channel.send(fit_content(mention + text), allowed_mentions=allowed,
                           reference=reference, nonce=nonce)
    except discord.HTTPException as exc:
        if transient(exc):
            raise
        log.warning("could not tell member %s about pitch #%s: %s", member, pitch_id, exc)
