"""Alternatives tried only at the words they can start with find what one combined pattern
finds: the same matches, in the same places, from the same alternative."""

import random
import re

import pytest

from bot.asks.first_letters import FirstLetterPattern, first_letters
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


def _combined(groups: list[tuple[str, list[str]]]) -> re.Pattern:
    joined = "|".join(f"(?P<{name}>{'|'.join(alts)})" for name, alts in groups)
    # A word's start, or a contraction's apostrophe inside one ("i'd").
    start = r"(?:(?=[a-z])(?<![a-z0-9'])|(?<=[a-z])(?='[a-z]))"
    return re.compile(rf"{start}(?:{joined})(?![a-z0-9])")


def _texts() -> list[str]:
    phrase = ("could you please share this with your readers if you would be open to a guest "
              "post i was hoping we can let me know do you have time for a chat would love it "
              "so , . ! ? 'til it's you're can't 42 x i'd appreciate you sharing we'd love your "
              "feedback 'd be nice to meet")
    words = phrase.split(" ")
    rng = random.Random(7)
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 60))) for _ in range(400)]


def test_the_forms_are_found_as_one_combined_pattern_finds_them():
    groups = [(f.name.replace("-", "_"), [f.pattern]) for f in FORMS]
    split, whole = FirstLetterPattern(groups, "(?![a-z0-9])"), _combined(groups)
    for text in _texts():
        assert [(m.lastgroup, m.span()) for m in split.finditer(text)] == \
            [(m.lastgroup, m.span()) for m in whole.finditer(text)], text


def test_a_window_and_the_first_match_in_it():
    groups = [("ask", ["could you", "please"]), ("plan", ["i will"])]
    split, whole = FirstLetterPattern(groups, "(?![a-z0-9])"), _combined(groups)
    text = "so please, i will... could you? please"
    for pos, end in [(0, len(text)), (4, 20), (8, 30), (21, 31)]:
        assert [m.span() for m in split.finditer(text, pos, end)] == \
            [m.span() for m in whole.finditer(text, pos, end)]
        found, expected = split.search(text, pos, end), whole.search(text, pos, end)
        assert (found and found.span()) == (expected and expected.span())
