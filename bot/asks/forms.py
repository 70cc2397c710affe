"""The shapes a request takes: each form either carries the ask itself or points at an act.

A form is matched once over the whole folded text (one combined pattern, no look-behind
guards); a form that only *points* ("could you …", "please …", "if you could …") needs an act
from `acts.py` in the words right after it, within its sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.asks.acts import ASKED_NOUNS, MEET_WHEN, PLACEMENT_ON_YOURS

_NOUNS = "|".join(ASKED_NOUNS.values())
_YOU = r"(?:you|u|ya|ye|y'all)"
# "Can someone share it?", "Would anyone be up for…": a request to whoever reads it.
_ANYONE = r"(?:you|u|ya|ye|y'all|anyone|anybody|someone|somebody)"
_WE = r"(?:i|we)(?:'m|'re|'d|'ve| am| are| was| were| would| have| had)?"
# "I'd love to contribute a guest post" asks for a slot; contributing to their project, its
# docs or its code ("I want to contribute to this project", "contribute a GROWTH.md") is work
# offered to them.
_CONTRIBUTE = (r"contribute(?! to (?:this|the|your|ur) (?:[\w-]+ ){0,2}(?:project|repo|repository|"
               r"code|codebase|docs|documentation|translations?|development|effort)\b| (?:a |an )?"
               r"(?:[\w-]+\.md|pr|pull request|patch|fix|translation)\b)")


# What a hope feels: "really love", "be so grateful" (before "if you").
_FEEL = (r"(?:really |so |truly |also |greatly |deeply |very much )?(?:love|like|appreciate|want|"
         r"need|be (?:so |very |really |most |extremely |super |truly )?(?:grateful|thankful|"
         r"thrilled|honou?red|delighted|happy|glad|obliged|pleased|excited))")


@dataclass(frozen=True)
class Form:
    """A request form: its name, its pattern, whether it needs an act, and (for some) the
    kind of thing it always asks for."""

    name: str
    pattern: str
    needs_act: bool
    kind: str | None = None


FORMS: tuple[Form, ...] = (
    Form("open-to", rf"(?:would|will|are|r|were|would not|wouldn't) {_YOU} (?:\w+ )?(?:be )?"
         r"(?:open|interested|willing|keen|up for|game|down for|down to|amenable|"
         # "Are you available to consult with us?": their time, asked for.
         r"(?:available|free)(?= (?:to|for)\b))\b", False),
    Form("would-you-be-able", rf"would {_YOU} be (?:able|happy|glad|kind enough|so kind)\b", False),
    Form("mind", rf"(?:would|do|will) {_YOU} mind\b(?! if (?:i|we)\b)", False),
    # "Nice blog ^^ mind sharing me any notes?": the question with its subject left out.
    Form("mind-doing", r"(?<!n't )(?<!not )(?<!never )(?<!you )\bmind"
         r"(?= \w+ing\b[^.!?\n]{0,60}\?)", True),
    # "Are you looking to add a touch of professionalism to your website?": a sale, asked.
    Form("looking-to", rf"are {_YOU} (?:currently |still )?looking to\b"
         r"(?=[^.!?\n]{0,80}\?)", False, "buy"),
    # "Would you consider releasing it under a permissive licence?": whatever the gerund names.
    Form("consider-doing", rf"(?:would {_YOU} (?:please |kindly )?|please |kindly )"
         r"consider(?= \w+ing\b)", False),
    # "It's my humble request to add my projects to your README": the request, said.
    Form("my-request", r"(?:it'?s|it is|this is) (?:my|our) (?:humble |kind |sincere |earnest )?"
         r"request to\b", False),
    # "I would love a signed postcard": a thing of theirs, hoped for.
    Form("love-a", r"(?:would|'d) (?:really |so )?(?:love|like|appreciate|welcome) (?:a|an|one) "
         r"(?:\w+ )?(?:copy|autograph|signature|postcard|photo|reply|response|answer|callback|"
         r"call back|shout[\s-]?out|mention|review|blurb|quote)\b|(?:would|'d) (?:really |"
         r"greatly )?appreciate access\b", False),
    # "Got time for a quick call?", "Have you got a minute for a chat?": the question cut short.
    # "Do you have time for freelance work?", "Would you have a few minutes to chat?": their
    # time, asked for.
    Form("got-time", r"(?:(?:have|do|would|will|could) you (?:got|have)|(?:if|whether) you "
         r"(?:had|have|might have|'d have)|got(?<![\w,;] got)(?<![\w,;]got))"
         r"(?= (?:some |a little |any )?(?:time|a (?:few )?(?:minutes?|moment|sec(?:ond)?)|"
         r"\d+ (?:minutes|mins))(?: (?:free|spare|available))?(?: \w+){0,3}? (?:for|to)\b)", False),
    Form("chance", r"(?:any|is there (?:any|a)|what are the|is there some) chances?\b", False),
    # ("Would it be okay if I shared your letter?" asks leave, not a favour.)
    Form("possible", r"(?:is it|would it be|will it be|is that) (?:possible|(?:ok|okay|alright|"
         r"convenient)(?= (?:for (?:you|u) )?to\b))", False),
    # "It is very important that you vote": what they must do, pressed as a reason.
    Form("important-that", rf"(?:important|essential|vital|crucial) (?:that {_YOU}|for {_YOU} "
         r"to)\b", True),
    # "Wondering if my offer to chat tickled your fancy?": an earlier ask, asked again.
    Form("my-offer", r"(?:wondering|wonder|see|know) (?:if|whether) (?:my|our) (?:offer|pitch|"
         r"proposal|invitation|invite|idea|request|e-?mail|note|message)\b", False),
    # ("Would love for you to have a look": the subject left out, as in a quick note.)
    Form("love-if", rf"(?:{_WE}|would) {_FEEL} (?:it )?(?:if|for) {_YOU}\b|"
         # "I'd be grateful that you…" hopes; "I love that you ride", "I'm grateful that you
         # wrote" praise and thank.
         rf"(?:i'd|we'd|i would|we would|would) {_FEEL} (?:it )?(?:that|when) {_YOU}\b", False),
    # "It would be appropriate for you to link back": what they should do, hoped for.
    Form("for-you-to", r"it(?:'d| would| will|'s| is)? (?:be |seem )?(?:really |very |most |so )?"
         r"(?:great|good|nice|appropriate|helpful|ideal|awesome|wonderful|cool|fair|fitting|kind "
         rf"of|a good idea) for {_YOU} to\b", True),
    # "This might be worth mentioning in your blog": a suggestion of what they could do.
    # ("The content is worth sharing" says what it is; a suggestion names their medium.)
    Form("worth", r"(?:is|'s|be|seems?|looks?) (?:really |well |definitely |probably |maybe )?"
         r"worth(?: (?:a|an))?\b(?=[^.!?\n]{0,50}\b(?:your|ur)\b)", True),
    # "I am buy post on your site", "we want to purchase a link on your blog": paid placement.
    Form("buy-on-yours", r"(?:i|we)(?:'m|'re| am| are| want to| would like to|'d like to| wish to|"
         rf" wanna)? (?:buy|purchase) {PLACEMENT_ON_YOURS}", False, "link"),
    # "We ask that you attend a class", "to request that you participate": asked outright.
    Form("ask-that-you", rf"(?:ask|request|urge|beg) that {_YOU}\b|(?:i|we)(?:'m| am|'re| are)? "
         rf"(?:really |truly |literally )?beg(?:ging)? {_YOU}\b", False),
    # "I am excited about the possibility of working with you", "I was wondering if there might
    # be opportunities to work with this team": a place on their team, asked for.
    Form("place-with-them", r"possibility of (?:working|interning|studying|joining|collaborating)"
         r" (?:with|at|in|under|for)\b|"
         # "I am interested to work under your guidance in your lab".
         r"(?:interested|keen|eager|hoping) (?:to|in) (?:work|intern|study|research)(?:ing)? "
         r"(?:with|under|in|at|for) (?:you|your)\b|"
         r"(?:(?:i|we)(?: was| were| am| are|'m|'re) )?(?:wondering|wonder|asking) (?:if|whether) "
         r"there (?:might be|are|is|would be|may be) (?:any )?(?:opportunit\w*|openings?|"
         r"positions?|room|vacanc\w*)",
         False),
    # "I would appreciate you including a link": the thing hoped for, as a gerund.
    Form("appreciate-you", rf"(?:would|'d) (?:really |greatly |truly |so )?appreciate {_YOU}"
         r"(?= [a-z]+ing\b)", False),
    # "I am writing to express my interest in a position": a job asked for.
    Form("interest-in-a-post", r"express(?:ing)? (?:my|our) (?:strong |keen |sincere )?interest\s+"
         r"in\s+(?:\w+\s+){0,3}(?:positions?|roles?|jobs?|internships?|openings?|vacanc\w+|"
         r"opportunit\w+|working (?:with|for|at)|joining)", False),
    # ("… and really encourage you and your colleagues to send me examples.")
    # "I'd like you to add a topic": the verb names what they are to do, an act or not; "I
    # want you to know" tells them something.
    Form("want-you-to", rf"(?:{_WE}|would|and) (?:really |simply |kindly |also )?(?:(?:love|like|"
         r"want|need|invite|"
         rf"encourage|urge|ask) {_YOU}(?: and (?:your|ur) [\w-]+)? to)\b"
         # ("I'd love you to see it" shows them the sender's thing; "to see the sea" wishes.)
         r"(?! (?:know|hear|meet|see(?! (?:it|this|them|our|my)\b)|feel|have|enjoy|be|"
         r"understand|reali[sz]e|remember|think|"
         r"imagine|picture|notice|keep (?:up|going|on)|"
         # ("I'd love you to fill in the blank: …?" asks their view, which is engagement.)
         r"fill in the blank|tell (?:me|us) (?:what|how)|weigh in)\b)", False),
    # "It would be beneficial to exchange links": a trade or a joint work, hoped for.
    Form("good-to-trade", r"it(?:'d| would| will)? (?:really |definitely |certainly |also )?be "
         r"(?:great|nice|beneficial|mutually beneficial|awesome|good|cool|lovely|wonderful|"
         r"fantastic|amazing|a pleasure|an honou?r|worthwhile|interesting) (?:for (?:us|both of "
         r"us|both|our projects) )?to (?:swap|exchange|trade|collaborate|partner|work together|"
         r"team up|cross-?promote|link (?:to )?each other)\b", False),
    Form("would-mean", r"it(?:'d| would| will)? (?:really |truly )?(?:mean (?:a lot|the world|"
         r"so much|everything)|be (?:great|awesome|amazing|wonderful|lovely|fantastic|cool|nice|"
         r"helpful|appreciated|brilliant|fab|super|an honou?r)|help)\b[^.!?\n]{0,40}?\bif "
         rf"{_YOU}\b", False),
    Form("let-me-know", rf"let (?:me|us) know (?:if|whether) (?:{_YOU}(?:'d| would| are|'re| "
         r"might| will|'ll)?|this|it|that|there) (?:\w+ )?(?:be |is |sounds |would be )?"
         r"(?:interested|like|want|keen|open|able|fancy|could|can|something|of interest|a fit|"
         r"a good fit|up for|happy to|willing)", False),
    Form("interested", r"(?:(?:interested|intrigued|curious)\s*\?|interested in (?:a |an |some )?"
         r"(?:collab|partner|"
         r"feature|guest|review|link|sponsor|swap|exchange|trying|covering|featuring|reviewing|"
         r"having|working|joining|learning more|checking|reading|sharing|writing|hosting)\w*|"
         r"if (?:you|this|it|that)(?:'re|'s|'d)?(?: \w+){0,4} (?:interested|open to|keen|up for)|"
         rf"{_YOU}(?:'d| would| might| may) (?:\w+ )?be (?:interested|open|keen|willing)"
         r"(?! in (?:the fact|knowing|hearing|learning|reading about|this (?:news|thread|article|"
         r"discussion))| to (?:know|hear|learn|see|read)))", False),
    Form("propose", rf"{_WE} (?:like to |love to |want to |wanted to )?(?:propose|suggest (?:a|an|"
         r"that we|we)|offer you (?:the|an|a) (?:opportunity|chance))|how about we|(?:give|offer) "
         r"you (?:the|an) (?:opportunity|chance)", False),
    Form("opportunity", rf"{_WE} (?:still |really )?(?:love|like|welcome|appreciate|value) (?:an|"
         r"the|any) (?:opportunity|chance) to\b", False),
    Form("who-to-ask", r"(?:who(?:'s| is| would be| should i| would i| do i| can i)(?: \w+){0,3} "
         r"(?:contact|talk to|speak to|speak with|reach|email|pitch|send)|(?:who's|who is) the "
         r"(?:best|right) person|how (?:does one|do i|can i|can we|would i|do we|could i) (?:go "
         r"about|get (?:featured|reviewed|listed|covered|a)|submit|pitch|be featured|"
         rf"{_CONTRIBUTE}))",
         False, "intro"),
    Form("story-for-you", r"(?:book|novel|story|album|film|show|product|game|app) (?:that )?"
         rf"{_YOU} (?:would|might|will|may) (?:really )?(?:enjoy|love|like)|"
         r"(?:could|would|might|may|will) (?:\w+ )?(?:interest|appeal to|"
         r"be of (?:interest|use|value) to) (?:you\b|your (?:readers|audience|followers|viewers|"
         r"listeners|subscribers|community))|"
         r"(?:could|would|might|will) make (?:a|an|for a|for an) "
         r"(?:\w+ )?(?:\w+ )?"
         r"(?:story|piece|segment|feature|article|post|addition|read)|story idea|"
         r"(?:your|the) (?:readers|audience|followers|viewers|listeners|subscribers|community)"
         r"(?: of \S+)? (?:might|may|would|will|could) (?:\w+ )?(?:find|be interested|enjoy|love|"
         r"like|benefit|appreciate)|(?:perfect|great|good|ideal) fit for (?:your|the) (?:podcast|"
         r"show|blog|readers|audience|list|site|publication|newsletter|channel|round-?up|guide)"
         # "This would be perfect for your readers": pitched for their audience.
         r"|(?:would|could|might|will) (?:be|make) (?:a )?(?:perfect|great|ideal|good|"
         r"wonderful|natural|relevant|valuable|useful) (?:\w+ )?(?:fit |addition )?for "
         r"(?:your|ur) (?:readers|audience|followers|listeners|viewers|subscribers|community|"
         r"podcast|show|blog|channel|newsletter|column|site|list|publication|magazine)"
         r"|for immediate release|(?<!thank you )(?<!thanks )for your consideration",
         False),
    Form("pass-along", r"(?:wanted|want|like|love|happy|writing) to (?:share|pass along|introduce|"
         r"tell you about|send you|put|bring)(?: \w+){0,3} (?:(?:our|my) (?:\w+ )?(?:client|"
         r"brand|product|company|app|book|service|startup|launch|latest|new|release)|client|"
         r"brand|product|on your radar|to your attention)\b", False, "cover"),
    # "I'd like to pitch a piece on …": a story offered for their pages is a slot asked for.
    Form("pitching", rf"(?:{_WE} (?:like|love|want|wanted|hoping|happy|writing) to pitch|(?:i'm|"
         r"i am|we're|we are) pitching)(?: you)? (?:a |an |my |our |this |the |some )?"
         r"(?:[\w-]+ ){0,2}(?:piece|story|article|idea|post|feature|column|essay|op-?ed|segment|"
         r"episode|interview|guest)", False, "cover"),
    Form("if-you-like-we", r"if (?:you'd like|you would like|you like|you're interested|"
         r"interested|you want),? (?:i|we) (?:can|could|will|'d|would|'ll) (?:\w+ )?(?:send|"
         r"arrange|set up|provide|supply|share|get|connect|schedule|make)", False),
    Form("do-you", rf"do {_YOU} (?:accept|take|allow|offer|publish|do (?:sponsored|guest|"
         r"reviews|link|collab|paid|promo)|have (?:a |any )?(?:openings?|space|room|slots?|"
         r"availability|"
         r"spots?|a few minutes|a minute|\d+ minutes|time (?:for|to))|(?:perhaps |maybe |happen "
         r"to )?have (?:a |an )?(?:telegram|"
         r"whatsapp|discord|skype|wechat|signal|line|kakao)\b|want (?:to|a|us|me)|"
         r"wanna|fancy)", False),
    # "Are you on WhatsApp?": moving the talk to another network asks to connect there.
    Form("are-you-on", rf"(?:are|r) {_YOU} on (?:telegram|whatsapp|discord|skype|wechat|signal|"
         r"kakao|snapchat|instagram|insta|linkedin|facebook|tiktok)\b(?=\s*\?)", False,
         "connect"),
    Form("of-interest", r"(?:would|could|might|is|will) (?:this|that|it)(?: [\w-]+){0,4} be "
         rf"(?:of )?(?:interest|interesting|useful|relevant|helpful|a (?:good |great )?fit) "
         rf"(?:to|for) (?:{_YOU}|your|ur)\b", False),
    Form("alright-if", r"(?:would|is|will) (?:it|that) be (?:alright|all right|ok|okay|fine|"
         r"acceptable|possible) (?:if|for) (?:i|we|me|us) (?:\w+ )?(?:sent|send|shared|share|"
         r"emailed|email|introduced|submitted|submit|added|add|pitched|reached)", False),
    Form("opportunity-if", rf"if {_YOU} (?:could )?(?:give|grant|offer) (?:me|us) (?:the|a|an) "
         r"(?:opportunity|chance)", False),
    Form("we-can", r"we (?:can|could)(?: also| always| maybe)?(?= (?:connect|link up|chat|talk|"
         r"collaborate|collab|work together|swap|exchange|trade|team up|partner|follow each))",
         True),
    # "Who's up for it?" asks; "people who want to connect" is a relative clause.
    Form("anyone-up-for", r"(?:who's|who is|(?:does |is )?(?:anyone|anybody|someone|somebody))"
         r" (?:up for|wanna|want to|wants to|willing to|able to|interested in|keen to)", False),
    Form("lets-talk", r"let'?s (?:have a |set up a |schedule a |grab a |hop on a )?(?:chat|talk|"
         r"meet|call|connect|catch up|collaborate|collab|work together|discuss)\b"
         # ("Let's talk here", "let's discuss in the comments": the thread is the place.)
         r"(?! (?:about it )?(?:here|below|in the comments|in this thread)\b)", False, "connect"),
    Form("chase", r"(?:haven'?t heard back|follow(?:ing)? up (?:to see |on )?(?:if |whether )?you "
         r"(?:received|got|saw|had a chance)|wondering if you (?:got|received|saw) my|did you "
         r"(?:get|receive|see) my)",
         False, "reply"),
    Form("favour", r"(?:ask (?:you )?(?:for )?a|ask you a|beg a) (?:small |quick |big |little )?"
         r"fav(?:ou)?r", False),
    Form("what-about-letting", rf"what do {_YOU} think (?:about|of) (?:letting|having|giving) "
         r"(?:me|us)", False),
    Form("suggest-adding", r"(?:suggest|(?<!pull )request) (?:adding|including|linking|featuring|"
         r"mentioning|listing|sharing) (?:it|this|my|our|a link)", False, "link"),
    Form("if-you-need", rf"if {_YOU} (?:ever )?need (?:someone|somebody|a |an )", False),
    Form("want-some", r"(?<!i )(?<!we )(?<!not )(?<!n't )want "
         r"(?!(?:that|it|this|them|to|me|us)\b)(?:some |a |an |more )?(?:free )?[\w-]+"
         r"(?: [\w-]+)?\s*\?",
         False),
    Form("know-anyone", rf"(?:do|if) {_YOU} (?:happen to )?know (?:anyone|anybody|someone|"
         r"somebody|of "
         r"anyone|any)\b", False, "intro"),
    Form("invited", rf"(?:{_YOU}(?:'re| are) (?:cordially )?invited|(?:we|i)?(?: would| 'd)? ?(?:"
         r"like to |want to |wanted to |be glad to |be happy to )?invite you)", False),
    Form("we-should", rf"(?:we|{_YOU}) should(?: (?:really|definitely|totally))?", True),
    Form("look-forward", r"(?:look|looking) forward to (?:[\w' ]+, )?(?:\w+ )?(?:connecting|"
         r"chatting|working "
         r"(?:with|together)|collaborating|partnering|seeing you (?:on|at|over)|your (?:review|"
         r"feature|coverage|support|vote|share|rt|retweet|follow|link))", False, "connect"),
    # "when people ask for RTs" reports what others do: a third person asks nothing of them.
    Form("looking-for", rf"(?<!people )(?<!they )(?<!others )(?<!folks )(?:{_WE} )?"
         r"(?:currently |now |simply |just )?(?:looking for|seeking|"
         r"searching for|hoping for|trying to get|in need of|requesting|asking for|ask for|"
         r"reaching out for) (?:a |an |some |any |more |your |the )?(?:\w+ )?(?:bloggers?|"
         r"talents?|guests?|speakers?|contributors?|hosts?|compan(?:y|ies)|brands?|reviewers?|"
         r"influencers?|"
         rf"writers?|partners?|sponsors?|ambassadors?|backers?|supporters?|{_NOUNS}|"
         r"internships?|jobs?|positions?|referrals?|"
         r"opportunit\w+)\b", False),
    # "I'd love your feedback" asks; "I love your stories" is praise, so only the
    # conditional (or a need) asks.
    Form("love-your", rf"(?:(?:would|'d) (?:really |truly |greatly |so |very much )?(?:love|"
         r"like|appreciate|welcome|value|need)|(?:i|we) "
         r"(?:need|needed|welcome)|be "
         r"(?:so |very |really |most |extremely |truly |eternally )?(?:grateful|thankful) for) "
         rf"(?:your|ur|any|a|some) (?:\w+ )?(?:{_NOUNS})\b", False),
    # "How could I reach you?" asks for their contact; "feel free to share how I can reach
    # you" is a courtesy, not a question.
    # ("Please let us know how we can contact you.": the same, asked indirectly.)
    Form("how-reach-you", r"(?:how (?:could|can|do|may|should|might|would) (?:i|we) (?:best )?"
         r"(?:reach|contact|get in touch with|get hold of|talk to|speak with) (?:you|u)\b"
         r"[^.!?\n]{0,40}\?|let (?:me|us) know how (?:i|we) (?:can|could|may|might|should) "
         r"(?:best )?(?:reach|contact|get in touch with|get hold of) (?:you|u)\b)", False,
         "connect"),
    # "Have you considered a collaboration?": the suggestion is the ask.
    Form("considered-working-together", r"have you (?:ever )?(?:considered|thought about) (?:a |an "
         r"|some )?(?:collaborat\w*|partner\w*|sponsor\w*|working (?:together|with (?:me|us)))",
         False, "connect"),
    # "Await a favorable response", "looking forward to your positive reply": a yes is asked.
    Form("favourable-reply", r"(?:await|awaiting|look(?:ing)? forward to|hop(?:e|ing) for|"
         r"expect(?:ing)?) (?:a |an |your )?(?:favou?rable|positive) (?:response|reply|answer|"
         r"consideration|decision|feedback)", False, "request"),
    # "Is there a way to contact you more directly?", "I was wondering if there is an email I
    # can reach you at": a way to reach them is what is asked, question mark or not.
    Form("way-to-reach-you", r"(?:is there|if there(?:'s| is)) (?:a |an |any |another |some |"
         r"other )?(?:way|means|place|e-?mail|address|number|channel) (?:to|i can|we can|i could|"
         r"we could|for (?:me|us) to) (?:best )?(?:reach|contact|get in touch with|get hold of|"
         r"talk to|speak (?:to|with)|e-?mail|message) (?:you|u)\b", False, "connect"),
    # "I'd appreciate 15 minutes of your time": their time is what is asked.
    Form("your-time", r"(?:appreciate|spare|have|get|grab|borrow|take|ask for|request|need|want|"
         r"steal) (?:just |only )?(?:\w+ )?(?:minutes?|moments?|mins?) of (?:your|ur) "
         r"(?:valuable |precious |busy )?time", False, "connect"),
    # "What would you charge for a sponsored post?": a price asked is a service asked for.
    Form("rates", rf"(?:what|how much) (?:would|do|will|does|did) {_YOU} (?:\w+ )?(?:charge|ask|"
         r"want|take) (?:for|to)|how much (?:for|is|would|does|do you charge for) (?:a|an|one|"
         r"your|each) (?:\w+ )?(?:post|shout[\s-]?out|mention|feature|review|link|story|"
         r"placement|promo\w*|tweet|video|ad|slot|spot|article)", False, "buy"),
    # "Are you accepting guest posts?": an opening asked about is an ask for it.
    Form("are-you-taking", rf"are {_YOU} (?:currently |still |now )?(?:accepting|taking|open to|"
         r"looking for|in need of) (?:any |new |more )?(?:\w+ )?(?:guest|submissions?|sponsors?|"
         r"contributors?|writers?|pitches|articles|posts|partners?|collab\w*|advertis\w*|"
         r"clients?|guests?|reviews?|links?)", False),
    # "Let me know when you have time for a call": their time, asked for.
    Form("let-me-know-when", r"let (?:me|us) know (?:when|what time|a (?:good )?time|which "
         r"(?:day|time))(?=[^.!?\n]{0,40}\b(?:call|chat|meet|meeting|talk|free|available|coffee|"
         r"demo)\b)", False, "connect"),
    # ("Stars, forks and feedback are more than welcome", "honest feedback all welcome": what
    # they may give, invited; "your feedback was appreciated" thanks for what is done.)
    Form("appreciated", rf"(?:any|a|your|some) (?:\w+ )?(?:{_NOUNS})\b[^.!?\n]{{0,30}}?"
         r"(?<!was )(?<!were )(?:appreciated|welcome|welcomed|would help|would mean|means a lot)|"
         rf"(?:{_NOUNS}) (?:wanted|needed|requested)|"
         rf"(?:{_NOUNS})\b[^.!?\n]{{0,40}}? (?:are|is|all|always) (?:(?:more than|very|most|"
         r"much|highly|greatly|truly|so) )*(?:welcome|welcomed|appreciated)\b", False),
    Form("writing-to", r"(?:writing|reaching out|contacting you|emailing you|messaging you|"
         r"getting in touch|get in touch with you|dropping you a (?:line|note)|"
         r"wanted to reach out) (?:to you )?"
         r"(?:to|because|in (?:the )?hopes?(?: of| that)?|with) (?:see|ask|request|invite|"
         r"inquire|enquire|find out|check|propose|pitch|suggest|explore|gauge|know|discuss|seek|"
         r"get|collaborate|partner|feature|pitch|you might|you would|you'd)\b|(?:writing|"
         r"reaching out|contacting you|emailing you|getting in touch) (?:to you )?so (?:that )?"
         r"(?:we|i) (?:can|could|might|may)\b", False),
    # "I'd like to inquire about advertising on your blog": an inquiry into what they would do
    # for the sender; "I wanted to ask about your experience" asks their view, and names no act.
    Form("inquire-about", rf"(?:{_WE} )?(?:would like|'d like|like|want|wanted|wish|writing) to "
         r"(?:inquire|enquire|ask) (?:about|regarding|after)\b", True),
    # "Is this something you can report on?": their platform, asked about.
    Form("something-you", r"(?:is|would) (?:this|it|that) (?:be )?(?:something|a story|a topic) "
         r"(?:you|your (?:readers|audience|listeners|viewers|followers))(?:'d| would| could| can|"
         r" might| may| will)?\b", False, "cover"),
    # "Be nice to meet you over at FB too": another network, hoped for.
    Form("nice-to-meet-on", r"(?:it'?d |it would |would |'d )?be (?:nice|great|lovely|cool|"
         r"awesome|good) to (?:meet|see|connect with|have) you (?:over )?(?:at|on)\b", False,
         "connect"),
    # "Can you email me so we can talk?": a call or a mail, asked of them.
    Form("contact-me", rf"(?:can|could|would|will) {_YOU} (?:please |kindly )?(?:e-?mail|call|"
         r"phone|ring|text|message|dm|contact) (?:me|us)\b", False, "connect"),
    Form("want-to-help", r"(?<!i )(?<!we )(?<!they )(?<!who )(?:want|wanna|care) to help (?:me|"
         r"us)\b", False, "help"),
    # "20 RTs and I'll …", "if this tweet gets 100k RTs …", "how many retweets for …": a
    # bargain for retweets, asked of everyone who reads it.
    Form("rt-bargain", r"(?:(?<=\d )|(?<=\dk ))(?:rts?|retweets?|shares?|reposts?)(?:'s)? "
         r"(?:and|&) (?:i|we)"
         r"(?:'ll| will| shall)|if this (?:tweet |post )?gets \d+k? (?:rts?|retweets?|shares?|"
         r"reposts?|likes?)|"
         # "97% of users won't retweet this": the guilt chain tweet.
         r"(?:(?<=\d% )|(?<=\d%))(?:of [\w ]{1,30} )?(?:will|won'?t|would|wouldn'?t)(?: not)? "
         r"(?:rt|retweet|share|repost)",
         False, "amplify"),
    # "How many retweets for a year of free nuggets?": a price in other people's retweets, for
    # something the recipient would do; they are not asked to retweet.
    Form("rt-price", r"how many (?:rts?|retweets?|shares?|reposts?) (?:for|until|till|to)\b",
         False, "request"),
    # "Can this be retweeted?": the passive asks it all the same.
    Form("be-shared", r"(?:can|could|would|will|should) (?:this|it|that|these) be(?:ing)? "
         r"(?:re-?tweeted|rt'?d|shared|re-?posted|boosted|starred|up-?voted|promoted|"
         r"forwarded|spread)", False, "amplify"),
    # "I thought you might be interested in…": the pitcher's opener for what they offer.
    Form("thought-you-might", r"(?:thought|figured|hoped|guessed) (?:that )?(?:you|your "
         r"(?:readers|audience|followers|listeners|viewers))(?:'d| would| might| may| could)? "
         r"(?:be interested|have (?:an |some )?interest|enjoy|like (?:this|it|our|my|the)|"
         # (What they might want to do is left for the act: "…want to share it" amplifies.)
         r"want to (?=see|check|read|try|cover|feature|share))|thought (?:it|this) (?:might|"
         r"would|could|may) (?:\w+ )?(?:interest you|be of interest|appeal to you)", False,
         "review"),
    # "We'll pay you $10 for each post": the money buys the ask.
    # ("I'd like to pay you back for the library" thanks with money; it buys nothing.)
    Form("paid-trade", r"pay(?:ing)? you(?! back)(?=[^.!?\n]{0,25}?\b(?:for|to)\b)", False),
    # "求个star" / "给个star": asking for (or to be given) a GitHub star, in Chinese.
    Form("cjk-star", r"(?<=[\u6c42\u7ed9]\u4e2a)star|(?<=[\u6c42\u7ed9])star", False, "amplify"),
    # ("All I can do in return is say thank you" gives; it asks nothing.)
    # "I link with you, you link with me": the same favour both ways is a trade too.
    Form("trade", r"(?:in exchange for|in return for|(?<!\bdo )in return,|follow for follow|f4f|"
         r"sub ?4 ?sub|l4l|like for like|star for star|(?:i|we)(?:'ll| will)? (?:link|follow|"
         r"share|like|feature|star|sub|subscribe|promote|mention|support)(?: (?:wit|with|to))? "
         r"(?:you|u|ya),? (?:and |then |if )?(?:you|u|ya)(?:'ll| will)? (?:link|follow|share|"
         r"like|feature|star|sub|subscribe|promote|mention|support)(?: (?:wit|with|to|back))? "
         r"(?:me|us|mine|ours)\b)", False),
    # "I'd love to chat" asks; "I love to chat with readers" is a habit.
    Form("love-to", rf"(?:{_WE}|(?:he|she|they)'?d|(?<!you )would|(?<!you)'d) "
         r"(?:really |so |also |just |truly |very much )?"
         r"(?!(?<=\bi )(?:love|like) to\b)(?!(?<=\bwe )(?:love|like) to\b)"
         r"(?:love|like|want|"
         r"wanted|wish|be "
         r"(?:happy|glad|thrilled|keen|delighted|"
         r"honou?red|"
         r"excited)) to (?:\w+ )?(?:send (?:you|it|this|them|one|a copy|over)(?! (?:my|our) "
         r"(?:thanks|gratitude|love|best|congratulations|condolences|sympathy|regards)\b)"
         # ("send you a quick note of thanks", "send you a thank you" are the thanks itself.)
         r"(?! (?:a|an|this) (?:quick |short |little |brief |small )?(?:note|line|word|message|"
         r"token) of (?:thanks|gratitude|appreciation|congratulations)\b)"
         r"(?! (?:a |my |our )?(?:big |huge |heartfelt |quick |short |little )?thank[\s-]?you\b)|"
         r"join (?:your|you)|"
         r"speak at|present at|"
         r"talk at|appear on|be on|guest on|swap|exchange|"
         r"trade|write (?:a|an|some) (?:\w+ )?(?:guest|post|article|piece) for|"
         r"get (?:you|your|a|an|our|my|featured|on)|have "
         # ("I would love to have your writing ability" admires; it asks nothing.)
         r"(?:you|our|my|a|someone|somebody|one of you|your(?! (?:\w+ )?(?:abilit(?:y|ies)|"
         r"talents?|skills?|gifts?|energy|courage|patience|confidence|creativity|imagination|"
         r"way with words|eye for|style|knack|voice|life|job)\b))|be (?:featured|included|a "
         r"guest|on "
         r"your|part of|mentioned)|come "
         rf"on|{_CONTRIBUTE}|write (?:a |an )?(?:guest|article|post|piece|review) (?:for|on)|offer "
         r"you|invite you|feature on|work (?:with|together)|discuss|partner|collaborate|"
         r"co-?operate|connect|"
         # ("I'd like to introduce myself" is an opening, not an ask.)
         r"chat|talk|set up|schedule|book|lock in|arrange|hop on|jump on|"
         r"introduce (?:you|u|your|our|my|us)\b|"
         r"work under (?:you|your)|"
         # "I want to stay in your hotel for 7 days": their hospitality, asked for.
         r"(?:stay|eat|dine) (?:at|in|with) (?:your|ur)\b|try (?:your|ur) (?:\w+ )?(?:products?|"
         r"food|menu|dishes|services?|rooms?|hotel|restaurant|place|shop)|"
         r"pick your brain|interview you|(?:a |an )?guest (?:post|contribution|article|piece|"
         r"blog)|"
         rf"add you|{MEET_WHEN}|"
         r"see (?:you|if)|know if (?:you|u|we|i)\b)", False),
    Form("modal", rf"(?:can|could|would|will|might|won'?t|wouldn'?t|can'?t|couldn'?t) {_ANYONE}"
         r"(?: (?:please|pls|plz|kindly|possibly|maybe|perhaps|also|just|help (?:us|me)"
         r"(?: to)?|be (?:so )?kind (?:enough )?(?:as )?to|find (?:the )?time to|spare \w+ to|"
         r"take a (?:minute|moment|second|few minutes)(?: and| to)?))*",
         True),
    Form("can-we", r"(?:can|could|may|might) (?:i|we)(?= (?:please |perhaps |maybe )?(?:send "
         r"(?:you|"
         r"it|this|them|one|a copy|over)|"
         rf"submit|write (?:a |an )?(?:guest|post|article|piece)|{_CONTRIBUTE}|get (?:a|an|your|"
         r"some|on|shout[\s-]?outs?|mentioned|featured|listed|linked)|have (?:a|an|your|some)|"
         r"pitch|come on|be (?:a guest|featured|on your|"
         r"included)|guest|feature|interview you|book|schedule|set up|hop on|jump on|grab|"
         r"talk|chat|speak (?:to|with)|discuss (?:with you|something|a|an|this|it)|connect|"
         r"contact (?:you|u)\b|"
         r"introduce (?:you|u|your|our|my|us)\b|"
         r"add (?:my|our|a link|us)|include|"
         r"tell you about|work (?:together|with you)|collaborate|team up|play|try|test|show "
         r"you|offer you|interest you|count on|ask for your (?:help|support|vote)))", False),
    Form("if-you", rf"if {_YOU} (?:just |really |ever |still )?(?:could|can|would|might|wanted "
         r"to|want to|wish to|decide (?:you want )?to|decide to|choose to|are able to|"
         r"'d|'re able to|have (?:a |the )?(?:chance|moment|minute|time|sec|second)(?: to)?|get "
         r"(?:a|the) chance(?: to)?|feel like|are willing to|don't mind)", True),
    Form("if-you-trade", rf"if {_YOU}(?= (?:follow|share|rt|retweet|link|feature|mention|review|"
         r"like|vote|promote|post|star|subscribe|add))", True),
    Form("hoping", rf"(?:{_WE} )?(?:really |just )?hop(?:ing|e|ed) (?:that )?"
         rf"(?:{_YOU}(?:'ll| will| "
         r"can| could| would| might|'d)?|(?:i|we) (?:could|can|might|may)|to see you|to have "
         # "I was hoping to set up a time to talk": a meeting they must make time for.
         r"you|to get|to(?= (?:set up|schedule|arrange|book) ))", True),
    Form("wonder", rf"{_WE} (?:just )?wonder(?:ing|ed)? (?:if|whether) (?:{_YOU}(?:'d| would| "
         r"could| might| can| will|'re| are)?|there|we|i|it)", True),
    Form("from-you", r"(?:takes?|how (?:do|can|could|would|might) (?:i|we)|love|like|hop(?:e|ing)"
         r"|want|wish) (?:to )?(?:get|earn|receive|score) (?:a|an|your|some) [\w/ -]{0,30}?from "
         rf"{_YOU}", False),
    Form("lets", r"let'?s|let us(?= (?:connect|collab|swap|exchange|trade|link|chat|talk|"
         r"work|team|partner|meet|grab|hop|jump|set|schedule))", True),
    # "Please don't consider this spam" asks for nothing.
    Form("please", r"(?:please|pls|plz|kindly|pretty please)(?! (?:do not|don'?t|never|ignore|"
         r"excuse|forgive|pardon|disregard|note)\b)", True),
    Form("you-can", rf"{_YOU}(?: can| could| may want to| might want to| might wanna| should|"
         r" may as well| might as well| may wish to| might wish to| might like to|"
         r"'ll want to| "
         r"will want to| need to| must| have to)(?: (?:also|just|simply|easily|now))?", True),
    Form("why-not", rf"(?:why (?:don'?t|not)(?: {_YOU})?|how about(?: {_YOU})?|what about|how "
         rf"would {_YOU} feel about|feel free to|don'?t forget to|remember to|be sure to|make "
         # "I wanna promote my channel" is the sender's plan; "wanna collab?" asks.
         r"sure to|(?<!i )(?<!we )wanna|care to|fancy)", True),
    # "Want to collab?", "hi want to RP?": the question with its subject left out ("Want to
    # know more?" only leads into the rest).
    Form("want-to", r"(?:(?<=^)|(?<=[.!?\n] )|(?<=\n)|(?<=^hi )|(?<=^hey )|(?<=^hello ))want to"
         r"(?! (?:know|learn|see|hear|find out|read|get started|try it yourself)\b)"
         r"(?=[^.!?\n]{1,40}\?)", False),
)
