"""ISO weeks in a team's time zone: naming them, their bounds, and which board is due."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.errors import InvalidInput

_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)
USAGE = "use this-week, last-week or a week like 2026-W48"


@dataclass(frozen=True, order=True)
class IsoWeek:
    """One ISO week (Monday to Sunday), e.g. 2026-W48."""

    year: int
    week: int

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        """A week from text like 2026-W48; InvalidInput when it is no such week."""
        match = _WEEK.match(text or "")
        if match is None:
            raise InvalidInput(f"'{text}' is not a week: {USAGE}")
        year, week = int(match.group(1)), int(match.group(2))
        try:
            date.fromisocalendar(year, week, 1)
        except ValueError:
            raise InvalidInput(f"{year} has no week {week}: {USAGE}") from None
        return cls(year, week)

    @classmethod
    def of(cls, day: date) -> IsoWeek:
        """The week a calendar day falls in."""
        year, week, _ = day.isocalendar()
        return cls(year, week)

    @classmethod
    def containing(cls, moment: datetime, tz: ZoneInfo) -> IsoWeek:
        """The week a moment falls in, on the team's local calendar."""
        return cls.of(moment.astimezone(tz).date())

    @property
    def monday(self) -> date:
        """The week's first day."""
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self) -> date:
        """The week's last day."""
        return self.monday + timedelta(days=6)

    def shift(self, weeks: int) -> IsoWeek:
        """The week this many weeks later (earlier when negative)."""
        return IsoWeek.of(self.monday + timedelta(weeks=weeks))

    def bounds(self, tz: ZoneInfo) -> tuple[datetime, datetime]:
        """[start, end) in UTC: local Monday 00:00 to the next local Monday 00:00."""
        return _local(self.monday, 0, tz), _local(self.monday + timedelta(days=7), 0, tz)


def _local(day: date, hour: int, tz: ZoneInfo) -> datetime:
    """A local wall-clock time as UTC (zoneinfo resolves DST gaps and folds)."""
    return datetime.combine(day, time(hour), tzinfo=tz).astimezone(UTC)


def resolve(spec: str | None, now: datetime, tz: ZoneInfo) -> IsoWeek:
    """The week meant by '', 'this-week', 'last-week' or '2026-W48', refusing future weeks."""
    current = IsoWeek.containing(now, tz)
    key = (spec or "").strip().casefold().replace("_", "-").replace(" ", "-")
    if key in ("", "this-week", "now", "current"):
        return current
    if key in ("last-week", "previous", "last"):
        return current.shift(-1)
    week = IsoWeek.parse(spec)
    if week > current:
        raise InvalidInput(f"{week} has not started yet: this week is {current}")
    return week


def due_week(now: datetime, tz: ZoneInfo, weekday: int, hour: int) -> IsoWeek:
    """The latest finished week whose posting time (weekday, hour, team time) has passed."""
    current = IsoWeek.containing(now, tz)
    post_at = _local(current.monday + timedelta(days=weekday), hour, tz)
    return current.shift(-1 if now >= post_at else -2)
