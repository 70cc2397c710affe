"""The forms: submit a pitch, revise it, ask for changes, approve with an override reason.

A form only asks: its custom_id says what it is for, and a submitted one is answered from that
alone (filled.py), so a form opened before a restart still gets its answer.
"""

from __future__ import annotations

import asyncio
import logging

import discord
from discord import ui

from bot.errors import RapportError
from bot.validation import MAX_COMMENT, MAX_HANDLE, MAX_TOPIC
from bot.vocabulary import OPEN_STATES, Channel, label

from . import servers
from .core import team_key
from .flow import OOPS, admitted, refuse
from .limits import MODAL_INPUT

log = logging.getLogger(__name__)

FORM_TIMEOUT = 15 * 60
# Opening a form may need a read; past this, answer rather than miss Discord's 3 s.
READ_BUDGET = 2.0
TOO_LONG = ("the message is {n:,} characters; a Discord form takes up to 4,000. "
            "Shorten it (long first contacts rarely get read anyway).")


def _text(label: str, custom_id: str, *, long: bool = False, max_length: int = MODAL_INPUT,
          required: bool = True, default: str | None = None,
          placeholder: str | None = None) -> ui.TextInput:
    style = discord.TextStyle.paragraph if long else discord.TextStyle.short
    return ui.TextInput(label=label, custom_id=custom_id, style=style, max_length=max_length,
                        required=required, default=default, placeholder=placeholder)


class _Form(ui.Modal):
    """A form named `rapport:<kind>:[<pitch>:]<opener>[:r<revision>]`: its submission is
    deduplicated by the interaction that opened it, and approves only the revision shown."""

    def __init__(self, title: str, kind: str, opener_id: int, pitch_id: int | None = None,
                 revision: int | None = None):
        suffix = f"{pitch_id}:{opener_id}" if pitch_id else str(opener_id)
        if revision is not None:
            suffix += f":r{revision}"
        super().__init__(title=title, timeout=FORM_TIMEOUT, custom_id=f"rapport:{kind}:{suffix}")

    def field(self, text: str, component: ui.Item, description: str | None = None):
        """Add a labelled input."""
        self.add_item(ui.Label(text=text, component=component, description=description))
        return component


class SubmitModal(_Form):
    """Recipient, channel of outreach, topic and message: a new pitch for review."""

    def __init__(self, opener_id: int, to: str | None = None, via: str | None = None):
        super().__init__("Submit a pitch for review", "submit", opener_id)
        self.to = self.field("Recipient", _text("Handle", "recipient", max_length=MAX_HANDLE,
                                                 default=to, placeholder="@liz"))
        options = [discord.SelectOption(label=c.label, value=c.value,
                                        default=c == (via or Channel.OTHER)) for c in Channel]
        self.via = self.field("Channel of outreach", ui.Select(custom_id="channel",
                                                               options=options))
        self.topic = self.field("Topic (optional)", _text("Topic", "topic", required=False,
                                                           max_length=MAX_TOPIC))
        self.message = self.field("Message", _text("Message", "message", long=True),
                                  "The pitch exactly as you plan to send it")


class OneTextForm(_Form):
    """A form with one long text for a pitch: a revision, a comment, an override reason."""

    def __init__(self, opener_id: int, pitch_id: int, *, kind: str, title: str, label: str,
                 max_length: int = MODAL_INPUT, default: str | None = None,
                 description: str | None = None, revision: int | None = None):
        super().__init__(title, kind, opener_id, pitch_id, revision)
        self.text = self.field(label, _text(label, kind, long=True, max_length=max_length,
                                            default=default), description)


def revise_form(opener_id: int, pitch_id: int, current: str) -> OneTextForm:
    """The author's new text, prefilled with the current one (unchanged text changes nothing)."""
    return OneTextForm(opener_id, pitch_id, kind="message", default=current,
                       title=f"Revise pitch #{pitch_id}", label="Message")


def comment_form(opener_id: int, pitch_id: int) -> OneTextForm:
    """What should change, for a request for changes."""
    return OneTextForm(opener_id, pitch_id, kind="comment",
                       title=f"Request changes on pitch #{pitch_id}",
                       label="What should change?", max_length=MAX_COMMENT)


def override_form(opener_id: int, pitch_id: int, revision: int | None = None) -> OneTextForm:
    """Why the error findings should not block this pitch; approves, with it on the record,
    the revision the report showed when the form was opened."""
    return OneTextForm(opener_id, pitch_id, kind="reason", revision=revision,
                       title=f"Approve pitch #{pitch_id}", label="Override reason",
                       max_length=1_000,
                       description="Errors block approval: say why it should go anyway")


async def open_submit(interaction: discord.Interaction, to: str | None = None,
                      via: str | None = None) -> None:
    """Open the submit form, unless this server has no review channel: then say so before
    the member types a pitch that would be refused."""
    if not await admitted(interaction):
        return
    try:
        choice = await asyncio.wait_for(
            servers.chosen_now(interaction.client, interaction.guild_id), READ_BUDGET)
    except TimeoutError:
        line = None  # no time to look: the form opens, and its submission is checked anyway
    else:
        line = servers.no_channel(interaction.client, interaction.guild_id, choice)
    if line is not None:
        await refuse(interaction, line, ours=True)
        return
    await interaction.response.send_modal(SubmitModal(interaction.id, to, via))


async def open_revise(interaction: discord.Interaction, pitch_id: int) -> None:
    """Open the revise form prefilled with the current text, for the author only."""
    if not await admitted(interaction):
        return
    core = interaction.client.core
    try:
        pitch = await asyncio.wait_for(
            core.call(core.service.show, team_key(interaction.guild_id), pitch_id), READ_BUDGET)
    except TimeoutError:
        await refuse(interaction, f"Rapport is busy: use `/review-pitch revise {pitch_id}` "
                                  "with the new text, or try again.")
        return
    except RapportError as exc:
        await refuse(interaction, str(exc))
        return
    except Exception:
        log.exception("could not open the revise form for pitch #%s", pitch_id)
        await refuse(interaction, OOPS)
        return
    if pitch.author != str(interaction.user.id):
        await refuse(interaction, f"only the author of pitch #{pitch_id} can revise it")
    elif pitch.state not in OPEN_STATES:
        await refuse(interaction, f"pitch #{pitch_id} is {label(pitch.state).lower()}: "
                                  "it can't be revised now")
    elif len(pitch.text) > MODAL_INPUT:
        await refuse(interaction, TOO_LONG.format(n=len(pitch.text)))
    else:
        await interaction.response.send_modal(revise_form(interaction.id, pitch_id, pitch.text))
