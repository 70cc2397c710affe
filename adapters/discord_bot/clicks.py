"""What a click on a report's button does: approve now, or open the form the action needs."""

from __future__ import annotations

import discord

from . import modals
from .flow import admitted, run_command
from .home import from_desk


async def on_report_button(interaction: discord.Interaction, action: str, pitch_id: int,
                           revision: int | None = None) -> None:
    """Approve the revision the report showed, adopt the suggested opener, or open the
    override-reason (for that same revision), comment or revision form."""
    if not await admitted(interaction):
        return
    if action == "approve":
        # On a member's desk the desk itself is redrawn; on a report, a private answer.
        await run_command(interaction, "approve", pitch_id=pitch_id, revision=revision,
                          in_place=from_desk(interaction))
    elif action == "override":
        await interaction.response.send_modal(
            modals.override_form(interaction.id, pitch_id, revision))
    elif action == "opener":
        await run_command(interaction, "revise", pitch_id=pitch_id,
                          args={"use_suggestion": True})
    elif action == "changes":
        await interaction.response.send_modal(modals.comment_form(interaction.id, pitch_id))
    else:
        await modals.open_revise(interaction, pitch_id)
