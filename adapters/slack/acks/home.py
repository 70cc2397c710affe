"""The Home tab opened: acknowledged, and a job written to publish the member's desk."""

from __future__ import annotations

from slack_bolt import App

from ..ids import team_key
from ..jobs import SlackJobs

HOME_TAB = "home"
OPENED_JOB = "slack.home"


def register(app: App, jobs: SlackJobs) -> None:
    """Add the app_home_opened listener: it writes the job, then acknowledges."""

    def app_home_opened(ack, body, event, context):
        """Write a job publishing the desk (the Home tab only, not Messages), then ack."""
        if event.get("tab") == HOME_TAB and event.get("user"):
            jobs.enqueue(OPENED_JOB, (team_key(context), event["user"]),
                         dedupe=f"slack:event:{body['event_id']}")
        ack()

    app.event("app_home_opened")(app_home_opened)
