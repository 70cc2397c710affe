"""The asks in a message, found once per review and shared by every rule that needs them."""

from __future__ import annotations

from bot.asks import Ask, find_asks
from bot.rules.base import ReviewContext
from bot.text import normalize


def asks(ctx: ReviewContext) -> tuple[Ask, ...]:
    """Every ask in the message, with the acts the team's policy adds under [lexicons]."""
    def compute() -> tuple[Ask, ...]:
        # Folded like the text, so "café" in a policy matches the folded "cafe".
        extra = tuple(("request", folded) for w in ctx.policy.words("asks")
                      if (folded := normalize(w).folded.strip()))
        extra += tuple(("amplify", folded) for w in ctx.policy.words("amplify")
                       if (folded := normalize(w).folded.strip()))
        return find_asks(ctx.text.folded, extra)
    return ctx.memo("asks", compute)


def is_pitch(ctx: ReviewContext) -> bool:
    """A message is a pitch when it asks for something; engagement-first messages are not."""
    return bool(asks(ctx))


def first_ask(ctx: ReviewContext, kind: str | None = None) -> Ask | None:
    """The first ask (of one kind, if given), or None."""
    return next((a for a in asks(ctx) if kind is None or a.asks_for(kind)), None)


def ask_span(ctx: ReviewContext, ask: Ask) -> tuple[int, int]:
    """The sentence an ask is in, as a span of the original text (spaces trimmed)."""
    start, end = ask.sentence
    folded = ctx.text.folded
    while start < end and folded[start] in " \n.!?":
        start += 1
    return ctx.text.span(start, max(start + 1, end))
