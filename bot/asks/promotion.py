"""An implicit pitch: a message that sells or announces the sender's thing, with no request.

A press release mailed to a journalist or an agency's sales email asks for coverage or for
business without a request form. One promotional phrase proves nothing (a fan may say a book
is "available now"), so it takes two different cues before the message reads as a pitch.

Each cue is a pattern and the words every match of it contains: the pattern only runs where
one of them is present, so a long text with none costs a few substring searches.
"""

from __future__ import annotations

import re


def _cue(needles: str, pattern: str) -> tuple[tuple[str, ...], re.Pattern]:
    return tuple(needles.split("|")), re.compile(pattern)


# The sender sells a service or a product to them.
SELLS = (
    _cue("offer|provid|deliver|sell|speciali|suppl",
         r"\b(?:we|i) (?:also )?(?:offer|provide|deliver|sell|specialize|specialise|supply)\b"),
    _cue("services|solutions|packages|pricing|rates|agency|team of|experts",
         r"\b(?:our|my) (?:\w+ )?(?:services|solutions|packages|pricing|rates|agency|team of|"
         r"experts)"),
    _cue("affordable|price|rate",
         r"\baffordable|\b(?:best|lowest|competitive|reasonable|cheap) (?:prices?|rates?)|"
         r"\b(?:prices?|rates?) (?:start|from)"),
    _cue("free ", r"\bfree (?:trial|quote|consultation|audit|analysis|report|demo|sample|"
                  r"download|e-?book)"),
    _cue("can |could |will ",
         r"\b(?:we|i) (?:can|could|will) (?:help you|get you|deliver|boost|improve|increase|"
         r"rank|grow|take care)"),
    _cue("services|company|agency|expert|package",
         r"\b(?:seo|marketing|development|design|web|app|content|writing|link[- ]building) "
         r"(?:services|company|agency|experts?|packages?)"),
    _cue("only $|just $|now $|only \u20ac|only \u00a3", r"\b(?:only|just|now) [$\u20ac\u00a3]\d"),
    _cue("discount|% off|promo code|coupon|limited |special offer",
         r"\b(?:discount|\d+% off|promo code|coupon|limited (?:time|offer)|special offer)"),
)
# The sender announces news about their own thing, as a press release does.
ANNOUNCES = (
    # "introducing our new…", not "thank you for introducing me to…".
    _cue("announc|unveil|launch|introduc|releas|debut",
         r"\b(?:announc|unveil|launch|introduc|releas|debut)(?:e|es|ed|ing)\b"
         r"(?! (?:me|us|him|her|them|it)\b)"),
    # The press release's lede: "Today, Hulu and The CW announced …" (not "today you …").
    _cue("today", r"\btoday,? (?!you\b)(?:[\w&.'-]+ ){1,6}(?:announced|unveiled|launched|"
                  r"released|introduced|revealed)\b"),
    _cue("available", r"\b(?:is|are) (?:now )?available\b|\bavailable (?:now|today|in stores|"
                      r"on amazon|for pre-?order)"),
    _cue("release|embargo|media ", r"\bpress release|\bfor immediate release|\bunder embargo|"
                                   r"\bembargoed|\bmedia (?:kit|alert)"),
    _cue("new ", r"\b(?:the|our|my|a|their|its) (?:all-)?new (?:[\w-]+ ){0,2}(?:product|app|"
                 r"book|album|single|collection|line|study|survey|report|platform|service|"
                 r"feature|tool|game|film|series|campaign|website|brand)"),
    _cue("out now|out today|now out", r"\b(?:out now|out today|now out)\b"),
    _cue("perfect |gift guide", r"\bperfect (?:gift|addition|solution|way)|\bgift guide"),
    _cue("client|on behalf of|working with|partnering with",
         r"\b(?:our|my) client|\bon behalf of|\b(?:is|are) (?:now )?(?:working|partnering) "
         r"with"),
    _cue("founder|ceo|spokesperson|expert",
         r"\b(?:founder|ceo|spokesperson|expert)\b[^.!?\n]{0,40}(?:is available|available for|"
         r"can speak|can comment|to discuss)"),
    _cue(" finds| found| shows| showed| reveal",
         r"\b(?:study|survey|report|research|data) (?:finds|found|shows|showed|reveals|"
         r"revealed)"),
    _cue("revolutionary|groundbreaking|innovative|cutting-edge|game|award-winning|best-selling",
         r"\b(?:revolutionary|groundbreaking|innovative|cutting-edge|game-?chang\w+|"
         r"award-winning|best-selling)"),
    # What the product does for them; "the help you gave me" is thanks.
    _cue("allow|lets you|help", r"\ballows? you to|\blets you\b|\b(?:helps|(?:it|this|which|"
                                r"that) helps?) (?:you|users|shoppers|people|businesses)\b"),
)
_ENOUGH = 2


def find_promotion(folded: str) -> tuple[str, int] | None:
    """("buy" or "cover", where the first cue is) when two different cues promote something."""
    found = {}
    for kind, cues in (("buy", SELLS), ("cover", ANNOUNCES)):
        for number, (needles, pattern) in enumerate(cues):
            if any(needle in folded for needle in needles) and \
                    (match := pattern.search(folded)) is not None:
                found[(kind, number)] = match.start()
    if len(found) < _ENOUGH:
        return None
    return ("buy" if any(kind == "buy" for kind, _ in found) else "cover"), min(found.values())
