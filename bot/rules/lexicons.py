"""Word lists the rules match on; a team's policy adds to them under [lexicons]."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.rules.base import ReviewContext
from bot.text import normalize

# Entries are regular expressions over folded text (lower case, confusables folded).
# Gaps between letters of short tokens allow "R.T." and "re-tweet" evasions.
_GAP = r"[\s.\-_*'`]*"

# An amplify verb used as a noun ("thanks for the RT", "loved your repost") is not an ask.
_NOT_NOUN = r"(?<!\ba )(?<!\bthe )(?<!\byour )(?<!\bmy )(?<!\bthat )(?<!\bher )(?<!\bhis )"
# "RT" but not the "r.t" of "w.r.t." nor the past tense "RT'd".
_RT = rf"(?<!\w\.){_NOT_NOUN}r{_GAP}t\b(?!'?d\b)"
_RETWEET = rf"{_NOT_NOUN}(?:re{_GAP}tweet|retweets?|quote[\s-]*tweet)"
_REPOST = rf"{_NOT_NOUN}(?:repost|re-?blog|cross-?post)"
# "Boost" the verb takes an object; "a real boost" is praise.
_BOOST = (
    rf"{_NOT_NOUN}(?:signal[\s-]*boost|(?:please |pls )?boost (?:it|this|that|my|our|us|me|"
    r"the (?:post|tweet|thread|signal|word)))"
)
_SHARE = (
    r"share (?:it|this|my|our|with your \w+|"
    r"(?:the|that|a) (?:post|link|tweet|thread|video|article|news|campaign|petition|page|word))"
)

LEXICONS: dict[str, tuple[str, ...]] = {
    "amplify": (
        _RT, _RETWEET, _REPOST, _BOOST, _SHARE, r"spread the word",
        r"amplify (?:it|this|that|my|our|us|me)", r"pass (?:it|this) (?:on|along)",
        r"help (?:us |me )?get the word out",
    ),
    "asks": (
        _SHARE, _RT, _RETWEET, _REPOST, _BOOST, r"spread the word",
        r"review (?:it|this|my|our|the)", r"feature (?:it|this|me|us|my|our)", r"download",
        r"buy(?!-in\b)", r"purchase", r"order (?:it|one|now|today|yours|a copy|our|my)",
        r"pre-?order", r"sign(?:\s|-)?up", r"subscribe",
        rf"{_NOT_NOUN}link (?:to (?:us|our|my|me|it|this)|back)", r"backlinks?",
        r"add (?:a |our |my )?link", r"vote", r"donate", r"donation",
        rf"{_NOT_NOUN}follow (?:me|us|back|our|my)",
        r"(?:connect|link up|linkup) (?:with (?:me|us) )?on "
        r"(?:facebook|linkedin|instagram|twitter|x)",
        r"check (?:it|this|out)", r"take a look at", r"see (?:the )?attached", r"attached",
        r"attachment", r"write (?:about (?:it|this|us|me|our|my)|a review|a post)",
        r"cover (?:it|this|our|my)", r"promote (?:it|this|us|me|our|my)",
        r"mention (?:it|us|me|our|my)", r"try (?:it|our|my)", r"support (?:us|our|my)",
        r"join (?:us|our|my)", r"sponsor (?:it|this|us|me|our|my)",
        r"free (?:e-?book|trial|copy|sample)",
    ),
    "courtesy": (
        r"please", r"pls", r"plz", r"thanks?", r"thank you", r"thx", r"tx", r"ty",
        r"would you", r"could you", r"would you mind", r"kindly", r"appreciate",
        r"grateful", r"cheers", r"if you have (?:a moment|time)",
    ),
    "pressure": (
        r"asap", r"urgent(?:ly)?", r"last chance", r"you must(?! (?:be|have|get|hear|know)\b)",
        r"act now", r"right away", r"(?<!\bi )(?<!\bwe )immediately", r"limited time",
        r"(?<!\bi )(?<!\bwe )don'?t miss", r"hurry", r"deadline (?:is )?today",
        r"before it'?s too late",
        r"(?<!everything )(?<!\ball )(?<!\bif )you need to",
        r"(?<!\bwhat )(?<!\bif )you have to",
        r"final (?:notice|reminder)", r"i'?m (?:still )?waiting",
        r"still haven'?t (?:replied|answered|responded|heard|got|gotten)",
        r"you never (?:replied|answered|responded)", r"you owe", r"disappointed (?:that )?you",
        r"i'?d hate for you to miss",
        r"(?:i|we) (?:followed|supported) you,? (?:so|but|yet|now|and you)",
        # Being ignored is guilt; "I ignored the noise" is not.
        r"(?:you|you've|you have) ignored", r"(?:been|was|got|feel|felt) ignored",
    ),
    "generic_greeting": (
        r"dear (?:sir or madam|blogger|influencer|journalist|editor|writer|sir|madam|"
        r"friend|customer|user|creator|team|all)",
        r"(?:hi|hello|hey|greetings) (?:there|all|everyone|everybody|friend|friends|blogger|"
        r"influencer|team|folks|guys|y'all)",
        r"to whom it may concern", r"dear sir/madam",
    ),
    "placeholder": (
        r"\{\{?\s*[a-z_ ]+\s*\}?\}", r"\[\s*(?:first[\s_]*)?name\s*\]",
        # Not a markdown link: "[my post](https://...)".
        r"\[\s*[a-z_ ]+\s*\](?!\()",
        r"<\s*(?:first[\s_]*)?name\s*>", r"%[a-z_]+%", r"\$\{?[a-z_]+\}?",
    ),
    "greeting": (
        r"hi", r"hello", r"hey", r"dear", r"good (?:morning|afternoon|evening)", r"greetings",
        r"howdy", r"hiya", r"yo",
    ),
    "sensitive": (
        r"relig\w*", r"church", r"mosque", r"synagogue", r"temple", r"pray(?:s|ed|ing|ers?)?",
        # Not the "oh my god" of everyday speech.
        r"(?<!\bmy )(?<!\bthank )god", r"gods",
        r"jesus", r"christ", r"christianity", r"christians",
        # "Christian" alone is a common first name; the adjective comes with a noun.
        r"christian (?:faith|church|values|music|community|ministry|school|charity|bookstore)",
        r"islam\w*", r"muslims?", r"jewish", r"judaism", r"bible", r"(?<!\bgood )faith(?! in\b)",
        r"gospel", r"politic\w*", r"elections?", r"electoral", r"ballot",
        r"democrats?", r"democratic party", r"republicans?", r"liberals", r"conservatives",
        r"left-wing", r"right-wing", r"senator", r"presidential",
        # Bare "congress" is as often a trade conference as the legislature.
        r"congress(?:man|woman|ional)", r"parliament", r"abortion", r"immigration",
    ),
    "relevance": (
        r"because (?:you|your)", r"since you", r"(?<!\bsoon )as you(?! know\b)", r"given your",
        # "share this with your followers" names where it goes, not why it matters.
        r"(?<!\bwith )(?<!\bto )your (?:readers|audience|followers|"
        r"community|work|post|article|piece|blog|channel|podcast|newsletter|research|writing)",
        r"you(?:'d| would)? (?:like|love|enjoy|find|appreciate)", r"relevant to (?:you|your)",
        r"fits? (?:with )?your", r"you (?:wrote|care|cover|covered|mentioned|said|asked)",
        r"thought (?:of you|you)", r"reminded me of your", r"in your (?:post|talk|article)",
    ),
    "explains": (
        r"about", r"because", r"explains?", r"shows?", r"covers?", r"guide", r"study",
        r"report", r"article", r"post", r"video", r"podcast", r"it'?s (?:a|an|the|our|my)",
        r"this is", r"which", r"why", r"how to", r"summary", r"in short", r"walks? through",
    ),
    "self": (r"i", r"me", r"my", r"mine", r"myself", r"we", r"us", r"our", r"ours", r"i'm",
             r"i've", r"i'd", r"we're", r"we've"),
    "other": (r"you", r"your", r"yours", r"yourself", r"you're", r"you've", r"you'd"),
}

# An ask or amplify verb with the sender as its subject is an offer, not an ask:
# "we share the same view", "I'll check it out", "I'd love to share my notes".
_OURS = "".join(
    rf"(?<!\b{subject} )"
    for subject in (
        "i", "we", "i'll", "we'll", "i'd", "we'd", "i will", "we will", "i can", "we can",
        "i just", "we just", "i also", "we also", "i'd love to", "we'd love to",
        "i'd like to", "we'd like to", "i want to", "we want to", "i wanted to",
        "i'm happy to", "we're happy to", "i'd be happy to", "we'd be happy to",
    )
)
_GUARDED = frozenset({"asks", "amplify"})


@lru_cache(maxsize=256)
def _compile(entries: tuple[str, ...], guard: str = "") -> re.Pattern[str]:
    # Longest first so "signal boost" wins over "boost" in the reported span.
    ordered = sorted(set(entries), key=len, reverse=True)
    return re.compile(r"(?<![\w])" + guard + "(?:" + "|".join(ordered) + r")(?![\w])")


def lexicon(ctx: ReviewContext, name: str) -> re.Pattern[str]:
    """One lexicon as a pattern, with the words the team's policy adds (matched literally)."""
    # Folded like the text, or "café" in a policy would never match the folded "cafe".
    extra = tuple(re.escape(normalize(word).folded.strip()) for word in ctx.policy.words(name))
    return _compile(LEXICONS[name] + tuple(w for w in extra if w),
                    _OURS if name in _GUARDED else "")


def ask_span(ctx: ReviewContext) -> tuple[int, int] | None:
    """Where the message asks the recipient for something, shared by several rules."""
    return ctx.memo("ask", lambda: ctx.first(lexicon(ctx, "asks")))


def amplify_span(ctx: ReviewContext) -> tuple[int, int] | None:
    """Where the message asks for a retweet, share, repost or boost."""
    return ctx.memo("amplify", lambda: ctx.first(lexicon(ctx, "amplify")))


def is_pitch(ctx: ReviewContext) -> bool:
    """A message is a pitch when it asks for something; engagement-first messages are not."""
    return ask_span(ctx) is not None or amplify_span(ctx) is not None
