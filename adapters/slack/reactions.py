"""Reactions on a report: ✅ approves, 🔁 requests changes, removing a ✅ withdraws the approval."""

from __future__ import annotations

from datetime import UTC, datetime

from slack_bolt import App

from bot.commands import Command
from bot.views import ReportRef

from .desk import SURFACE
from .jobs import job
from .surface import SlackSurface, Tell, team_key

APPROVE = "white_check_mark"
REQUEST_CHANGES = "repeat"
REACTION_COMMENT = "Requested with 🔁: see the report's thread for what should change."
THREAD_HINT = ("Say what should change in the report's thread, or press “Request changes” "
               "to leave a comment on the report.")


def report_of(event: dict) -> ReportRef | None:
    """The message reacted to, as a possible report; the core finds its pitch, if any."""
    item = event.get("item") or {}
    if item.get("type") != "message" or not item.get("channel") or not item.get("ts"):
        return None
    return ReportRef(SURFACE, item["channel"], item["ts"])


def reacted_at(event: dict) -> datetime | None:
    """When the reaction was made (Slack's event_ts): a ✅ approves what was on screen then,
    so one delivered late, after a revision, approves nothing."""
    try:
        return datetime.fromtimestamp(float(event["event_ts"]), UTC)
    except (KeyError, TypeError, ValueError):
        return None


@job("slack.reaction_added")
def added(surface: SlackSurface, event: dict, team: str, event_id: str) -> None:
    """✅ approves, 🔁 requests changes, on a report."""
    report, user = report_of(event), event["user"]
    if report is None or not surface.directory.may_act(team, user):
        return
    approving = event["reaction"] == APPROVE
    tell = Tell(surface.client, user, channel=report.channel)
    command = (Command("approve", report=report, seen_at=reacted_at(event)) if approving else
               Command("request-changes", report=report, text=REACTION_COMMENT))
    # The author's own ✅ and a ✅ past errors are refused by the core; the reactor is told
    # why, privately, and the report does not change. A message that is no report: nothing.
    outcome = surface.perform(team, user, command, f"slack:event:{event_id}", tell,
                              answer=False)
    # The report shows an approval; a 🔁 needs a word on what to change, and a ✅ its route
    # does not count needs saying why (the report only marks it).
    if outcome is not None and not approving and outcome.result.changed:
        tell.line(f"{outcome.message} {THREAD_HINT}")
    elif outcome is not None and approving and outcome.result.pitch.uncounted(user):
        tell.line(outcome.message)


@job("slack.reaction_removed")
def removed(surface: SlackSurface, event: dict, team: str, event_id: str) -> None:
    """Removing a ✅ from a report withdraws that approval."""
    report, user = report_of(event), event["user"]
    if report is None or not surface.directory.may_act(team, user):
        return
    surface.perform(team, user, Command("withdraw-approval", report=report),
                    f"slack:event:{event_id}", Tell(surface.client, user, channel=report.channel),
                    answer=False)


def on_a_report(event: dict, context) -> bool:
    """Reports are the bot's own messages: a reaction on anyone else's is not looked up."""
    bot_user = context.get("bot_user_id")
    return not bot_user or event.get("item_user") in (None, bot_user)


def register(app: App, surface: SlackSurface) -> None:
    """Add the reaction_added and reaction_removed listeners."""

    # The job is written before the acknowledgement: if it cannot be, Slack gets an error
    # and delivers the event again; its retries make no second job (the event id).
    def reaction_added(ack, body, event, context):
        """Write a job for ✅ and 🔁, then acknowledge."""
        if event.get("reaction") in (APPROVE, REQUEST_CHANGES) and on_a_report(event, context):
            surface.later(added, event, team_key(context), body["event_id"],
                          dedupe=f"slack:event:{body['event_id']}")
        ack()

    def reaction_removed(ack, body, event, context):
        """Write a job for a removed ✅, then acknowledge."""
        if event.get("reaction") == APPROVE and on_a_report(event, context):
            surface.later(removed, event, team_key(context), body["event_id"],
                          dedupe=f"slack:event:{body['event_id']}")
        ack()

    app.event("reaction_added")(reaction_added)
    app.event("reaction_removed")(reaction_removed)
