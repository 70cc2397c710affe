"""`/review-pitch home`: a member's desk (bot/home.py), shown to them only, with the report's
own Approve and Request changes buttons under each review waiting for them.

The buttons are ReportButtons (the same custom ids, the same click handler), so a click on
the desk takes the road a click on a report takes; the desk is then redrawn in place, in the
private message clicked, with the answer on top.
"""

from __future__ import annotations

import logging

import discord
from discord import ui

from bot.command_line import Command
from bot.commands import execute
from bot.errors import RapportError
from bot.outcomes import Home
from bot.render import render_json
from bot.views import DeskView

from .buttons import ReportButton
from .core import team_key
from .limits import fit_content, fit_embed

log = logging.getLogger(__name__)
# Every desk's embed title starts so: how a click is known to come from a desk.
TITLE = "Your desk"
# Two reviews a row, each with its Approve and Request changes: ten reviews fill five rows.
PER_ROW = 2


def desk_embed(desk: DeskView) -> discord.Embed:
    """The desk as one embed, fitted to Discord's limits."""
    return discord.Embed.from_dict(fit_embed(render_json("discord/home.json.j2", desk=desk,
                                                         title=TITLE)))


def desk_view(desk: DeskView) -> ui.View | None:
    """Approve (or the override form) and Request changes for each review on the desk."""
    if not desk.reviews.items:
        return None
    view = ui.View(timeout=None)
    for index, pitch in enumerate(desk.reviews.items):
        approve = "override" if pitch.errors and desk.allow_overrides else "approve"
        for action, words in ((approve, "Approve"), ("changes", "Request changes")):
            button = ReportButton(action, pitch.id, pitch.revision)
            # Many pitches share the desk: each button names its own.
            button.item.label, button.row = f"{words} #{pitch.id}", index // PER_ROW
            view.add_item(button)
    return view


def desk_message(desk: DeskView, line: str) -> dict:
    """The private message showing a desk: `line` (escaped already), the embed, the buttons."""
    message: dict = {"content": fit_content(line), "embeds": [desk_embed(desk)]}
    view = desk_view(desk)
    if view is not None:
        message["view"] = view
    return message


def from_desk(interaction: discord.Interaction) -> bool:
    """Whether a click (or a form it opened) came from a desk: a private message of ours
    whose embed is a desk's."""
    message = interaction.message
    return bool(message is not None and message.flags.ephemeral and message.embeds
                and (message.embeds[0].title or "").startswith(TITLE))


async def redraw(interaction: discord.Interaction, line: str) -> None:
    """Show the clicker's desk again in the message they clicked, `line` (escaped) on top;
    if it cannot be drawn, the line comes as a private message of its own."""
    bot = interaction.client
    try:
        outcome = await bot.core.call(execute, bot.core.service, team_key(interaction.guild_id),
                                      str(interaction.user.id), Command("home"))
        match outcome:
            case Home(desk=desk):
                shown = desk_message(desk, line)
                # No view clears the buttons of reviews no longer waiting.
                await interaction.edit_original_response(
                    content=shown["content"], embeds=shown["embeds"], view=shown.get("view"))
                return
    except (RapportError, discord.HTTPException) as exc:
        log.warning("could not redraw the desk of %s: %s", interaction.user.id, exc)
    try:
        await interaction.followup.send(content=fit_content(line), ephemeral=True)
    except discord.HTTPException as exc:
        log.warning("could not answer interaction %s: %s", interaction.id, exc)
