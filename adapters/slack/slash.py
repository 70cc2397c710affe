"""`/review-pitch`, once acknowledged (acks/slash.py): the form opened, or the command run."""

from __future__ import annotations

import json

from .acks.slash import COMMAND_JOB, triage
from .blocks import submit_modal
from .jobs import job
from .surface import NO_REVIEW_CHANNEL, SlackSurface, Tell, reporting


@job(COMMAND_JOB)
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
