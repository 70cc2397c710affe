"""`/review-pitch`: acknowledged at once from the text alone; the work and the report follow."""

from __future__ import annotations

from dataclasses import dataclass

from slack_bolt import App

from bot import validation
from bot.command_line import VERBS, Command, parse
from bot.errors import InvalidInput, Unavailable

from ..answers import friendly, help_blocks, message_blocks, plain_line
from ..ids import team_key
from ..jobs import SlackJobs
from ..typed import as_typed, setup_channel

COMMAND = "/review-pitch"
COMMAND_JOB = "slack.command"
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


def register(app: App, jobs: SlackJobs) -> None:
    """Add the /review-pitch listener: it answers from the text alone, then hands off the work."""

    def review_pitch(ack, command, context):
        """Answer from the text alone, after writing the job for the work."""
        found = triage(command.get("text", ""))
        if found.answer is not None:
            ack(text=plain_line(found.line), blocks=found.answer)
            return
        try:
            # Written and committed before the answer goes back: the answer promises it.
            jobs.enqueue(COMMAND_JOB, (team_key(context), command),
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
