"""The review desk: each pitch's report posted once, kept current everywhere it was posted,
and the people the core names told. One desk for every surface, behind a small port.

Work runs concurrently (threads, worker processes, several bot processes), so an update
built from an older state can land last. Each refresh therefore reads the pitch again after
writing and writes again if it changed meanwhile: whichever refresh writes last has seen the
newest state.
"""

from __future__ import annotations

from typing import Protocol

from bot.service import Rapport
from bot.views import Notice, PitchView

Ref = tuple[str, str]  # (channel, message) where a report was posted


class ReportPort(Protocol):
    """What a surface does with reports: post one, edit one in place, tell one member."""

    surface: str

    def post(self, pitch: PitchView) -> Ref:
        """Post a new report; raises the platform's error when it cannot."""

    def edit(self, ref: Ref, pitch: PitchView) -> None:
        """Rewrite one posted report to show the pitch as it now stands."""

    def tell(self, notice: Notice, pitch: PitchView, refs: list[Ref]) -> None:
        """Tell one member their notice, pointing at the report when there is one."""


class ReportDesk:
    """Posts reports through a surface's port, keeps every copy current, tells people."""

    # Rewrites of one report before giving up on a pitch that keeps changing.
    ATTEMPTS = 3

    def __init__(self, service: Rapport, port: ReportPort):
        self.service, self.port = service, port

    def post(self, pitch: PitchView) -> Ref:
        """Post a new pitch's report and remember where, so reactions on it find the pitch."""
        ref = self.port.post(pitch)
        self.service.attach_report(pitch.id, self.port.surface, *ref)
        self.refresh(pitch.team, pitch.id, shown=pitch, refs=[ref])
        return ref

    def refresh(self, team: str, pitch_id: int, shown: PitchView | None = None,
                latest: PitchView | None = None, refs: list[Ref] | None = None
                ) -> PitchView | None:
        """Update every posted copy of a pitch's report until it shows the current state;
        the view the reports now show (None when there are none).

        `latest` is a view the caller just got from the core, written first without reading
        it again; `shown` is what the reports already show.
        """
        refs = self.refs(pitch_id) if refs is None else refs
        if not refs:
            return None
        pitch = latest
        for _ in range(self.ATTEMPTS):
            if pitch is None:
                pitch = self.service.show(team, pitch_id)
            if pitch == shown:
                return shown
            for ref in refs:
                self.port.edit(ref, pitch)
            shown, pitch = pitch, None
        return shown

    def refs(self, pitch_id: int) -> list[Ref]:
        """Where a pitch's reports were posted on this desk's surface, oldest first."""
        return self.service.report_refs(pitch_id, self.port.surface)
