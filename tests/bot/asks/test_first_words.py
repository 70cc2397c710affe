"""Alternatives tried only at the words they can start with find what one combined pattern
finds: the same matches, in the same places, from the same alternative."""

import random
import re

import pytest

from bot.asks import ACTS
from bot.asks.first_words import (
    FirstWordPattern,
    first_characters,
    first_letters,
    first_words,
)
from bot.asks.forms import FORMS

EVERY = set("abcdefghijklmnopqrstuvwxyz0123456789'")


@pytest.mark.parametrize(("pattern", "letters"), [
    pytest.param("please", {"p"}, id="a-word"),
    pytest.param("(?:could|would) you", {"c", "w"}, id="a-choice"),
    pytest.param("(?:so )?nice", {"s", "n"}, id="an-optional-word-first"),
    pytest.param("(?<!not )want", {"w"}, id="a-look-behind-is-no-letter"),
    pytest.param("[a-c]x|d", {"a", "b", "c", "d"}, id="a-range"),
    pytest.param(r"\w+ing", EVERY, id="any-word-could-start-it"),
    pytest.param("(?:would|'d) love", {"w", "'"}, id="a-contraction-first"),
])
def test_the_letters_a_pattern_can_start_with(pattern, letters):
    assert first_letters(pattern) == letters


@pytest.mark.parametrize(("pattern", "words"), [
    pytest.param("please", {"please"}, id="a-word"),
    pytest.param("(?:could|would) you", {"could", "would"}, id="a-choice"),
    pytest.param("(?:so )?nice", {"so", "nice"}, id="an-optional-word-first"),
    pytest.param("(?:giv|leav)(?:e|ing)? a star", {"giv", "give", "giving", "leav", "leave",
                                                  "leaving"}, id="spellings"),
    pytest.param("r[\\s.]*t\\b", {"r", "rt"}, id="a-gap-inside-a-word-ends-it"),
    pytest.param("(?:i|we)(?:'d| would) love", {"i", "we"}, id="a-contraction-ends-a-word"),
    pytest.param("'d love", {"'d"}, id="a-contraction-first"),
    pytest.param("star(?! up)", {"star"}, id="a-look-ahead-is-no-letter"),
    pytest.param(r"\w+ing", None, id="any-word-could-start-it"),
    pytest.param("shar[a-z]+", None, id="a-word-that-runs-on"),
])
def test_the_words_a_pattern_can_start_with(pattern, words):
    assert first_words(pattern) == (frozenset(words) if words is not None else None)


def _combined(groups: list[tuple[str, list[str]]]) -> re.Pattern:
    joined = "|".join(f"(?P<{name}>{'|'.join(alts)})" for name, alts in groups)
    # A word's start, or a contraction's apostrophe inside one ("i'd").
    start = r"(?:(?=[a-z])(?<![a-z0-9'])|(?<=[a-z])(?='[a-z]))"
    return re.compile(rf"{start}(?:{joined})(?![a-z0-9])")


def _texts() -> list[str]:
    phrase = ("could you please share this with your readers if you would be open to a guest "
              "post i was hoping we can let me know do you have time for a chat would love it "
              "so , . ! ? 'til it's you're can't 42 x i'd appreciate you sharing we'd love your "
              "feedback 'd be nice to meet r.t. rt retweet star it give us a star giving "
              "leaving a star send this to ten people f4f ff bak follow me subscribe link back "
              "promote it on acme guest post buy a post on your site sharing/like")
    words = phrase.split(" ")
    rng = random.Random(7)
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 60))) for _ in range(400)]


@pytest.mark.parametrize("groups", [
    pytest.param([(f.name.replace("-", "_"), [f.pattern]) for f in FORMS], id="forms"),
    pytest.param(list(ACTS.items()), id="acts"),
])
def test_found_as_one_combined_pattern_finds_them(groups):
    split, whole = FirstWordPattern(groups, "(?![a-z0-9])"), _combined(groups)
    for text in _texts():
        assert [(m.lastgroup, m.span()) for m in split.finditer(text)] == \
            [(m.lastgroup, m.span()) for m in whole.finditer(text)], text
        # Within a window that cuts a word short, too.
        end = len(text) * 2 // 3
        assert [(m.lastgroup, m.span()) for m in split.finditer(text, 3, end)] == \
            [(m.lastgroup, m.span()) for m in whole.finditer(text, 3, end)], text


def test_a_window_and_the_first_match_in_it():
    groups = [("ask", ["could you", "please"]), ("plan", ["i will"])]
    split, whole = FirstWordPattern(groups, "(?![a-z0-9])"), _combined(groups)
    text = "so please, i will... could you? please"
    for pos, end in [(0, len(text)), (4, 20), (8, 30), (21, 31)]:
        assert [m.span() for m in split.finditer(text, pos, end)] == \
            [m.span() for m in whole.finditer(text, pos, end)]
        found, expected = split.search(text, pos, end), whole.search(text, pos, end)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(("pattern", "characters"), [
    pytest.param(r"(?:可否|能否)", {"可", "能"}, id="ideographs"),
    pytest.param(r"(?:你|您)(?!好)可以", {"你", "您"}, id="a-lookahead-after-the-first"),
    pytest.param(r"\bbitte (?:teilen|senden)", {"b"}, id="latin-after-a-word-boundary"),
    pytest.param(r"[^。]{0,10}吗", None, id="may-start-with-anything"),
    pytest.param(r"(?:お願い)?です", {"お", "で"}, id="an-optional-start"),
])
def test_the_characters_a_pattern_can_start_with(pattern, characters):
    """Of any script, as the other languages' scan needs; None when it cannot tell."""
    found = first_characters(pattern)
    assert (found if found is None else set(found)) == characters
