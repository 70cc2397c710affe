"""already-contacted: a teammate pitched this person recently."""

from datetime import timedelta

from bot.rules.base import Hit, ReviewContext, Rule


class AlreadyContacted(Rule):
    """Another team member pitched the same recipient within the policy's window."""

    id = "already-contacted"
    level = "warning"
    message = "A teammate pitched this recipient recently."
    why = "Two pitches from one team in a short time feels like a campaign, not a relationship."
    fix = "Talk to your teammate first; fold your ask into their thread or wait."
    thresholds = {"days": 14}

    def check(self, ctx: ReviewContext):
        """Fire when a teammate's live pitch to this recipient is newer than the window."""
        since = ctx.now - timedelta(days=self.setting(ctx, "days"))
        recent = [
            p for p in ctx.history.past_pitches
            if p.author != ctx.author and p.state != "withdrawn" and p.submitted_at >= since
        ]
        if recent:
            who = ", ".join(sorted({p.author_name or p.author for p in recent}))
            yield Hit(None, f"Recent pitch by {who}.")
