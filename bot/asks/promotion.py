"""An implicit pitch: a message that sells or announces the sender's thing, with no request.

A press release mailed to a journalist or an agency's sales email asks for coverage or for
business without a request form. One promotional phrase proves nothing (a fan may say a book
is "available now"), so it takes two different cues before the message reads as a pitch.
"""

from __future__ import annotations

import re

# The sender sells a service or a product to them.
SELLS = tuple(re.compile(p) for p in (
    r"\b(?:we|i) (?:also )?(?:offer|provide|deliver|sell|specialize|specialise|supply)\b",
    r"\b(?:our|my) (?:\w+ )?(?:services|solutions|packages|pricing|rates|agency|team of|experts)",
    r"\baffordable|\b(?:best|lowest|competitive|reasonable|cheap) (?:prices?|rates?)|"
    r"\b(?:prices?|rates?) (?:start|from)",
    r"\bfree (?:trial|quote|consultation|audit|analysis|report|demo|sample|download|e-?book)",
    r"\b(?:we|i) (?:can|could|will) (?:help you|get you|deliver|boost|improve|increase|rank|"
    r"grow|take care)",
    r"\b(?:seo|marketing|development|design|web|app|content|writing|link[- ]building) "
    r"(?:services|company|agency|experts?|packages?)",
    r"\b(?:discount|\d+% off|promo code|coupon|limited (?:time|offer)|special offer)",
))
# The sender announces news about their own thing, as a press release does.
ANNOUNCES = tuple(re.compile(p) for p in (
    # "introducing our new…", not "thank you for introducing me to…".
    r"\b(?:announc|unveil|launch|introduc|releas|debut)(?:e|es|ed|ing)\b"
    r"(?! (?:me|us|him|her|them)\b)",
    r"\b(?:is|are) (?:now )?available\b|\bavailable (?:now|today|in stores|on amazon|for "
    r"pre-?order)",
    r"\bpress release|\bfor immediate release|\bunder embargo|\bembargoed|\bmedia (?:kit|alert)",
    r"\b(?:the|our|my|a|their|its) (?:all-)?new (?:[\w-]+ ){0,2}(?:product|app|book|album|"
    r"single|collection|line|study|survey|report|platform|service|feature|tool|game|film|series|"
    r"campaign|website|brand)",
    r"\bperfect (?:gift|addition|solution|way)|\bgift guide",
    r"\b(?:our|my) client|\bon behalf of|\b(?:is|are) (?:now )?(?:working|partnering) with",
    r"\b(?:founder|ceo|spokesperson|expert)\b[^.!?\n]{0,40}(?:is available|available for|"
    r"can speak|can comment|to discuss)",
    r"\b(?:study|survey|report|research|data) (?:finds|found|shows|showed|reveals|revealed)",
    r"\b(?:revolutionary|groundbreaking|innovative|cutting-edge|game-?chang\w+|award-winning|"
    r"best-selling)",
    # What the product does for them; "the help you gave me" is thanks.
    r"\ballows? you to|\blets you\b|\b(?:helps|(?:it|this|which|that) helps?) (?:you|users|"
    r"shoppers|people|businesses)\b",
))
_ENOUGH = 2


def find_promotion(folded: str) -> tuple[str, int] | None:
    """("buy" or "cover", where the first cue is) when two different cues promote something."""
    sells = [m.start() for p in SELLS if (m := p.search(folded))]
    announces = [m.start() for p in ANNOUNCES if (m := p.search(folded))]
    if len(sells) + len(announces) < _ENOUGH:
        return None
    return ("buy" if sells else "cover"), min(sells + announces)
