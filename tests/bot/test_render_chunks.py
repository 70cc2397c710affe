"""Splitting text for display: pieces within the size, rejoined whole, escapes kept intact."""

import pytest

from bot.render import chunks, escape_discord


@pytest.mark.parametrize("text, size", [
    ("a" * 10_000, 4_000),
    ("line one\n" * 900, 1_000),
    ("*" * 5_000, 999),
])
def test_pieces_fit_and_rejoin(text, size):
    escaped = escape_discord(text)
    pieces = chunks(escaped, size)
    assert all(len(p) <= size for p in pieces)
    assert "".join(pieces) == escaped


def test_never_cuts_between_a_backslash_and_what_it_escapes():
    escaped = escape_discord("*" * 5_000)  # "\\*" pairs
    for piece in chunks(escaped, 999):
        assert piece.startswith("\\*") and piece.endswith("*")


def test_cuts_on_a_line_end_when_that_keeps_half_a_piece():
    text = "x" * 700 + "\n" + "y" * 700
    assert chunks(text, 1_000) == ["x" * 700 + "\n", "y" * 700]


def test_a_surface_prices_what_escaping_costs():
    """With Slack's cost (& becomes &amp;), a piece holds fewer ampersands than letters."""
    cost = {"&": 5}
    pieces = chunks("&" * 1_000, 1_000, cost=lambda c: cost.get(c, 1))
    assert [len(p) for p in pieces] == [200] * 5
