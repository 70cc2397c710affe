"""recipient-pacing: at most so many pitches to one person, from the whole team, per window."""

import pytest

from bot.rules.base import History

RULE = "recipient-pacing"
TEXT = "Liz, a question about your talk: what got you into night markets?"


@pytest.mark.parametrize(
    ("sent_days_ago", "fires"),
    [
        pytest.param([], False, id="none-sent"),
        pytest.param([3], False, id="one-sent"),
        pytest.param([3, 20], True, id="two-in-thirty-days"),
        pytest.param([3, 45], False, id="one-in-window-one-older"),
    ],
)
def test_pacing_counts_the_teams_pitches_in_the_window(review, fired, past, sent_days_ago, fires):
    """Pitches by anyone on the team count; old ones and unsent drafts do not."""
    pitches = tuple(past(days_ago=d + 1, author=a, sent_days_ago=d)
                    for d, a in zip(sent_days_ago, ("bo", "cy"), strict=False))
    hits = fired(review(TEXT, history=History(past_pitches=(*pitches, past(days_ago=1)))), RULE)
    assert bool(hits) is fires
    assert all(h.severity == "warning" for h in hits)


def test_the_pace_is_policy(review, fired, past):
    """A team can allow more, or fewer, pitches per window."""
    history = History(past_pitches=(past(days_ago=3, sent_days_ago=2),))
    assert not fired(review(TEXT, history=history), RULE)
    policy = {"rules": {RULE: {"max_pitches": 1, "days": 7}}}
    (hit,) = fired(review(TEXT, history=history, policy=policy), RULE)
    assert "1 pitch went to them in the last 7 days" in hit.message
