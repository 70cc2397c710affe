"""The rules' agreement with the test split of the labelled corpus must not go backwards.

The test split was fixed before the rules were tuned and is only ever scored; these floors
are the figures last reached less 0.02 (the targets, F1 0.85 and at most 10% of clean
messages flagged, are not reached yet). Scoring is deterministic (no history, fixed weights).
"""

from pathlib import Path

import pytest

from bot.evaluation import evaluate, load_corpus

TEST_SPLIT = Path(__file__).parents[2] / "corpus" / "test.jsonl"
F1_FLOORS = {
    "blind-amplify": 0.65,
    "cold-public-channel": 0.77,
    "impersonal": 0.77,
    # Lowered from 0.65 (0.67 reached) on purpose, 2026-12-01: asking only the asks whose
    # object is the link to describe it lost one of its 8 here (0.55) and fixed 4 false alarms
    # on dev and 2 of 10 on 220 unseen messages scored on arrival, with no miss added there.
    "link-does-the-talking": 0.53,
    "pushy-tone": 0.65,
    "stranger-pitch": 0.83,
}
CLEAN_FLAGGED_CEILING = 0.10


@pytest.fixture(scope="module")
def report():
    """The accuracy report on the test split, computed once."""
    return evaluate(load_corpus(TEST_SPLIT))


@pytest.mark.parametrize(("rule", "floor"), sorted(F1_FLOORS.items()))
def test_rule_f1_does_not_go_backwards(report, rule, floor):
    """Each rule's F1 on the test split stays at or above what it reached."""
    assert report.rules[rule].f1 >= floor, (rule, report.rules[rule].misses,
                                            report.rules[rule].false_alarms)


def test_clean_messages_are_rarely_flagged(report):
    """Few clean messages get any warning or error: a bot that cries wolf gets ignored."""
    assert report.clean_flagged_share <= CLEAN_FLAGGED_CEILING, report.clean_flagged


def test_scoring_is_deterministic(report):
    """The same corpus scores the same twice."""
    assert evaluate(load_corpus(TEST_SPLIT)).as_dict() == report.as_dict()
