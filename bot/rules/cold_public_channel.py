"""cold-public-channel: a cold pitch in public or in their DMs."""

from bot.rules.asking import is_pitch
from bot.rules.base import Hit, ReviewContext, Rule

_COLD = {"public-mention": "a public mention", "comment": "a comment on their wall",
         "dm": "a direct message"}


class ColdPublicChannel(Rule):
    """A pitch by mention, tag, wall post or DM to someone the team has no relationship with."""

    id = "cold-public-channel"
    level = "warning"
    message = "This pitches a stranger in public or in their DMs."
    why = "A cold ask in public puts them on the spot; in DMs it lands like spam."
    fix = "Find their email or ask someone they know for an introduction first."

    def check(self, ctx: ReviewContext):
        """Fire when a pitch goes to a stranger or aware contact through a cold channel."""
        if ctx.channel in _COLD and ctx.recipient.stage in ("stranger", "aware") and is_pitch(ctx):
            yield Hit(None, f"Channel: {_COLD[ctx.channel]}.")
