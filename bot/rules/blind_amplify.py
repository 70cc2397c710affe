"""blind-amplify: "please RT my last status" with no word of what or why."""

from bot.rules.base import Hit, ReviewContext, Rule
from bot.rules.lexicons import amplify_span, lexicon


class BlindAmplify(Rule):
    """An amplification ask that does not say what it is and why it matters to them."""

    id = "blind-amplify"
    level = "error"
    message = (
        "This asks them to amplify something without saying what it is or why it matters to them."
    )
    why = "A blind retweet request makes them vouch for something unseen, to their own audience."
    fix = (
        "Say what it is in a sentence and why their audience would care; better, ask "
        "nothing yet and engage with their work first."
    )

    def check(self, ctx: ReviewContext):
        """Fire when an amplify ask has no relevance to the recipient spelled out."""
        span = amplify_span(ctx)
        if span is not None and ctx.first(lexicon(ctx, "relevance")) is None:
            yield Hit(span)
