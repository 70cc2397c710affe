"""Modal submissions: each form is read and checked before the modal closes (errors show in
it), and its work follows."""

from __future__ import annotations

import json
from collections.abc import Callable

from slack_bolt import App

from bot import validation
from bot.command_line import Command
from bot.errors import InvalidInput

from ..ids import team_key
from ..jobs import SlackJobs

VIEW_JOB = "slack.view"
Form = tuple[Command | None, dict[str, str]]


def _value(view, block: str) -> str:
    entry = view["state"]["values"].get(block, {}).get("value", {})
    selected = entry.get("selected_option")
    return (selected or {}).get("value") or entry.get("value") or ""


def metadata_of(view) -> dict:
    """A modal's private metadata as a dict (empty when it is missing or not one)."""
    try:
        data = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _check(errors: dict, block: str, check: Callable[[str], object], value: str) -> None:
    try:
        check(value)
    except InvalidInput as exc:
        errors[block] = str(exc)[:150]


def submit_form(view) -> Form:
    """The submit form as a Command, or the errors to show beside its fields."""
    handle, channel = _value(view, "recipient"), _value(view, "channel") or "other"
    topic, text = _value(view, "topic") or None, _value(view, "message")
    errors: dict[str, str] = {}
    _check(errors, "recipient", validation.handle, handle)
    _check(errors, "channel", validation.channel, channel)
    _check(errors, "topic", validation.topic, topic)
    _check(errors, "message", validation.pitch_text, text)
    command = Command("submit", handle=handle, text=text, channel=channel, topic=topic)
    return (None if errors else command), errors


def pitch_form(verb: str, block: str, check: Callable[[str], object]):
    """A reader for a one-field pitch modal (comment, override reason, new text)."""
    def read(view) -> Form:
        """The modal's command, or the error to show beside its field."""
        value, errors = _value(view, block), {}
        _check(errors, block, check, value)
        metadata = metadata_of(view)
        pitch_id, revision = metadata.get("pitch"), metadata.get("revision")
        if not isinstance(pitch_id, int):
            errors[block] = "This form lost track of its pitch: open it again from the report."
        # The revision the form showed: an override reason approves that one, no newer.
        revision = revision if isinstance(revision, int) else None
        command = Command(verb, pitch_id=pitch_id, text=value, revision=revision)
        return (None if errors else command), errors
    return read


def _reason(value: str) -> str:
    if not value.strip():
        raise InvalidInput("say why the errors are acceptable here")
    return value


FORMS = {
    "rapport_submit": submit_form,
    "rapport_request_changes": pitch_form("request-changes", "comment", validation.comment),
    "rapport_override": pitch_form("approve", "reason", _reason),
    "rapport_revise": pitch_form("revise", "message", validation.pitch_text),
}


def register(app: App, jobs: SlackJobs) -> None:
    """Add a listener for each Rapport modal: checked before it closes, then run."""

    def on_submit(ack, body, view, context):
        """Show field errors in the modal, or write the job for the work and close it."""
        command, errors = FORMS[view["callback_id"]](view)
        if errors:
            ack(response_action="errors", errors=errors)
            return
        jobs.enqueue(VIEW_JOB, (team_key(context), body), dedupe=f"slack:view:{view['id']}")
        ack()

    for callback_id in FORMS:
        app.view(callback_id)(on_submit)
