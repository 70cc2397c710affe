"""long-first-contact: a first contact over the word limit (default 120, info)."""

import pytest

from bot.rules.base import History

RULE = "long-first-contact"


def _words(n: int) -> str:
    return "Liz, " + " ".join(["word"] * (n - 1))


@pytest.mark.parametrize(
    ("words", "stage", "earlier", "policy", "fires"),
    [
        pytest.param(121, "stranger", False, None, True, id="over-limit-stranger"),
        pytest.param(121, "aware", False, None, True, id="over-limit-aware"),
        pytest.param(120, "stranger", False, None, False, id="at-limit"),
        pytest.param(40, "stranger", False, None, False, id="short"),
        pytest.param(300, "earned", False, None, False, id="earned"),
        pytest.param(300, "engaged", False, None, False, id="engaged-is-not-first-contact"),
        pytest.param(300, "stranger", True, None, False, id="earlier-pitch-not-first"),
        pytest.param(60, "stranger", False, {"max_words": 50}, True, id="policy-limit"),
    ],
)
def test_long_first_contact(review, fired, past, words, stage, earlier, policy, fires):
    """Only first contacts, only over the limit."""
    history = History(past_pitches=(past(30),)) if earlier else None
    policy = {"rules": {RULE: policy}} if policy else None
    hits = fired(review(_words(words), stage=stage, history=history, policy=policy), RULE)
    assert [f.severity for f in hits] == (["info"] if fires else [])
    if fires:
        assert f"{words} words" in hits[0].message
