"""Where reports live on chat surfaces, and reminders for pitches left pending."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from bot.models import Event, ReportMessage, Team
from bot.pitch_view import build_pitch_view
from bot.policy import Policy
from bot.store import Store
from bot.views import PitchView


@dataclass(frozen=True)
class Asked:
    """A backup reviewer a reminder asks: their member key, and the name to show."""

    key: str
    name: str


@dataclass(frozen=True)
class DueReminder:
    """A pitch left pending past the reminder age, and the backup reviewers to ask."""

    pitch: PitchView
    ask: tuple[Asked, ...] = ()


def backups_to_ask(store: Store, team: Team, view: PitchView, policy: Policy
                   ) -> tuple[Asked, ...]:
    """The policy's backup reviewers who may review this pitch and have not yet: never its
    author, nor one who approved it or asked for changes (as its report shows); each once."""
    acted = {a.member for a in view.approvals} | {
        r.member for r in view.change_requests if r.status == "open"} | {view.author}
    asked: dict[str, Asked] = {}
    for key in policy.workflow.backup_reviewers:
        if key in asked or key in acted:
            continue
        member = store.member(team, key)
        # One who never used Rapport yet is named as the roster names them, else by key.
        entry = policy.members.get(key)
        name = member.display_name if member else (entry and entry.display_name) or key
        asked[key] = Asked(key, name)
    return tuple(asked.values())


class ReportsMixin:
    """Service methods for report messages and reminders (mixed into Rapport)."""

    def due_reminders(self, teams: Callable[[str], bool] | None = None) -> list[DueReminder]:
        """Pitches pending past the reminder age, each returned once, ever (of `teams` only),
        with the backup reviewers (policy) to ask about each."""
        def work(store: Store):
            now = self.clock()
            hours = self.policy.workflow.reminder_hours
            due = []
            for pitch in store.pending_since(now - timedelta(hours=hours)):
                team = store.team_by_id(pitch.team_id)
                # A team whose surface this process cannot post to keeps its reminder.
                if teams is not None and not teams(team.key):
                    continue
                pitch.reminded_at = now
                store.add(Event(team_id=team.id, pitch_id=pitch.id, kind="reminded",
                                revision=pitch.revision, at=now, detail={}))
                view = build_pitch_view(store, team, pitch, self.policy, now)
                due.append(DueReminder(view, backups_to_ask(store, team, view, self.policy)))
            return due
        return self.transaction(work)

    def attach_report(self, pitch_id: int, surface: str, channel: str, ref: str) -> None:
        """Remember where a pitch's report was posted, so reactions on it find the pitch."""
        def work(store: Store):
            if store.report_message(surface, channel, ref) is None:
                store.add(ReportMessage(pitch_id=pitch_id, surface=surface, channel=channel,
                                        message_ref=ref))
        self.transaction(work)

    def report_refs(self, pitch_id: int, surface: str) -> list[tuple[str, str]]:
        """(channel, message ref) of every report of a pitch on a surface, oldest first."""
        return self.read(lambda store: [
            (channel, ref) for on, channel, ref in store.report_locations(pitch_id)
            if on == surface
        ])
