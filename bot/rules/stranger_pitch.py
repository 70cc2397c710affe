"""stranger-pitch: asking for something before the relationship is earned."""

from bot.rules.asking import ask_span, first_ask
from bot.rules.base import Hit, ReviewContext, Rule


class StrangerPitch(Rule):
    """The cardinal sin: a pitch to someone the team has no relationship with."""

    id = "stranger-pitch"
    level = "error"
    message = "This asks a favour of someone the team has no relationship with yet."
    why = "Relationships are earned first; a cold ask spends trust you do not have."
    fix = (
        "Open with them instead: thank them for following, or ask their view on something "
        "they wrote, with no ask. Pitch once they have replied."
    )

    def check(self, ctx: ReviewContext):
        """Fire on an ask to a stranger or aware contact (error) or an engaged one (warning)."""
        ask = first_ask(ctx)
        if ask is None or ctx.recipient.stage == "earned":
            return
        said = f"It {ask.reason}."
        if ctx.recipient.stage == "engaged":
            # Once they have talked back, an ask is no longer the cardinal sin: a tip, not
            # a warning, so a team does not learn to ignore the rule.
            yield Hit(ask_span(ctx, ask),
                      f"{said} You have talked, but the relationship is not earned yet.", "info")
        else:
            yield Hit(ask_span(ctx, ask), f"{said} Stage: {ctx.recipient.stage}.")
