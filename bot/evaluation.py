"""How well the rules agree with a labelled corpus: per-rule precision, recall and F1.

A corpus is JSON Lines, one real message a line, labelled by the conventions in the README
(`id`, `text`, `channel`, `stage`, `labels`, and optionally `pitch`). Each message is reviewed
with no team history, at the stage the record gives; a rule *fires* when it reports a warning
or an error. `cold-public-channel` is not labelled by hand: it is expected wherever a pitch
goes to a stranger or aware contact by DM, public mention or comment.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bot.asks import find_asks
from bot.engine import run_rules
from bot.errors import InvalidInput
from bot.policy import Policy
from bot.rules.base import History, Recipient, ReviewContext
from bot.text import normalize

LABELLED = ("stranger-pitch", "blind-amplify", "link-does-the-talking", "impersonal",
            "pushy-tone", "sensitive-topic", "cold-public-channel")
_COLD_CHANNELS = ("dm", "public-mention", "comment")
_REQUIRED = ("id", "text", "channel", "stage", "labels")


@dataclass
class RuleScore:
    """Agreement of one rule with the labels: counts, and the ids it got wrong."""

    rule: str
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def support(self) -> int:
        """Messages labelled with the rule."""
        return self.true_positive + self.false_negative

    @property
    def precision(self) -> float:
        """Share of the rule's firings that the labels agree with."""
        fired = self.true_positive + self.false_positive
        return self.true_positive / fired if fired else 1.0

    @property
    def recall(self) -> float:
        """Share of the labelled messages the rule fired on."""
        return self.true_positive / self.support if self.support else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, record_id: str, expected: bool, fired: bool) -> None:
        """Count one message."""
        if expected and fired:
            self.true_positive += 1
        elif fired:
            self.false_positive += 1
            self.false_alarms.append(record_id)
        elif expected:
            self.false_negative += 1
            self.misses.append(record_id)


@dataclass
class Evaluation:
    """The whole report: per-rule scores, the ask detector's, and clean messages flagged."""

    messages: int = 0
    rules: dict[str, RuleScore] = field(default_factory=dict)
    asks: RuleScore = field(default_factory=lambda: RuleScore("ask (pitch)"))
    clean: int = 0
    clean_flagged: list[str] = field(default_factory=list)

    @property
    def clean_flagged_share(self) -> float:
        """Share of clean messages (no labels) that got any warning or error."""
        return len(self.clean_flagged) / self.clean if self.clean else 0.0

    def as_dict(self) -> dict:
        """The report as plain data, for JSON output."""
        def score(s: RuleScore) -> dict:
            return {"rule": s.rule, "support": s.support, "precision": round(s.precision, 3),
                    "recall": round(s.recall, 3), "f1": round(s.f1, 3), "misses": s.misses,
                    "false_alarms": s.false_alarms}
        return {"messages": self.messages, "rules": [score(s) for s in self.rules.values()],
                "asks": score(self.asks), "clean": self.clean,
                "clean_flagged": self.clean_flagged,
                "clean_flagged_share": round(self.clean_flagged_share, 3)}


def load_corpus(path: Path) -> list[dict]:
    """Read a corpus file; a malformed line is one clear error naming it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"cannot read {path}: {exc}") from None
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidInput(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(record, dict) or any(k not in record for k in _REQUIRED):
            raise InvalidInput(f"{path}:{number}: needs {', '.join(_REQUIRED)}")
        records.append(record)
    return records


def expected_rules(record: dict) -> set[str]:
    """The rules a record's labels say should fire, with the derived cold-public-channel."""
    expected = set(record["labels"])
    if "stranger-pitch" in expected and record["channel"] in _COLD_CHANNELS:
        expected.add("cold-public-channel")
    return expected


def review_record(record: dict, policy: Policy, now: datetime):
    """Review one corpus message as `rapport check` would, with no team history."""
    ctx = ReviewContext(
        text=normalize(record["text"]), channel=record["channel"],
        recipient=Recipient(stage=record["stage"]), history=History(), policy=policy, now=now,
    )
    return run_rules(ctx)


def evaluate(records: Iterable[dict], policy: Policy | None = None) -> Evaluation:
    """Score every rule that is labelled against the records."""
    policy, now = policy or Policy(), datetime.now(UTC)
    report = Evaluation(rules={rule: RuleScore(rule) for rule in LABELLED})
    for record in records:
        report.messages += 1
        result = review_record(record, policy, now)
        fired = {f.rule for f in result.findings if f.severity in ("warning", "error")}
        expected = expected_rules(record)
        for rule, score in report.rules.items():
            score.add(record["id"], rule in expected, rule in fired)
        if "pitch" in record:
            asked = bool(find_asks(normalize(record["text"]).folded))
            report.asks.add(record["id"], bool(record["pitch"]), asked)
        if not record["labels"]:
            report.clean += 1
            if fired:
                report.clean_flagged.append(record["id"])
    return report
