"""Answering an interaction: acknowledge inside Discord's 3 s, run the core, follow up."""

from __future__ import annotations

import logging

import discord

from bot.command_line import Command
from bot.desk import Ref
from bot.errors import RapportError
from bot.outcomes import Changed, Outcome, ReviewChannel, Submitted
from bot.render import escape_discord

from . import delivery, home, servers
from .core import dedupe_key
from .embeds import text_embeds
from .limits import fit_content
from .replies import Message, render_reply

log = logging.getLogger(__name__)

KEPT = "Your text, kept so you can copy it and try again"
OOPS = ("Rapport hit an unexpected error and logged it; what was already saved is kept. "
        "Try again in a moment.")


async def defer(interaction: discord.Interaction, in_place: bool = False) -> bool:
    """Acknowledge at once ("thinking…", visible to the caller only; `in_place`: nothing
    shown, the clicked message is edited later); False if Discord refused."""
    try:
        await interaction.response.defer(ephemeral=True, thinking=not in_place)
    except discord.HTTPException as exc:
        # Already acknowledged (a redelivery) or too late: the first delivery owns the reply.
        log.warning("could not acknowledge interaction %s: %s", interaction.id, exc)
        return False
    return True


async def send(interaction: discord.Interaction, messages: list[Message]) -> None:
    """Follow up with ephemeral messages, one per item."""
    for message in messages:
        try:
            await interaction.followup.send(ephemeral=True, **message)
        except discord.HTTPException as exc:
            log.warning("could not follow up interaction %s: %s", interaction.id, exc)
            return


async def refuse(interaction: discord.Interaction, text: str, *, ours: bool = False) -> None:
    """One friendly line to the caller, whether or not the interaction was acknowledged;
    `ours`: one of Rapport's own lines, shown with its markup (others are escaped)."""
    content = fit_content(f"⚠️ {text if ours else escape_discord(text)}")
    if interaction.response.is_done():
        await send(interaction, [{"content": content}])
        return
    try:
        await interaction.response.send_message(content, ephemeral=True)
    except discord.HTTPException as exc:
        log.warning("could not answer interaction %s: %s", interaction.id, exc)


async def admitted(interaction: discord.Interaction) -> bool:
    """Whether Rapport serves this interaction (it comes from a server Rapport is installed
    in); if not, the caller is told so, and nothing is written."""
    if servers.installed(interaction):
        return True
    await refuse(interaction, servers.OUTSIDE, ours=True)
    return False


async def _refused(interaction: discord.Interaction, text: str | None, keep: str | None, *,
                   ours: bool = False) -> None:
    if text is not None:
        await refuse(interaction, text, ours=ours)
    if keep:
        await send(interaction, [{"embeds": [e]} for e in text_embeds(KEPT, keep)])


async def run_command(interaction: discord.Interaction, verb: str, *, dedupe: str | None = None,
                      keep: str | None = None, in_place: bool = False, **fields) -> None:
    """Run one /review-pitch verb for the caller and answer them privately.

    `keep` is what the caller typed in a form: if the core refuses it, it is handed back so
    nothing they wrote is lost. `in_place`: a click on the caller's desk (home.py), answered
    by redrawing the desk with the answer on top.
    """
    if not await admitted(interaction):
        return
    if not interaction.response.is_done() and not await defer(interaction, in_place):
        return
    bot, guild_id = interaction.client, interaction.guild_id
    command = Command(verb, **fields)
    try:
        if command.submits:
            # Before anything is written, the member included: a pitch nobody can review
            # here is refused whole, not kept out of sight.
            line = servers.no_channel(bot, guild_id, await servers.chosen_now(bot, guild_id))
            if line is not None:
                await _refused(interaction, line, keep, ours=True)
                return
        await bot.core.enrol(guild_id, interaction.user)
        outcome, claimed = await bot.core.call(delivery.act, bot.core, guild_id,
                                               str(interaction.user.id), command,
                                               dedupe or dedupe_key(interaction))
    except Exception as exc:
        if not isinstance(exc, RapportError):
            log.exception("/review-pitch %s failed", verb)
        text = str(exc) if isinstance(exc, RapportError) else OOPS
        if in_place:
            await home.redraw(interaction, f"⚠️ {escape_discord(text)}")
            text = None  # said on the desk; only their own writing is still to hand back
        await _refused(interaction, text, keep)
        return
    reported = None
    match outcome:
        case Submitted(result=result) | Changed(result=result):
            # What the act owes Discord is committed already: this only does it sooner.
            reported = await delivery.deliver(bot, claimed, result,
                                              new=isinstance(outcome, Submitted))
    if in_place:
        await home.redraw(interaction, escape_discord(outcome.message))
        return
    posted = _message(bot, reported.value) if reported and reported.done else None
    where = await _review_channel(bot, guild_id, outcome) if posted is None else None
    await send(interaction, render_reply(outcome, posted=posted,
                                         pending=bool(reported and reported.retrying),
                                         review_channel=where))


async def _review_channel(bot: discord.Client, guild_id: int, outcome: Outcome) -> int | None:
    """The server's review channel, for the answers that name it."""
    if isinstance(outcome, ReviewChannel):
        channel = servers.review_channel(bot, guild_id, outcome.channel)
    elif isinstance(outcome, Submitted):
        channel = servers.review_channel(bot, guild_id, await servers.chosen_now(bot, guild_id))
    else:
        return None
    return channel.id if channel is not None else None


def _message(bot: discord.Client, ref: Ref) -> discord.PartialMessage:
    # The cached channel knows its server, so the report's link opens in it.
    channel_id, message_id = (int(part) for part in ref)
    channel = bot.get_channel(channel_id) or bot.get_partial_messageable(channel_id)
    return channel.get_partial_message(message_id)
