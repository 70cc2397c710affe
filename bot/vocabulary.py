"""The words of the product, in one place: states, channels, stages and outcomes, with the
labels people read. Templates get them as Jinja globals; adapters and the core import them
from here, never from a rule or a renderer.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


class Labelled(StrEnum):
    """A string enum whose members know the label a person reads."""

    @property
    def label(self) -> str:
        """The member as a person reads it ("Changes requested")."""
        return _LABELS.get(self.value, self.value.replace("_", " ").replace("-", " ").capitalize())

    @classmethod
    def labels(cls) -> dict[str, str]:
        """Every member's value and label, in order."""
        return {m.value: m.label for m in cls}


class State(Labelled):
    """Where a pitch stands in review (DESIGN §5)."""

    PENDING = "pending"
    CHANGES_REQUESTED = "changes_requested"
    SENDABLE = "sendable"
    SENT = "sent"
    WITHDRAWN = "withdrawn"
    REPLIED = "replied"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    NO_RESPONSE = "no_response"


class Outcome(Labelled):
    """What came of a sent pitch."""

    REPLIED = "replied"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    NO_RESPONSE = "no_response"


class Channel(Labelled):
    """How the outreach reaches its recipient."""

    EMAIL = "email"
    DM = "dm"
    PUBLIC_MENTION = "public-mention"
    COMMENT = "comment"
    OTHER = "other"


class Stage(Labelled):
    """How far the team's relationship with a contact has come (DESIGN §4)."""

    STRANGER = "stranger"
    AWARE = "aware"
    ENGAGED = "engaged"
    EARNED = "earned"


_LABELS = {
    "pending": "Pending review", "no_response": "No response", "dm": "Direct message",
    "public-mention": "Public mention or tag", "comment": "Comment on their post",
}

OPEN_STATES: tuple[str, ...] = (State.PENDING, State.CHANGES_REQUESTED, State.SENDABLE)
STATES: tuple[str, ...] = tuple(State)
OUTCOMES: tuple[str, ...] = tuple(Outcome)
CHANNELS: tuple[str, ...] = tuple(Channel)
STAGES: tuple[str, ...] = tuple(Stage)


def label(value: str) -> str:
    """The label of any vocabulary word, or the word with underscores as spaces."""
    for vocabulary in (State, Channel, Stage):
        if value in vocabulary.__members__.values():
            return vocabulary(value).label
    return str(value).replace("_", " ")
