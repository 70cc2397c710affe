"""Discord embeds rendered from templates/discord/, kept inside Discord's limits."""

from __future__ import annotations

import discord

from bot.render import chunks, escape_discord, render_json
from bot.views import ContactView, PitchView

from .board import board_embed_dict
from .limits import DESCRIPTION, fit_embed

# Room for the message in the report; the rest of the 6,000 goes to findings and history.
MESSAGE_BUDGET = 1_500
MAX_FINDINGS = 18
FOOTER = ("✅ approve · 🔁 ask for changes · remove your ✅ to withdraw · "
          "full report: /review-pitch show {id}")


def _embed(template: str, **data) -> discord.Embed:
    return discord.Embed.from_dict(fit_embed(render_json(f"discord/{template}", **data)))


def report_embed(pitch: PitchView) -> discord.Embed:
    """The review report: verdict, findings, recipient, approvals and history."""
    return _embed("report.json.j2", pitch=pitch, message_budget=MESSAGE_BUDGET,
                  max_findings=MAX_FINDINGS, footer=FOOTER.format(id=pitch.id))


def full_text_embeds(pitch: PitchView) -> list[discord.Embed]:
    """The whole message, escaped and split across as many embeds as it needs."""
    return text_embeds(f"Pitch #{pitch.id} — full text", pitch.text)


def text_embeds(heading: str, text: str) -> list[discord.Embed]:
    """Any user text, escaped and split into embeds of at most a description each."""
    pieces = chunks(escape_discord(text), DESCRIPTION - 96)
    return [_embed("text.json.j2", heading=heading, piece=piece, number=n, total=len(pieces))
            for n, piece in enumerate(pieces, start=1)]


def needs_full_text(pitch: PitchView) -> bool:
    """Whether the report had to clip the message."""
    return len(escape_discord(pitch.text)) > MESSAGE_BUDGET


def list_embed(pitches: tuple[PitchView, ...], state: str | None) -> discord.Embed:
    """The newest pitches, one line each."""
    return _embed("list.json.j2", pitches=pitches, state=state)


def contact_embed(contact: ContactView) -> discord.Embed:
    """What the team knows about a recipient."""
    return _embed("contact.json.j2", contact=contact)


def help_embed(help_text: str) -> discord.Embed:
    """The command list."""
    return _embed("help.json.j2", help=help_text)


def board_embed(board) -> discord.Embed:
    """The weekly leaderboard, fitted to Discord's embed limits."""
    return discord.Embed.from_dict(fit_embed(board_embed_dict(board)))
