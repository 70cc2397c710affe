"""Gerunds read as the verbs they are: "would you consider sharing it" asks for a share.

The acts are written as base-form verbs ("share it"). After a form that takes a gerund
("consider", "appreciate you", "mind"), the act comes as "-ing"; reading those words as their
base form, in place and at the same length, lets the acts find them.
"""

from __future__ import annotations

import re

# The verbs of asks whose "-ing" form is no common noun ("a meeting", "the following",
# "your reading list" are left alone).
_VERBS = """
    share mention feature cover review link add include promote publish write check try test
    star upvote subscribe join sign donate vote buy support interview host introduce connect
    forward send watch listen visit spread tweet retweet repost reblog boost plug give leave
    take put place insert swap exchange trade contact reply respond fill complete download
    install play attend sponsor collaborate partner help recommend refer endorse rate comment
    accept approve merge amplify circulate pass tell invite answer email call chat talk speak
    post like run order purchase
"""


def _gerunds(verb: str) -> set[str]:
    """The "-ing" spellings a verb may take: share → sharing, star → starring, add → adding."""
    forms = {verb + "ing"}
    if verb.endswith("e") and not verb.endswith("ee"):
        forms.add(verb[:-1] + "ing")
    if re.fullmatch(r"[a-z]*[^aeiou][aeiou][bdgklmnprt]", verb):
        forms.add(verb + verb[-1] + "ing")
    return forms


_BASE = {g: v for v in _VERBS.split() for g in _gerunds(v)}
# Any word in "-ing", looked up: one pass that starts at letters, not a long alternation tried
# at every position. ("The sharing/like button" names a feature.)
_ING = re.compile(r"[a-z]+ing(?![a-z/-])")


def as_base_forms(folded: str) -> str:
    """The text with each known gerund written as its verb, right-aligned in the same place
    ("sharing" → "  share"), so every position still points where it did."""
    def base(m: re.Match) -> str:
        word = m.group()
        if word not in _BASE or folded[m.start() - 1:m.start()] == "'":
            return word
        return _BASE[word].rjust(len(word))
    return _ING.sub(base, folded)
