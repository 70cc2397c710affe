"""unanswered-followups: silent earlier pitches (error from 3), or a follow-up too soon."""

import pytest

from bot.rules.base import History

RULE = "unanswered-followups"
TEXT = "Hi Liz, following up on my note about our guide."


def _p(sent_days_ago, outcome=None, state="sent", author="bo"):
    sent = sent_days_ago if state != "pending" else None
    return {"days_ago": sent_days_ago + 0.1, "sent_days_ago": sent,
            "outcome": outcome, "state": state, "author": author}


CASES = [
    pytest.param([], None, [], id="no-history"),
    pytest.param([_p(5, "no_response")], None, ["warning"], id="one-no-response"),
    pytest.param([_p(2)], None, ["warning"], id="sent-2-days-ago-no-reply-yet"),
    pytest.param([_p(0.2)], None, ["warning"], id="follow-up-within-a-day"),
    pytest.param([_p(5, "no_response"), _p(3)], None, ["warning"], id="two-silent"),
    pytest.param([_p(9, "no_response"), _p(5, "no_response"), _p(2)], None, ["error"],
                 id="three-silent-error"),
    pytest.param([_p(9, "no_response", author="ana"), _p(5, "no_response"), _p(2, author="cy")],
                 None, ["error"], id="anyone-on-the-team-counts"),
    pytest.param([_p(5, "replied")], None, [], id="replied"),
    pytest.param([_p(5, "accepted")], None, [], id="accepted"),
    pytest.param([_p(1, state="pending")], None, [], id="not-sent"),
    pytest.param([_p(5, state="no_response")], None, ["warning"], id="outcome-stored-in-state"),
    pytest.param([_p(30, "no_response"), _p(20, "no_response"), _p(10, "replied")], None, [],
                 id="silence-before-a-reply-is-forgiven"),
    pytest.param([_p(30, "replied"), _p(20, "no_response"), _p(10, "no_response")], None,
                 ["warning"], id="silence-after-a-reply-counts"),
    pytest.param([_p(5, "no_response"), _p(3, "no_response")], {"error_from": 2}, ["error"],
                 id="policy-error-from-2"),
    pytest.param([_p(1.25)], {"min_gap_hours": 48}, ["warning"], id="policy-min-gap-48h"),
]


@pytest.mark.parametrize(("pitches", "policy", "expected"), CASES)
def test_unanswered_followups(review, fired, past, pitches, policy, expected):
    """Levels for silent earlier pitches and too-soon follow-ups."""
    history = History(past_pitches=tuple(past(**p) for p in pitches))
    policy = {"rules": {RULE: policy}} if policy else None
    hits = fired(review(TEXT, stage="earned", history=history, policy=policy), RULE)
    assert [f.severity for f in hits] == expected


@pytest.mark.parametrize(
    ("pitches", "policy", "words"),
    [
        pytest.param([_p(0.2)], None, "less than a day", id="too-soon"),
        pytest.param([_p(1.25)], {"min_gap_hours": 48}, "less than a day",
                     id="too-soon-under-policy-gap"),
        pytest.param([_p(2)], None, "1 earlier", id="silent"),
    ],
)
def test_detail_tells_too_soon_from_silence(review, fired, past, pitches, policy, words):
    """A follow-up sent too soon is told apart from silence."""
    history = History(past_pitches=tuple(past(**p) for p in pitches))
    policy = {"rules": {RULE: policy}} if policy else None
    (hit,) = fired(review(TEXT, history=history, policy=policy), RULE)
    assert words in hit.message
