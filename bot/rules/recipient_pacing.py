"""recipient-pacing: the whole team pitching one person too often."""

from datetime import timedelta

from bot.rules.base import Hit, ReviewContext, Rule


class RecipientPacing(Rule):
    """More pitches went to this recipient, from anyone on the team, than the policy allows
    in its window (the gap after an unanswered pitch is unanswered-followups' own)."""

    id = "recipient-pacing"
    level = "warning"
    message = "The team has pitched this recipient often lately."
    why = "However good each pitch, a steady stream of asks from one team wears anyone out."
    fix = "Hold this one: engage with their work instead, and pitch again later."
    thresholds = {"max_pitches": 2, "days": 30}

    def check(self, ctx: ReviewContext):
        """Fire when the team already sent the policy's maximum within its window."""
        since = ctx.now - timedelta(days=self.setting(ctx, "days"))
        sent = [p for p in ctx.history.past_pitches if p.sent_at and p.sent_at >= since]
        if len(sent) >= self.setting(ctx, "max_pitches") > 0:
            what = f"{len(sent)} pitch" + ("es" if len(sent) != 1 else "")
            yield Hit(None, f"{what} went to them in the last {self.setting(ctx, 'days'):g} days.")
