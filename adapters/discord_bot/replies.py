"""What the caller sees privately after each /review-pitch verb."""

from __future__ import annotations

from typing import TypedDict

import discord

from bot.command_line import HELP
from bot.outcomes import (
    Board,
    ContactShown,
    Home,
    Listed,
    Outcome,
    ReviewChannel,
    Shown,
    Submitted,
    Text,
)
from bot.render import escape_discord

from . import embeds
from .home import desk_message
from .limits import fit_content


class Message(TypedDict, total=False):
    """Keyword arguments for one follow-up message."""

    content: str
    embeds: list[discord.Embed]
    view: discord.ui.View


def _line(text: str) -> str:
    return fit_content(escape_discord(text))


def render_reply(outcome: Outcome, *, posted: discord.PartialMessage | None = None,
                 review_channel: int | None = None, pending: bool = False) -> list[Message]:
    """The follow-up messages for a command's outcome, one case per type, within limits;
    `review_channel` is the server's, if it has one; `pending` when posting the report failed
    for now and is tried again."""
    match outcome:
        case Text(help=True):
            return [{"embeds": [embeds.help_embed(HELP)]}]
        case Shown(pitch=pitch):
            first: Message = {"embeds": [embeds.report_embed(pitch)]}
            if not embeds.needs_full_text(pitch):
                return [first]
            return [first, *({"embeds": [e]} for e in embeds.full_text_embeds(pitch))]
        case Submitted(message=message, pitch=pitch) if pitch is not None:
            if posted is not None:
                where = f" The report is in {posted.jump_url}"
            elif review_channel is None:
                where = (f" This server has no review channel to post the report in: an admin "
                         f"(Manage Server) chooses one with `/review-pitch setup`. "
                         f"`/review-pitch show {pitch.id}` shows it meanwhile.")
            elif pending:
                where = (f" Discord did not take the report just now; it will appear in "
                         f"<#{review_channel}> as soon as it does.")
            else:
                where = (f" I could not post the report in <#{review_channel}>: it must be a "
                         f"channel of this server where I can send messages and embeds. "
                         f"`/review-pitch show {pitch.id}` shows it meanwhile.")
            return [{"content": fit_content(escape_discord(message) + where),
                     "embeds": [embeds.report_embed(pitch)]}]
        case Listed(pitches=pitches, state=state):
            return [{"embeds": [embeds.list_embed(pitches, state)]}]
        case ContactShown(message=message, contact=contact):
            return [{"content": _line(message), "embeds": [embeds.contact_embed(contact)]}]
        case Board(message=message, board=board):
            return [{"content": _line(message), "embeds": [embeds.board_embed(board)]}]
        case Home(message=message, desk=desk):
            return [desk_message(desk, _line(message))]
        case ReviewChannel(message=message, channel=choice):
            return [{"content": fit_content(_review_line(message, choice, review_channel))}]
    return [{"content": _line(outcome.message)}]


def _review_line(message: str, choice: str | None, where: int | None) -> str:
    """Where this server's reviews go, as a channel mention members can click."""
    if choice and where is not None:
        return f"Reviews will be posted in <#{where}>."
    another = "an admin (Manage Server) can choose another with `/review-pitch setup`."
    if choice:
        shown = f"<#{choice}>" if choice.isdigit() else escape_discord(choice)
        return f"Reviews are set to go to {shown}, which I can no longer see: {another}"
    if where is not None:
        return (f"Reviews will be posted in <#{where}>, this deployment's configured channel: "
                f"{another}")
    return escape_discord(message)
