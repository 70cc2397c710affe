"""link-does-the-talking: the substance is behind a link."""

from bot.rules.base import Hit, ReviewContext, Rule
from bot.rules.lexicons import lexicon


class LinkDoesTheTalking(Rule):
    """A link with too little around it to say what it is or why it matters."""

    id = "link-does-the-talking"
    level = "warning"
    message = "The link is doing the talking: the message does not say what it is or why."
    why = "A bare link makes the recipient do the work, and looks like spam."
    fix = "Say in a sentence what is behind the link and why it matters to them."
    thresholds = {"min_words": 15}

    def check(self, ctx: ReviewContext):
        """Fire when a link is present and the rest is short or explains nothing."""
        if not ctx.text.links:
            return
        link = ctx.text.span(*ctx.text.links[0])
        rest = ctx.text.without_links()
        too_short = len(rest.split()) < self.setting(ctx, "min_words")
        if too_short or lexicon(ctx, "explains").search(rest) is None:
            yield Hit(link)
