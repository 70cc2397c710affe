"""Chasing after silence: a message that presses about an earlier message of the sender's.

The conventions count it as pushy however politely it is put: "I emailed you last week but
heard nothing", "just a friendly follow-up", "did you get a chance to read my pitch?". What
makes a chaser is a reference to the sender's own earlier contact, to their silence, or a
check that they saw it; a follow-up to a call or a meeting is not one.
"""

import re

from bot.asks.first_words import FirstWordPattern
from bot.rules.base import ReviewContext

MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|"
          r"november|december)")
# When the earlier contact was: "last week", "two days ago", "already", "in May".
_BACK = (rf"(?:last (?:week|month|year|time)|(?:a|one|two|three|a few|few|a couple of|several|"
         rf"\d+) (?:days?|weeks?|months?) ago|earlier|previously|recently|already|before|twice|"
         rf"(?:several|multiple|a few|a couple of|many|\d+) times|(?:back )?in {MONTHS}|"
         rf"yesterday|the other day)")
# The sender reaching them before: "emailed you", "wrote to you", "tried to reach you".
_REACHED = (r"(?:e-?mailed|mailed|messaged|contacted|called|pinged|dm'?d|texted|"
            r"(?:wrote|written|sent|reached out|sent a (?:note|message|mail|e-?mail)) to|"
            r"(?:tried|trying) to (?:reach|contact|get (?:a )?hold of|get in touch with)) you\b")
# Their silence, in the sender's words: "got no reply", "without any response".
_NO_REPLY = r"(?:no|any) (?:reply|replies|response|responses|answer|answers|word back)"
_EARLIER_MESSAGE = (r"(?:e-?mails?|mails?|messages?|notes?|letters?|requests?|pitch(?:es)?|"
                    r"invitations?|inquir(?:y|ies)|enquir(?:y|ies)|dms?|voicemails?)")
_FORMS = (
    # "I emailed you last week", "we have already written to you", "I called you, but…".
    rf"\b(?:i|we)(?:'ve| have| had)? (?:already |previously |recently |just )?{_REACHED}"
    rf"[^.?!\n]{{0,60}}?\b(?:{_BACK}|(?:but|and) (?:got|received|heard|had|have|never|did))\b",
    rf"\b(?:i|we)(?:'ve| have| had)? {_BACK} {_REACHED}",
    rf"\b(?:sent|e-?mailed|mailed|messaged) you (?:an?|my|our) {_EARLIER_MESSAGE}\b",
    # "I sent mail 3 days ago"; "any update on this?" asked of a silence.
    rf"\b(?:i|we)(?:'ve| have)? sent (?:an? |the |my |our )?{_EARLIER_MESSAGE} "
    rf"[^.?!\n]{{0,30}}?\b{_BACK}",
    r"\b(?:any|an) (?:update|news)s?(?: on this| here| about this| on that)?\s*\?",
    # ("Translate our initial message" names a text, not an earlier try.)
    rf"\b(?:my|our) (?:previous|last|earlier|prior) {_EARLIER_MESSAGE}\b",
    # "Just a friendly follow-up", "a gentle reminder"; "sorry for the late follow-up" is a
    # reply of the sender's own that was slow.
    r"\b(?:friendly|gentle|quick|kind|polite|short|little|final|last) (?:follow[- ]?up|"
    r"reminder|nudge|bump)\b",
    # A message that opens on following up, unless it follows up a call or a meeting.
    r"(?<![^\n])(?:(?:hi|hello|hey|dear)\b[^\n,.!]{0,24}[,.!]?\s*)?(?:just )?(?:a )?(?:quick )?"
    r"follow(?:ing)?[- ]?up\b(?! (?:on|about|from|after) (?:our|the|your|my) (?:call|chat|"
    r"conversation|meeting|talk|discussion|meetup|visit|interview|phone))",
    # ("I wanted to check in with you about speaking on my show" opens a first email.)
    r"\b(?:just |wanted to |want to |i'm |i am )(?:follow(?:ing)?|check(?:ing)?) (?:up|in|back) "
    r"(?:on|regarding|about|to see)\b",
    r"\b(?:i'm|i am|we're|we are|i|we) (?:reaching out|writing|e-?mailing|contacting you|"
    r"trying|writing to you) (?:once more|once again|one more time|again)\b",
    # "We have received no response", "but no answer", "without any reply".
    rf"\b(?:i|we)(?:'ve| have| had)? (?:still )?(?:received|got|gotten|had|heard) {_NO_REPLY}\b",
    rf"\bbut (?:got |received |heard |had )?{_NO_REPLY}\b",
    r"\bwithout (?:any )?(?:reply|response|answer)\b",
    r"\b(?:i|we) (?:still )?(?:haven'?t|have not|hadn'?t|didn'?t|did not|never) (?:yet )?"
    r"(?:heard|got|gotten|received|had) (?:back|(?:an?|any|your) (?:reply|response|answer|update|"
    r"word)|(?:anything )?from you)",
    # "…, but haven't heard from you yet", "I haven't been contacted yet".
    # ("…emailed one of the maintainers but have not received a reply": someone else's silence.)
    r"\bbut (?:i |we )?(?:still )?(?:haven'?t|have not|hadn'?t|had not) (?:yet )?(?:heard|got|"
    r"gotten|received) (?:back|anything|[^.?!\n]{0,20}\bfrom you)",
    r"\b(?:i|we) (?:still )?(?:haven'?t|have not|hadn'?t) (?:yet )?been (?:contacted|answered|"
    r"replied to|called back)\b",
    # "Please reply to my DM"; "asking for the third time", "this is my second email".
    rf"\b(?:please|pls|plz|kindly|can you|could you) (?:reply|respond|answer) to my (?:earlier |"
    rf"previous |last )?{_EARLIER_MESSAGE}\b(?! address)",
    r"\b(?:asking|writing|e-?mailing|messaging|contacting you|pinging you|reaching out)"
    r"(?: (?:you|to you))? (?:for )?(?:the |a )?(?:second|third|fourth|fifth|2nd|3rd|4th|5th) "
    r"time\b",
    rf"\bthis is (?:my|our) (?:second|third|fourth|2nd|3rd|4th) (?:{_EARLIER_MESSAGE}|attempt|"
    rf"try)\b",
    # "It's been about a week since your comment", "…3 weeks since you wrote that…" (their
    # word awaited; "it has been a few months since I wrote" is only the sender's news).
    r"\bit(?:'s| has) been (?:about |almost |over |more than |nearly )?(?:a|one|two|three|four|"
    r"a few|several|\d+) (?:days?|weeks?|months?) since (?:you|your)\b",
    # "Wondering if you had a chance to read it", "did you see my note?".
    r"\b(?:if|whether) you(?:'ve| have)? had (?:a |the )?chance to (?:read|review|look|see|"
    r"check|consider|go through|think)",
    rf"\b(?:did|have) you (?:get|receive|see|read|got|received|seen)(?: to)? (?:my|our|the) "
    rf"(?:{_EARLIER_MESSAGE}|book|press release|previous|last|earlier)\b",
    r"\bsorry (?:for|to be) (?:asking|writing|pinging|bothering you|bugging you) again\b",
    r"\bmake sure you (?:saw|got|received|didn'?t miss)\b", r"\bremind(?:ing)? you (?:about|of)\b",
    # The same in other languages the asks are read in.
    r"\bkeine antwort\b", r"\b(?:pas|aucune) (?:eu de )?reponse\b", r"\bn'avez pas repondu\b",
    r"\bsin (?:recibir )?respuesta\b", r"\bno (?:he )?recibido (?:ninguna )?respuesta\b",
    r"\bnessuna risposta\b", r"\bnon (?:ha|hai|avete) risposto\b", r"\bsem resposta\b",
    r"\bnao recebi (?:nenhuma )?resposta\b",
)
# Every form starts a word: each word tries only the forms that can start with it (tried at
# every character, the forms cost a long pitch over half a millisecond).
_CHASER = FirstWordPattern([("chase", list(_FORMS))])
_CHASER_CJK = re.compile(r"没有回复|没回复|未回复|没有回音|返信が(?:ない|ありません)")


def chaser(ctx: ReviewContext) -> tuple[int, int] | None:
    """Where the message chases an earlier unanswered message of the sender's, if it does."""
    folded = ctx.text.folded
    found = _CHASER.search(folded) or _CHASER_CJK.search(folded)
    return ctx.text.span(*found.span()) if found else None
