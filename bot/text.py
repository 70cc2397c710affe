"""Text normalisation for matching, keeping a map back to the text as written."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from anyascii import anyascii

# Characters that render as nothing but split a word for a naive matcher.
_INVISIBLE = {
    "\u00ad", "\u034f", "\u061c", "\u115f", "\u1160", "\u17b4", "\u17b5", "\u180e",
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\u2061", "\u2062",
    "\u2063", "\u2064", "\u206a", "\u206b", "\u206c", "\u206d", "\u206e", "\u206f",
    "\u3164", "\ufeff", "\uffa0",
}

# Blank-looking characters that Python does not count as space but readers see as one.
_BLANK = {"\u2800", "\u2028", "\u2029"}

# Typographic punctuation folds to the ASCII the lexicons are written in, so "don’t"
# and "re–tweet" match "don't" and "re-tweet".
_PUNCT = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u02b9": "'", "\u00b4": "'", "\u0060": "'", "\u201c": '"', "\u201d": '"',
    "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-", "\u2043": "-", "\ufe58": "-", "\u00b7": ".",
    "\u2022": ".", "\u2024": ".", "\u2027": ".", "\u30fb": ".",
}

# Letters that look like a different Latin letter than they transliterate to (Cyrillic
# "р" reads as "p" but anyascii gives "r"); an evasion relies on the look, so the look wins.
_LOOKALIKE = {
    "\u0430": "a", "\u0432": "b", "\u0433": "r", "\u0435": "e", "\u0451": "e", "\u0450": "e",
    "\u04bb": "h", "\u0456": "i", "\u0457": "i", "\u0458": "j", "\u043a": "k",
    "\u043c": "m", "\u043d": "h", "\u043e": "o", "\u043f": "n", "\u0440": "p",
    "\u0441": "c", "\u0442": "t", "\u0443": "y", "\u0445": "x", "\u0455": "s",
    "\u0501": "d", "\u051b": "q", "\u051d": "w", "\u04cf": "l", "\u044c": "b",
    "\u04af": "y", "\u04bd": "e",
    "\u03b1": "a", "\u03b3": "y", "\u03b5": "e", "\u03b7": "n", "\u03b9": "i",
    "\u03ba": "k", "\u03bd": "v", "\u03bf": "o", "\u03c1": "p", "\u03c4": "t",
    "\u03c5": "u", "\u03c7": "x", "\u03c9": "w",
    "\u0585": "o", "\u0578": "n", "\u057d": "u", "\u0570": "h",
}

_LOOKALIKE_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC", "ARMENIAN", "CHEROKEE", "MODIFIER LETTER")

# Greedy runs with no look-ahead, so a hostile run of punctuation costs one pass: trailing
# sentence punctuation is trimmed afterwards in Python rather than by backtracking.
_SCHEME_LINK = r"(?:https?://|www\.)[^\s<>\"']+"
_BARE_LINK = (
    r"(?<![\w@.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|ly|co|me|app|dev|gg)"
    r"(?![\w-])(?:/[^\s<>\"']*)?"
)
URL_RE = re.compile(f"{_SCHEME_LINK}|{_BARE_LINK}")
_TRAILING = ".,;:!?)]"


def find_links(folded: str) -> list[tuple[int, int]]:
    """Spans of the links in a folded text, without trailing sentence punctuation."""
    spans = []
    for match in URL_RE.finditer(folded):
        start, end = match.span()
        while end > start and folded[end - 1] in _TRAILING:
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


HANDLE_RE = re.compile(r"(?<![\w.])@[a-z0-9_.]{2,}")
WORD_RE = re.compile(r"[a-z0-9']+")
# Kana and CJK ideographs, for a character class: the scripts written without spaces.
CJK_LETTERS = "\u3040-\u30ff\u3400-\u9fff"


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """Fold one character: NFKC, case fold, then confusable letters to their ASCII look-alike."""
    if ch in _INVISIBLE:
        return ""
    # Whitespace first: several line and page breaks are also control characters, and
    # dropping them would glue two words into one.
    if ch in "\r\n\u0085" or ch in _BLANK:
        return "\n" if ch != "\u2800" else " "
    if ch.isspace():
        return " "
    cat = unicodedata.category(ch)
    # Combining marks go too: "r\u0336t" (struck through) must still read "rt", and a
    # decomposed "e\u0301" must fold like the precomposed "\u00e9".
    if cat in ("Cc", "Cf", "Mn", "Me"):
        return ""
    if ch in _PUNCT:
        return _PUNCT[ch]
    out = []
    for c in unicodedata.normalize("NFKC", ch).casefold():
        if c in _LOOKALIKE:
            out.append(_LOOKALIKE[c])
        elif c in _PUNCT:
            out.append(_PUNCT[c])
        elif c.isascii() or not c.isalpha():
            if unicodedata.category(c) not in ("Mn", "Me"):
                out.append(c)
        elif unicodedata.name(c, "").startswith(_LOOKALIKE_SCRIPTS):
            # Small capitals, accented and other look-alike letters fold to one or two Latin
            # letters; a longer transliteration is not a look-alike, so keep the letter.
            folded = anyascii(c).lower()
            out.append(folded if 0 < len(folded) <= 2 and folded.isalpha() else c)
        else:
            # Other scripts (CJK and the like) have no Latin look-alikes: "\u65e5" is not "ri".
            out.append(c)
    return "".join(out)


@dataclass(frozen=True)
class NormalizedText:
    """A text as written, its folded form for matching, and where each folded char came from."""

    original: str
    folded: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) range of the folded text back to the original text."""
        if not self.origin:
            return (0, 0)
        start = min(max(start, 0), len(self.origin) - 1)
        end = min(max(end, start + 1), len(self.origin))
        last = self.origin[end - 1]
        # Extend to cover the whole original character (a ligature folds into several).
        return (self.origin[start], last + 1)

    @cached_property
    def links(self) -> tuple[tuple[int, int], ...]:
        """Folded spans of the links (a scheme or www., or a bare domain on a common TLD)."""
        return tuple(find_links(self.folded))

    def without_links(self, fill: str = " ") -> str:
        """The folded text with every link replaced by `fill`."""
        pieces, last = [], 0
        for start, end in self.links:
            pieces.append(self.folded[last:start])
            pieces.append(fill)
            last = end
        pieces.append(self.folded[last:])
        return "".join(pieces)

    def excerpt(self, start: int, end: int) -> str:
        """The original text behind a folded range."""
        a, b = self.span(start, end)
        return self.original[a:b]

    @property
    def words(self) -> list[str]:
        """Folded words, for counting and lexicon look-ups."""
        return WORD_RE.findall(self.folded)


def normalize(text: str) -> NormalizedText:
    """Fold a text for matching: NFKC, invisibles out, confusables and case folded."""
    table = {ord(ch): _fold_char(ch) for ch in set(text)}
    if all(len(folded) == 1 for folded in table.values()):
        # Every character folds to exactly one: a C-speed translate keeps positions as they are.
        return NormalizedText(text, text.translate(table), tuple(range(len(text))))
    pieces: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        folded = _fold_char(ch)
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return NormalizedText(text, "".join(pieces), tuple(origin))


def content_hash(text: str) -> str:
    """A stable hash of a text's content after normalisation, blind to spacing changes."""
    folded = " ".join(normalize(text).folded.split())
    return hashlib.sha256(folded.encode()).hexdigest()


def mask_for_copy(folded: str) -> str:
    """Mask links, handles and the greeting name so template copies look alike."""
    pieces, last = [], 0
    for start, end in find_links(folded):
        pieces += [folded[last:start], " url "]
        last = end
    masked = HANDLE_RE.sub(" handle ", "".join(pieces) + folded[last:])
    return masked


def word_count(text: str) -> int:
    """Words in a text as a reader counts them."""
    return len(text.split())
