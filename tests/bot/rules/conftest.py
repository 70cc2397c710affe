"""Shared fixtures for the rule tests: one call reviews a text in a given situation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from bot.engine import ReviewResult, run_rules
from bot.policy import Policy, parse_policy
from bot.rules.base import History, PastPitch, Recipient, ReviewContext
from bot.text import normalize

NOW = datetime(2024, 6, 3, 12, 0, tzinfo=UTC)


def _review(
    text: str,
    channel: str = "other",
    stage: str = "stranger",
    recipient: Recipient | None = None,
    history: History | None = None,
    policy: Policy | dict | None = None,
    topic: str | None = None,
    author: str | None = "ana",
    now: datetime = NOW,
) -> ReviewResult:
    """Review a text with the whole rule set, as the service would."""
    if isinstance(policy, dict):
        policy = parse_policy(policy)
    ctx = ReviewContext(
        text=normalize(text),
        channel=channel,
        recipient=recipient if recipient is not None else Recipient(handle="@liz", stage=stage),
        history=history or History(),
        policy=policy or Policy(),
        now=now,
        author=author,
        topic=topic,
    )
    return run_rules(ctx)


@pytest.fixture
def now() -> datetime:
    """The fixed 'now' every review in these tests runs at."""
    return NOW


@pytest.fixture
def review() -> Callable[..., ReviewResult]:
    """review(text, channel=, stage=, recipient=, history=, policy=, topic=, author=, now=)."""
    return _review


@pytest.fixture
def fired() -> Callable[..., list]:
    """fired(result, rule_id): the findings of one rule in a review result."""

    def _fired(result: ReviewResult, rule_id: str) -> list:
        return [f for f in result.findings if f.rule == rule_id]

    return _fired


@pytest.fixture
def past() -> Callable[..., PastPitch]:
    """past(days_ago=, author=, state=, sent_days_ago=, outcome=): an earlier pitch."""

    def _past(
        days_ago: float = 1,
        author: str = "bo",
        state: str = "sent",
        sent_days_ago: float | None = None,
        outcome: str | None = None,
    ) -> PastPitch:
        sent = NOW - timedelta(days=sent_days_ago) if sent_days_ago is not None else None
        return PastPitch(
            author=author,
            submitted_at=NOW - timedelta(days=days_ago),
            state=state,
            sent_at=sent,
            outcome=outcome,
        )

    return _past
