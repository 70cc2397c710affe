"""The rules engine: run every enabled rule over a pitch and reach a verdict."""

from __future__ import annotations

from dataclasses import dataclass

from bot.rules import RULES
from bot.rules.base import Finding, ReviewContext
from bot.vocabulary import SEVERITIES

VERDICTS = {"error": "blocked", "warning": "needs-work", "info": "ready", None: "ready"}


@dataclass(frozen=True)
class ReviewResult:
    """The findings on one text and the verdict they add up to."""

    findings: tuple[Finding, ...]
    # The relationship coach's next step with the recipient, when the review knows them.
    next_step: str = ""
    advice: str = ""

    @property
    def verdict(self) -> str:
        """ready, needs-work (a warning) or blocked (an error)."""
        worst = min((SEVERITIES.index(f.severity) for f in self.findings), default=None)
        return VERDICTS[SEVERITIES[worst] if worst is not None else None]

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings that block approval without an override."""
        return tuple(f for f in self.findings if f.severity == "error")


def run_rules(ctx: ReviewContext) -> ReviewResult:
    """Run the enabled rules in registry order, at the levels the policy sets."""
    findings: list[Finding] = []
    for rule in RULES.values():
        settings = ctx.policy.rule(rule.id)
        if not settings.enabled:
            continue
        for hit in rule.check(ctx):
            span = hit.span
            findings.append(
                Finding(
                    rule=rule.id,
                    # A level the team set wins over the rule's own escalation or easing.
                    severity=settings.severity or hit.severity or rule.level,
                    message=rule.message + (f" {hit.detail}" if hit.detail else ""),
                    why=rule.why,
                    fix=rule.fix,
                    span=span,
                    excerpt=ctx.text.original[span[0]:span[1]] if span else None,
                )
            )
    findings.sort(key=lambda f: SEVERITIES.index(f.severity))
    return ReviewResult(tuple(findings))
