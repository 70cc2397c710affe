"""The weekly board's view model: what every surface renders and the JSON output."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(slots=True)
class BoardItem:
    """One thing that earned points: kind, points, a plain-text label (user text inside)."""

    # Not frozen: frozen init is five times slower, and the reference scoring builds one per
    # thing scored (tens of thousands on a busy week).

    kind: str  # engaged | earned | two_way | pitch_success | review
    points: int
    label: str
    contact: str | None = None
    pitch: int | None = None
    count: int = 1

    def as_dict(self) -> dict:
        """The item as plain data."""
        return {"kind": self.kind, "points": self.points, "label": self.label,
                "contact": self.contact, "pitch": self.pitch, "count": self.count}


@dataclass(frozen=True)
class BoardRow:
    """A member's place on the board."""

    rank: int
    member: str
    display_name: str
    points: int
    items: tuple[BoardItem, ...]


@dataclass(frozen=True)
class BoardView:
    """One team's board for one ISO week."""

    week: str
    team: str
    timezone: str
    starts: date
    ends: date
    finished: bool
    rows: tuple[BoardRow, ...]
    sent: int
    sent_to_earned: int
    # How many members have points in all (rows shows the top ones), and, for a member who
    # asked and is not among them, their own row with the ones just around it.
    ranked: int = 0
    standing: tuple[BoardRow, ...] = ()

    @property
    def relationship_first_rate(self) -> float | None:
        """Share of the week's sent pitches that went to earned relationships; None if none."""
        return self.sent_to_earned / self.sent if self.sent else None

    @property
    def empty(self) -> bool:
        """Nothing to show: no points earned and nothing sent."""
        return not self.rows and not self.sent

    def as_dict(self) -> dict:
        """The board as the JSON output promises it."""
        return {
            "week": self.week,
            "team": self.team,
            "rows": [
                {"rank": r.rank, "member": r.member, "display_name": r.display_name,
                 "points": r.points, "items": [i.as_dict() for i in r.items]}
                for r in self.rows
            ],
            "ranked": self.ranked,
            "standing": [{"rank": r.rank, "member": r.member, "display_name": r.display_name,
                          "points": r.points} for r in self.standing],
            "relationship_first_rate": self.relationship_first_rate,
            "sent": self.sent,
            "sent_to_earned": self.sent_to_earned,
            "starts": self.starts.isoformat(),
            "ends": self.ends.isoformat(),
            "timezone": self.timezone,
            "finished": self.finished,
        }
