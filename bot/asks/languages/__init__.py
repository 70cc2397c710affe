"""Requests in other languages than English: the common polite ask forms of German, French,
Spanish, Portuguese, Italian, Japanese and Chinese (`forms.py`) and Indonesian and Malay
(`indonesian.py`), over folded text. They stand
in for the English forms, not the whole detector: a message in another language is read for
these phrases only, and a thank-you in those languages is no ask.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from bot.asks.first_words import first_characters
from bot.asks.languages.forms import FORMS
from bot.asks.languages.triggers import STEMS, TRIGGERS
from bot.text import CJK_LETTERS


def _latin(form: str) -> bool:
    """Whether a form starts with a Latin letter (the Russian ones are folded to Latin)."""
    chars = first_characters(form)
    return chars is not None and all("a" <= c <= "z" for c in chars)


def _compiled(forms: dict[str, list[str]], leads: str) -> re.Pattern:
    # Starting with a class of first characters lets the engine skip punctuation, digits and
    # most ideographs at C speed (a 40,000-character run of "!" costs 1 ms instead of 55).
    return re.compile(f"(?=[{leads}])(?:" + "|".join(
        f"(?P<{kind}>{'|'.join(fs)})" for kind, fs in forms.items() if fs) + ")")


def _cjk_leads(forms: list[str]) -> str:
    """The very kana and ideographs the Chinese and Japanese forms begin with: every ideograph
    of a text would otherwise be tried against each of them (40,000 characters of Chinese
    cost 3.7 s)."""
    chars: set[str] = set()
    for form in forms:
        starts = first_characters(form)
        if starts is None:
            return CJK_LETTERS
        chars |= starts
    return re.escape("".join(sorted(chars)))


# The Latin-script forms are read when a word of theirs is in the text, the Chinese and
# Japanese ones when the text has kana or ideographs: a text of one script is not scanned for
# the other's forms.
LATIN = _compiled({k: [f for f in fs if _latin(f)] for k, fs in FORMS.items()}, "a-z")
_CJK_FORMS = {k: [f for f in fs if not _latin(f)] for k, fs in FORMS.items()}
CJK = _compiled(_CJK_FORMS, _cjk_leads([f for fs in _CJK_FORMS.values() for f in fs]))


_CJK = re.compile(f"[{CJK_LETTERS}]")
_PUNCT = ".,!?;:()[]{}<>\"'¿¡«»"


def _scans(folded: str) -> list[re.Pattern]:
    """The scans a text needs: Latin when a word of the forms is in it, CJK when it has kana
    or ideographs."""
    words = {word.strip(_PUNCT) for word in folded.split()}
    latin = not words.isdisjoint(TRIGGERS) or any(w.startswith(STEMS) for w in words)
    return [p for p, needed in ((LATIN, latin), (CJK, _CJK.search(folded) is not None)) if needed]


def _may_hold_one(folded: str) -> bool:
    return bool(_scans(folded))


_THANKS = re.compile(r"bedank|\bdanke|merci|remerci|gracias|agradec|obrigad|grazie|ringrazi|"
                     r"ありがとう|感谢|谢谢")


# Offering to translate their work is an offer, in any language (as in English).
_TRANSLATE = re.compile(r"tradu[ciz]|ubersetz|vertal|翻译|翻訳|翻譯")


def thanks(folded: str) -> bool:
    """Whether the text thanks them in one of the languages read here."""
    return _THANKS.search(folded) is not None


def other_language_ask(folded: str,
                       sentence: Callable[[int], tuple[int, int]]) -> tuple[str, int] | None:
    """(what is asked, where) for an ask form of another language, else None: the most
    specific one (a link swap or a share before a plain request), and no request inside a
    sentence that thanks them ("Ich möchte mich herzlich bedanken") or offers to translate."""
    scans = _scans(folded)
    if not scans:
        return None
    # Where it thanks or offers to translate, found once: a sentence of 40,000 characters
    # with no mark to end it would otherwise be searched again for each form in it.
    marks = sorted(m.start() for pattern in (_THANKS, _TRANSLATE) for m in pattern.finditer(folded))
    found = []
    for match in (m for pattern in scans for m in pattern.finditer(folded)):
        start, end = sentence(match.start())
        first = bisect_left(marks, start)
        if match.lastgroup == "request" and first < len(marks) and marks[first] < end:
            continue
        found.append((match.lastgroup != "request", -match.start(), match.lastgroup))
    if not found:
        return None
    _, position, kind = max(found)
    return kind, -position
