"""What running a command produced: a small closed set of types, each carrying exactly what a
surface needs to show it. Adapters render them with one function per type."""

from __future__ import annotations

from dataclasses import dataclass

from bot.leaderboard.views import BoardView
from bot.views import ActionResult, ContactView, DeskView, PitchView


@dataclass(frozen=True)
class Text:
    """A line to show (an opt-out confirmed); `help` marks the command list."""

    message: str
    help: bool = False


@dataclass(frozen=True)
class Submitted:
    """A new pitch: its report is to be posted. `result` is None for a repeated delivery."""

    message: str
    result: ActionResult | None

    @property
    def pitch(self) -> PitchView | None:
        """The pitch submitted, if this was the first delivery."""
        return self.result.pitch if self.result else None


@dataclass(frozen=True)
class Changed:
    """An act on a pitch: its reports to refresh and the people to tell are in `result`."""

    message: str
    result: ActionResult

    @property
    def pitch(self) -> PitchView:
        """The pitch as it stands after the act."""
        return self.result.pitch


@dataclass(frozen=True)
class Shown:
    """A pitch shown, not acted on: render it, update and notify nothing."""

    message: str
    pitch: PitchView


@dataclass(frozen=True)
class Listed:
    """The newest pitches, filtered by `state` when one was asked for."""

    message: str
    pitches: tuple[PitchView, ...]
    state: str | None = None


@dataclass(frozen=True)
class ContactShown:
    """What the team knows about a contact, after a look (`changed` None) or a change."""

    message: str
    contact: ContactView
    changed: bool | None = None


@dataclass(frozen=True)
class Board:
    """A week's leaderboard."""

    message: str
    board: BoardView


@dataclass(frozen=True)
class ReviewChannel:
    """Where a team's reviews are posted (`channel`, a platform channel id, or None), after a
    look or an admin's change; surfaces show the channel their own way."""

    message: str
    channel: str | None
    changed: bool = False


@dataclass(frozen=True)
class Home:
    """A member's desk (`home`): what waits for them, to show where they are, privately."""

    message: str
    desk: DeskView


Outcome = (Text | Submitted | Changed | Shown | Listed | ContactShown | Board | ReviewChannel
           | Home)
