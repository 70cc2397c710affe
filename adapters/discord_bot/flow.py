"""Answering an interaction: acknowledge inside Discord's 3 s, run the core, follow up."""

from __future__ import annotations

import logging

import discord

from bot.commands import Command, execute
from bot.errors import RapportError
from bot.outcomes import Changed, Submitted
from bot.render import escape_discord

from . import desk
from .core import dedupe_key, team_key
from .embeds import text_embeds
from .limits import fit_content
from .replies import Message, render_reply

log = logging.getLogger(__name__)

KEPT = "Your text, kept so you can copy it and try again"
OOPS = ("Rapport hit an unexpected error and logged it; what was already saved is kept. "
        "Try again in a moment.")


async def defer(interaction: discord.Interaction) -> bool:
    """Acknowledge at once ("thinking…", visible to the caller only); False if Discord refused."""
    try:
        await interaction.response.defer(ephemeral=True, thinking=True)
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


async def refuse(interaction: discord.Interaction, text: str) -> None:
    """One friendly line to the caller, whether or not the interaction was acknowledged."""
    content = fit_content(f"⚠️ {escape_discord(text)}")
    if interaction.response.is_done():
        await send(interaction, [{"content": content}])
        return
    try:
        await interaction.response.send_message(content, ephemeral=True)
    except discord.HTTPException as exc:
        log.warning("could not answer interaction %s: %s", interaction.id, exc)


async def run_command(interaction: discord.Interaction, verb: str, *, dedupe: str | None = None,
                      keep: str | None = None, **fields) -> None:
    """Run one /review-pitch verb for the caller and answer them privately.

    `keep` is what the caller typed in a form: if the core refuses it, it is handed back so
    nothing they wrote is lost.
    """
    if interaction.guild_id is None:
        await refuse(interaction, "Rapport works in a server channel, not in direct messages.")
        return
    if not interaction.response.is_done() and not await defer(interaction):
        return
    bot, guild_id = interaction.client, interaction.guild_id
    command = Command(verb, **fields)
    try:
        await bot.core.enrol(guild_id, interaction.user)
        outcome = await bot.core.call(execute, bot.core.service, team_key(guild_id),
                                    str(interaction.user.id), command,
                                    dedupe or dedupe_key(interaction))
    except Exception as exc:
        if not isinstance(exc, RapportError):
            log.exception("/review-pitch %s failed", verb)
        await refuse(interaction, str(exc) if isinstance(exc, RapportError) else OOPS)
        if keep:
            await send(interaction, [{"embeds": [e]} for e in text_embeds(KEPT, keep)])
        return
    posted = None
    match outcome:
        case Submitted(result=result) if result is not None and result.changed:
            posted = await desk.post(bot, result.pitch, guild_id)
        case Submitted(result=result) | Changed(result=result) if result is not None:
            await desk.after_change(bot, result, guild_id)
    await send(interaction, render_reply(outcome, posted=posted,
                                         review_channel=bot.core.review_channel_id))
