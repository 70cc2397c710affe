"""Does a message ask the recipient for something? Where, what, and in which form.

An ask is a request *form* ("could you …", "please …", an imperative at the start of a
clause, "I was hoping you could …", "let me know if you'd be interested", a trade) that
points at an *act* the recipient would do for the sender (share, link, cover, review,
connect, buy, read an attachment …). Forms and acts are matched once over the folded text;
the sentence around the ask is its span. The sender's own plans ("I'll check it out") and
nouns ("thanks for the RT") have no request form, so they are not asks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.asks import guards
from bot.asks import model as ask_model
from bot.asks.acts import ACTS, ASKED_NOUNS
from bot.asks.first_words import FirstWordPattern
from bot.asks.forms import FORMS
from bot.asks.gerunds import as_base_forms
from bot.asks.languages import other_language_ask, thanks
from bot.asks.promotion import find_promotion
from bot.text import CJK_LETTERS

KIND_WORDS = {
    "amplify": "a share or retweet", "link": "a link", "cover": "coverage or a feature",
    "review": "a look, a try or a review", "connect": "a connection, a follow or a call",
    "buy": "a purchase, sign-up, vote or donation", "attachment": "a read of an attachment",
    "intro": "an introduction", "help": "help", "reply": "a reply", "request": "a favour",
}

# CJK text runs without spaces, so its characters never count towards a run.
_UNBROKEN = re.compile(rf"[^\s{CJK_LETTERS}\uac00-\ud7af]{{200,}}")
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]]+")
# A Markdown heading that asks a question: an issue form's prompt to whoever files it.
_FORM_PROMPT = re.compile(r"(?m)^[ \t]*#{1,6}[ \t][^\n]*\?[ \t]*$")
# A few words in quotes after other words: a phrase mentioned ('tweets beginning "please
# retweet"'), not a request made.
_MENTIONED = re.compile(r'(?<=[a-z0-9,:] )"[^"\n]{1,40}"')
# A message that only tells what the sender did, asking nothing and not speaking to them:
# "I mentioned it to my friends and they loved it", "we bought a post on your site last year".
_STORY = re.compile(r"\W*(?:i|we) (?:\w+ )?(?:\w+ed|told|sent|gave|showed|wrote|said|made|got|"
                    r"took|saw|read|found|bought|paid|built|spent|met|heard|thought|brought|won|"
                    r"began|became|did|had|ran|kept|left|lost|sold|taught|caught|meant|felt)\b"
                    r"(?![^?]*\?)(?!.*\b(?:you|u|please|pls|plz)\b)"
                    # "Your" in a one-sentence story is theirs told of ("we bought a post on
                    # your site"); before more sentences it opens a pitch ("I read your post.").
                    r"(?!.*\b(?:your|ur)\b.*[.!?\n]\W*\w)", re.S)
# One to eight words repeated eight times or more in a row.
_REPEATED = re.compile(r"(?<![a-z'])((?:[a-z']+[\s,.!?]+){1,8}?)\1{7,}")
_REPEATS = 8
_A_WORD = re.compile(r"(?<![a-z'])[a-z']+")
# Chinese and Japanese put no space after a sentence: "。" ends one wherever it stands, and so
# do "!" and "?" (folded from "！", "？") before the next CJK character.
_SENTENCE_END = re.compile(rf"[.!?]+(?=\s|$)|\n+|\u3002+|[!?]+(?=[{CJK_LETTERS}])")
# A clause starts a sentence or follows a break; fillers ("please", "so", an @handle) may
# come before the verb of an imperative.
_CLAUSE_BEFORE = re.compile(
    r"(?:^|[\n:;(\u2014]|[.!?,-](?=[\s\"'*_~>(]))[\s\"'*_~>(-]*(?:(?:@[\w.]+|#\w+)[\s,:]*)*"
    r"(?:(?:please|pls|plz|kindly|just|also|so|and|now|then|do|go|simply|quickly|ps|btw|oh|"
    r"hey|hi|hello|yo|but|or)\b[\s,:.!]*)*\Z"
)
# The fewest words the model must know in a text before it alone may call it an ask.
UNNAMED_MIN_WORDS = 8


@dataclass(frozen=True)
class Ask:
    """One request in a message: what is asked, in which form, and the sentence it is in."""

    kind: str
    form: str
    sentence: tuple[int, int]
    words: tuple[str, ...] = ()
    also: frozenset[str] = frozenset()

    def asks_for(self, kind: str) -> bool:
        """Whether this sentence asks for that kind of thing ("follow me and star it": both)."""
        return kind == self.kind or kind in self.also

    @property
    def reason(self) -> str:
        """The ask in plain words, e.g. 'asks them for a share or retweet'."""
        if self.form == "promotion":
            return (f"{'sells them' if self.kind == 'buy' else 'announces'} something unasked: "
                    f"an implicit ask for {KIND_WORDS[self.kind]}")
        if self.form == "pointed":
            return "points them to a link with little else said: an implicit ask to open it"
        if self.form == "model":
            words = f" (it reads like one: {', '.join(self.words)})" if self.words else ""
            return f"asks them for {KIND_WORDS[self.kind]}{words}"
        return f"asks them for {KIND_WORDS[self.kind]}"




def _act_groups(extra: tuple[tuple[str, str], ...]) -> list[tuple[str, list[str]]]:
    """Each kind of act with its phrases (the policy's added), longest first."""
    groups = []
    for kind, entries in ACTS.items():
        more = tuple(re.escape(word) for k, word in extra if k == kind)
        groups.append((kind, sorted(entries + more, key=len, reverse=True)))
    return groups


# The forms, each tried only at words it can start with (one combined pattern tried every
# alternative at every word: most of a review's time).
_FORMS = FirstWordPattern([(f.name.replace("-", "_"), [f.pattern]) for f in FORMS])


@lru_cache(maxsize=64)
def _patterns(extra: tuple[tuple[str, str], ...]
              ) -> tuple[FirstWordPattern, FirstWordPattern]:
    """Forms and acts, compiled once per policy."""
    return _FORMS, FirstWordPattern(_act_groups(extra))


_NOUN_KIND = re.compile(
    "|".join(rf"\b(?P<{kind}>{nouns})\b" for kind, nouns in ASKED_NOUNS.items())
)


_NEEDS_ACT = {f.name.replace("-", "_"): f.needs_act for f in FORMS}
_FIXED_KIND = {f.name.replace("-", "_"): f.kind for f in FORMS if f.kind}
# How far after a pointing form its act may start: the act is the next verb phrase.
_OVERRUN, _OVERRUN_START = 30, 8
_WINDOW = {"please": 40, "if_you_trade": 25, "why_not": 30, "you_can": 30, "lets": 25,
           "modal": 60, "if_you": 50, "hoping": 60}


def find_asks(folded: str, extra: tuple[tuple[str, str], ...] = (),
              model: bool = True) -> tuple[Ask, ...]:
    """Every ask in a folded text, in order; `extra` adds (kind, literal phrase) acts, and
    `model` lets the statistical model add an ask the forms missed."""
    forms, acts = _patterns(extra)
    # No request hides inside one unbroken run of hundreds of characters (a link, a hash,
    # junk); blanking such runs keeps every position and spares the forms a try at each
    # of its letters.
    folded = _UNBROKEN.sub(lambda m: " " * len(m.group()), folded)
    # A word or a few said over and over ("i i i…", "could you could you…") are no more of a
    # request after the second time: the rest is blanked, so the forms are not tried at each.
    folded = _blank_repeats(folded)
    # An issue form's headings ("## What would you like to share?") are its questions to
    # whoever files it, not the sender's to the recipient.
    folded = _FORM_PROMPT.sub(lambda m: " " * len(m.group()), folded)
    ends = [m.end() for m in _SENTENCE_END.finditer(folded)]

    def sentence(pos: int) -> tuple[int, int]:
        i = bisect_right(ends, pos)
        start = ends[i - 1] if i else 0
        return (start, ends[i] if i < len(ends) else len(folded))

    found: dict[tuple[int, int], Ask] = {}

    def add(ask: Ask) -> None:
        # The first ask in a sentence is its span and reason; later ones add what is asked.
        first = found.setdefault(ask.sentence, ask)
        if first is not ask:
            found[ask.sentence] = replace(first, also=first.also | {ask.kind} | ask.also)

    # A phrase the team's policy lists is an ask wherever it stands.
    for kind, word in extra:
        for m in re.finditer(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", folded):
            bounds = sentence(m.end() - 1)
            add(Ask(kind, "policy", bounds))
    # A short quote mentions a phrase; a link's address ("share.example.fm/s/1") names no act.
    mentioned = [m.span() for m in _MENTIONED.finditer(folded)]
    mentioned += [m.span() for m in _ADDRESS.finditer(folded)]

    def quoted(pos: int) -> bool:
        return any(a < pos < b for a, b in mentioned)

    # "We'll pay you for each post", "I'd sponsor it in exchange for an ad on your README":
    # money that buys an ask is no gift.
    traded = False
    # After a form, "consider sharing it" names its act as "share it" would.
    based = as_base_forms(folded)
    for m in forms.finditer(folded):
        name, bounds = m.lastgroup, sentence(m.end() - 1)
        traded = traded or name in ("paid_trade", "trade")
        window = min(bounds[1], m.end() + _WINDOW.get(name, 90))
        # "interested in the attached release": the specific act names the ask, not "interested".
        # An act lies within the window; one that starts right after the form may run past it
        # ("you can send the mail to at least three people").
        found_acts = [a for a in acts.finditer(based, m.end(), min(bounds[1], window + _OVERRUN))
                      if (a.end() <= window or a.start() <= m.end() + _OVERRUN_START)
                      and not quoted(a.start())
                      and not guards.SENDER_DOES.search(folded, m.end(), a.start())]
        act = next((a for a in found_acts if a.lastgroup != "request"),
                   found_acts[0] if found_acts else None)
        # "Can you help me?": the form's own words ("help me", read as a filler before a verb
        # in "could you help me share it") can be the whole act.
        act = act or acts.search(based, m.start() + 1, m.end())
        if act is None and _NEEDS_ACT[name] or guards.PERMISSION.search(folded, m.start(), window) \
                or guards.reported(folded, bounds[0], m.start()) or quoted(m.start()):
            continue
        noun = None if act else _NOUN_KIND.search(folded, m.start(), window)
        kind = _FIXED_KIND.get(name) or (
            act.lastgroup if act else noun.lastgroup if noun else "request")
        others = frozenset(a.lastgroup for a in found_acts) - {kind}
        add(Ask(kind, name.replace("_", "-"), bounds, also=others))
    # An imperative: an act at the start of a clause, after fillers such as "please".
    for m in acts.finditer(folded):
        clause = _CLAUSE_BEFORE.search(folded, max(0, m.start() - 60), m.start())
        if clause is None:
            continue
        bounds = sentence(m.end() - 1)
        if guards.after_narrative(folded, bounds[0], clause.start() + 1) or \
                guards.PERMISSION.search(folded, bounds[0], m.start()) or quoted(m.start()):
            continue
        add(Ask(m.lastgroup, "imperative", bounds))
    if found and not traded and guards.GIFT_TO_THEM.search(folded):
        found = {k: a for k, a in found.items() if a.kind not in guards.LOGISTICS and not
                 guards.GIFT_TO_THEM.search(folded, *a.sentence)}
    weights = ask_model.load() if model and not guards.GIFT_TO_THEM.search(folded) else None
    # The whole text is read by the model once, for both of its tries.
    whole = weights.score(folded) if weights is not None and not found else (0.0, 0)
    if not found and weights and (guess := _model_ask(folded, ends, acts, weights, whole[0],
                                                      quoted)):
        found[guess.sentence] = guess
    if not found and (foreign := other_language_ask(folded, sentence)) is not None:
        kind, pos = foreign
        found[sentence(pos)] = Ask(kind, "other-language", sentence(pos))
    if not found and (promoted := find_promotion(folded)) is not None:
        kind, pos = promoted
        found[sentence(pos)] = Ask(kind, "promotion", sentence(pos))
    if not found and weights and (guess := _unnamed_ask(folded, ends, weights, *whole)):
        found[guess.sentence] = guess
    return tuple(sorted(found.values(), key=lambda a: a.sentence))


def _blank_repeats(folded: str) -> str:
    """Each run of a few words said eight times or more, kept twice and the rest blanked
    (positions kept). A run starts with a word the text holds eight times at least, so only
    those words' places are tried."""
    counts = Counter(_A_WORD.findall(folded))
    if not counts or max(counts.values()) < _REPEATS:
        return folded
    pieces, end = [], 0
    for word in _A_WORD.finditer(folded):
        if word.start() < end or counts[word.group()] < _REPEATS:
            continue
        run = _REPEATED.match(folded, word.start())
        if run is not None:
            kept = run.group(1) * 2
            pieces += [folded[end:run.start()], kept, " " * (len(run.group()) - len(kept))]
            end = run.end()
    return "".join(pieces) + folded[end:] if pieces else folded


def act_near(folded: str, pos: int, within: int = 25) -> str | None:
    """The kind of act that starts within a few characters of pos ("you must *share* it")."""
    _, acts = _patterns(())
    act = acts.search(folded, pos, min(len(folded), pos + within))
    return act.lastgroup if act else None


def names_an_act(folded: str) -> bool:
    """Whether a text names an act one could ask for, as a verb (not "the RT")."""
    _, acts = _patterns(())
    return any(_as_verb(folded, a) for a in acts.finditer(folded))


def _as_verb(folded: str, act: re.Match) -> bool:
    """An act asked of them: not a noun ("the RT"), not the sender's own ("I'll share")."""
    before = max(0, act.start() - 12)
    return not (guards.DETERMINER.search(folded, max(0, act.start() - 8), act.start())
                or guards.SENDER_DOES.search(folded, before, act.start())
                or guards.THEIR_HABIT.search(folded, max(0, act.start() - 30), act.start())
                or guards.TOLD_BEFORE.search(folded, max(0, act.start() - 20), act.start())
                # "We would like to write a post for you" asks for a slot; "we would like to
                # forward a proposal" shares nothing of theirs.
                or act.lastgroup == "amplify"
                and guards.SENDER_PLANS.search(folded, max(0, act.start() - 40), act.start()))


def _model_ask(folded: str, ends: list[int], acts: FirstWordPattern,
               weights: ask_model.AskModel, whole: float,
               quoted: Callable[[int], bool]) -> Ask | None:
    """The model's ask: the whole text must score over its threshold (`whole`); the span is
    the sentence that scores highest, and the reason the words that weighed most. An act
    inside a short quote (`quoted`) is mentioned, not asked."""
    # A message that asks about their view is engagement: what the forms did not read as a
    # request there, the model does not either.
    if whole < weights.threshold or guards.THEIR_VIEW.search(folded):
        return None
    # The model tells a request's tone; what is asked must still be named, and not after
    # words that ask leave ("allow me to share…"), as with the forms.
    named = [(s, a) for s in _sentences(folded, ends)
             if not guards.asks_nothing(folded, *s)
             for a in [next((a for a in acts.finditer(folded, *s)
                             if _as_verb(folded, a) and not quoted(a.start())
                             and not guards.PERMISSION.search(folded, s[0], a.start())
                             and not _thanked(folded, s[0], a)), None)]
             if a is not None]
    if not named:
        return None
    best, act = max(named, key=lambda n: weights.probability(folded[n[0][0]:n[0][1]]))
    return Ask(act.lastgroup, "model", best, tuple(weights.reasons(folded[best[0]:best[1]])))


def _unnamed_ask(folded: str, ends: list[int], weights: ask_model.AskModel, whole: float,
                 known: int) -> Ask | None:
    """The last resort: a request no form or act names ("is this a fit for you?"), when the
    model is surer still (`whole`) and knows enough of its words (a few are no evidence)."""
    if known < UNNAMED_MIN_WORDS or whole < weights.unnamed_threshold or \
            _STORY.match(folded) or \
            guards.THEIR_VIEW.search(folded) or guards.PLEA_FOR_A_REPLY.search(folded) or \
            guards.GIVES.search(folded) or guards.MEND_THEIRS.search(folded) or \
            thanks(folded) and not guards.reads_as_english(folded):
        return None
    # The span is a sentence that says something, not a bare greeting or a link.
    said = [(a, b) for a, b in _sentences(folded, ends) if not guards.asks_nothing(folded, a, b)]
    # A message that only thanks them for what they did ("we appreciate you sharing it").
    if all(guards.THANKED_FOR.search(folded, a, b) for a, b in said):
        return None
    scored = [(weights.score(folded[a:b]), (a, b)) for a, b in said]
    worded = [(p, s) for (p, n), s in scored if n >= 3] or [(p, s) for (p, _), s in scored]
    best = max(worded, key=lambda w: w[0])[1]
    if guards.SENDER_PLAN_SENTENCE.match(folded, best[0]):
        return None
    return Ask("request", "model", best, tuple(weights.reasons(folded[best[0]:best[1]])))


def _thanked(folded: str, start: int, act: re.Match) -> bool:
    """Whether an act is the thing they are thanked for ("thanks for sharing it")."""
    thanked = guards.THANKED_FOR.search(folded, max(start, act.start() - 60), act.end())
    return thanked is not None and thanked.end() > act.start()


def _sentences(folded: str, ends: list[int]) -> list[tuple[int, int]]:
    starts = [0, *ends]
    return [(a, b) for a, b in zip(starts, [*ends, len(folded)], strict=True)
            if folded[a:b].strip()]
