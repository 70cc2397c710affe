"""burst-sending: more than the hourly limit of pitches by one author (default 10)."""

import pytest

from bot.rules.base import History

RULE = "burst-sending"
TEXT = "Hi Liz, loved your post on remote hiring."


@pytest.mark.parametrize(
    ("earlier", "policy", "fires"),
    [
        pytest.param(0, None, False, id="first"),
        pytest.param(9, None, False, id="tenth-is-at-the-limit"),
        pytest.param(10, None, True, id="eleventh-is-over"),
        pytest.param(50, None, True, id="far-over"),
        pytest.param(4, {"per_hour": 5}, False, id="policy-at-limit"),
        pytest.param(5, {"per_hour": 5}, True, id="policy-over"),
    ],
)
def test_burst_sending(review, fired, earlier, policy, fires):
    """The count includes this pitch: the 11th in an hour is over a limit of 10."""
    policy = {"rules": {RULE: policy}} if policy else None
    history = History(author_pitches_last_hour=earlier)
    hits = fired(review(TEXT, history=history, policy=policy), RULE)
    assert [f.severity for f in hits] == (["warning"] if fires else [])
