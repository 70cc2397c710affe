"""Who a message's opening addresses: a person by name, a role or mailbox, or nobody."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.rules.addressees import (
    NOT_NAMES,
    SENTENCE_WORDS,
    abbreviation,
    capitalised,
    not_a_person,
    title_alone,
)
from bot.rules.base import ReviewContext
from bot.rules.lexicons import lexicon

_LEAD = re.compile(r"[^\w@{%*<\[]*")
# An email's header lines ("Subject: …", "Re: …") stand before its greeting; the opening is
# read after them.
# ("To: all students" is itself who it greets.)
_SUBJECT = r"subject|subj|sub|re|fwd?|betreff|objet|asunto|oggetto|assunto"
_HEADERS = re.compile(rf"(?:[ \t]*(?:{_SUBJECT})[ \t]*:[^\n]*\n+)+")
# With the address lines of a pasted email too ("To: Ben Popper / Subject: … / Hi Ben,"), read
# when a greeting follows them.
_ALL_HEADERS = re.compile(rf"(?:[ \t]*(?:to|from|cc|bcc|date|sent|{_SUBJECT})[ \t]*:[^\n]*\n+)+")
# A quote that starts mid-sentence ("…bei dir melden", "[…] will include") was cut before its
# opening: whether it greeted anyone cannot be told.
_CUT = re.compile(r"\s*(?:\.{3}|\u2026|[\[(]\s*(?:\.{3}|\u2026)\s*[\])])")
# A subject pasted as the first line, with no header word ("Proposal for Strategic Alliance"),
# or an issue's title: one short line, one sentence at most; the greeting is on a line after it.
# (Atomic: a run of "!!!…" is read once, not tried again at each length.)
_TITLE_LINE = re.compile(r"[ \t]*(?>(?:[^\n.!?]|[.!?](?=\S)){1,120})[.!?]*+[ \t]*\n\s*")
_TITLE_WORDS = 12
_TITLE_FIRST = re.compile(r"((?:dear )?(?:sir|sirs|madam|ma'am|madame)(?: or madam)?)"
                          r"(?=\s*[,!.:\n]|\s+(?:i|we|my|our|can|could|would|please|kindly)\b)")
_HANDLE = re.compile(r"@[\w.]{2,}")
_DOMAIN_ENDS = frozenset({"com", "net", "org", "io", "co", "info", "blog", "site", "online",
                          "shop", "app", "dev", "me", "tv", "uk", "us", "de", "fr", "it", "es"})
# The addressee ends at punctuation; a dot or hyphen inside a word ("site.com", "Mary-Jane")
# is part of it, a dash after one ("Hi, there – I saw…") is not.
_ADDRESSEE = re.compile(r"[ \t,]*((?:[^,!:;\n.?()\u2013\u2014-]|[.-](?=\w)){0,40})")
# Words that cannot follow a name in a greeting: "Hey thanks for the add" greets nobody.
_AFTER_NO_NAME = frozenset({"for", "the", "to", "of", "much", "very", "me"})
# "Liz,", "Liz Smith —", "Dr. Menon,", "Seth…": a name standing first, set off by punctuation.
_NAME_FIRST = re.compile(r"(?:(?:dr|mr|mrs|ms|mx|prof)\.? )?([\w'-]+)(?: ([\w'-]+))?"
                         r"\s*(?:[,!:\u2014\u2013-]|\.{3}|\u2026)")
# ("Dear Webmaster, Sub: …" is a subject line after a role, not a name.)
_THEN_NAME = re.compile(r"\s*,\s*(?:dear\s+|my\s+|senorita\s+|senora\s+|senor\s+|signora\s+|"
                        r"signorina\s+|signor\s+|mademoiselle\s+|madame\s+|monsieur\s+|"
                        r"herr\s+|frau\s+)?([a-z][a-z'-]*)\s*(?:[,!.\n^]|$)")
# A greeting to a whole group ("Hi everyone"): normal in a message to one's own community.
_CROWD = re.compile(r"(?:there\s+)?(?:a\s+)?(?:all|everyone|everybody|folks|guys|y'all|team|"
                    r"friends|people|gang|community|fam|crew|tutti|todos|todas|tous|toutes|"
                    r"zusammen|readers|donors|supporters|backers|patrons|subscribers|followers|"
                    r"fans|listeners|viewers|members)")
# A title before the name, abbreviated: "Caro Sig. Ugo Volli", "Sehr geehrter Hr. Klein".
_HONORIFIC = re.compile(r"(?:[ \t,]*(?:sig|sig\.ra|sigra|dott|dott\.ssa|avv|ing|dr|mr|mrs|ms|mx|"
                        r"prof|pr|hr|fr|sr|sra|srta|mme|mlle)\.(?=\s|[^\W\d_]))+")
# A name starts with a letter: ", 2011." is a date, not someone addressed.
_VOCATIVE = re.compile(r",\s*([^\W\d_][\w'-]*)\s*[!.?\n:\u2013\u2014-]")
# "Thanks so much, Deborah, for …" names them wherever it stands.
_THANKS_NAME = re.compile(r"\b(?:thanks|thank you)(?: so much| very much| again)?,\s*"
                          r"([\w'-]+)\s*[,!.]")


# A name with a Japanese or Chinese honorific ("iGCN 様", "しもさん", "王老师") names them; a
# role with one ("運営者様", "ご担当者様", "皆さん") greets a role or a crowd.
_HONORED = re.compile(r"([^\s、。，,.!?！？「」『』()（）:：]{1,12}?)\s?"
                      r"(?:様|さま|さん|先生|殿|老师|老師|女士)")
_HONORED_ROLES = ("運営者", "担当者", "管理者", "管理人", "作者", "編集部", "オーナー", "お客",
                  "皆", "みな", "各位", "博主", "站长")


@dataclass(frozen=True)
class Opening:
    """What the opening does: names someone, greets a role or mailbox, or names nobody."""

    named: bool = False
    generic: tuple[int, int] | None = None
    crowd: bool = False
    everyone: bool = False  # the greeting names nothing but a crowd: "Hi all", "Hey guys"
    cut: bool = False  # the quote starts mid-sentence, after wherever its opening was


def read_opening(ctx: ReviewContext) -> Opening:
    """Read the first lines: a greeting and its addressee, a name first, a vocative, a handle."""
    folded = ctx.text.folded
    cut = _CUT.match(folded)
    if cut is not None:
        opening = _read_from(ctx, _LEAD.match(folded, cut.end()).end())
        return replace(opening, cut=not opening.named and opening.generic is None)
    headers = _HEADERS.match(folded)
    start = _LEAD.match(folded, headers.end() if headers else 0).end()
    opening = _read_from(ctx, start)
    if opening != Opening():
        return opening
    wider = _ALL_HEADERS.match(folded)
    if wider is not None and (headers is None or wider.end() > headers.end()):
        at = _LEAD.match(folded, wider.end()).end()
        if _greets(ctx, at):
            return _read_from(ctx, at)
    return _after_a_title(ctx, start) or opening


def _greets(ctx: ReviewContext, at: int) -> bool:
    """Whether a greeting starts at a folded index."""
    return lexicon(ctx, "greeting").match(ctx.text.folded, at) is not None or \
        lexicon(ctx, "generic_greeting").match(ctx.text.folded, at) is not None


def _after_a_title(ctx: ReviewContext, start: int) -> Opening | None:
    """The opening under a subject line pasted first: "Request for advice / Dear Prof. Lee,"."""
    folded, at = ctx.text.folded, start
    for _ in range(2):
        title = _TITLE_LINE.match(folded, at)
        if title is None or len(title.group().split()) > _TITLE_WORDS:
            return None
        at = _LEAD.match(folded, title.end()).end()
        if _greets(ctx, at):
            return _read_from(ctx, at)
    return None


def _read_from(ctx: ReviewContext, start: int) -> Opening:
    """Read the opening that starts at a folded index."""
    folded, original = ctx.text.folded, ctx.text.original
    head = folded[start:start + 300]
    if _HANDLE.match(head):
        return Opening(named=True)
    whole = lexicon(ctx, "generic_greeting").match(folded, start)
    if whole is not None:
        # "Buenos días, señorita Beatriz": a salutation, then their name.
        if _then_named(ctx, whole.end()):
            return Opening(named=True)
        return Opening(generic=whole.span())
    greeting = lexicon(ctx, "greeting").match(folded, start)
    if greeting is not None:
        title = _HONORIFIC.match(folded, greeting.end())
        addressee = _ADDRESSEE.match(folded, title.end() if title else greeting.end())
        who = _run_on(ctx, addressee.start(1), _addressee_words(addressee.group(1)))
        if not who:
            return _vocative(ctx, start)
        end = addressee.start(1) + len(who)
        # "Hi there, dear Kylie": the name that follows makes it personal after all.
        if _then_named(ctx, end):
            return Opening(named=True)
        if not_a_person(ctx, who):
            if title_alone(who.split()):
                end = addressee.start(1) + len(who.split()[0])  # the span ends at the title
            # "Dear book blogger friends": the last word says it is a crowd.
            everyone = _CROWD.fullmatch(who) is not None
            crowd = everyone or _CROWD.fullmatch(who.split()[-1]) is not None
            return Opening(generic=(greeting.start(), end), crowd=crowd, everyone=everyone)
        words = who.split()
        sentence = len(words) > 1 and words[1] in _AFTER_NO_NAME
        # After a title ("Hello, Ms. Amazing!") whatever follows stands for their name.
        return Opening(named=title is not None or (words[0] not in NOT_NAMES and not sentence))
    # "Sir, please take me in your lab": a form of address standing first, with no name.
    title = _TITLE_FIRST.match(folded, start)
    if title is not None:
        return Opening(generic=title.span(1))
    first = _NAME_FIRST.match(folded, start)
    surname = first.start(2) if first is not None and first.group(2) else None
    if first is not None and first.group(1) not in NOT_NAMES and capitalised(ctx, start) and (
            surname is None or capitalised(ctx, surname)):
        return Opening(named=True)
    lowered = original[:start + 40] == original[:start + 40].lower()
    if first is not None and lowered and first.group(1) not in NOT_NAMES and " " not in \
            first.group(0).strip(" ,!:-"):
        return Opening(named=True)
    return _vocative(ctx, start)


def _then_named(ctx: ReviewContext, end: int) -> bool:
    """Whether a name follows a greeting's first words: "Hi there, dear Kylie"."""
    then = _THEN_NAME.match(ctx.text.folded, end)
    return then is not None and capitalised(ctx, then.start(1)) and \
        then.group(1) not in NOT_NAMES


def _addressee_words(text: str) -> str:
    """Who a greeting names, up to where a sentence starts ("Hello bro i really wanna talk":
    "bro"), past an emoji ("Hi 👋 I found…": nobody)."""
    words = text.split()
    while words and not any(c.isalpha() for c in words[0]):
        words.pop(0)
    cut = next((n for n, w in enumerate(words[1:], 1) if w in SENTENCE_WORDS), len(words))
    return " ".join(words[:cut])


def _run_on(ctx: ReviewContext, at: int, who: str) -> str:
    """The addressee up to a sentence run into it: "Hi AndiChiou.Thank you" greets AndiChiou
    (a capital after the dot starts a sentence; a domain's part after it does not)."""
    for dot in (n for n, ch in enumerate(who) if ch == "."):
        a, _ = ctx.text.span(at + dot + 1, at + dot + 2)
        after = who[dot + 1:].split(" ", 1)[0]
        if ctx.text.original[a:a + 1].isupper() and after not in _DOMAIN_ENDS:
            return who[:dot]
    return who


def _vocative(ctx: ReviewContext, start: int) -> Opening:
    """"Thanks for the follow, Liz!": a capitalised name set off by a comma early on."""
    folded = ctx.text.folded
    early = _VOCATIVE.finditer(folded, start, min(len(folded), start + 200))
    for m in (*early, *_THANKS_NAME.finditer(folded, start)):
        if m.group(1) not in NOT_NAMES and capitalised(ctx, m.start(1)) and \
                not abbreviation(ctx, m.start(1), m.end(1)):
            return Opening(named=True)
    honored = _HONORED.search(folded, start, min(len(folded), start + 200))
    if honored is not None:
        if honored.group(1).endswith(_HONORED_ROLES):
            return Opening(generic=honored.span())
        return Opening(named=True)
    return Opening()
