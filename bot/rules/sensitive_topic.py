"""sensitive-topic: religion or politics to someone who keeps them off their feed."""

import re

from bot.rules.asking import asks, is_pitch
from bot.rules.base import Hit, ReviewContext, Rule
from bot.rules.lexicons import lexicon
from bot.text import normalize

# The opening: up to the end of the second sentence after any greeting line.
_TWO_SENTENCES = re.compile(r"(?:[^.!?\n]*[.!?\n]+){0,2}")
_LINE = re.compile(r"[^\n]*\n+")
_ENGAGES = ("religion", "faith", "politics", "policy", "political", "activism", "church")


class SensitiveTopic(Rule):
    """Religion or politics, to a recipient not known to engage with it."""

    id = "sensitive-topic"
    level = "warning"
    message = "This touches religion or politics, which this recipient is not known to engage with."
    why = "Many people keep causes off their feed; being tagged into one can cost the relationship."
    fix = "Leave the cause out, or check first that they talk about it publicly."

    def check(self, ctx: ReviewContext):
        """Fire on a pitch about religion or politics unless their interests include such topics."""
        pattern = lexicon(ctx, "sensitive")
        in_topic = bool(ctx.topic) and pattern.search(normalize(ctx.topic).folded) is not None
        # A cause is pushed when it is what the message asks them to carry; a passing word
        # in a thank-you note pushes nothing.
        if not in_topic and not is_pitch(ctx):
            return
        span = ctx.first(pattern)
        if span is None and not in_topic:
            return
        # The cause must be what the message is about: said in the ask itself, or more than
        # once ("a church" passed on the way to an unrelated ask carries no cause).
        if not in_topic and not _about_it(ctx, pattern):
            return
        interests = " ".join(normalize(i).folded for i in ctx.recipient.interests)
        # Someone whose interests name such a topic ("elections", "faith") engages with it.
        if any(word in interests for word in _ENGAGES) or pattern.search(interests):
            return
        yield Hit(span)


def _about_it(ctx: ReviewContext, pattern) -> bool:
    """Whether religion or politics is the message's matter: said in its opening two
    sentences, in an ask's sentence, or more than once."""
    folded = ctx.text.folded
    found = [m.start() for m in pattern.finditer(folded)]
    return len(found) > 1 or found[0] < _opening_end(ctx) or any(
        a <= at < b for at in found for a, b in (ask.sentence for ask in asks(ctx)))


def _opening_end(ctx: ReviewContext) -> int:
    """Where the opening two sentences end; a greeting line (the team's greeting words)
    counts as none of them."""
    folded = ctx.text.folded
    start = len(folded) - len(folded.lstrip())
    greeting = lexicon(ctx, "greeting").match(folded, start)
    line = _LINE.match(folded, start)
    if greeting is not None and line is not None and \
            not folded[greeting.end():greeting.end() + 1].isalnum():
        start = line.end()
    return _TWO_SENTENCES.match(folded, start).end()
