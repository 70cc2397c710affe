"""me-focused: far more I/my/we/our than you/your (info)."""

import pytest

RULE = "me-focused"
SELF_HEAVY = (
    "Hi Liz, I am Craig. I run my studio with my partner and we make our own games. "
    "I think our new game is the best thing we have made and I am proud of my team."
)


@pytest.mark.parametrize(
    ("text", "policy", "fires"),
    [
        pytest.param(SELF_HEAVY, None, True, id="self-heavy"),
        pytest.param(SELF_HEAVY + " What do you think of your own first game?", None, True,
                     id="one-you-is-not-enough"),
        pytest.param("Hi Liz, I think my idea is good.", None, False, id="short-message"),
        pytest.param("Hi Liz, I loved my visit to your shop. We'll be back.", None, False,
                     id="short-with-some-self"),
        pytest.param(
            "Hi Liz, I read your post and I think you nailed it. Your point about your team "
            "made me rethink my own. We tried your checklist and our week went better. "
            "What do you use for your notes?",
            None, False, id="balanced",
        ),
        pytest.param(SELF_HEAVY, {"ratio": 20}, False, id="policy-ratio"),
        pytest.param(SELF_HEAVY, {"min_self": 30}, False, id="policy-min-self"),
    ],
)
def test_me_focused(review, fired, text, policy, fires):
    """Fires on long self-centred copy only."""
    policy = {"rules": {RULE: policy}} if policy else None
    hits = fired(review(text, policy=policy), RULE)
    assert [f.severity for f in hits] == (["info"] if fires else [])
