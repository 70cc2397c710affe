"""Text normalisation (DESIGN §3) and the span map back to the text as written."""

import pytest

from bot.text import content_hash, mask_for_copy, normalize, word_count

FOLDS = [
    pytest.param("Please RT", "please rt", id="case"),
    pytest.param("R\u200bT", "rt", id="zero-width-space"),
    pytest.param("R\u200c\u200d\u2060\ufeffT", "rt", id="other-invisibles"),
    pytest.param("re\u00adtweet", "retweet", id="soft-hyphen"),
    pytest.param("\u0280\u1d1b", "rt", id="small-capitals"),
    pytest.param("\uff32\uff34", "rt", id="fullwidth"),
    pytest.param("\U0001d411\U0001d413", "rt", id="math-bold"),
    pytest.param("r\u0435tweet", "retweet", id="cyrillic-e"),
    pytest.param("\u0440\u043e\u0455t", "post", id="cyrillic-looks-not-transliteration"),
    pytest.param("\u0441\u0443\u0445", "cyx", id="cyrillic-c-y-x"),
    pytest.param("\u03c1\u03bf\u03c3t", "post", id="greek-rho-omicron"),
    pytest.param("caf\u00e9", "cafe", id="precomposed-accent"),
    pytest.param("cafe\u0301", "cafe", id="combining-accent"),
    pytest.param("r\u0336t", "rt", id="combining-strikethrough"),
    pytest.param("\ufb01ne", "fine", id="ligature"),
    pytest.param("Stra\u00dfe", "strasse", id="sharp-s"),
    pytest.param("don\u2019t", "don't", id="curly-apostrophe"),
    pytest.param("\u201cquote\u201d", '"quote"', id="curly-quotes"),
    pytest.param("re\u2013tweet re\u2014tweet", "re-tweet re-tweet", id="dashes"),
    pytest.param("a\tb\u00a0c\u3000d", "a b c d", id="spaces"),
    pytest.param("a\r\nb", "a\n\nb", id="crlf-keeps-a-break"),
    pytest.param("a\x0bb\x0cc", "a b c", id="vertical-tab-form-feed"),
    pytest.param("R\u2800T", "r t", id="braille-blank"),
    pytest.param("a\x00b\x07c", "abc", id="control-chars"),
    pytest.param("\u65e5\u672c", "\u65e5\u672c", id="cjk-kept"),
    pytest.param("", "", id="empty"),
]


@pytest.mark.parametrize(("text", "folded"), FOLDS)
def test_folding(text, folded):
    """The folded form is what the lexicons match against."""
    assert normalize(text).folded == folded


@pytest.mark.parametrize(
    ("text", "needle", "excerpt"),
    [
        pytest.param("please R\u200bT now", "rt", "R\u200bT", id="zero-width-inside"),
        pytest.param("please \u200bRT\u200b now", "rt", "RT", id="zero-width-outside"),
        pytest.param("a \ufb01ne day", "fi", "\ufb01", id="ligature-whole-char"),
        pytest.param("a \ufb01ne day", "ine", "\ufb01ne", id="ligature-half-covered"),
        pytest.param("x \uff32\uff34 y", "rt", "\uff32\uff34", id="fullwidth"),
        pytest.param("x re\u00adtweet y", "retweet", "re\u00adtweet", id="soft-hyphen"),
        pytest.param("x cafe\u0301 y", "cafe", "cafe", id="trailing-mark-left-out"),
        pytest.param("Stra\u00dfe", "ss", "\u00df", id="one-to-two"),
    ],
)
def test_span_maps_back_to_original(text, needle, excerpt):
    """A folded range maps back to exactly the original characters it came from."""
    n = normalize(text)
    start = n.folded.index(needle)
    end = start + len(needle)
    assert n.excerpt(start, end) == excerpt
    a, b = n.span(start, end)
    assert text[a:b] == excerpt


def test_origin_is_monotonic_and_in_range():
    """Every folded character points into the original, in order."""
    text = "Hi \u200bL\u0456z, \ufb01ne \uff32\uff34!\r\n\u00e9"
    n = normalize(text)
    assert len(n.origin) == len(n.folded)
    assert list(n.origin) == sorted(n.origin)
    assert all(0 <= i < len(text) for i in n.origin)


def test_span_of_empty_text_and_empty_range():
    """Degenerate ranges do not raise."""
    assert normalize("").span(0, 0) == (0, 0)
    assert normalize("\u200b").span(0, 1) == (0, 0)
    assert normalize("abc").span(1, 1) == (1, 2)


def test_words():
    """Folded words for counting."""
    assert normalize("I\u2019m Liz, hi!").words == ["i'm", "liz", "hi"]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("Hi Liz", "hi  liz\n", True, id="case-and-spacing"),
        pytest.param("Hi Liz", "Hi L\u200biz", True, id="invisible"),
        pytest.param("Hi Liz", "Hi Bo", False, id="different"),
    ],
)
def test_content_hash(a, b, same):
    """The same content after normalisation hashes the same."""
    assert (content_hash(a) == content_hash(b)) is same


@pytest.mark.parametrize(
    ("text", "links"),
    [
        pytest.param("see https://x.com/a/b. ok", ["https://x.com/a/b"], id="trailing-dot"),
        pytest.param("(www.foo.org/x)", ["www.foo.org/x"], id="in-parens"),
        pytest.param("visit mysite.com!", ["mysite.com"], id="bare-domain"),
        pytest.param("bit.ly/abc, then", ["bit.ly/abc"], id="shortener"),
        pytest.param("mail liz@example.com", [], id="email-address"),
        pytest.param("e.g. node.js", [], id="not-a-link"),
        pytest.param("<https://a.io/x>", ["https://a.io/x"], id="angle-brackets"),
        pytest.param("go to https://a.io/x?!)...", ["https://a.io/x"], id="punctuation-run"),
        pytest.param("example.com/" + "!" * 50 + "x", ["example.com/" + "!" * 50 + "x"],
                     id="punctuation-inside"),
    ],
)
def test_url_pattern(text, links):
    """Links as a reader sees them, without sentence punctuation."""
    folded = normalize(text)
    assert [folded.folded[a:b] for a, b in folded.links] == links


def test_mask_for_copy():
    """Links and handles are masked so template copies look alike."""
    masked = mask_for_copy(normalize("Hi @liz see https://a.com/x").folded)
    assert "@liz" not in masked and "https" not in masked


def test_word_count():
    """Words as a reader counts them."""
    assert word_count("Hi Liz,  how are\nyou?") == 5
