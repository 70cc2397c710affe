"""Who a greeting's words are: the words that are nobody's name, the forms of address, and
whether an addressee is a person or a role, a crowd, a mailbox or a company."""

from __future__ import annotations

import re

from bot.rules.base import ReviewContext
from bot.rules.lexicons import lexicon

# Words that open a message or follow a greeting but are nobody's name.
_NOT_NAME_WORDS = """
    i i'm im i've i'd i'll we we're we've we'd my our this that it it's its just hope quick
    thanks thank how what and so again from to sorry ok okay good great love loved there all
    everyone everybody folks friends friend guys team y'all you you're your sir madam blogger
    influencer journalist editor writer creator customer user people fam buddy pal congrats
    congratulations well yes no wow hmm also first firstly honestly listen look awesome amazing
    nice cool welcome morning afternoon evening ps fyi update note question cheers hi hello hey
    dear greetings quickly re fwd saw read as in on for with about if when i'll happy thanx
    thx tnx ty me
"""
# Words that start the sentence after a greeting with no name: "Hi do you have telegram?",
# "Olá, me chamo Felipe", "Salut, je suis…".
_SENTENCE_START = """
    i i'm i've i'd we we're you your u my our do did does can could would will are is am was
    were have has just really wanna want wanted check please pls plz hope thanks thank so
    let let's eu sou chamo llamo chiamo je nous soy yo mi sono ich wir
"""
SENTENCE_WORDS = frozenset(_SENTENCE_START.split())
NOT_NAMES = frozenset(_NOT_NAME_WORDS.split()) | SENTENCE_WORDS
# Forms of address that stand for a name the writer does not know.
TITLES = frozenset({"sir", "sirs", "madam", "ma'am", "madame", "monsieur", "mesdames",
                     "messieurs", "brother", "sister", "brethren", "senor", "senora", "signore",
                     "signora", "herr", "frau"})
# Abbreviated titles stand before a name: "Dear Prof.," with none after it lost its name (a
# template's), while "Hi Ms Amazing!" names her and "Good morning, Professor!" addresses her.
NAME_TITLES = frozenset({"prof", "dr", "mr", "mrs", "ms", "mx"})

# "Dear registrant@FP": an address is a mailbox.
_ADDRESS = re.compile(r"\w@\w")
# Words that, standing first, greet a team: "Hello team Kodi".
_TEAMS = frozenset({"team", "staff", "crew"})
# Initials stand for a name ("Dear K.M.", "Hi J. K."): not a domain for all their dots.
# ("Lieber W.Zetti": an initial run into the surname is a name too.)
_INITIALS = re.compile(r"(?:[^\W\d_]\. ?){1,3}(?:[^\W\d_][\w'-]*)?")


def abbreviation(ctx: ReviewContext, start: int, end: int) -> bool:
    """"Irving, TX." or "London, UK": a short word in capitals after a comma is a place."""
    a, b = ctx.text.span(start, end)
    word = ctx.text.original[a:b]
    return len(word) <= 3 and word.isupper()


def not_a_person(ctx: ReviewContext, who: str) -> bool:
    """A role, a crowd, a mailbox or a domain ("Dear Admin", "Hi Acme team", "Hi site.com")."""
    # An address ("Dear registrant@FP") is a mailbox, as a domain is.
    if ("." in who.replace(". ", " ") or "/" in who or _ADDRESS.search(who)) and \
            not _INITIALS.fullmatch(who):
        return True
    words = who.split()
    if words[0] == "there" and len(words) > 1:
        words = words[1:]  # "Hi there Liz" greets Liz
    roles = lexicon(ctx, "not_a_person")
    # "Dear Amazon Reviewer", "Hi Acme team": the last word says who; "Liz and team" is Liz.
    if "and" in words or "&" in words:
        return False
    # "Dear owner of example.com", "Dear brother in the Lord", "Dear wonderful editors at
    # the Review": who they are comes before where.
    where = next((n for n, w in enumerate(words[1:], 1) if w in ("of", "in", "at")), None)
    if where is not None and len(words) > where + 1:
        words = words[:where]
    if title_alone(words):
        return True
    # "Dear Mr Onstad Sir": a title and a name, whatever follows.
    if words[0] in NAME_TITLES and len(words) > 1 and roles.fullmatch(words[1]) is None:
        return False
    # "Hello team Kodi", "Dear staff of Acme": a team first, then whose it is.
    if words[0] in _TEAMS and len(words) <= 3:
        return True
    # "Hey girl hey!": a role, then a word that names nobody.
    if len(words) == 2 and words[0] not in TITLES and words[1] in NOT_NAMES and \
            roles.fullmatch(words[0]) is not None:
        return True
    last_two = " ".join(words[-2:])
    return roles.fullmatch(last_two) is not None or roles.fullmatch(words[-1]) is not None


def title_alone(words: list[str]) -> bool:
    """"Good day sir I would love …", "Dear Prof.,": a form of address with no name after it."""
    if words[0] in NAME_TITLES:
        return len(words) == 1 or words[1] in SENTENCE_WORDS
    return words[0] in TITLES and (len(words) == 1 or words[1] in NOT_NAMES)


def capitalised(ctx: ReviewContext, folded_index: int) -> bool:
    """Whether the word at a folded index is written with a capital (or the writer uses none)."""
    a, _ = ctx.text.span(folded_index, folded_index + 1)
    ch = ctx.text.original[a:a + 1]
    writer_capitalises = any(c.isupper() for c in ctx.text.original[:400])
    return ch.isupper() or not writer_capitalises or not ch.isalpha()
