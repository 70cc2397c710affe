"""The asks in a message, found once per review and shared by every rule that needs them."""

from __future__ import annotations

import re

from bot.asks import Ask, find_asks
from bot.rules.base import ReviewContext
from bot.text import CJK_LETTERS, normalize

# Things that stand for content the reader must open: an attachment, "click here", or a
# link an editor removed ("[link removed]").
POINTER = re.compile(
    # ("She's quite attached" to the hat is a feeling, not a file.)
    # (Its guards look back only from where "attached" matched, not from every position.)
    r"\battach(?:ment|ments|ing)\b|\battached\b(?<!quite attached)(?<!so attached)"
    r"(?<!very attached)(?<!really attached)(?<!too attached)(?<!become attached)"
    r"(?<!became attached)(?<!got attached)(?<!get attached)(?<!grown attached)|"
    r"\benclosed\b|\bclick here\b|\bplease find (?:a|the|our|my) "
    r"(?:[\w-]+ ){0,2}(?:press release|release|deck|brochure|media kit|one-?pager|document|pdf|"
    r"file|proposal)\b|\bclick(?:ing)? (?:on )?"
    r"(?:this|the) link\b|\[\s*(?:link|url|website|"
    r"site)\b[^\]\n]{0,20}\]|<\s*link[^>\n]{0,40}>|\{\{?\s*(?:link|url)\s*\}?\}|"
    r"\b[\w-]+\.(?:pdf|zip|docx?|pptx?|key)\b|"
    # The attachment in German, French, Spanish, Italian and Portuguese (folded: no accents).
    r"\b(?:im anhang|anbei|angehangt\w*|beigefugt\w*|ci-jointe?s?|pieces? jointes?|"
    r"(?:te|le|les|os) adjunto|(?:archivo|documento) adjunto|in allegato|alleg(?:o|hiamo)|"
    r"em anexo|segue anexo)\b"
)
# A link to the recipient's own site is what the message is about, not what it points to.
_THEIRS = re.compile(r"\byour(?: [\w'-]+){0,3}\s*[:(]?\s*$")
# A word, or two characters of Chinese or Japanese (written without spaces; a word there is
# a character or two), so a message in those languages is not read as saying nothing.
_WORD = re.compile(rf"[a-z0-9']+|[{CJK_LETTERS}]{{1,2}}")
# A direct message that is little more than a link of the sender's ("OMG they filmed you
# [link]", "my blog is [link]") asks them to open it, whatever its words.
POINTED_DM_WORDS = 20


def asks(ctx: ReviewContext) -> tuple[Ask, ...]:
    """Every ask in the message, with the acts the team's policy adds under [lexicons]."""
    def compute() -> tuple[Ask, ...]:
        # Folded like the text, so "café" in a policy matches the folded "cafe".
        extra = tuple(("request", folded) for w in ctx.policy.words("asks")
                      if (folded := normalize(w).folded.strip()))
        extra += tuple(("amplify", folded) for w in ctx.policy.words("amplify")
                       if (folded := normalize(w).folded.strip()))
        found = find_asks(ctx.text.folded, extra)
        return found or _pointed_dm(ctx)
    return ctx.memo("asks", compute)


def pointers(ctx: ReviewContext) -> list[tuple[int, int]]:
    """What the message points them to (folded spans): its links, but one to their own
    site, and attachments or links an editor removed."""
    def compute() -> list[tuple[int, int]]:
        folded = ctx.text.folded
        found = [s for s in ctx.text.links if not _THEIRS.search(folded[:s[0]])]
        return found + [m.span() for m in POINTER.finditer(folded)]
    return ctx.memo("pointers", compute)


def words_besides_pointers(ctx: ReviewContext) -> list[str]:
    """The folded words with its links and pointers left out: what the words themselves say."""
    return ctx.memo("besides_pointers",
                    lambda: _WORD.findall(POINTER.sub(" ", ctx.text.without_links())))


def _pointed_dm(ctx: ReviewContext) -> tuple[Ask, ...]:
    found = pointers(ctx) if ctx.channel == "dm" else []
    if not found or len(words_besides_pointers(ctx)) > POINTED_DM_WORDS:
        return ()
    return (Ask("review", "pointed", (0, len(ctx.text.folded))),)


def is_pitch(ctx: ReviewContext) -> bool:
    """A message is a pitch when it asks for something; engagement-first messages are not."""
    return bool(asks(ctx))


def first_ask(ctx: ReviewContext, kind: str | None = None) -> Ask | None:
    """The first ask (of one kind, if given), or None."""
    return next((a for a in asks(ctx) if kind is None or a.asks_for(kind)), None)


def ask_span(ctx: ReviewContext, ask: Ask) -> tuple[int, int]:
    """The sentence an ask is in, as a span of the original text (spaces trimmed)."""
    start, end = ask.sentence
    folded = ctx.text.folded
    while start < end and folded[start] in " \n.!?":
        start += 1
    return ctx.text.span(start, max(start + 1, end))
