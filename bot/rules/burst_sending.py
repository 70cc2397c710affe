"""burst-sending: many pitches in a short time."""

from bot.rules.base import Hit, ReviewContext, Rule


class BurstSending(Rule):
    """The author submitted more than the policy's limit of pitches in the last hour."""

    id = "burst-sending"
    level = "warning"
    message = "You have submitted many pitches in the last hour."
    why = "Volume outreach drifts into copy-paste and spam; each person deserves thought."
    fix = "Slow down: fewer, better-researched pitches."
    thresholds = {"per_hour": 10}

    def check(self, ctx: ReviewContext):
        """Fire when this pitch takes the author over the hourly limit."""
        count = ctx.history.author_pitches_last_hour + 1
        if count > self.setting(ctx, "per_hour"):
            yield Hit(None, f"{count} pitches in the last hour.")
