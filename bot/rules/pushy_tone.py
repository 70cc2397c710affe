"""pushy-tone: pressure, guilt, chasing, threats, shouting."""

import re

from bot.asks import act_near
from bot.rules.asking import asks, is_pitch
from bot.rules.base import Hit, ReviewContext, Rule
from bot.rules.chasing import MONTHS, chaser
from bot.rules.lexicons import lexicon

# Three capitalised words in a row, two of them three letters or more: a run of short
# acronyms ("AI, ML, NLP") or a product name ("README") is not shouting.
_SHOUT = re.compile(r"\b[A-Z]{2,}(?:[\s,]+[A-Z]{2,}){2,}\b")
# A date in capitals ("END OF OCTOBER", "FRIDAY 9 AM") is a label, not shouting.
_DATE_WORD = re.compile(rf"\b(?:{MONTHS}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
                        re.IGNORECASE)
_LONG_CAPS = re.compile(r"[A-Z]{3,}")
# One word in capitals is shouting only when the word itself presses. ("Thank YOU", "it's NOT
# romantic", "FOR FREE", "I MUST finish this book": emphasis; on the corpus these flagged four
# times the messages they caught.)
_PRESSING_WORD = re.compile(r"\b(?:PLEASE|NOW|URGENT|NEED|IMMEDIATELY|TODAY|STOP|HURRY|"
                            r"IMPORTANT|ATTENTION|LAST|FINAL)\b")
# Before these words a pressure phrase is the sender's own story or a condition.
_NOT_PRESSING_AFTER = {"i", "we", "if", "what", "everything", "all", "i'll", "we'll", "will"}
# "You must/need to/have to" press only when what follows is something asked of them.
_DIRECTIVES = ("you must", "you need to", "you have to")
_REPLY_VERB = re.compile(r"\s+(?:reply|respond|answer|act|decide|confirm|call|get back|read|see)")
_SENDER = {"i", "i'll", "we", "we'll", "i'd", "we'd", "i'm", "we're"}
# What happens in a story right away: "…and immediately think", "I immediately loved it".
_NARRATED = re.compile(r"\s+(?:think|thought|knew|know|realized|realised|realize|felt|feel|fell|"
                       r"loved|love|liked|noticed|notice|started|start|began|recognized|saw|see)\b")
# Words that make "immediately" something asked of them: "please act immediately".
_TELLS = re.compile(r"\b(?:please|kindly|let (?:me|us) know|(?:need|needs|have|has) to|must|"
                    r"act|you)\b")
# ("I will reply now", "so I'll answer quickly": the sender's own acts, told.)
_GUARDED = ("immediately", "don't miss", "dont miss", "you ", "as soon as possible", "reply",
            "respond", "answer", "write back", "do it", "do this", "do so", "forward", "send")


class PushyTone(Rule):
    """Pressure words, guilt trips, chasing, threats, capitals and runs of exclamation marks."""

    id = "pushy-tone"
    level = "warning"
    message = "The tone is pushy."
    why = "Pressure and guilt make people defensive; they owe you nothing."
    fix = "Drop the urgency and the capitals; make it easy to say no."
    thresholds = {"max_exclamations": 2}

    def check(self, ctx: ReviewContext):
        """Fire once for pressure or guilt, once for shouting, once for runs of '!'."""
        pressure = _pressure(ctx)
        if pressure is not None:
            yield Hit(pressure, "Pressure or guilt.")
        else:
            chase = chaser(ctx)
            if chase is not None:
                yield Hit(chase, "Chasing an earlier message that got no answer.")
        # Capitals and "!!!" in a message that asks for nothing carry feeling ("THANK YOU!!!"),
        # not pressure: they press only when there is something to press for.
        if not is_pitch(ctx):
            return
        shout = _shouting(ctx.text.original)
        if shout is not None:
            yield Hit(shout, "Shouting in capitals.")
        limit = int(self.setting(ctx, "max_exclamations"))
        bangs = re.search(f"!{{{limit + 1},}}", ctx.text.folded)
        if bangs is not None:
            yield Hit(ctx.text.span(*bangs.span()), "A run of exclamation marks.")


def _pressure(ctx: ReviewContext) -> tuple[int, int] | None:
    """The first pressure phrase that is not the sender's own story or a condition."""
    folded = ctx.text.folded
    for match in lexicon(ctx, "pressure").finditer(folded):
        before = folded[max(0, match.start() - 24):match.start()].split()[-4:]
        # "I'll send it over immediately": the sender's own promise, not pressure.
        if match.group().startswith(_GUARDED) and (
                before[-1:] and before[-1] in _NOT_PRESSING_AFTER or _SENDER.intersection(before)):
            continue
        # "Please act immediately" presses; "I purchased it immediately" is the sender's story,
        # and "you see it and immediately think…" what anyone does.
        if match.group() == "immediately" and (not _pressed(ctx, match.start()) or
                                               _NARRATED.match(folded, match.end())):
            continue
        # "you have to trawl through the noise" is a general "you"; "you must share it" presses.
        if match.group().startswith(_DIRECTIVES) and act_near(folded, match.end()) is None and \
                _REPLY_VERB.match(folded, match.end()) is None:
            continue
        return ctx.text.span(*match.span())
    return None


def _pressed(ctx: ReviewContext, position: int) -> bool:
    """Whether a folded position lies in a sentence that asks or tells them to do something."""
    if any(a.sentence[0] <= position < a.sentence[1] for a in asks(ctx)):
        return True
    start = max(ctx.text.folded.rfind(end, 0, position) for end in (".", "!", "?", "\n"))
    return _TELLS.search(ctx.text.folded, start + 1, position) is not None


def _shouting(original: str) -> tuple[int, int] | None:
    """A run of capitalised words, or one capitalised word that presses."""
    for run in _SHOUT.finditer(original):
        if len(_LONG_CAPS.findall(run.group())) >= 2 and not _DATE_WORD.search(run.group()):
            return run.span()
    word = _PRESSING_WORD.search(original)
    return word.span() if word else None
