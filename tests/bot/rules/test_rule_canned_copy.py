"""canned-copy: near-copies to other recipients; warning, error from 3."""

import pytest

from bot.rules.base import History

RULE = "canned-copy"
TEXT = "Hi Liz, loved your post on remote hiring."


@pytest.mark.parametrize(
    ("copies", "policy", "expected"),
    [
        pytest.param(0, None, [], id="no-copies"),
        pytest.param(1, None, ["warning"], id="one-copy"),
        pytest.param(2, None, ["warning"], id="two-copies"),
        pytest.param(3, None, ["error"], id="three-copies-error"),
        pytest.param(12, None, ["error"], id="many-copies"),
        pytest.param(2, {"error_from": 2}, ["error"], id="policy-error-from-2"),
        pytest.param(5, {"error_from": 0}, ["warning"], id="policy-error-from-0-never-errors"),
        pytest.param(5, {"severity": "info"}, ["info"], id="policy-level-beats-escalation"),
        pytest.param(1, {"severity": "info"}, ["info"], id="policy-level-for-the-warning"),
    ],
)
def test_canned_copy_levels(review, fired, copies, policy, expected):
    """The level follows the number of recipients the near-copy index found."""
    policy = {"rules": {RULE: policy}} if policy else None
    result = review(TEXT, history=History(near_copy_recipients=copies), policy=policy)
    assert [f.severity for f in fired(result, RULE)] == expected


def test_canned_copy_says_how_many(review, fired):
    """The finding tells the reviewer how far the copy went."""
    hits = fired(review(TEXT, history=History(near_copy_recipients=4)), RULE)
    assert "4 other recipients" in hits[0].message
