"""Reactions on a report: ✅ approves, 🔁 requests changes, removing a ✅ withdraws the approval."""

from __future__ import annotations

from slack_bolt import App

from bot.commands import Command

from .desk import SURFACE
from .surface import SlackSurface, Tell, team_key

APPROVE = "white_check_mark"
REQUEST_CHANGES = "repeat"
REACTION_COMMENT = "Requested with 🔁: see the report's thread for what should change."
THREAD_HINT = ("Say what should change in the report's thread, or press “Request changes” "
               "to leave a comment on the report.")


def target(surface: SlackSurface, event: dict, team: str) -> int | None:
    """The pitch whose report of this workspace was reacted to, else None."""
    item = event.get("item") or {}
    if item.get("type") != "message" or not item.get("channel") or not item.get("ts"):
        return None
    found = surface.service.pitch_for_report(SURFACE, item["channel"], item["ts"])
    return found.pitch_id if found and found.team == team else None


def added(surface: SlackSurface, event: dict, team: str, event_id: str) -> None:
    """✅ approves, 🔁 requests changes, on a report."""
    pitch_id = target(surface, event, team)
    if pitch_id is None:
        return
    user, approving = event["user"], event["reaction"] == APPROVE
    tell = Tell(surface.client, user, channel=event["item"]["channel"])
    command = (Command("approve", pitch_id=pitch_id) if approving else
               Command("request-changes", pitch_id=pitch_id, text=REACTION_COMMENT))
    # The author's own ✅ and a ✅ past errors are refused by the core; the reactor is told
    # why, privately, and the report does not change.
    outcome = surface.perform(team, user, command, f"slack:event:{event_id}", tell,
                              answer=False)
    # The report shows an approval; a 🔁 needs a word on what to change.
    if outcome is not None and not approving and outcome.result.changed:
        tell.line(f"{outcome.message} {THREAD_HINT}")


def removed(surface: SlackSurface, event: dict, team: str, event_id: str) -> None:
    """Removing a ✅ from a report withdraws that approval."""
    pitch_id = target(surface, event, team)
    if pitch_id is None:
        return
    user = event["user"]
    surface.perform(team, user, Command("withdraw-approval", pitch_id=pitch_id),
                    f"slack:event:{event_id}",
                    Tell(surface.client, user, channel=event["item"]["channel"]), answer=False)


def register(app: App, surface: SlackSurface) -> None:
    """Add the reaction_added and reaction_removed listeners."""

    def reaction_added(ack, body, event, context):
        """Acknowledge; queue ✅ and 🔁 for the work."""
        ack()
        if event.get("reaction") in (APPROVE, REQUEST_CHANGES):
            surface.later(added, event, team_key(context), body["event_id"])

    def reaction_removed(ack, body, event, context):
        """Acknowledge; queue a removed ✅ for the work."""
        ack()
        if event.get("reaction") == APPROVE:
            surface.later(removed, event, team_key(context), body["event_id"])

    app.event("reaction_added")(reaction_added)
    app.event("reaction_removed")(reaction_removed)
