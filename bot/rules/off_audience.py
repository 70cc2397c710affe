"""off-audience: a pitch that is not about what the recipient cares about."""

import re

from bot.rules.asking import is_pitch
from bot.rules.base import Hit, ReviewContext, Rule
from bot.text import normalize


def _forms(term: str) -> set[str]:
    """A topic and its singular or plural, so "shoes" in a list matches "shoe" in a pitch."""
    forms = {term}
    if term.endswith("ies") and len(term) > 4:
        forms.add(term[:-3] + "y")
    elif term.endswith(("xes", "ches", "shes", "sses", "zes")):
        forms.add(term[:-2])
    elif term.endswith("s") and not term.endswith(("ss", "us", "is", "news")) and len(term) > 3:
        forms.add(term[:-1])
    if term.endswith("y") and len(term) > 2 and term[-2] not in "aeiou":
        forms.add(term[:-1] + "ies")
    return forms


def _terms_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for a list of topics, folded like the text, plurals included."""
    folded = {normalize(t).folded.strip() for t in terms}
    words = sorted(
        {re.escape(form) for term in folded if term for form in _forms(term)},
        key=len, reverse=True,
    )
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?:s|es)?(?!\w)")


class OffAudience(Rule):
    """The pitch's topic is outside the recipient's interests, or in their avoid list."""

    id = "off-audience"
    level = "warning"
    message = "This pitch is not about anything the recipient is known to care about."
    why = "Know your audience: a pitch off their beat is noise to them and to their followers."
    fix = "Check what they write about and pitch only what fits; record it with `contact`."

    def check(self, ctx: ReviewContext):
        """Error on an avoided topic, warning off their interests, info when none are known."""
        topic = normalize(ctx.topic).folded if ctx.topic else ""
        avoid = _terms_pattern(ctx.recipient.avoid)
        if avoid is not None:
            # An avoided topic hurts whether or not the message asks for anything.
            span = ctx.first(avoid)
            if span is not None or avoid.search(topic):
                yield Hit(span, "It touches a topic they asked to avoid.", "error")
                return
        # Audience fit is about what we ask them to carry; a message that asks nothing
        # (the engagement-first opener) is not judged on it.
        if not is_pitch(ctx):
            return
        interests = _terms_pattern(ctx.recipient.interests)
        if interests is None:
            yield Hit(None, "Their interests are unknown: know your audience first.", "info")
        elif not interests.search(topic) and ctx.first(interests) is None:
            known = ", ".join(ctx.recipient.interests)
            yield Hit(None, f"Their known interests: {known}.")
