"""✅ approves, 🔁 asks for changes, removing ✅ withdraws: raw events, so old reports work too."""

from __future__ import annotations

import logging

import discord

from bot.errors import NotAllowed, RapportError
from bot.render import escape_discord

from . import reports
from .core import SURFACE, team_key
from .reports import APPROVE, CHANGES

log = logging.getLogger(__name__)

REACTION_COMMENT = "Asked for changes with 🔁 (no comment: ask the reviewer what to change)."


async def on_reaction(bot: discord.Client, payload: discord.RawReactionActionEvent,
                      adding: bool) -> None:
    """Turn a reviewer's reaction on a report into the workflow step it stands for."""
    emoji = str(payload.emoji)
    if payload.guild_id is None or bot.user is None or payload.user_id == bot.user.id:
        return
    if (payload.member is not None and payload.member.bot) or emoji not in (APPROVE, CHANGES):
        return
    if not adding and emoji != APPROVE:
        return  # taking back a 🔁 does not reopen anything: the author revises instead
    core = bot.core
    found = await core.call(core.service.pitch_for_report, SURFACE, str(payload.channel_id),
                            str(payload.message_id))
    if found is None or found.team != team_key(payload.guild_id):
        return
    team, pitch_id = found.team, found.pitch_id
    member = str(payload.user_id)
    try:
        if payload.member is not None:
            await core.enrol(payload.guild_id, payload.member)
        if adding and emoji == APPROVE and found.author == member:
            return  # people often tick their own post; only a teammate's ✅ counts
        if not adding:
            result = await core.call(core.service.withdraw_approval, team, pitch_id, member)
        elif emoji == APPROVE:
            result = await core.call(core.service.approve, team, pitch_id, member)
        else:
            # A reaction has no id: one 🔁 per reviewer per revision, however often delivered.
            key = f"{SURFACE}:rx:{payload.message_id}:{member}:changes:{found.revision}"
            result = await core.call(core.service.request_changes, team, pitch_id, member,
                                     REACTION_COMMENT, dedupe=key)
    except NotAllowed as exc:
        hint = " Use the Approve button to give an override reason." if "override" in str(
            exc) else ""
        await reports.say(bot, pitch_id, member,
                          f"your {emoji} on pitch #{pitch_id} changed nothing: "
                          f"{escape_discord(str(exc))}.{hint}", payload.guild_id)
        return
    except RapportError as exc:
        log.info("reaction on pitch #%s refused: %s", pitch_id, exc)
        return
    await reports.after_change(bot, result, payload.guild_id)
