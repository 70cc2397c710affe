"""What a rule is, what it sees, and what it reports."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, Literal

from bot.text import NormalizedText
from bot.vocabulary import Severity

if TYPE_CHECKING:  # the policy validates rule ids against the rules, so it imports them
    from bot.policy import Policy

Stage = Literal["stranger", "aware", "engaged", "earned"]


@dataclass(frozen=True)
class PastPitch:
    """A pitch the team made earlier to the same recipient."""

    author: str
    submitted_at: datetime
    state: str
    sent_at: datetime | None = None
    outcome: str | None = None
    # How people know the author ("Cy"); `author` is the member key rules compare.
    author_name: str | None = None


@dataclass(frozen=True)
class Recipient:
    """What the team knows about the person a pitch goes to."""

    handle: str | None = None
    stage: Stage = "stranger"
    interests: tuple[str, ...] = ()
    avoid: tuple[str, ...] = ()
    do_not_contact: bool = False
    declined_at: datetime | None = None


@dataclass(frozen=True)
class History:
    """The team's record that bears on this pitch, gathered by the service before review."""

    past_pitches: tuple[PastPitch, ...] = ()
    near_copy_recipients: int = 0
    author_pitches_last_hour: int = 0


@dataclass(frozen=True)
class ReviewContext:
    """Everything a rule may look at: the text, the channel, the recipient, the history."""

    text: NormalizedText
    channel: str
    recipient: Recipient
    history: History
    policy: Policy
    now: datetime
    author: str | None = None
    topic: str | None = None
    _cache: dict = field(default_factory=dict, compare=False, repr=False)

    def find(self, pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
        """Spans in the original text where a pattern matches the folded text."""
        for match in pattern.finditer(self.text.folded):
            yield self.text.span(match.start(), match.end())

    def first(self, pattern: re.Pattern[str]) -> tuple[int, int] | None:
        """The first original span where a pattern matches, or None."""
        return next(self.find(pattern), None)

    def memo(self, key: str, compute):
        """Compute a value once per review and share it between rules (e.g. the ask span)."""
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]


@dataclass(frozen=True)
class Hit:
    """One place a rule fired; severity set only where the rule escalates or eases its level."""

    span: tuple[int, int] | None = None
    detail: str | None = None
    severity: Severity | None = None


@dataclass(frozen=True)
class Finding:
    """A rule's verdict on a pitch, ready to show: what, why, how to fix, and where."""

    rule: str
    severity: Severity
    message: str
    why: str
    fix: str
    span: tuple[int, int] | None
    excerpt: str | None

    def as_dict(self) -> dict:
        """The finding as plain data (JSON output, stored findings)."""
        span = None
        if self.span is not None:
            span = {"start": self.span[0], "end": self.span[1], "text": self.excerpt}
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "why": self.why,
            "fix": self.fix,
            "span": span,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Finding:
        """Rebuild a stored finding."""
        span = data.get("span")
        return cls(
            rule=data["rule"],
            severity=data["severity"],
            message=data["message"],
            why=data.get("why", ""),
            fix=data.get("fix", ""),
            span=(span["start"], span["end"]) if span else None,
            excerpt=span["text"] if span else None,
        )


class Rule:
    """An etiquette rule: a header (id, level, message, why, fix, thresholds) and one check."""

    id: ClassVar[str]
    level: ClassVar[Severity]
    message: ClassVar[str]
    why: ClassVar[str]
    fix: ClassVar[str]
    thresholds: ClassVar[dict[str, float]] = {}

    def setting(self, ctx: ReviewContext, key: str) -> float:
        """A threshold, as the team's policy sets it or by default."""
        return ctx.policy.threshold(self.id, key, self.thresholds[key])

    def check(self, ctx: ReviewContext) -> Iterable[Hit]:
        """Yield a Hit for each place the rule fires; nothing when the pitch is fine."""
        raise NotImplementedError
