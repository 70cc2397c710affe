"""impersonal: a generic greeting, a placeholder left in, or a cold message to nobody."""

import re

from bot.rules.asking import is_pitch
from bot.rules.base import Hit, ReviewContext, Rule
from bot.rules.greetings import read_opening
from bot.rules.lexicons import lexicon

# Channels whose first message should name the recipient.
_SENT_TO_THEM = ("email", "dm")
# "You"/"your" about them, in English and the languages the asks are read in: a message that
# speaks to them is not sent to nobody.
_SPEAKS_TO_THEM = frozenset((
    "you", "your", "you're", "you've", "yours", "you'd", "you'll",
    # Only words that cannot be about a third person ("su", "sie", "ihr" can).
    "vous", "votre", "toi", "usted", "ustedes", "tus", "vosotros", "vuestro", "ihnen", "dich",
    "dir", "dein", "deine", "euch", "voi", "vostro", "tuo", "tua", "tuoi", "voce", "teu", "jij",
    "tu", "te", "ton", "ta", "tes",
    "jouw", "jullie", "uw",
))
_SPEAKS_TO_THEM_CJK = re.compile(r"あなた|貴方|貴殿|您|你|君")
# A merge field in capitals ("[TOPIC]"), not an editor's mark ("[link removed]", "[sic]"), an
# issue title's tag ("[REVIEW] Debbie's portfolio", "[BUG]") nor a Markdown link's text
# ("[HPE](https://…)").
_CAPS_FIELD = re.compile(r"\[(?!(?:LINK|URL|SIC|REDACTED|REMOVED|SNIP|EDITED|OMITTED|DELETED|"
                         r"SPAM|IMAGE|PHOTO|EMOJI|REVIEW|BUG|FEATURE|FEAT|QUESTION|HELP|RFC|WIP|"
                         r"DOCS?|FIX|IDEA|PROPOSAL|REQUEST|DISCUSSION|SUGGESTION|ENHANCEMENT|SHOW|"
                         r"ASK|HIRING|AD|PROMO|SPONSORED|NEW|UPDATE|OFFER|URGENT|INFO|NEWS|TIP|"
                         r"PSA|ANNOUNCEMENT|META|SOLVED|TODO|DRAFT)\b)[A-Z][A-Z_ ]{1,29}\](?!\()")
# "Thanks for the follow!" to nobody in particular is the automatic welcome DM.
_WELCOME = re.compile(r"\W*(?:(?:many |big )?(?:thanks|thank you|thx|ty|tks)"
                      r"(?: so much| very much| a lot)?,? (?:for|4) (?:the |your |my )?"
                      r"(?:follow|connect|add|subscri|joining)|"
                      # The same in Spanish, Portuguese, French, Italian and German.
                      r"(?:muchas )?gracias por seguir|obrigad[oa] por (?:me )?seguir|"
                      r"merci (?:de|pour) (?:me )?suivre|grazie per (?:avermi|il) segui|"
                      r"danke (?:furs|fur das|fur's) folgen)")


# A follow-up in the sender's own thread ("Just following up on my last email", "Did you get
# my previous message?") answers under the first message, as a reply does: read in its opening.
_FOLLOW_UP = re.compile(
    r"\b(?:follow(?:ing)?[ -]up|checking in|(?:just|wanted to|want to) check in(?! at)|"
    r"circl(?:e|ing) back|bump(?:ing)? this|"
    r"did you (?:get|receive|see|read) my|(?:haven't|have not|hadn't|didn't) heard? back|"
    r"my (?:previous|last|earlier|prior) (?:e-?mail|message|note|mail|pitch)|"
    r"(?:e-?mail|message|note) below)\b")
_FOLLOW_UP_WITHIN = 200  # characters of the opening


# A letters page asks to be written to as "the Editor": that is the form, not a mass mailing.
_TO_THE_EDITOR = re.compile(r"(?:dear|to the|to)\s+editors?\b")


def _speaks_to_them(ctx: ReviewContext) -> bool:
    """Whether the message says "you" to them, in one of the languages read here."""
    return any(w in _SPEAKS_TO_THEM for w in ctx.text.words) or \
        _SPEAKS_TO_THEM_CJK.search(ctx.text.folded) is not None


def _letter_to_the_editor(ctx: ReviewContext, greeting: tuple[int, int]) -> bool:
    """A letter for publication ("Dear Editor:") that asks nothing of the paper."""
    return ctx.channel == "other" and _TO_THE_EDITOR.match(ctx.text.folded, greeting[0]) \
        is not None and not is_pitch(ctx)


class Impersonal(Rule):
    """A message that greets a role or nobody, or still has a mail-merge field in it."""

    id = "impersonal"
    level = "warning"
    message = "This does not greet the recipient by name."
    why = "Generic openers and left-in placeholders tell them it was sent to many people."
    fix = "Open with their name and one line that shows you know their work."

    def check(self, ctx: ReviewContext):
        """Fire on a placeholder or a generic greeting anywhere; on no name in a cold email/DM."""
        placeholder = ctx.first(lexicon(ctx, "placeholder"))
        caps = _CAPS_FIELD.search(ctx.text.original)
        placeholder = placeholder or (caps.span() if caps else None)
        if placeholder is not None:
            yield Hit(placeholder, "A template placeholder was left in.")
            return
        opening = read_opening(ctx)
        known = ctx.recipient.stage in ("engaged", "earned")
        # A comment in a thread, or a post to a forum, greets the people there as a crowd
        # ("Hi all", "Hey guys", "Bonjour à tous"), as a public mention greets by the mention;
        # "Hi Acme team" still greets a company.
        among_them = opening.everyone and ctx.channel in ("comment", "other")
        # A reply in a thread they are already talking in ("Hey man, sorry about that") is
        # addressed by its place, as a mention is.
        among_them = among_them or (known and ctx.channel == "comment")
        if opening.generic is not None and not (opening.crowd and known) and \
                not among_them and not _letter_to_the_editor(ctx, opening.generic):
            yield Hit(ctx.text.span(*opening.generic), "A generic greeting.")
            return
        if opening.generic is not None:
            return
        # Only an email or a DM is a letter to them that should say who it is to: a public
        # mention or a thread reply is addressed by its place, and a letter to one's readers,
        # a form or a word said in person is not sent to one named person.
        if opening.named or opening.cut or ctx.channel not in _SENT_TO_THEM:
            return
        # Only a first contact must introduce itself by name; a reply in an ongoing
        # conversation often does not.
        if known or _FOLLOW_UP.search(ctx.text.folded, 0, _FOLLOW_UP_WITHIN) is not None:
            return
        if is_pitch(ctx) or not _speaks_to_them(ctx) or (
                ctx.channel == "dm" and _WELCOME.match(ctx.text.folded)):
            yield Hit(None, "No greeting by name.")
