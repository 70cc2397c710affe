"""Word lists the rules match on; a team's policy adds to them under [lexicons]."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.rules.base import ReviewContext
from bot.text import normalize

# Entries are regular expressions over folded text (lower case, confusables folded). None
# uses a look-behind: a pattern tried at every position with guards costs a hostile input
# dearly, so context is checked in the rule, on the few places a pattern matched.
LEXICONS: dict[str, tuple[str, ...]] = {
    # Phrases a team adds to what counts as an ask (see bot/asks for the built-in forms).
    "asks": (),
    "amplify": (),
    "courtesy": (
        r"please", r"pls", r"plz", r"thanks?", r"thank you", r"thx", r"tx", r"ty",
        r"would you", r"could you", r"would you mind", r"kindly", r"appreciate",
        r"grateful", r"cheers", r"if you have (?:a moment|time)",
    ),
    # Pressure, guilt, chasing and threats. Entries that a subject or "if" turns into the
    # sender's own story ("I immediately shared", "if you need to reach me") are told apart
    # by the rule, which looks at the word before a match.
    "pressure": (
        r"asap", r"a\.s\.a\.p", r"urgent(?:ly)?", r"last chance", r"act now",
        r"(?:reply|respond|get back to (?:me|us)|call|act|answer|send it|do it) right away",
        r"immediately", r"immediate (?:effect|cooperation|attention|action|response|reply)",
        # "Hurry!", "hurry up", not "in a big hurry".
        # "Hurry!", "hurry up", not "in a (big) hurry"; a deadline upon them is pressure too.
        r"limited time",
        # "Don't miss out!" presses; "so that you don't miss an episode" tells how.
        r"don'?t miss(?<!you don't miss)(?<!you dont miss)(?<!we don't miss)"
        r"(?<!they don't miss)(?<!i don't miss)",
        r"hurry(?<!a hurry)(?<!big hurry)(?<!no hurry)(?! to\b)",
        r"deadline (?:is )?today", r"today only",
        r"(?:closes|ends|expires|runs out) (?:today|tonight|tomorrow|at midnight|in \d+ hours)",
        r"before it'?s too late", r"real quick",
        r"(?:reply|respond|answer|act|write back) (?:me )?(?:fast|quickly|soon)",
        # "Please do it now", "forward it now": an act asked for at once.
        r"(?:do (?:it|this|so)|reply|respond|answer|forward (?:it|this)|send (?:it|this)) "
        r"(?:right )?now\b",
        # A deadline upon them: "within 24 hours of reading this", "in 10 minutes".
        r"(?:within|in(?: the next)?) (?:\d+|one|two|three|five|ten|twelve|twenty-?four|"
        r"forty-?eight) (?:minutes|hours|days) (?:of|after) (?:reading|receiving|getting|"
        r"opening)", r"time is (?:short|running out)",
        # The chain letter's guilt: "do not break this", "if you are a kind person".
        r"(?:don'?t|do not|never) break (?:this|the chain|it)\b", r"have a heart",
        r"if you (?:are|'re) (?:a )?(?:kind|good|caring|true) (?:person|friend|christian)",
        # Chasing after silence: "in case you missed my email", a "final appeal".
        r"in case you (?:missed|didn'?t see|overlooked) my", r"(?:final|last) appeal",
        r"as soon as possible", r"you must(?! (?:be|have|get|hear|know)\b)", r"you need to",
        # "We expect a feature" presses; "I expect to take the memories with me" does not.
        r"you have to", r"(?:i|we) (?:expect|demand|insist|require)\b(?! to\b)", r"i need you to",
        r"final (?:notice|reminder|time|attempt|warning)", r"i'?m (?:still )?waiting",
        r"still (?:haven'?t|not) (?:replied|answered|responded|heard|got|gotten)",
        r"(?:haven'?t|have not|never|didn'?t|did not) heard? back", r"no (?:reply|response) yet",
        r"you never (?:replied|answered|responded)", r"you owe",
        r"disappointed (?:i am |we are |i'm )?(?:that )?you",
        r"i'?d hate for you to miss", r"checking in", r"bump(?:ing)? this",
        # "Just circling back to see if…": the chaser's own phrase; "what are you waiting for?".
        r"circl(?:e|ing) back", r"what are you waiting for",
        # A purchase or a vote pressed at once: "order my gig now" (a shop's bare "Buy now"
        # is its button's label).
        r"(?:order|buy|sign up for|register for|subscribe to|vote for) (?:it|this|one|my \w+|"
        r"our \w+) now\b",
        r"following up (?:again|once more|one (?:more|last) time|on my (?:last|previous))",
        r"as per my (?:last|previous)", r"follow(?:ing)? up to see (?:if|whether) you",
        r"wondering if you (?:got|received|saw|had a chance to (?:read|look))",
        r"did you (?:get|receive|see) my (?:e-?mail|note|message|pitch)",
        # "I have been following you for the last 30 mins" presses for a follow back; "I've
        # been following you on YouTube for a while now" is a long-time admirer's praise.
        r"i(?:'ve| have) been following you(?! (?:on|in) \w+ (?:for|since))(?! for (?:a (?:long )?"
        r"while|years|months|ages|some time|quite some time|a long time))(?! since)"
        r"(?!,? and (?:i )?(?:really |truly )?(?:admire|love|like|enjoy|appreciate))",
        # "I already sent you…" chases; "the proposal I already sent to the ministry" does not.
        r"(?:already|again) (?:sent|emailed|mailed|messaged|send)(?! (?:\w+ )?to (?!you\b))",
        # ("I couldn't find another way to send you a message" tells how, not that it chases.)
        r"(?:sent|popped|dropped|shot|(?<!to )(?<!can )(?<!will )(?<!'ll )send) you (?:an?|my) "
        r"(?:e-?mail|mail|message|note|dm)",
        r"(?:the )?past (?:few|several|\d+) times i", r"after emailing you",
        # The sender's own repeated tries ("my second email"), not theirs ("you sent this
        # second email").
        r"respond to my (?:e-?mail|message)", r"(?:final|last) (?:e-?mail|attempt)",
        r"(?:my|our) (?:second|third|fourth|fifth) (?:e-?mail|attempt|message)",
        r"this is (?:a |my |the |our )?(?:second|third|fourth|fifth) (?:e-?mail|attempt|reminder)",
        # "This is the last time I'll write" presses; "the last time I asked you" is a memory.
        r"(?:second|third|fourth|fifth|final) time (?:i|we)",
        r"last time (?:i|we)(?:'ll| will| am|'m| shall| am going| write| ask| e-?mail| contact)",
        r"(?:tweeted|messaged|e-?mailed|asked|written to|dm'?d) you (?:\d+|so many|many) times",
        r"(?:unfollowed|blocked|muted) you because you",
        r"(?:i|we) (?:just )?(?:followed|supported|voted for|subscribed to|starred|shared|liked)"
        r" (?:you|your \w+),? (?:so|but|yet|now|and you)",
        # Favours kept count of: "I did two things for you, now do the same for me".
        r"(?:do|did) the same for (?:me|us)\b",
        # ("I'll give you a follow back" offers one; it does not press for it.)
        # ("Follow me for follow back" trades one for the other; it presses for nothing done.)
        r"i (?:just )?voted for you",
        r"follow (?:me |us )?back(?<!a follow back)(?<!for follow back)(?<!4 follow back)"
        # (What others do, "if they don't follow me back", presses no one reading it.)
        r"(?<!them to follow me back)(?<!them to follow us back)(?<!they follow me back)"
        r"(?<!they don't follow me back)(?<!they dont follow me back)",
        # A favour done, then the same asked back: "I have endorsed you, please endorse me too".
        r"(?:i|we)(?:'ve| have)? (?:just |already )?(?:followed|supported|voted for|"
        r"subscribed to|starred|shared|liked|endorsed|recommended|reviewed|promoted|featured) "
        r"(?:you|your \w+)\b[^?\n]{0,60}?\b(?:me|us|mine|ours) (?:too|back|as well|in return)\b",
        r"if you (?:really )?(?:love|care about|respect) (?:your |me|us)", r"don'?t let me",
        r"i know you'?re (?:online|there)",
        # ("…will be reported back to the community" is news of results, not a threat.)
        r"(?:will|shall|'ll) (?:be )?(?:removed|deleted|reported(?! back)|taken down|flagged|"
        r"banned|blocked|suspended)",
        # A favour done and its return demanded: "I follow you, now you follow?", "now upvote
        # mine".
        r"(?:i|we)(?:'ve| have)? (?:just |already )?(?:follow(?:ed)?|upvoted|liked|starred|"
        r"voted for|subscribed to) you\b[^?\n]{0,40}?\b(?:now|so|please|pls|plz) (?:you )?"
        r"(?:follow|upvote|like|star|vote|subscribe)",
        r"now (?:upvote|follow|like|star|vote for|rt|retweet|share|sub(?:scribe)?(?: to)?) "
        r"(?:mine|me|us|back)\b",
        r"(?:will|'ll) (?:remove|delete|report|take down)", r"legal action",
        # "Failure to complete your registration by Jan 20 may result in the cancellation…".
        r"failure to [^.!?\n]{1,80}?\b(?:may|will|could|can) result in",
        # The threat ("…, or else!", "or else we'll report you"), not "either this or else that".
        r"or else(?=\s*(?:[.!?\u2026]|$|,?\s*(?:i|we|you|your)(?:'ll| will| shall| would)?\b))",
        # An ultimatum ("Can you help or not?"), a duty laid on them ("each of you is expected
        # to"), a merge made the price of a favour ("star this repo and it will be merged"),
        # a lawsuit held over them, and guilt for not having done it ("why haven't you?").
        r"\b(?:help|it|contact|me|us|this|reply|answer|do it)\s+or not\s*[?.!]",
        r"(?:you|each of you|everyone|all of you) (?:is|are) expected to",
        r"(?:and|so that|so|then|,)\s+(?:it|this|your (?:pr|pull request)|this (?:pr|pull request))"
        r" (?:will|can|would) be (?:merged|accepted)",
        r"(?:could|can|will|may) be sued|\bsue you|(?:swift|legal) recourse",
        r"\bwhy (?:haven'?t|have not|didn'?t|did not) you\b",
        # ("Why won't you let people like me…" argues; "why can't you help me out?" presses.)
        r"\bwhy (?:can'?t|won'?t|wouldn'?t) you (?:just |simply )?(?:help|share|support|follow|"
        r"vote|like|reply|answer|respond|give|link|feature|post|rt|retweet)\b",
        r"(?:real|true) friends? (?:will|would)", r"call yourself (?:a |my )?(?:friend|fan)\b",
        # Being ignored is guilt; "I ignored the noise" is not.
        r"(?:you|you've|you have) ignored", r"(?:been|was|got|feel|felt) ignored",
        r"you (?:just |simply |still |keep |kept )ignor(?:ed|ing) (?:me|us|my|our)\b",
        r"you(?:'re| are) (?:still |just )?ignoring (?:me|us|my|our)\b",
    ),
    # Openings that address nobody in particular.
    "generic_greeting": (
        r"to whom it may concern", r"dear sir(?:\s*/\s*|\s+or\s+)madam",
        # A salutation to nobody ("Greetings,", "Good day!", "Attention:"), and the formal
        # "Dear Sir or Madam" of German and French letters.
        r"(?:greetings|good day|attention|buongiorno|buonasera|buenos dias|buen dia|buenas tardes|"
        r"guten tag|bom dia|boa tarde|goedendag)(?=\s*[,!.:;\n]|\s*$)",
        r"sehr geehrte damen und herren", r"madame,? monsieur",
        # "Hello, author" / "Hello, blogger" / "Hello, webmaster" in Chinese.
        r"(?:作者|博主|站长|站長|管理员|管理員|开发者|開發者)(?:您|你)好",
        # "你好作者" ("Hello, author"), and "博主 can we swap links?": a role as the greeting.
        r"(?:你好|您好)[,，\s]*(?:作者|博主|站长|站長|管理员|管理員|开发者|開發者)",
        r"(?:作者|博主|站长|站長)(?=[\s,，:：!！])",
    ),
    # Words that, after a greeting, name a role, a mailbox or a crowd rather than a person.
    "not_a_person": (
        r"admin", r"administrator", r"webmaster", r"web master", r"site owner", r"owner",
        r"editors?", r"team", r"staff", r"support", r"sales", r"marketing", r"hr",
        r"bloggers?", r"influencers?", r"reviewers?", r"journalists?", r"writers?", r"authors?",
        r"creators?", r"publishers?", r"producers?", r"hosts?", r"podcasters?", r"customers?",
        r"users?", r"members?", r"readers?", r"subscribers?", r"followers?", r"sir", r"sirs",
        r"madam", r"ma'am", r"friends?", r"there", r"all", r"everyone", r"everybody", r"folks",
        r"guys", r"y'all", r"bro", r"dude", r"buddy", r"mate", r"pal", r"fam", r"partners?",
        r"colleagues?", r"managers?", r"hiring manager", r"founders?", r"ceo", r"developers?",
        r"president", r"directors?", r"coordinators?", r"representatives?", r"recruiters?",
        r"officers?", r"executives?", r"agents?", r"principal", r"secretary", r"moderators?",
        r"organi[sz]ers?", r"curators?", r"librarians?",
        r"devs?", r"maintainers?", r"contributors?", r"people", r"gentlemen", r"ladies", r"dear",
        r"beautiful", r"gorgeous", r"hun", r"babe", r"sweetie", r"darling", r"love",
        r"webmasters?", r"moderators?", r"coordinator", r"director", r"manager", r"crew",
        r"community", r"fellow", r"you", r"sir/madam", r"blog", r"website", r"site", r"info",
        r"programmers?", r"coders?", r"engineers?", r"designers?", r"artists?", r"experts?",
        r"photographers?", r"representatives?", r"family", r"professionals?", r"marketers?",
        r"entrepreneurs?", r"contact", r"enquiries", r"inquiries", r"office", r"press", r"media",
        r"newsdesk", r"madame", r"monsieur", r"mesdames", r"messieurs", r"senor(?:a|es)?",
        # "Ciao a tutti", "Hola a todos", "Bonjour à tous", "Hallo zusammen": everyone.
        r"tutti", r"todos", r"todas", r"tous", r"toutes", r"zusammen",
        r"signor[ae]?", r"herr", r"frau", r"damen und herren", r"brothers?", r"sisters?",
        r"brethren", r"beloved", r"man", r"girl", r"girlie", r"sis", r"bestie", r"lady",
        r"tips", r"pr", r"jobs", r"careers", r"help", r"helpdesk", r"service", r"feedback",
        r"educators?", r"teachers?", r"researchers?", r"scientists?",
        r"doctors?", r"reporters?", r"columnists?", r"critics?", r"vloggers?", r"youtubers?",
        r"streamers?", r"musicians?", r"students?", r"parents?",
        # An organisation greeted by its name: "Dear Gulf Coast Citizen Diplomacy Council".
        r"council", r"committee", r"board", r"association", r"foundation", r"society",
        r"institute", r"organi[sz]ation", r"company", r"corporation", r"agency", r"commission",
        r"(?:\w+ )?(?:team|staff|editors|support|desk|department)",
    ),
    # A mail-merge field left in: {first_name}, [NAME], %FIRSTNAME%, *|FNAME|*, <name>.
    "placeholder": (
        r"\{\{?\s*[a-z][a-z0-9_ ]{1,29}\s*\}?\}", r"%[a-z_]{2,30}%", r"\*\|[a-z_ ]{2,30}\|\*",
        r"\$\{[a-z_]{2,30}\}", r"<\s*(?:first[\s_]*|last[\s_]*|full[\s_]*)?name\s*>",
        r"\[\s*(?:insert [^\]\n]{1,30}|(?:your |his |her |their |first |last |full |"
        r"recipient'?s? |contact )?"
        r"(?:name|first[\s_]?name|fname|company(?: name)?|blog(?: name)?|site(?: name)?|"
        # ("[blog](https://…)" is a Markdown link's text, not a field.)
        r"website|url|recipient|publication|outlet|city)\s*)\](?!\()",
        # "Dear X,", "Welcome XXX to the group": a letter standing for the name.
        r"(?:dear|hey|hi|hello|welcome) x(?:xx)?(?=\s*[,!:\n]| to\b)",
        # "[Author's Name]", "(insert name of your favorite author here)": a slot left in.
        r"\[\s*[\w' ]{0,20}(?:'s|s') name\s*\](?!\()",
        r"(?<=\()\s*insert (?:[\w']+ ){0,2}name\b[^)\n]{0,40}(?=\))",
    ),
    "greeting": (
        r"hi", r"hello", r"hey", r"heya", r"dear", r"good (?:morning|afternoon|evening|day)",
        r"greetings", r"howdy", r"hiya", r"yo", r"hallo", r"hola", r"bonjour", r"ciao",
        # Spelt long or short: "Hii", "Heyy", "Helo", "Hullo", "Howzit".
        r"hii+", r"heyy+", r"hel+o+", r"hullo", r"howzit",
        # A letter's "To Professor Hawking,": a title after it makes it the greeting.
        r"to(?= (?:professor|prof|dr|mr|mrs|ms|miss|mister)\b)",
        # The "Dear" of French, Spanish, Portuguese, Italian and German letters.
        r"cher", r"chere", r"chers", r"cheres", r"estimad[oa]s?", r"querid[oa]s?",
        r"prezad[oa]s?", r"gentil(?:e|issim[oa])", r"sehr geehrte[rs]?", r"liebe[rs]?",
        r"car[oai]",
        # Their "good day", and the Dutch "Dear".
        r"buongiorno", r"buonasera", r"buenos dias", r"buen dia", r"buenas tardes", r"guten tag",
        r"bom dia", r"boa tarde", r"goedendag", r"beste",
        # The plain "hello" of other languages: Portuguese, French, Italian, the Nordic
        # languages, Dutch, northern German; not a name standing first ("Olá," is no "Ola,").
        r"ola", r"oi", r"salut", r"salve", r"hej", r"hoi", r"moin", r"servus",
    ),
    "sensitive": (
        r"relig\w*", r"church", r"mosque", r"synagogue", r"temple", r"pray(?:s|ed|ing|ers?)?",
        # Not the "oh my god" of everyday speech.
        r"(?<!\bmy )(?<!\bthank )god", r"gods",
        r"jesus", r"christ", r"christianity", r"christians",
        # "Christian" alone is a common first name; the adjective comes with a noun.
        r"christian (?:faith|church|values|music|community|ministry|school|charity|bookstore)",
        r"islam\w*", r"muslims?", r"jewish", r"judaism", r"bible", r"(?<!\bgood )faith(?! in\b)",
        r"gospel", r"politic\w*", r"elections?", r"electoral", r"ballot",
        r"democrats?", r"democratic party", r"republicans?", r"liberals", r"conservatives",
        r"left-wing", r"right-wing", r"senator", r"presidential",
        # Bare "congress" is as often a trade conference as the legislature.
        r"congress(?:man|woman|ional)", r"parliament", r"abortion", r"immigration",
    ),
    # Why it matters to them; "your followers" right after "with"/"to" names where it goes,
    # not why, and the rule checks that word before counting it.
    "relevance": (
        r"because (?:you|your)", r"since (?:you|your)", r"as (?:you(?! know| can| may)|your|"
        r"someone who|a fellow)", r"given (?:your|that you)", r"relevant to (?:you|your)",
        # Their audience, their interest or beat: a reason of their own, unlike a mere
        # mention of "your blog" or a generic "thought you might enjoy it".
        r"your (?:readers|audience|followers|community|listeners|viewers|subscribers|fans|"
        r"interest|passion|focus|beat|coverage|work on|research on|post (?:on|about)|"
        r"article (?:on|about))",
        # "I know that your blog focuses on the Twin Cities": their beat, said.
        r"your (?:blog|site|website|show|podcast|newsletter|channel|column|magazine|"
        r"publication|page) (?:focuses|is about|covers|features|is dedicated|specializes|"
        r"specialises|writes about|talks about)",
        r"fits? (?:with |in )?(?:your|what you)", r"you (?:wrote|care|cover|covered|mentioned|"
        r"said|asked|posted|tweeted|write|blog|focus|featured|reviewed) (?:about|on|for|that)",
        r"reminded me of your", r"in your (?:post|talk|article)",
        # Conditional on their own experience: "star it if you found it useful".
        r"if you (?:really |truly |do |actually )?(?:like|liked|enjoy|enjoyed|found|find|think|"
        r"love|loved|use|used) "
        r"(?:it|this|the|our|my|them)", r"if (?:it|this|we) (?:really )?(?:helped|helps) you",
        r"(?:perfect|great|good|ideal) (?:fit|match) for (?:you|your)",
        # "Considering the overlap in subject matter with your blog".
        r"(?:overlap|in common|similar|related) (?:[\w-]+ ){0,3}(?:with|to) (?:your|what you)",
    ),
    "self": (r"i", r"me", r"my", r"mine", r"myself", r"we", r"us", r"our", r"ours", r"i'm",
             r"i've", r"i'd", r"we're", r"we've"),
    "other": (r"you", r"your", r"yours", r"yourself", r"you're", r"you've", r"you'd"),
}

@lru_cache(maxsize=256)
def _compile(entries: tuple[str, ...]) -> re.Pattern[str]:
    # Longest first so "last chance" wins over a shorter entry in the reported span.
    ordered = sorted(set(entries), key=len, reverse=True)
    # Starting with a character class lets the engine skip other characters at C speed.
    return re.compile(r"(?=[\w{%*$<\[@#])(?<![\w])(?:" + "|".join(ordered) + r")(?![\w])")


def lexicon(ctx: ReviewContext, name: str) -> re.Pattern[str]:
    """One lexicon as a pattern, with the words the team's policy adds (matched literally)."""
    # Folded like the text, or "café" in a policy would never match the folded "cafe".
    extra = tuple(re.escape(normalize(word).folded.strip()) for word in ctx.policy.words(name))
    return _compile(LEXICONS[name] + tuple(w for w in extra if w))
