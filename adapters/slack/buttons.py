"""The report's buttons: Approve, Approve with override…, Request changes, Revise and Use
suggested opener (author only)."""

from __future__ import annotations

import json

from bot.command_line import Command
from bot.vocabulary import OPEN_STATES, label

from .acks.buttons import APPROVE_JOB, OPEN_MODAL_JOB, USE_SUGGESTION_JOB
from .blocks import pitch_modal
from .home import from_home, reply_to
from .jobs import job
from .layout import MODAL_INPUT_CHARS
from .surface import SlackSurface, Tell, reporting


def clicked(body, surface: SlackSurface, team: str) -> tuple[str, int, int | None, Tell]:
    """(user, pitch id, the revision the report showed, a private reply to the clicker) of a
    button click on a report or a desk (the Home tab, answered there). Reports posted before
    buttons carried a revision give None."""
    user, action = body["user"]["id"], body["actions"][0]
    pitch, _, revision = action["value"].partition(":r")
    return (user, int(pitch), int(revision) if revision.isdigit() else None,
            reply_to(surface, team, user, from_home(body), body.get("response_url")))


def modal_metadata(body, pitch_id: int, revision: int) -> str:
    """What a button's modal needs back on submission: the pitch, the revision the form
    showed (an override approves that one only), and where to answer."""
    home = {"home": True} if from_home(body) else {}  # answered on the desk it came from
    return json.dumps({"pitch": pitch_id, "revision": revision,
                       "reply": body.get("response_url"), **home})


def _perform_click(surface: SlackSurface, body: dict, team: str, command) -> None:
    """Run the command a button stands for (built from the pitch and the revision shown),
    as the clicker, once per click."""
    user, pitch_id, revision, tell = clicked(body, surface, team)
    if not surface.directory.may_act(team, user):
        return
    action_ts = body["actions"][0]["action_ts"]
    surface.perform(team, user, command(pitch_id, revision),
                    f"slack:action:{action_ts}:{user}", tell)


@job(APPROVE_JOB)
def approve(surface: SlackSurface, body: dict, team: str) -> None:
    """The Approve button: approve the revision shown, as the clicker."""
    _perform_click(surface, body, team, lambda pitch_id, revision: Command(
        "approve", pitch_id=pitch_id, revision=revision))


@job(USE_SUGGESTION_JOB)
def use_suggestion(surface: SlackSurface, body: dict, team: str) -> None:
    """The Use suggested opener button: the author adopts it as a new revision."""
    _perform_click(surface, body, team, lambda pitch_id, _: Command(
        "revise", pitch_id=pitch_id, args={"use_suggestion": True}))


@job(OPEN_MODAL_JOB)
def open_modal(surface: SlackSurface, kind: str, body: dict, team: str) -> None:
    """Open the override, request-changes or revise modal, if it applies to the clicker."""
    user, pitch_id, _, tell = clicked(body, surface, team)
    if not surface.directory.may_act(team, user):
        return
    with reporting(tell):
        pitch = surface.service.show(team, pitch_id)
        if pitch.state not in OPEN_STATES:
            tell.line(f"Pitch #{pitch_id} is {label(pitch.state).lower()}: "
                      "its review is over.")
        elif kind == "revise" and user != pitch.author:
            tell.line(f"Only the author of pitch #{pitch_id} can revise it.")
        elif kind == "revise" and len(pitch.text) > MODAL_INPUT_CHARS:
            tell.line(f"Pitch #{pitch_id} is longer than a Slack form holds "
                      f"({MODAL_INPUT_CHARS:,} characters): revise it with "
                      f"`/review-pitch revise {pitch_id} <new text>`.")
        else:
            surface.client.views_open(
                trigger_id=body["trigger_id"],
                view=pitch_modal(kind, pitch, modal_metadata(body, pitch_id, pitch.revision)))
