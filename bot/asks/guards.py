"""What makes a request-shaped sentence not an ask: the sender's own story or act, a noun,
leave asked to use their work, money offered to them."""

from __future__ import annotations

import re

# The sender's own narrative before a comma ("I loved your post, read it twice").
NARRATIVE = re.compile(r"\s*(?:i|i'm|i've|i'd|i'll|we|we're|we've|we'd|we'll|just|my|our|"
                        r"have|had|been|really|totally|finally|[a-z]+ed)\b")
# "thanks for the RT": an act word after a determiner is a noun, not a request.
DETERMINER = re.compile(r"\b(?:the|your|my|his|her|their|a|an|that|this|our|for)\s*$")
# "let me know if you're interested — I'd be happy to share the list": the sharing is the
# sender's, not what they ask for.
# ("Could you let me know the preferred way to share the details?": the way is the sender's.)
SENDER_DOES = re.compile(r"\b(?:i|we)(?:'d|'ll|'m|'re| would| will| can| could| am| are)?\b|"
                          r"\bfor (?:us|me) to\b|\b(?:way|how|where) to\b")
# "I will add a backlink and bookmark your site.": a sentence that tells the sender's own plan,
# with no "you" in it, asks nothing, however much its words sound like a pitch.
SENDER_PLAN_SENTENCE = re.compile(r"\s*(?:i|we)(?:'ll| will| am going to|'m going to| shall)\b"
                                  r"(?![^.!?\n]*\byou\b)")
# Money, a venue or a treat offered to them ("would you be open to accepting a sponsorship?",
# "send me an email and I'll send you the funds") is a gift; asking how to hand it over asks
# for nothing.
GIFT_TO_THEM = re.compile(
    r"accept(?:ing)? (?:a |our |the |any |financial )?(?:sponsorships?|sponsoring|sponsors|"
    # ("a club or sponsor you are affiliated with" names a sponsor; it funds no one.)
    r"donations?|funds?|money|payment|support)|sponsor you(?!(?:'re| are| were| have| had| work|"
    r" know)\b)|pay you back|donate to you\b|"
    r"(?:funds?|money|donation|sponsorship) (?:for|to) you|pay you|hire you|support your work|"
    r"so (?:that )?we can (?:sponsor|pay|support|fund|donate)|"
    r"for (?:me|us) to (?:donate|sponsor|pay|fund|support you)|send you (?:some |the )?(?:funds|"
    r"money|payment)|receive (?:funding|funds|money|donations?|sponsorships?)|"
    r"(?:enabl(?:e|ing)|allow(?:ing)?|turn(?:ing)? on|flip(?:ping)? on|switch(?:ing)? on|"
    r"set(?:ting)? up) (?:the |your |github )?sponsor|"
    # "Opportunities to sponsor this project": their project funded.
    r"(?:sponsor|fund|donate to|sponsoring|funding|donating to) (?:this|your|the) (?:project|"
    r"repo|repository|work|library|"
    r"tool|app)|"
    # A venue offered: "we're open to hosting your meetup", "hosted for free in our office".
    r"(?:open|happy|glad|offer(?:ing)?) to host(?:ing)? (?:a |the |your |an )?(?:\w+ )?(?:meetups?|"
    r"meet-ups?|events?|hackathons?|group|community|sessions?)\b|hosted for free|"
    # A treat offered: "allow me to buy you a lunch".
    r"buy (?:you|u|ya) (?:a |an |some )?(?:lunch|coffee|beer|drink|dinner|pizza|meal|tea|cake)")
# "I enjoy what you share about b2b saas": their own habit, told back to them, asks nothing.
THEIR_HABIT = re.compile(r"\b(?:what|everything|anything|all|things|posts?|stuff|content|which|"
                         r"that) you (?:always |often |usually |regularly )?$")
# "A mechanic who offered to look at the car", "we were excited to share": a past act or
# feeling told, not something asked of them.
TOLD_BEFORE = re.compile(r"\b[a-z]+ed to $")
# "We would like to forward a proposal", "I'm going to share it": the sender's own plan to
# pass something on, further back than SENDER_DOES looks.
SENDER_PLANS = re.compile(r"\b(?:i|we)(?:'d|'ll|'m| would| will| am| are| want| wish| hope| plan|"
                          r" intend)(?: (?:like|love|be (?:happy|glad|pleased)|going|planning))?"
                          r" to (?:\w+ )?$")
LOGISTICS = frozenset({"reply", "connect", "request", "help"})
# Asking leave to translate, credit or reuse *their* work is an offer, not an ask.
PERMISSION = re.compile(r"permission|translat|credit (?:you|them|the|your)|"
                        r"\bcit(?:e|ing) (?:you|your|it|this)\b|\bcitation (?:format|style|info|"
                        r"instructions|details)|how to cite\b|"
                        r"(?:allow|permit) (?:me|us) to\b|"
                        r"(?:your|the author'?s) (?:agreement|consent|blessing|approval|go-ahead)|"
                        r"(?:mind|ok|okay|"
                         r"alright|fine) if (?:i|we)\b|(?:possible|ok|okay|alright|fine|allowed) "
                         r"for (?:me|us) to\b|"
                        # "Was it ok to mention you on the show?", "could we use a few seconds
                        # of one of your videos?", "I will say it belongs to you": their work
                        # used with leave, and credited.
                        r"(?:ok|okay|alright|all right|fine) (?:to|if (?:i|we)) (?:use|mention|"
                        r"feature|film|shoot|include|quote|reuse|repost|record)\b"
                        r"(?! (?:my|our|me|us)\b)|"
                        r"\buse (?:[\w-]+ ){0,6}?(?:of )?your (?:\w+ )?(?:videos?|photos?|"
                        r"images?|pictures?|pics?|songs?|music|tracks?|footage|clips?|articles?|"
                        r"words|quotes?|artwork|art|illustrations?|drawings?|maps?|charts?|"
                        r"recipes?|content|work)\b|attribut|belongs to you")

# Someone else asked in the sender's story: "I stuck a note on it asking my supervisor to
# please read it" asks nothing of the recipient ("I'm writing to ask you to …" does).
_REPORTED = re.compile(r"\b(?:ask|asks|asked|asking|tell|tells|told|telling|beg|begged|begging|"
                       r"urge|urged|urging|remind|reminded|reminding|wants?|wanted|got|had)\s+"
                       r"(?!(?:you|your|ya|u)\b)(?:[\w'-]+\s+){1,4}to\s*$")


# Someone else's interest or the subject of a question: "it leaves the reader interested in
# learning more", "my question is about podcasts and asking for reviews".
_NOT_TO_THEM = re.compile(r"(?:\b(?:readers?|they|them|he|she|him|her|people|audiences?|users|"
                          r"folks|everyone|others|visitors|viewers|customers|fans|followers)|"
                          r"\b(?:is|was|are|were) (?:all )?about(?: [\w'-]+){0,5})\s+$")


# "I'm here if you want to talk": support offered, not a favour asked.
_HERE = r"\b(?:i'm|i am|we're|we are) (?:always |just |still )?here(?: for you)?,? "
_HERE_FOR_THEM = re.compile(_HERE + "$")


def reported(folded: str, sentence_start: int, form_start: int) -> bool:
    """Whether a request form stands in reported speech, asked of someone else, names
    another's interest or the subject of a question, or follows support offered."""
    since = max(sentence_start, form_start - 60)
    return _REPORTED.search(folded, since, form_start) is not None or \
        _NOT_TO_THEM.search(folded, since, form_start) is not None or \
        _HERE_FOR_THEM.search(folded, since, form_start) is not None


# The ask model learnt mostly English outreach: in a thank-you in another language it reads
# stray words ("und", "ihnen") as requests. English function words make up a good part of
# any English text.
_ENGLISH_WORDS = """
    the and to of a i you is in it that for my your we on with this be are have was not but
    so me at as our can if would will just do
"""
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
_TOKEN = re.compile(r"[a-z']+")


def reads_as_english(folded: str, share: float = 0.15) -> bool:
    """Whether English function words make up at least `share` of the text's words."""
    words = _TOKEN.findall(folded)
    return bool(words) and sum(w in _ENGLISH for w in words) >= share * len(words)


# A question about *their* view is engagement, not an ask (the conventions' own example).
THEIR_VIEW = re.compile(r"what (?:do|would) you (?:think|make of)|(?:your|their) (?:honest |own |"
                        r"frank |candid )?(?:take|view|"
                        r"opinion|thoughts?) (?:on|about|of)|fill in the blank|how do you see|"
                        r"curious (?:what|how|whether|if) you|how (?:did|do|have) you|"
                        r"what (?:made|got|led) you|why did you|"
                        r"do you (?:think|feel|agree|reckon)\b|"
                        # How they do things: "what your policy is regarding recruiters".
                        r"what (?:your|their) (?:policy|approach|process|rule|routine|practice|"
                        r"advice|method|secret) (?:is|was|would be)\b|"
                        # What they would do in the sender's place: "which beach would you
                        # start a beginner on?"
                        r"(?:which|what|where|how) (?:[\w'-]+ ){0,3}would you (?!charge|want|"
                        r"like|need|ask|accept|pay|take)")

# "Just thought I'd let you know the link is broken", "I'm here if you want to talk": a
# heads-up or support offered gives; it asks nothing.
GIVES = re.compile(r"\b(?:let|letting) (?:you|u) know\b|" + _HERE + r"(?:if|whenever|when) you\b")

# "I'd like to introduce myself", "wir würden uns gerne kurz vorstellen": the sender
# presents themselves; the model reads no ask into it.
# ("I'd like to introduce your book to my readers" offers them the sender's audience;
# "… to your readers" asks for theirs.)
INTRODUCES = re.compile(r"\bintroduce (?:myself|ourselves)\b|\b(?:uns|mich) (?:[\w-]+ ){0,3}"
                        r"vorstellen\b|\b(?:me|nous) presenter\b|\bpresentar(?:me|nos)\b|"
                        r"\bintroduce [^.!?\n]{1,40}? to (?!(?:your|ur|their)\b)(?:(?:my|our) )?"
                        r"(?:\w+ )?(?:readers|audience|followers|subscribers|viewers|listeners|"
                        r"community)\b")

def asks_nothing(folded: str, start: int, end: int) -> bool:
    """Whether a sentence gives (a heads-up, support) or presents the sender: the model
    reads no ask into it."""
    return GIVES.search(folded, start, end) is not None or \
        INTRODUCES.search(folded, start, end) is not None


# "We appreciate you sharing your thoughts", "thanks for sharing it": what they did, thanked.
THANKED_FOR = re.compile(r"\b(?:thank(?:s| you)(?: so much| very much| a lot)? for|(?:we|i) "
                         r"(?:really |truly |so )?appreciate (?:you|your)) [a-z]+ing\b")

# "Please fix the download link": asking them to mend their own thing is a bug report.
MEND_THEIRS = re.compile(r"\b(?:fix|repair|correct|update|mend) (?:the|your|this|that|these|"
                         r"those|it)\b")

# "Please reply ASAP": a plea for an answer is chasing (pushy-tone's business), not a favour.
PLEA_FOR_A_REPLY = re.compile(r"\b(?:please|pls|plz|kindly) (?:do )?(?:reply|respond|answer|"
                              r"get back)\b")


def after_narrative(folded: str, sentence_start: int, clause: int) -> bool:
    """An imperative after a comma counts unless the clause before it is the sender's story."""
    before = folded[sentence_start:clause].rstrip()
    return before.endswith(",") and NARRATIVE.match(before) is not None
