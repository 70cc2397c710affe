"""pushy-tone: pressure, guilt, shouting."""

import re

from bot.rules.base import Hit, ReviewContext, Rule
from bot.rules.lexicons import lexicon

# Three capitalised words in a row, one of them a real word (4+ letters), or one long one.
# A run of short acronyms ("AI, ML, NLP") is not shouting.
_SHOUT = re.compile(
    r"\b(?=(?:[A-Z]{2,}[\s,]+){0,2}[A-Z]{4,}\b)[A-Z]{2,}(?:[\s,]+[A-Z]{2,}){2,}\b"
    r"|\b[A-Z]{6,}\b"
)


class PushyTone(Rule):
    """Pressure words, guilt trips, capitals and runs of exclamation marks."""

    id = "pushy-tone"
    level = "warning"
    message = "The tone is pushy."
    why = "Pressure and guilt make people defensive; they owe you nothing."
    fix = "Drop the urgency and the capitals; make it easy to say no."
    thresholds = {"max_exclamations": 1}

    def check(self, ctx: ReviewContext):
        """Fire once for pressure words, once for shouting, once for runs of '!'."""
        pressure = ctx.first(lexicon(ctx, "pressure"))
        if pressure is not None:
            yield Hit(pressure, "Pressure or guilt.")
        shout = _SHOUT.search(ctx.text.original)
        if shout is not None:
            yield Hit(shout.span(), "Shouting in capitals.")
        limit = int(self.setting(ctx, "max_exclamations"))
        bangs = re.search(f"!{{{limit + 1},}}", ctx.text.folded)
        if bangs is not None:
            yield Hit(ctx.text.span(*bangs.span()), "A run of exclamation marks.")
