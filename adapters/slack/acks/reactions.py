"""Reactions on a report: ✅ and 🔁 added, ✅ removed, each acknowledged and its work written."""

from __future__ import annotations

from slack_bolt import App

from ..ids import team_key
from ..jobs import SlackJobs

APPROVE = "white_check_mark"
REQUEST_CHANGES = "repeat"
ADDED_JOB = "slack.reaction_added"
REMOVED_JOB = "slack.reaction_removed"


def on_a_report(event: dict, context) -> bool:
    """Reports are the bot's own messages: a reaction on anyone else's is not looked up."""
    bot_user = context.get("bot_user_id")
    return not bot_user or event.get("item_user") in (None, bot_user)


def register(app: App, jobs: SlackJobs) -> None:
    """Add the reaction_added and reaction_removed listeners."""

    # The job is written before the acknowledgement: if it cannot be, Slack gets an error
    # and delivers the event again; its retries make no second job (the event id).
    def reaction_added(ack, body, event, context):
        """Write a job for ✅ and 🔁, then acknowledge."""
        if event.get("reaction") in (APPROVE, REQUEST_CHANGES) and on_a_report(event, context):
            jobs.enqueue(ADDED_JOB, (event, team_key(context), body["event_id"]),
                         dedupe=f"slack:event:{body['event_id']}")
        ack()

    def reaction_removed(ack, body, event, context):
        """Write a job for a removed ✅, then acknowledge."""
        if event.get("reaction") == APPROVE and on_a_report(event, context):
            jobs.enqueue(REMOVED_JOB, (event, team_key(context), body["event_id"]),
                         dedupe=f"slack:event:{body['event_id']}")
        ack()

    app.event("reaction_added")(reaction_added)
    app.event("reaction_removed")(reaction_removed)
