"""Many alternatives in one pattern, each tried only at the words it can start with.

Python's engine tries every alternative of a combined pattern at every word start, and most
fail at their first letter. Grouped by the letters each can begin with (read from the parsed
pattern), only a handful are tried at each word, in the same order, so the first to match is
the one the combined pattern would have found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre  # the parser's own opcodes: the one place they are read
from re import _parser

_ANY = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'")
# Where a word starts in folded text, and a contraction inside one: an alternative begins with
# a letter or, as "'d appreciate" in "i'd appreciate", with the apostrophe.
_WORD_STARTS = re.compile(r"(?<![a-z0-9'])[a-z]|(?<=[a-z])'(?=[a-z])")


def first_letters(pattern: str) -> frozenset[str]:
    """The letters a match of `pattern` can start with (every letter when it cannot tell)."""
    try:
        found, _ = _first(_parser.parse(pattern))
    except Exception:  # noqa: BLE001 - an opcode not read here: try it everywhere
        return _ANY
    return frozenset(found) & _ANY or _ANY


def _first(sequence) -> tuple[set[str], bool]:
    """(what a sequence can start with, whether it can match nothing)."""
    found: set[str] = set()
    for op, av in sequence:
        letters, empty = _first_of(op, av)
        found |= letters
        if not empty:
            return found, False
    return found, True


def _first_of(op, av) -> tuple[set[str], bool]:
    if op is sre.LITERAL:
        return {chr(av)}, False
    if op is sre.IN and all(o in (sre.LITERAL, sre.RANGE) for o, _ in av):
        return {chr(c) for o, a in av for c in ([a] if o is sre.LITERAL
                                                 else range(a[0], a[1] + 1))}, False
    if op is sre.BRANCH:
        parts = [_first(branch) for branch in av[1]]
        return set().union(*(p[0] for p in parts)), any(p[1] for p in parts)
    if op is sre.SUBPATTERN:
        return _first(av[-1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        letters, empty = _first(av[2])
        return letters, av[0] == 0 or empty
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # zero-width: what follows starts the match
    return set(_ANY), False


class FirstLetterPattern:
    """Named groups of alternatives, matched at word starts as `(?:(?P<a>…|…)|(?P<b>…)|…)` +
    `after` would be, each word trying only the alternatives that can start with its letter."""

    def __init__(self, groups: list[tuple[str, list[str]]], after: str = ""):
        buckets: dict[str, dict[str, list[str]]] = {}
        for name, alternatives in groups:
            for pattern in alternatives:
                for letter in first_letters(pattern):
                    buckets.setdefault(letter, {}).setdefault(name, []).append(pattern)
        # Groups keep their order, and alternatives theirs within a group, in every bucket.
        self.by_letter = {
            letter: re.compile("(?:" + "|".join(f"(?P<{name}>{'|'.join(alternatives)})"
                                                for name, alternatives in named.items())
                               + ")" + after)
            for letter, named in buckets.items()}

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None
                 ) -> Iterator[re.Match]:
        """Every match from `pos` to `endpos`, left to right and not overlapping, as
        re.finditer gives them."""
        endpos = len(text) if endpos is None else endpos
        end = pos
        for start in _WORD_STARTS.finditer(text, pos, endpos):
            at = start.start()
            pattern = self.by_letter.get(text[at]) if at >= end else None
            if pattern is not None and (found := pattern.match(text, at, endpos)) is not None:
                yield found
                end = found.end()

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """The first match from `pos` to `endpos`, or None."""
        return next(self.finditer(text, pos, endpos), None)
