"""long-first-contact: a wall of text to someone who does not know you."""

from bot.rules.base import Hit, ReviewContext, Rule
from bot.text import word_count


class LongFirstContact(Rule):
    """A first contact longer than the policy's word limit."""

    id = "long-first-contact"
    level = "info"
    message = "This is long for a first contact."
    why = "A stranger gives a first message seconds; long ones go unread."
    fix = "Keep a first message to a few lines: who you are, why them, one question."
    thresholds = {"max_words": 120}

    def check(self, ctx: ReviewContext):
        """Fire when nothing links team and recipient yet and the text is over the limit."""
        first = ctx.recipient.stage in ("stranger", "aware") and not ctx.history.past_pitches
        words = word_count(ctx.text.original)
        if first and words > self.setting(ctx, "max_words"):
            yield Hit(None, f"{words} words.")
