"""What a request asks the recipient to do, by kind: the verb phrases of an ask.

Each kind is a list of regular expressions over folded text (lower case, confusables
folded), written as the base-form verb with the object it needs, so "share this" is an act
and "the share" is not. They are only tried where a request form points (after "could you",
"please", at the start of a clause …), never scanned at every position with guards.
"""

from __future__ import annotations

from bot.asks.acts.dealing import DEALING
from bot.asks.acts.phrases import MEET_WHEN, PLACEMENT_ON_YOURS
from bot.asks.acts.placing import PLACING
from bot.asks.acts.spreading import SPREADING

# In this order (amplify, link, cover, review, then the rest): where two kinds could match at
# one word, the one listed first is read.
ACTS: dict[str, tuple[str, ...]] = {**SPREADING, **PLACING, **DEALING}

# Nouns for the thing asked, where the request is phrased around it ("any RTs appreciated",
# "we are requesting a feature", "I'd love your support").
ASKED_NOUNS: dict[str, str] = {
    # "Share" with an object after it is the verb, which the acts read ("share an email
    # address" asks for no share).
    "amplify": r"(?:rts?|retweets?|re-?shares?|shares?(?! (?:your|ur|my|our|a|an|the|some|any|"
               r"it|this|that|them)\b)|shout[\s-]?outs?|mentions?|boosts?|plugs?|stars?|upvotes?|"
               r"signal boosts?)",
    "link": r"(?:links?|backlinks?|link exchange|guest (?:post|article|blog)s?|placement|"
            r"sponsored (?:post|article)s?)",
    "cover": r"(?:features?|coverage|story|stories|interview|write-?up|spot|slot|segment|"
             r"spotlight|press|publicity|exposure|airtime)",
    "review": r"(?:reviews?|feedback|thoughts on (?:it|this|our|my)|opinion on (?:it|this|our|my)|"
              r"input on (?:it|this|our|my)|consideration)",
    "buy": r"(?:votes?|donations?|support|pledges?|sign-?ups?|orders?|business|custom)",
    # "likes", not "like": "searching for something like this" asks for nothing.
    "connect": r"(?:collaborations?|collabs?|partnerships?|follow(?:-?backs?)?|likes|"
               r"contact (?:details|info\w*|e-?mail|number)|contact)",
    "help": r"(?:help|assistance)",
}

__all__ = ["ACTS", "ASKED_NOUNS", "MEET_WHEN", "PLACEMENT_ON_YOURS"]
