"""no-courtesy: an ask without a please or a thanks."""

from bot.rules.asking import ask_span, first_ask
from bot.rules.base import Hit, ReviewContext, Rule
from bot.rules.lexicons import lexicon


class NoCourtesy(Rule):
    """An ask with no please, thanks or "would you"."""

    id = "no-courtesy"
    level = "info"
    message = "The ask has no please or thanks."
    why = "A request without courtesy reads as a demand."
    fix = "Ask, don't tell: 'would you…', and thank them for their time."

    def check(self, ctx: ReviewContext):
        """Fire at the ask when no courtesy word appears anywhere."""
        ask = first_ask(ctx)
        if ask is not None and ctx.first(lexicon(ctx, "courtesy")) is None:
            yield Hit(ask_span(ctx, ask))
