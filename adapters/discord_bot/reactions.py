"""✅ approves, 🔁 asks for changes, removing ✅ withdraws: raw events, so old reports work too."""

from __future__ import annotations

import logging

import discord

from bot.command_line import Command
from bot.errors import NotAllowed, NotAReport, RapportError
from bot.render import escape_discord
from bot.views import ReportRef

from . import delivery
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
    if adding and payload.message_author_id not in (None, bot.user.id):
        return  # reports are the bot's own messages: a reaction on anyone else's is not looked up
    core = bot.core
    team, member = team_key(payload.guild_id), str(payload.user_id)
    report = ReportRef(SURFACE, str(payload.channel_id), str(payload.message_id))
    # The reaction becomes the command it stands for, run like any other: the core finds the
    # report's pitch in the act's own transaction and decides, the author's own ✅ included;
    # the adapter tells the reactor what it decided.
    if not adding:
        command = Command("withdraw-approval", report=report)
    elif emoji == APPROVE:
        command = Command("approve", report=report)
    else:
        command = Command("request-changes", report=report, text=REACTION_COMMENT)
    try:
        if payload.member is not None:
            await core.enrol(payload.guild_id, payload.member)
        outcome, claimed = await core.call(delivery.act, core, payload.guild_id, member,
                                           command, None)
    except NotAReport:
        return
    except NotAllowed as exc:
        # Refusals are rare: only now is the report's pitch number looked up, to name it.
        pitch_id = (await core.call(core.service.show, team, report)).id
        hint = " Use the Approve button to give an override reason." if "override" in str(
            exc) else ""
        told = delivery.notice_owed(payload.guild_id, pitch_id, member,
                                    f"your {emoji} on pitch #{pitch_id} changed nothing: "
                                    f"{escape_discord(str(exc))}.{hint}")
        await delivery.deliver(bot, await core.call(core.jobs.write, [told]))
        return
    except RapportError as exc:
        log.info("reaction on report %s refused: %s", report.message, exc)
        return
    await delivery.deliver(bot, claimed, outcome.result)
    if adding and emoji == APPROVE and outcome.result.pitch.uncounted(member):
        # The report marks the approval; its giver hears why it does not count.
        pitch = outcome.result.pitch
        told = delivery.notice_owed(payload.guild_id, pitch.id, member,
                                    escape_discord(outcome.message),
                                    dedupe=f"discord:uncounted:{pitch.id}:{pitch.revision}:{member}")
        await delivery.deliver(bot, await core.call(core.jobs.write, [told]))
