"""Many alternatives in one pattern, each tried only at the words it can start with.

Python's engine tries every alternative of a combined pattern at every word start, and most
fail at once. Read from each parsed alternative, the words it can begin with ("could you" →
"could"; "(?:giv|leav)(?:e|ing)? a star" → "give", "giving", "leave", …) send each word of
the text only to the alternatives that can start there; an alternative whose first word cannot
be listed ("\\w+ing") is tried at every word with its first letter. The alternatives a word
tries keep their order, so the first to match is the one the combined pattern would find.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import product
from re import _constants as sre  # the parser's own opcodes: the one place they are read
from re import _parser

_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_ANY = _WORD_CHARS | {"'"}
# The words of folded text where an alternative may start: letters and digits from a letter,
# or, as "'d appreciate" in "i'd appreciate", a contraction's apostrophe and its letters.
_WORDS = re.compile(r"(?<![a-z0-9'])[a-z][a-z0-9]*|(?<=[a-z])'[a-z][a-z0-9]*")
# Past this many spellings an alternative is tried by its first letter instead.
_MOST_SPELLINGS = 64


def first_letters(pattern: str) -> frozenset[str]:
    """The letters a match of `pattern` can start with (every letter when it cannot tell)."""
    return frozenset(w[:1] for w in first_words(pattern) or ()) or _letters(pattern)


def first_words(pattern: str) -> frozenset[str] | None:
    """The whole first words a match of `pattern` can start with, when they can be listed
    (the pattern is followed by a word's end, as every alternative here is); else None."""
    try:
        ends = _walk(_parser.parse(pattern), {("", False)})
    except _Unlisted:
        return None
    words = frozenset(word for word, _ in ends)
    return words if words and "" not in words and len(words) <= _MOST_SPELLINGS else None


class _Unlisted(Exception):
    """The first word cannot be listed: it is left to the first letter."""


def _walk(sequence, states: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    """(word so far, whether it has ended) after the sequence, for each way through it."""
    for op, av in sequence:
        open_ = {s for s in states if not s[1]}
        if not open_:
            return states
        states = (states - open_) | _step(op, av, open_)
        if len(states) > _MOST_SPELLINGS:
            raise _Unlisted
    return states


def _step(op, av, states: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    if op is sre.LITERAL:
        return _add(states, {chr(av)})
    if op is sre.IN:
        chars = set().union(*(_class_chars(o, a) for o, a in av))
        if len(chars) > _MOST_SPELLINGS:
            raise _Unlisted
        return _add(states, chars)
    if op is sre.BRANCH:
        return set().union(*(_walk(branch, states) for branch in av[1]))
    if op is sre.SUBPATTERN:
        return _walk(av[-1], states)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        found, current = set(), states
        for _ in range(low):
            current = _walk(body, current)
        found |= current
        again = _walk(body, {s for s in current if not s[1]})
        if high > low + 1 and any(not done for _, done in again - current):
            raise _Unlisted  # more repeats could still lengthen the word
        return found | (again if high > low else set())
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return states  # zero-width: they only narrow what the alternative matches
    raise _Unlisted


def _class_chars(op, av) -> set[str]:
    """The characters one item of a class stands for (any space as " ": each ends a word)."""
    if op is sre.LITERAL:
        return {chr(av)}
    if op is sre.RANGE:
        return {chr(c) for c in range(av[0], av[1] + 1)}
    if op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
        return {" "}
    raise _Unlisted


def _add(states: set[tuple[str, bool]], chars: set[str]) -> set[tuple[str, bool]]:
    """Each word so far, carried on by a character: a letter or digit lengthens it, any other
    ends it (an apostrophe only begins a word, as in "'d")."""
    out = set()
    for (word, _), ch in product(states, chars):
        if ch in _WORD_CHARS or (ch == "'" and not word):
            out.add((word + ch, False))
        elif word:
            out.add((word, True))
        else:
            raise _Unlisted  # a pattern that starts with a space or a mark
    return out


def _letters(pattern: str) -> frozenset[str]:
    """The first letters, when the words are not listed: every letter when it cannot tell."""
    try:
        found, _ = _first(_parser.parse(pattern))
    except Exception:  # noqa: BLE001 - an opcode not read here: try it everywhere
        return _ANY
    return frozenset(found) & _ANY or _ANY


def first_characters(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with, of any script; None when it cannot
    tell (a match may be empty, or start with a class not listed)."""
    try:
        found, empty = _first(_parser.parse(pattern))
    except Exception:  # noqa: BLE001 - an opcode not read here
        return None
    return None if empty or not found or found >= _ANY else frozenset(found)


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


class FirstWordPattern:
    """Named groups of alternatives, matched at word starts as `(?:(?P<a>…|…)|(?P<b>…)|…)` +
    `after` would be (`after` must end a word), each word trying only the alternatives that
    can start with it."""

    def __init__(self, groups: list[tuple[str, list[str]]], after: str = "(?![a-z0-9])"):
        self.after = after
        # Every alternative in order, with the words it starts with or, unlisted, its letters.
        self.alternatives = [(name, pattern, first_words(pattern))
                             for name, alternatives in groups for pattern in alternatives]
        self.letters = {
            (name, pattern): first_letters(pattern)
            for name, pattern, words in self.alternatives if words is None}
        self.words = {w for _, _, words in self.alternatives for w in words or ()}
        # The first letters that unlisted alternatives need tried at every word.
        self.any_word = set().union(*self.letters.values())
        self._compiled: dict[str, re.Pattern | None] = {}

    def _for(self, word: str) -> re.Pattern | None:
        """The alternatives a word may start, in order, as one pattern (built on first use)."""
        # A listed word has a pattern of its own; any other shares its first letter's.
        key = word if word in self.words else "#" + word[:1]
        if key not in self._compiled:
            named: dict[str, list[str]] = {}
            for name, pattern, words in self.alternatives:
                if (word in words) if words is not None else \
                        word[:1] in self.letters[(name, pattern)]:
                    named.setdefault(name, []).append(pattern)
            self._compiled[key] = re.compile(
                "(?:" + "|".join(f"(?P<{n}>{'|'.join(a)})" for n, a in named.items()) + ")"
                + self.after) if named else None
        return self._compiled[key]

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None
                 ) -> Iterator[re.Match]:
        """Every match from `pos` to `endpos`, left to right and not overlapping, as
        re.finditer gives them."""
        endpos = len(text) if endpos is None else endpos
        end = pos
        listed, any_word = self.words, self.any_word
        for word in _WORDS.finditer(text, pos, endpos):
            at, w = word.start(), word.group()
            if at < end or (w not in listed and w[0] not in any_word):
                continue
            pattern = self._for(w)
            if pattern is not None and (found := pattern.match(text, at, endpos)) is not None:
                yield found
                end = found.end()

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """The first match from `pos` to `endpos`, or None."""
        return next(self.finditer(text, pos, endpos), None)
