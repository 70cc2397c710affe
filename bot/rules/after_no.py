"""after-no: working an angle after a "no"."""

from datetime import timedelta

from bot.rules.asking import is_pitch
from bot.rules.base import Hit, ReviewContext, Rule


class AfterNo(Rule):
    """The recipient declined within the cool-off, or is marked do-not-contact."""

    id = "after-no"
    level = "error"
    message = "This recipient said no, or asked not to be contacted."
    why = "Pitching again after a no burns the relationship for the whole team."
    fix = "Respect the no. Engage with their work without asking, and let them come to you."
    thresholds = {"cool_off_days": 180}

    def check(self, ctx: ReviewContext):
        """Fire on any message to a do-not-contact recipient, or a pitch inside the cool-off."""
        if ctx.recipient.do_not_contact:
            yield Hit(None, "Marked do-not-contact.")
            return
        declined = ctx.recipient.declined_at
        cool_off = timedelta(days=self.setting(ctx, "cool_off_days"))
        # After a no, engaging with their work is the way back; only asking again hurts.
        if declined is not None and ctx.now - declined < cool_off and is_pitch(ctx):
            yield Hit(None, f"Declined on {declined:%Y-%m-%d}.")
