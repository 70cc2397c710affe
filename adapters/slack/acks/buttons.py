"""The report's buttons (and the desk's): each click is acknowledged, and its work follows."""

from __future__ import annotations

from slack_bolt import App

from ..ids import team_key
from ..jobs import SlackJobs

APPROVE_JOB = "slack.approve"
USE_SUGGESTION_JOB = "slack.use_suggestion"
OPEN_MODAL_JOB = "slack.open_modal"
# Buttons that open a modal, and which one.
MODALS = {"approve_override": "override", "request_changes": "request_changes",
          "revise": "revise"}
# Each button's job: its kind, and what goes before the click's body and team.
CLICKS = {"approve": (APPROVE_JOB,), "use_suggestion": (USE_SUGGESTION_JOB,),
          **{action: (OPEN_MODAL_JOB, modal) for action, modal in MODALS.items()}}


def register(app: App, jobs: SlackJobs) -> None:
    """Add the button listeners: each acknowledges the click, then the work follows."""

    def on_click(ack, body, context):
        """Write the job for the approval or the modal, then acknowledge the click."""
        first = body["actions"][0]
        kind, *lead = CLICKS[first["action_id"]]
        jobs.enqueue(kind, (*lead, body, team_key(context)),
                     dedupe=f"slack:action:{first.get('action_ts')}:{body['user']['id']}")
        ack()

    for action_id in CLICKS:
        app.action(action_id)(on_click)
