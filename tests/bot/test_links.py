"""The link matcher on random and hostile inputs up to 40,000 characters: what it finds."""

import random
import re

import pytest

from bot.text import find_links

_TRAILING = ".,;:!?)]"
_BODY = re.compile(r"[^\s<>\"']+")
_START = re.compile(r"https?://|www\.|[a-z0-9-]")

HOSTILE = [
    "example.com/" + "!" * 39_980 + "x",
    "www." + "!" * 39_996,
    "https://a.io/" + "." * 39_987,
    "a." * 19_998 + "com",
    "a.com" * 8_000,
    ("see https://x.io/a?b=1). " * 1_700)[:40_000],
]


def _alphabet_text(rng: random.Random, length: int) -> str:
    pieces = ["https://", "www.", "a", "b.", ".com", ".io", "/", "!", ".", ",", ")", " ", "@",
              "-", "'", "<", "x", "\n", "?"]
    return "".join(rng.choice(pieces) for _ in range(length))


def _assert_well_formed(text: str) -> None:
    """Every link is one run of link characters, trimmed, matched from its start, in order."""
    last = 0
    for start, end in find_links(text):
        assert last <= start < end <= len(text)
        link = text[start:end]
        assert _BODY.fullmatch(link), link[:40]
        assert link[-1] not in _TRAILING
        assert _START.match(link)
        # What follows a link up to the next break is only trailing punctuation.
        tail = _BODY.match(text, end)
        assert tail is None or set(tail.group()) <= set(_TRAILING) or not link.startswith(
            ("http", "www.")
        )
        last = end


@pytest.mark.parametrize("text", HOSTILE, ids=[f"hostile-{i}" for i in range(len(HOSTILE))])
def test_hostile_inputs_find_what_a_reader_sees(text):
    """A 40,000-character hostile input is matched in one pass, with trailing punctuation cut."""
    _assert_well_formed(text)


def test_hostile_link_with_punctuation_run_is_one_link():
    """`example.com/` + 39,980 `!` + `x` is one link ending at the x."""
    text = "example.com/" + "!" * 39_980 + "x"
    assert find_links(text) == [(0, len(text))]


def test_trailing_punctuation_run_is_not_part_of_the_link():
    """A link followed by 39,987 dots ends before the dots."""
    assert find_links("https://a.io/" + "." * 39_987) == [(0, len("https://a.io/"))]


@pytest.mark.parametrize("seed", range(40))
def test_random_inputs_are_well_formed(seed):
    """Random mixes of link pieces and punctuation, short and long, give well-formed links."""
    rng = random.Random(seed)
    _assert_well_formed(_alphabet_text(rng, rng.choice([10, 200, 5_000, 40_000])))
