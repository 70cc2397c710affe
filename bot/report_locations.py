"""Where reports live on chat surfaces, and reminders for pitches left pending."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from bot.models import Event, ReportMessage
from bot.pitch_view import build_pitch_view
from bot.store import Store
from bot.views import PitchView


class ReportsMixin:
    """Service methods for report messages and reminders (mixed into Rapport)."""

    def due_reminders(self, teams: Callable[[str], bool] | None = None) -> list[PitchView]:
        """Pitches pending past the reminder age, each returned once, ever (of `teams` only)."""
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
                due.append(build_pitch_view(store, team, pitch, self.policy, now))
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
