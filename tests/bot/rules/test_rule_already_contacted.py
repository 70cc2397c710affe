"""already-contacted: a teammate pitched this recipient within the last 14 days."""

import pytest

from bot.rules.base import History

RULE = "already-contacted"
TEXT = "Hi Liz, loved your post on remote hiring."


@pytest.mark.parametrize(
    ("pitch", "expected"),
    [
        pytest.param({"days_ago": 3}, True, id="teammate-3-days-ago"),
        pytest.param({"days_ago": 0.01, "state": "pending"}, True, id="teammate-pending-today"),
        pytest.param({"days_ago": 14}, True, id="exactly-14-days-is-within"),
        pytest.param({"days_ago": 14.01}, False, id="just-over-14-days"),
        pytest.param({"days_ago": 30}, False, id="old-pitch"),
        pytest.param({"days_ago": 3, "author": "ana"}, False, id="own-pitch"),
        pytest.param({"days_ago": 3, "state": "withdrawn"}, False, id="withdrawn"),
    ],
)
def test_already_contacted(review, fired, past, pitch, expected):
    """Recent live pitches by someone else count; own, withdrawn and old ones do not."""
    history = History(past_pitches=(past(**pitch),))
    hits = fired(review(TEXT, history=history, author="ana"), RULE)
    assert bool(hits) is expected
    assert all(f.severity == "warning" for f in hits)


def test_names_the_teammates(review, fired, past):
    """The reviewer learns who to talk to."""
    history = History(past_pitches=(past(3, author="bo"), past(5, author="cy"), past(1, "bo")))
    (hit,) = fired(review(TEXT, history=history), RULE)
    assert "bo, cy" in hit.message


def test_window_comes_from_policy(review, fired, past):
    """A team can widen the window."""
    history = History(past_pitches=(past(20),))
    assert not fired(review(TEXT, history=history), RULE)
    assert fired(review(TEXT, history=history, policy={"rules": {RULE: {"days": 30}}}), RULE)


def test_names_them_as_the_team_knows_them(make_service):
    """On chat, members are platform ids: the finding names the teammate, not the id."""
    service = make_service(auto_enrol=True)
    service.enrol("slack:T1", "U0CY", "Cy")
    service.enrol("slack:T1", "U0ANA", "Ana")
    service.submit("slack:T1", "U0CY", "@liz", "Liz, loved your talk. What got you into it?")
    result = service.check("Liz, a question about your talk?", team="slack:T1", to="@liz",
                           author="U0ANA")
    (hit,) = [f for f in result.findings if f.rule == RULE]
    assert "Recent pitch by Cy." in hit.message
