"""me-focused: all about us, nothing about them."""

from bot.rules.base import Hit, ReviewContext, Rule
from bot.rules.lexicons import lexicon


class MeFocused(Rule):
    """Far more I/my/we/our than you/your."""

    id = "me-focused"
    level = "info"
    message = "The message is mostly about you, not them."
    why = "People answer messages about themselves; self-centred copy gets skipped."
    fix = "Turn it round: what is in it for them? Use 'you' more than 'I'."
    thresholds = {"ratio": 3, "min_self": 5}

    def check(self, ctx: ReviewContext):
        """Fire when self-words outnumber you-words by the policy's ratio."""
        folded = ctx.text.folded
        mine = len(lexicon(ctx, "self").findall(folded))
        yours = len(lexicon(ctx, "other").findall(folded))
        if mine >= self.setting(ctx, "min_self") and mine > self.setting(ctx, "ratio") * max(
            yours, 1
        ):
            yield Hit(None, f"{mine} words about you, {yours} about them.")
