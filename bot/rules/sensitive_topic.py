"""sensitive-topic: religion or politics to someone who keeps them off their feed."""

from bot.rules.asking import is_pitch
from bot.rules.base import Hit, ReviewContext, Rule
from bot.rules.lexicons import lexicon
from bot.text import normalize

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
        interests = " ".join(normalize(i).folded for i in ctx.recipient.interests)
        # Someone whose interests name such a topic ("elections", "faith") engages with it.
        if any(word in interests for word in _ENGAGES) or pattern.search(interests):
            return
        yield Hit(span)
