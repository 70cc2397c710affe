"""The relationship coach: the next step with a contact, table-driven."""

from datetime import UTC, datetime, timedelta

import pytest

from bot.coach import Facts, next_step

NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)

CASES = [
    pytest.param(Facts("stranger"), "observe", id="nothing-known"),
    pytest.param(Facts("stranger", known=True), "engage", id="stranger-with-interests"),
    pytest.param(Facts("aware", known=True), "engage", id="aware"),
    pytest.param(Facts("engaged", known=True), "soft-ask", id="engaged"),
    pytest.param(Facts("earned", known=True), "pitch", id="earned"),
    pytest.param(Facts("earned", do_not_contact=True, known=True), "wait", id="do-not-contact"),
    pytest.param(Facts("earned", declined_at=NOW - timedelta(days=10), known=True), "wait",
                 id="said-no-lately"),
    pytest.param(Facts("earned", declined_at=NOW - timedelta(days=400), known=True), "pitch",
                 id="said-no-long-ago"),
    pytest.param(Facts("engaged", unanswered=3, known=True), "wait", id="three-unanswered"),
    pytest.param(Facts("engaged", unanswered=2, known=True), "soft-ask", id="two-unanswered"),
]


@pytest.mark.parametrize(("facts", "step"), CASES)
def test_the_next_step_follows_the_relationship(facts, step):
    """Earn it first; a no, a do-not-contact mark or silence means waiting."""
    assert next_step(facts, NOW).step == step


def test_the_advice_says_when_the_wait_ends():
    """After a no, the advice names the day asking becomes possible again."""
    advice = next_step(Facts("earned", declined_at=NOW - timedelta(days=10)), NOW,
                       cool_off_days=30).advice
    assert "2026-11-13" in advice and "2026-12-13" in advice
