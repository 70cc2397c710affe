"""✅ approves, 🔁 asks for changes, removing ✅ withdraws: raw events, so old reports work too."""

from __future__ import annotations

import logging

import discord

from bot.commands import Command, execute
from bot.errors import NotAllowed, RapportError
from bot.render import escape_discord

from . import desk
from .core import SURFACE, team_key
from .desk import APPROVE, CHANGES

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
    # The reaction becomes the command it stands for, run like any other: the core decides,
    # the author's own ✅ included, and the adapter tells the reactor what it decided.
    if not adding:
        command, key = Command("withdraw-approval", pitch_id=pitch_id), None
    elif emoji == APPROVE:
        command, key = Command("approve", pitch_id=pitch_id), None
    else:
        command = Command("request-changes", pitch_id=pitch_id, text=REACTION_COMMENT)
        # A reaction has no id: one 🔁 per reviewer per revision, however often delivered.
        key = f"{SURFACE}:rx:{payload.message_id}:{member}:changes:{found.revision}"
    try:
        if payload.member is not None:
            await core.enrol(payload.guild_id, payload.member)
        outcome = await core.call(execute, core.service, team, member, command, key)
    except NotAllowed as exc:
        hint = " Use the Approve button to give an override reason." if "override" in str(
            exc) else ""
        await desk.say(bot, pitch_id, member,
                          f"your {emoji} on pitch #{pitch_id} changed nothing: "
                          f"{escape_discord(str(exc))}.{hint}", payload.guild_id)
        return
    except RapportError as exc:
        log.info("reaction on pitch #%s refused: %s", pitch_id, exc)
        return
    await desk.after_change(bot, outcome.result, payload.guild_id)
