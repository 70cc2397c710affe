"""The report in the review channel: posted once, edited in place, and the notices it causes."""

from __future__ import annotations

import logging

import discord

from bot.render import escape_discord
from bot.views import ActionResult, Notice, PitchView

from .buttons import report_view
from .core import SURFACE
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


async def post(bot, pitch: PitchView, guild_id: int) -> discord.PartialMessage | None:
    """Post a pitch's report with its buttons and seed ✅ 🔁; None if it could not be posted."""
    core = bot.core
    channel = review_channel(bot, guild_id)
    if channel is None:
        log.warning("RAPPORT_REVIEW_CHANNEL %s is not a channel of server %s: report of pitch "
                    "#%s not posted", core.review_channel_id, guild_id, pitch.id)
        return None
    try:
        message = await channel.send(embed=report_embed(pitch), view=_view(bot, pitch))
    except discord.HTTPException as exc:
        log.warning("could not post the report of pitch #%s: %s", pitch.id, exc)
        return None
    await core.call(core.service.attach_report, pitch.id, SURFACE, str(channel.id),
                    str(message.id))
    try:
        for emoji in (APPROVE, CHANGES):
            await message.add_reaction(emoji)
    except discord.HTTPException as exc:
        log.info("could not seed reactions on pitch #%s: %s", pitch.id, exc)
    return channel.get_partial_message(message.id)


async def refresh(bot, pitch: PitchView, guild_id: int) -> None:
    """Edit every report of the pitch in place (or post one if none was ever posted)."""
    core = bot.core
    refs = await core.call(core.service.report_refs, pitch.id, SURFACE)
    if not refs:
        await post(bot, pitch, guild_id)
        return
    embed, view = report_embed(pitch), _view(bot, pitch)
    for channel_id, message_id in refs:
        message = bot.get_partial_messageable(int(channel_id)).get_partial_message(int(message_id))
        try:
            # Edits never ping, but say so anyway: nothing in a report should ever parse.
            await message.edit(embed=embed, view=view,
                               allowed_mentions=discord.AllowedMentions.none())
        except discord.HTTPException as exc:
            log.warning("could not update the report of pitch #%s: %s", pitch.id, exc)


async def after_change(bot, result: ActionResult, guild_id: int) -> None:
    """Bring the report up to date and tell whoever the core says should know."""
    if not result.changed:
        return
    await refresh(bot, result.pitch, guild_id)
    for notice in result.notices:
        await tell(bot, result.pitch, notice, guild_id)


async def tell(bot, pitch: PitchView, notice: Notice, guild_id: int) -> None:
    """A message in the review channel, replying to the report, that pings only that member."""
    await say(bot, pitch.id, notice.member, escape_discord(notice.text), guild_id)


async def say(bot, pitch_id: int, member: str, text: str, guild_id: int) -> None:
    """Post `text` (already escaped) to one member, under the pitch's report when there is one."""
    core = bot.core
    refs = await core.call(core.service.report_refs, pitch_id, SURFACE)
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
