"""The report's buttons: persistent because their custom_ids carry the action, the pitch and
the revision the report showed (an approval is for the revision the reviewer saw)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import ClassVar

import discord
from discord import ui

from bot.views import PitchView
from bot.vocabulary import OPEN_STATES

# "override" is Approve on a revision with error findings: it opens the reason form at once,
# with no database read inside the 3-second window.
TEMPLATE = (r"rapport:(?P<action>approve|override|changes|revise|opener):(?P<pitch>[0-9]{1,18})"
            r"(?::r(?P<revision>[0-9]{1,9}))?")
_LOOK = {
    "approve": ("Approve", discord.ButtonStyle.success, "✅"),
    "override": ("Approve", discord.ButtonStyle.success, "✅"),
    "changes": ("Request changes", discord.ButtonStyle.secondary, "🔁"),
    "revise": ("Revise", discord.ButtonStyle.primary, "✏️"),
    "opener": ("Use suggested opener", discord.ButtonStyle.secondary, "💬"),
}


class ReportButton(ui.DynamicItem[ui.Button], template=TEMPLATE):
    """One of Approve / Request changes / Revise on a report, for any pitch, after any restart.

    What a click does is set by the adapter's wiring (`app.py`): the forms and the flow it
    needs draw reports, which draw these buttons, so this module cannot import them.
    """

    on_click: ClassVar[Callable[[discord.Interaction, str, int, int | None],
                                Awaitable[None]] | None] = None

    def __init__(self, action: str, pitch_id: int, revision: int | None = None):
        label, style, emoji = _LOOK[action]
        # Reports from before revisions were carried have none: they act on the current one.
        shown = f":r{revision}" if revision is not None else ""
        super().__init__(ui.Button(label=label, style=style, emoji=emoji,
                                   custom_id=f"rapport:{action}:{pitch_id}{shown}"))
        self.action, self.pitch_id, self.revision = action, pitch_id, revision

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: ui.Button, match,
                             /) -> ReportButton:
        """Rebuild the button from a click on any report, old or new."""
        revision = match["revision"]
        return cls(match["action"], int(match["pitch"]), int(revision) if revision else None)

    async def callback(self, interaction: discord.Interaction) -> None:
        """Hand the click to the handler the wiring set."""
        await type(self).on_click(interaction, self.action, self.pitch_id, self.revision)


def report_view(pitch: PitchView, allow_overrides: bool) -> ui.View | None:
    """The buttons under a report; none once the pitch is past review."""
    if pitch.state not in OPEN_STATES:
        return None
    approve = "override" if pitch.errors and allow_overrides else "approve"
    view = ui.View(timeout=None)
    # The suggested opener, when a finding says not to ask yet: adopted in one click.
    for action in (approve, "changes", "revise", *(("opener",) if pitch.suggestion else ())):
        view.add_item(ReportButton(action, pitch.id, pitch.revision))
    return view
