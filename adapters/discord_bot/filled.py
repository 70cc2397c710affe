"""A submitted form, answered whichever process opened it.

discord.py hands a form's submission only to the Modal object that showed it, which a restart
(or the form's 15-minute timeout) forgets, and Discord then tells the member "interaction
failed". So every submission of a Rapport form is answered here, from the form's custom_id
(what it is for, the pitch, the interaction that opened it, the revision it approves) and
the values Discord sends back; the Modal objects only draw the forms.
"""

from __future__ import annotations

import re
from typing import Any

import discord

from .core import SURFACE
from .flow import refuse, run_command
from .home import from_desk
from .limits import MODAL_INPUT
from .modals import TOO_LONG

FORM_ID = re.compile(r"rapport:(?P<kind>submit|message|comment|reason):"
                     r"(?:(?P<pitch>[0-9]{1,18}):)?(?P<opener>[0-9]{1,20})"
                     r"(?::r(?P<revision>[0-9]{1,9}))?")
# What each one-text form does with its text, which is in the input named like the form.
VERBS = {"message": "revise", "comment": "request-changes", "reason": "approve"}


def values(components: list[dict]) -> dict[str, Any]:
    """What was typed (text) or chosen (a list) in a submitted form, by input custom_id."""
    found: dict[str, Any] = {}
    for component in components:
        if component.get("type") == 1:  # an action row
            found.update(values(component.get("components") or []))
        elif component.get("type") == 18:  # a label around one input
            found.update(values([component.get("component") or {}]))
        elif component.get("custom_id"):
            found[component["custom_id"]] = component.get("values", component.get("value"))
    return found


async def on_form(interaction: discord.Interaction) -> bool:
    """Answer a submitted Rapport form; False when the interaction is not one."""
    data = interaction.data or {}
    found = FORM_ID.fullmatch(str(data.get("custom_id", "")))
    if interaction.type is not discord.InteractionType.modal_submit or found is None:
        return False
    filled = values(data.get("components") or [])
    # The same form submitted twice files once: keyed by the interaction that opened it.
    dedupe = f"{SURFACE}:ix:{found['opener']}"
    kind = found["kind"]
    if kind == "submit":
        text = filled.get("message") or ""
        if len(text) > MODAL_INPUT:  # the client enforces max_length; this is a backstop
            await refuse(interaction, TOO_LONG.format(n=len(text)))
            return True
        via = (filled.get("channel") or ["other"])[0]
        await run_command(interaction, "submit", handle=filled.get("recipient") or "",
                          text=text, channel=via, topic=filled.get("topic") or None,
                          dedupe=dedupe, keep=text)
        return True
    text = filled.get(kind) or ""
    revision = int(found["revision"]) if found["revision"] else None
    # A form opened from a member's desk is answered by redrawing that desk.
    await run_command(interaction, VERBS[kind], pitch_id=int(found["pitch"]), text=text,
                      revision=revision, dedupe=dedupe, keep=text,
                      in_place=from_desk(interaction))
    return True
