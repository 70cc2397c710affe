"""blind-amplify: "please RT my last status" with no word of what or why."""

import re

from bot.rules.asking import ask_span, first_ask
from bot.rules.base import Hit, ReviewContext, Rule
from bot.rules.lexicons import lexicon

# "share it with your followers": after these words "your readers" says where, not why.
_WHERE = ("with", "to", "among", "across", "amongst", "for")
# "Add the badge to share your episode with your community": their own thing, which they know
# and which is theirs to care about, is not spread blind.
_THEIR_OWN = re.compile(r"\b(?:share|retweet|rt|repost|promote|spread|forward|post|tweet|boost|"
                        r"star|upvote|publici[sz]e) (?:about )?(?:your|ur) (?!own\b)")


class BlindAmplify(Rule):
    """An amplification ask that does not say what it is and why it matters to them."""

    id = "blind-amplify"
    level = "error"
    message = (
        "This asks them to amplify something without saying what it is or why it matters to them."
    )
    why = "A blind retweet request makes them vouch for something unseen, to their own audience."
    fix = (
        "Say what it is in a sentence and why their audience would care; better, ask "
        "nothing yet and engage with their work first."
    )

    def check(self, ctx: ReviewContext):
        """Fire when an amplify ask has no reason for the recipient spelled out."""
        ask = first_ask(ctx, "amplify")
        if ask is not None and not says_why_for_them(ctx) and \
                _THEIR_OWN.search(ctx.text.folded, *ask.sentence) is None:
            yield Hit(ask_span(ctx, ask))


def says_why_for_them(ctx: ReviewContext) -> bool:
    """Whether the message gives the recipient a reason of their own (their readers, work)."""
    folded = ctx.text.folded
    for match in lexicon(ctx, "relevance").finditer(folded):
        before = folded[max(0, match.start() - 12):match.start()].split()
        if match.group().startswith("your ") and before and before[-1] in _WHERE:
            continue
        return True
    return False
