"""`/review-pitch`: acknowledged at once from the text alone; the work and the report follow."""

from __future__ import annotations

import json
from dataclasses import dataclass

from slack_bolt import App

from bot import validation
from bot.commands import VERBS, Command, parse
from bot.errors import InvalidInput, Unavailable

from .blocks import help_blocks, message_blocks, plain_line, submit_modal
from .jobs import job
from .surface import NO_REVIEW_CHANNEL, SlackSurface, Tell, friendly, reporting, team_key
from .typed import as_typed, setup_channel

COMMAND = "/review-pitch"
# A typed command longer than this is given back when refused: Slack has cleared the box.
KEEP_FROM = 30
# Verbs a person types; "submit" and "form" are what @handle and an empty text parse to.
TYPED_VERBS = frozenset(VERBS) - {"submit", "form"}
NOT_A_CHANNEL = ("Name one channel, picked from the list Slack shows as you type #, e.g. "
                 "/review-pitch setup #pitch-review.")


@dataclass(frozen=True)
class Triage:
    """What a command's text asks for, decided without the database: a command or an answer."""

    command: Command | None
    answer: list | None = None
    line: str = ""


def triage(text: str) -> Triage:
    """Parse and check the text; help, refusals and bad input are answered right away."""
    channel_named = setup_channel(text or "")
    if channel_named is None:
        return Triage(None, message_blocks(NOT_A_CHANNEL), NOT_A_CHANNEL)
    text = as_typed(channel_named)
    kept = f"{COMMAND} {text}" if len(text) >= KEEP_FROM else None
    head = text.split(maxsplit=1)[0] if text.strip() else ""
    if head and not head.startswith("@") and head.casefold() not in TYPED_VERBS:
        intro = f"I don't know “{head}”. Here is what /review-pitch does:"
        return Triage(None, help_blocks(intro), intro)
    try:
        command = parse(text)
        if command.submits:
            validation.handle(command.handle)
            validation.channel(command.channel)
            validation.topic(command.topic)
            validation.pitch_text(command.text)
    except InvalidInput as exc:
        line = friendly(exc)
        return Triage(None, message_blocks(line, kept=kept), line)
    if command.asks_help:
        return Triage(None, help_blocks(), "Rapport help")
    return Triage(command)


@job("slack.command")
def work(surface: SlackSurface, team: str, body: dict) -> None:
    """Open the form, or run the command and show what it did."""
    # The listener checked the text; parsing it again here is the same pure function.
    command = triage(body.get("text", "")).command
    user, client = body["user_id"], surface.client
    tell = Tell(client, user, response_url=body.get("response_url"))
    if command.opens_form:
        if surface.review_channel(team) is None:
            tell.line(NO_REVIEW_CHANNEL)  # a form filled in for nothing would waste their time
            return
        with reporting(tell):
            metadata = json.dumps({"reply": body.get("response_url")})
            client.views_open(trigger_id=body["trigger_id"], view=submit_modal(metadata))
        return
    surface.perform(team, user, command, f"slack:command:{body['trigger_id']}", tell)


def register(app: App, surface: SlackSurface) -> None:
    """Add the /review-pitch listener: it answers from the text alone, then hands off the work."""

    def review_pitch(ack, command, context):
        """Answer from the text alone, after writing the job for the work."""
        found = triage(command.get("text", ""))
        if found.answer is not None:
            ack(text=plain_line(found.line), blocks=found.answer)
            return
        try:
            # Written and committed before the answer goes back: the answer promises it.
            surface.later(work, team_key(context), command,
                          dedupe=f"slack:command:{command.get('trigger_id')}")
        except Unavailable as exc:
            ack(text=plain_line(friendly(exc)))
            return
        if found.command.submits:
            # Plain text, no template: this answer is on the clock.
            ack(text=plain_line(f"Reviewing your pitch to @{found.command.handle.lstrip('@')}…"))
        else:
            ack()

    app.command(COMMAND)(review_pitch)
