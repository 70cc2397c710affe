"""The report in the review channel: posted once, edited in place, and the notices it causes."""

from __future__ import annotations

import asyncio
import logging

import discord

from bot.desk import Ref, ReportDesk
from bot.render import escape_discord
from bot.views import ActionResult, Notice, PitchView

from .buttons import report_view
from .core import SURFACE, team_key
from .embeds import report_embed
from .limits import fit_content

log = logging.getLogger(__name__)

APPROVE, CHANGES = "✅", "🔁"


def _view(bot, pitch: PitchView):
    return report_view(pitch, bot.core.service.policy.workflow.allow_overrides)


def review_channel(bot, guild_id: int) -> discord.abc.Messageable | None:
    """The review channel, if it belongs to this server: one team's pitches never leak."""
    channel = bot.get_channel(bot.core.review_channel_id)
    guild = getattr(channel, "guild", None)
    return channel if guild is not None and guild.id == guild_id else None


class Unpostable(Exception):
    """The report cannot be posted: no review channel of this server, or Discord refused."""


class DiscordReports:
    """Post, edit and tell on Discord: the port the core's review desk works through.

    The desk runs in a worker thread (the core is synchronous); each platform call is handed
    back to the client's event loop and awaited there.
    """

    surface = SURFACE
    # How long a platform call may take before the desk gives up on it.
    TIMEOUT = 30

    def __init__(self, bot, guild_id: int, loop: asyncio.AbstractEventLoop):
        self.bot, self.guild_id, self.loop = bot, guild_id, loop

    def _run(self, coro):
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(self.TIMEOUT)

    def post(self, pitch: PitchView) -> Ref:
        """Post a report with its buttons, seed ✅ 🔁, and say where it went."""
        return self._run(self._post(pitch))

    async def _post(self, pitch: PitchView) -> Ref:
        channel = review_channel(self.bot, self.guild_id)
        if channel is None:
            raise Unpostable(f"RAPPORT_REVIEW_CHANNEL {self.bot.core.review_channel_id} is not "
                             f"a channel of server {self.guild_id}")
        try:
            message = await channel.send(embed=report_embed(pitch), view=_view(self.bot, pitch))
        except discord.HTTPException as exc:
            raise Unpostable(str(exc)) from exc
        try:
            for emoji in (APPROVE, CHANGES):
                await message.add_reaction(emoji)
        except discord.HTTPException as exc:
            log.info("could not seed reactions on pitch #%s: %s", pitch.id, exc)
        return str(channel.id), str(message.id)

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
        except discord.HTTPException as exc:
            log.warning("could not update the report of pitch #%s: %s", pitch.id, exc)

    def tell(self, notice: Notice, pitch: PitchView, refs: list[Ref]) -> None:
        """A reply to the report that pings only that member."""
        self._run(say(self.bot, pitch.id, notice.member, escape_discord(notice.text),
                      self.guild_id, refs))


def report_desk(bot, guild_id: int) -> ReportDesk:
    """The core's review desk for one server, working through Discord."""
    return ReportDesk(bot.core.service, DiscordReports(bot, guild_id, asyncio.get_running_loop()))


async def post(bot, pitch: PitchView, guild_id: int) -> discord.PartialMessage | None:
    """Post a pitch's report through the desk; None (and logged) if it could not be posted."""
    try:
        channel_id, message_id = await bot.core.call(report_desk(bot, guild_id).post, pitch)
    except Unpostable as exc:
        log.warning("report of pitch #%s not posted: %s", pitch.id, exc)
        return None
    # The cached channel knows its server, so the report's link opens in it.
    channel = bot.get_channel(int(channel_id)) or bot.get_partial_messageable(int(channel_id))
    return channel.get_partial_message(int(message_id))


async def after_change(bot, result: ActionResult, guild_id: int) -> None:
    """Bring the reports up to date and tell whoever the core says should know; a pitch whose
    report was never posted (the review channel was missing then) gets one now."""
    if not result.changed:
        return
    desk = report_desk(bot, guild_id)
    if not await bot.core.call(desk.refs_of, result):
        await post(bot, result.pitch, guild_id)
    await bot.core.call(desk.settle, team_key(guild_id), result)


async def say(bot, pitch_id: int, member: str, text: str, guild_id: int,
              refs: list[Ref] | None = None) -> None:
    """Post `text` (already escaped) to one member, under the pitch's report when there is one."""
    if refs is None:
        refs = await bot.core.call(bot.core.service.report_refs, pitch_id, SURFACE)
    channel, reference = review_channel(bot, guild_id), None
    if refs:
        channel = bot.get_partial_messageable(int(refs[0][0]))
        reference = discord.MessageReference(message_id=int(refs[0][1]), channel_id=channel.id,
                                             fail_if_not_exists=False)
    if channel is None:
        log.warning("no review channel in server %s to tell member %s", guild_id, member)
        return
    mention, allowed = "", discord.AllowedMentions.none()
    if member.isdigit():
        mention = f"<@{member}> "
        allowed = discord.AllowedMentions(everyone=False, roles=False, replied_user=False,
                                          users=[discord.Object(int(member))])
    try:
        await channel.send(fit_content(mention + text), allowed_mentions=allowed,
                           reference=reference)
    except discord.HTTPException as exc:
        log.warning("could not tell member %s about pitch #%s: %s", member, pitch_id, exc)
