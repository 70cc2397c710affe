"""impersonal: no name, a generic greeting, or a template placeholder left in."""

import re

from bot.rules.base import Hit, ReviewContext, Rule
from bot.rules.lexicons import lexicon

# Words that open a message or follow a greeting but are nobody's name.
_NOT_NAME_WORDS = """
    i i'm im i've i'd i'll we we're we've we'd my our this that it it's its just hope quick
    thanks thank how what and so again from to sorry ok okay good great love loved there all
    everyone everybody folks friends friend guys team y'all you you're your sir madam blogger
    influencer journalist editor writer creator customer user people fam buddy pal congrats
    congratulations well yes no wow hmm also first firstly honestly listen look awesome amazing
    nice cool welcome morning afternoon evening ps fyi update note question cheers hi hello hey
    dear greetings quickly re fwd
"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())

# A name, if any, is in the first sentence: "Liz, ...", "Hi Liz", "Thanks for the follow, Liz!".
_FIRST_SENTENCE = re.compile(r"[^!?\n]*?(?:[!?\n]|\.(?=\s|$)|$)")
_TOKEN = re.compile(r"@?[\w][\w'-]*(?:\.[\w]+)*")
_LEAD = re.compile(r"[^\w@]*")
_AFTER_GREETING = re.compile(r"[\s,!:-]*(?:there\b[\s,!:-]*)?")
_AFTER_NAME = re.compile(r"(?:\s+([\w'-]+))?\s*[,!:-]")
_NAME_END = re.compile(r"\s*(?:[,!:.-]|$)")
_VOCATIVE = re.compile(r",\s*(@?[\w][\w'-]*)\s*[!.?\n]?\s*$")
_HANDLE = re.compile(r"(?<![\w.])@[\w.]{2,}")


class Impersonal(Rule):
    """A message that does not greet the recipient by name."""

    id = "impersonal"
    level = "warning"
    message = "This does not greet the recipient by name."
    why = "Generic openers and left-in placeholders tell them it was sent to many people."
    fix = "Open with their name and one line that shows you know their work."

    def check(self, ctx: ReviewContext):
        """Fire on a placeholder, a generic greeting, or no greeting by name."""
        placeholder = ctx.first(lexicon(ctx, "placeholder"))
        if placeholder is not None:
            yield Hit(placeholder, "A template placeholder was left in.")
            return
        if _greets_by_name(ctx):
            return
        folded = ctx.text.folded
        start = _LEAD.match(folded).end()
        generic = lexicon(ctx, "generic_greeting").match(folded, start)
        if generic is not None:
            yield Hit(ctx.text.span(*generic.span()), "A generic greeting.")
            return
        yield Hit(None, "No greeting by name.")


def _greets_by_name(ctx: ReviewContext) -> bool:
    """Whether the first sentence names the recipient: greeting + name, name first, or vocative."""
    folded = ctx.text.folded
    sentence = _FIRST_SENTENCE.match(folded, _LEAD.match(folded).end())
    end = sentence.end()
    head = folded[:end]
    if _HANDLE.search(head):
        return True
    start = sentence.start()
    lower_case_style = not any(c.isupper() for c in ctx.text.original[: _orig_end(ctx, end)])

    def is_name(token: re.Match[str] | None, lower_ok: bool = False) -> bool:
        if token is None or token.end() > end:
            return False
        word = token.group()
        if word.startswith("@"):
            return True
        if word.strip("'") in _NOT_NAMES or word[0].isdigit():
            return False
        # A name is told apart by its capital, unless the writer capitalises nothing.
        return _original_char(ctx, token.start()).isupper() or lower_case_style or lower_ok

    greeting = lexicon(ctx, "greeting").match(folded, start)
    if greeting is not None:
        gap = _AFTER_GREETING.match(folded, greeting.end())
        token = _TOKEN.match(folded, gap.end())
        # "Hey liz, ..." names her even uncapitalised: one word set off after a greeting.
        alone = token is not None and _NAME_END.match(folded, token.end()) is not None
        if is_name(token, lower_ok=alone):
            return True
    token = _TOKEN.match(folded, start)
    after = _AFTER_NAME.match(folded, token.end()) if token is not None else None
    if after is not None and is_name(token):
        # "Liz Smith," is a name; "Interesting thread," is not.
        surname = after.start(1)
        if surname < 0 or lower_case_style or _original_char(ctx, surname).isupper():
            return True
    vocative = _VOCATIVE.search(head)
    return vocative is not None and is_name(_TOKEN.match(folded, vocative.start(1)))


def _original_char(ctx: ReviewContext, folded_index: int) -> str:
    """The original character a folded character came from."""
    return ctx.text.original[ctx.text.span(folded_index, folded_index + 1)[0]]


def _orig_end(ctx: ReviewContext, folded_end: int) -> int:
    """The original index where a folded prefix ends."""
    if folded_end <= 0:
        return 0
    return ctx.text.span(folded_end - 1, folded_end)[1]
