"""no-courtesy: an ask with no please, thanks or 'would you' (info)."""

import pytest

RULE = "no-courtesy"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        pytest.param("Liz, review my book.", "review my", id="bare-ask"),
        pytest.param("Liz, RT my last status.", "RT", id="bare-amplify"),
        pytest.param("Liz, download our app now.", "download", id="download"),
    ],
)
def test_no_courtesy_fires_at_the_ask(review, fired, text, excerpt):
    """An info tip, spanned at the ask."""
    (hit,) = fired(review(text), RULE)
    assert hit.severity == "info"
    assert excerpt in hit.excerpt


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Liz, please review my book.", id="please"),
        pytest.param("Liz, would you review my book?", id="would-you"),
        pytest.param("Liz, could you review my book?", id="could-you"),
        pytest.param("Liz, review my book? Thanks!", id="thanks"),
        pytest.param("Liz, review my book? tx", id="tx"),
        pytest.param("Liz, review my book? Cheers, Craig", id="cheers"),
        pytest.param("Liz, r\u0435view my book, \u0440lease.", id="cyrillic-please"),
        pytest.param("Liz, loved your post.", id="no-ask"),
    ],
)
def test_no_courtesy_does_not_fire(review, fired, text):
    """Any courtesy word anywhere, or no ask at all."""
    assert fired(review(text), RULE) == []
