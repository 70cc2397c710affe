"""canned-copy: the same text sent to many people."""

from bot.rules.base import Hit, ReviewContext, Rule


class CannedCopy(Rule):
    """A near-copy of pitches the team sent or submitted to other recipients."""

    id = "canned-copy"
    level = "warning"
    message = "This is a near-copy of pitches to other recipients."
    why = "Copy-paste outreach reads as spam, and recipients compare notes."
    fix = "Write it for this person: mention their work and why it fits them."
    thresholds = {"error_from": 3, "similarity": 0.7}

    def check(self, ctx: ReviewContext):
        """Fire when the near-copy index found copies; error from the policy's count."""
        count = ctx.history.near_copy_recipients
        if count <= 0:
            return
        detail = f"Near-copies went to {count} other recipient{'s' if count != 1 else ''}."
        level = "error" if count >= self.setting(ctx, "error_from") > 0 else None
        yield Hit(None, detail, level)
