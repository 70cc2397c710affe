"""Reactions on a report: ✅ approves, 🔁 requests changes, removing a ✅ withdraws the approval."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.command_line import Command
from bot.views import ReportRef

from .acks.reactions import ADDED_JOB, APPROVE, REMOVED_JOB
from .desk import SURFACE
from .jobs import job
from .surface import SlackSurface, Tell

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


@job(ADDED_JOB)
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


@job(REMOVED_JOB)
def removed(surface: SlackSurface, event: dict, team: str, event_id: str) -> None:
    """Removing a ✅ from a report withdraws that approval."""
    report, user = report_of(event), event["user"]
    if report is None or not surface.directory.may_act(team, user):
        return
    surface.perform(team, user, Command("withdraw-approval", report=report),
                    f"slack:event:{event_id}", Tell(surface.client, user, channel=report.channel),
                    answer=False)
