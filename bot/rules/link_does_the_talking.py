"""link-does-the-talking: the substance is behind a link or an attachment."""

import re

from bot.rules.asking import asks, is_pitch, pointers, words_besides_pointers
from bot.rules.base import Hit, ReviewContext, Rule
from bot.text import WORD_RE

# Words that send the reader to the link for what it is: "to learn more, visit …",
# "details at …", "see the link below", "click here".
_DEFERS = re.compile(
    r"\b(?:to (?:learn|find out|read|see|know) more|for (?:more|further|full) (?:info|"
    r"information|details)|more (?:info|information|details)(?: (?:at|here|on|in|below))?|"
    r"(?:info|details|everything)(?: [&+] [\w ]{1,30})? (?:at|here|in the link)|"
    r"(?:link|url|details) (?:is |are )?(?:given |attached |found )?(?:below|above|here)|"
    r"(?:see|find|visit|check|view|open) (?:it |them )?(?:at|here|in|on|via)? ?(?:the )?"
    r"(?:link|url|attached|attachment|website|site|page)|i'?ve attached|please visit|"
    r"click (?:here|on the link|the link|the button|through))\b")
# Asks whose object is the linked thing itself: look at it, share it, cover it, open it.
_LOOK_AT_IT = frozenset({"review", "amplify", "cover", "attachment"})
# Words that carry no description of the thing: greetings, courtesy, pronouns, glue.
_FUNCTION_WORDS = frozenset((
    "a", "an", "the", "and", "or", "but", "so", "to", "of", "in", "on", "at", "for", "with",
    "from", "by", "is", "are", "was", "were", "be", "been", "being", "it", "its", "it's", "this",
    "that", "these", "those", "i", "me", "my", "we", "us", "our", "you", "your", "he", "she",
    "they", "them", "their", "his", "her", "as", "if", "then", "than", "there", "here", "what",
    "which", "who", "when", "where", "why", "how", "all", "any", "some", "no", "not", "do",
    "does", "did", "have", "has", "had", "can", "could", "would", "should", "will", "shall",
    "may", "might", "must", "just", "also", "very", "really", "hi", "hello", "hey", "dear",
    "thanks", "thank", "please", "pls", "regards", "best", "cheers", "sincerely", "let", "know",
    "i'm", "i've", "i'd", "we're", "we'd", "you're", "out", "check", "look", "see", "click",
    "read", "view", "share", "rt", "retweet", "link", "here",
))


class LinkDoesTheTalking(Rule):
    """A link or attachment with too little around it to say what it is or why."""

    id = "link-does-the-talking"
    level = "warning"
    message = "The link is doing the talking: the message does not say what it is or why."
    why = "A bare link makes the recipient do the work, and looks like spam."
    fix = "Say in a sentence what is behind the link and why it matters to them."
    thresholds = {"min_words": 6, "describe_words": 20, "why_words": 9}

    def check(self, ctx: ReviewContext):
        """Fire when something must be opened and the words around it say too little."""
        found = pointers(ctx)
        if not found:
            return
        rest = words_besides_pointers(ctx)
        words = len(rest)
        content = sum(1 for w in rest if w not in _FUNCTION_WORDS)
        # A pitch that sends them to the link to learn more, with little said before it.
        defers = _DEFERS.search(ctx.text.folded) and is_pitch(ctx) and \
            content < self.setting(ctx, "describe_words")
        if words < self.setting(ctx, "min_words") or defers:
            yield Hit(ctx.text.span(*min(found)))
            return
        # A message that asks nothing is a gift or a heads-up. One that asks them to sign up,
        # follow or swap links says in words what it wants, and the link is only where: but
        # with hardly a word besides ("Like my page: …"), nothing says why it matters to them.
        looked_at = [a for a in asks(ctx) if any(a.asks_for(kind) for kind in _LOOK_AT_IT)]
        if not any(_points_at(ctx, a.sentence, found) for a in looked_at):
            if is_pitch(ctx) and content < self.setting(ctx, "why_words"):
                yield Hit(ctx.text.span(*min(found)))
            return
        # Asked to look at it (an ask whose object is the link): the words must describe it.
        # Twenty words of substance do, with or without a word such as "explains" (on the
        # corpus, requiring one as well mostly flagged messages that had said what the thing
        # was in other words).
        if content < self.setting(ctx, "describe_words"):
            yield Hit(ctx.text.span(*min(found)))


_POINTING = re.compile(r"\b(?:below|above|here|link|attached|enclosed)\b")


def _points_at(ctx: ReviewContext, sentence: tuple[int, int], found: list[tuple[int, int]]
               ) -> bool:
    """Whether an ask's object may be the linked thing: a link stands before it, in its
    sentence, or after it with only pointing words between ("Please review my app. Here's
    the link: https://…", "More details at https://…"); not when other words come between
    ("I'd love to interview you. Contact me here: https://…")."""
    folded, end = ctx.text.folded, sentence[1]
    # "Click on the offer below", "have a look at it here": the ask itself points.
    if _POINTING.search(folded, *sentence) is not None:
        return True
    return any(a < end or _DEFERS.search(folded, end, a) is not None or
               all(w in _FUNCTION_WORDS for w in WORD_RE.findall(folded, end, a))
               for a, _ in found)
