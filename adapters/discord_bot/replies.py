"""What the caller sees privately after each /review-pitch verb."""

from __future__ import annotations

from typing import TypedDict

import discord

from bot.commands import HELP, Reply
from bot.render import escape_discord

from . import embeds
from .limits import fit_content


class Message(TypedDict, total=False):
    """Keyword arguments for one follow-up message."""

    content: str
    embeds: list[discord.Embed]


def _line(text: str) -> str:
    return fit_content(escape_discord(text))


def render_reply(reply: Reply, *, state: str | None = None,
                 posted: discord.PartialMessage | None = None,
                 review_channel: int | None = None) -> list[Message]:
    """The follow-up messages for a command's reply, each within Discord's limits."""
    verb, result = reply.verb, reply.result
    if verb in ("help", "form"):
        return [{"embeds": [embeds.help_embed(HELP)]}]
    if verb == "show" and reply.view is not None:
        first: Message = {"embeds": [embeds.report_embed(reply.view)]}
        if not embeds.needs_full_text(reply.view):
            return [first]
        return [first, *({"embeds": [e]} for e in embeds.full_text_embeds(reply.view))]
    if verb == "submit" and result is not None:
        where = (f" The report is in {posted.jump_url}" if posted is not None else
                 f" I could not post the report in <#{review_channel}>: it must be a channel of "
                 f"this server where I can send messages and embeds. "
                 f"`/review-pitch show {result.pitch.id}` shows it meanwhile.")
        return [{"content": fit_content(escape_discord(reply.message) + where),
                 "embeds": [embeds.report_embed(result.pitch)]}]
    if verb == "list":
        return [{"embeds": [embeds.list_embed(reply.pitches, state)]}]
    if reply.contact is not None:
        return [{"content": _line(reply.message), "embeds": [embeds.contact_embed(reply.contact)]}]
    if verb == "leaderboard" and reply.data is not None:
        return [{"content": _line(reply.message), "embeds": [embeds.board_embed(reply.data)]}]
    return [{"content": _line(reply.message)}]
