"""off-audience: error for an avoided topic, warning off their interests, info when unknown."""

import pytest

from bot.rules.base import Recipient

RULE = "off-audience"
PITCH = "Hi Liz, would you review our new running shoe?"
ENGAGE = "Hi Liz, loved your post on trail running. Where do you train?"


def _who(interests=(), avoid=(), stage="stranger"):
    return Recipient(handle="@liz", stage=stage, interests=tuple(interests), avoid=tuple(avoid))


CASES = [
    pytest.param(PITCH, _who(avoid=["shoes"]), None, ["error"], "shoe", id="avoided-in-text"),
    pytest.param(PITCH, _who(avoid=["fitness"]), "Fitness", ["error"], None,
                 id="avoided-topic-field"),
    pytest.param(ENGAGE, _who(avoid=["running"]), None, ["error"], "running",
                 id="avoided-even-without-ask"),
    pytest.param(PITCH, _who(interests=["cooking", "travel"]), None, ["warning"], None,
                 id="outside-known-interests"),
    pytest.param(PITCH, _who(interests=["cooking"]), "sports", ["warning"], None,
                 id="topic-outside-interests"),
    pytest.param(PITCH, _who(), None, ["info"], None, id="interests-unknown"),
    pytest.param(PITCH, _who(interests=["shoe"]), None, [], None, id="interest-in-text-plural"),
    pytest.param(PITCH, _who(interests=["Running"]), "running", [], None, id="topic-in-interests"),
    pytest.param(PITCH, _who(interests=["caf\u00e9s"]), "Cafe\u0301s", [], None,
                 id="interest-folded-like-text"),
    pytest.param(ENGAGE, _who(), None, [], None, id="non-pitch-unknown-interests"),
    pytest.param(ENGAGE, _who(interests=["cooking"]), "sports", [], None,
                 id="non-pitch-off-interests"),
]


@pytest.mark.parametrize(("text", "recipient", "topic", "expected", "excerpt"), CASES)
def test_off_audience(review, fired, text, recipient, topic, expected, excerpt):
    """The level depends on what the team knows about the recipient."""
    hits = fired(review(text, recipient=recipient, topic=topic), RULE)
    assert [f.severity for f in hits] == expected
    if hits:
        assert hits[0].excerpt == excerpt


def test_avoid_error_is_the_only_finding(review, fired):
    """An avoided topic does not also report the interests mismatch."""
    hits = fired(review(PITCH, recipient=_who(interests=["cooking"], avoid=["shoe"])), RULE)
    assert [f.severity for f in hits] == ["error"]


@pytest.mark.parametrize(
    ("avoid", "text", "expected"),
    [
        pytest.param("shoes", "a shoe", True, id="plural-list-singular-text"),
        pytest.param("shoe", "new shoes", True, id="singular-list-plural-text"),
        pytest.param("hobbies", "my hobby", True, id="ies-to-y"),
        pytest.param("hobby", "my hobbies", True, id="y-to-ies"),
        pytest.param("churches", "a church", True, id="ches"),
        pytest.param("news", "a new app", False, id="news-is-not-new"),
        pytest.param("bus", "a bu", False, id="us-not-stripped"),
        pytest.param("art", "my start", False, id="whole-words-only"),
    ],
)
def test_avoid_terms_match_singular_and_plural(review, fired, avoid, text, expected):
    """Topics in a contact record match the other number, but only whole words."""
    result = review(f"Hi Liz, please review {text}.", recipient=_who(avoid=[avoid]))
    assert bool(fired(result, RULE) and fired(result, RULE)[0].severity == "error") is expected
