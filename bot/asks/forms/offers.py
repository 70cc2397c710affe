"""Request forms, second in order: pitches and offers that are asks ("I'd like to pitch a
piece", "we can connect"), ways to reach them, their time and their rates, chasers."""

from __future__ import annotations

from bot.asks.forms.shape import NOUNS, WE, YOU, Form

# A word that describes who is sought ("city", "tech-savvy"), not one that ends the phrase.
_MODIFIER = r"(?!(?:to|for|of|in|on|at|and|or|with|who|that)\b)[\w-]+"

OFFERS_AND_CONTACT: tuple[Form, ...] = (
    # "I'd like to pitch a piece on …": a story offered for their pages is a slot asked for.
    Form("pitching", rf"(?:{WE} (?:like|love|want|wanted|hoping|happy|writing) to pitch|(?:i'm|"
         r"i am|we're|we are) pitching)(?: you)? (?:a |an |my |our |this |the |some )?"
         r"(?:[\w-]+ ){0,2}(?:piece|story|article|idea|post|feature|column|essay|op-?ed|segment|"
         r"episode|interview|guest)", False, "cover"),
    Form("if-you-like-we", r"if (?:you'd like|you would like|you like|you're interested|"
         r"interested|you want),? (?:i|we) (?:can|could|will|'d|would|'ll) (?:\w+ )?(?:send|"
         r"arrange|set up|provide|supply|share|get|connect|schedule|make)", False),
    Form("do-you", rf"do {YOU} (?:accept|take|allow|offer|publish|do (?:sponsored|guest|"
         r"reviews|link|collab|paid|promo)|have (?:a |any )?(?:openings?|space|room|slots?|"
         r"availability|"
         r"spots?|a few minutes|a minute|\d+ minutes|time (?:for|to))|(?:perhaps |maybe |happen "
         r"to )?have (?:a |an )?(?:telegram|"
         r"whatsapp|discord|skype|wechat|signal|line|kakao)\b|want (?:to|a|us|me)|"
         r"wanna|fancy)", False),
    # "Are you on WhatsApp?": moving the talk to another network asks to connect there.
    Form("are-you-on", rf"(?:are|r) {YOU} on (?:telegram|whatsapp|discord|skype|wechat|signal|"
         r"kakao|snapchat|instagram|insta|linkedin|facebook|tiktok)\b(?=\s*\?)", False,
         "connect"),
    Form("of-interest", r"(?:would|could|might|is|will) (?:this|that|it)(?: [\w-]+){0,4} be "
         rf"(?:of )?(?:interest|interesting|useful|relevant|helpful|a (?:good |great )?fit) "
         rf"(?:to|for) (?:{YOU}|your|ur)\b", False),
    Form("alright-if", r"(?:would|is|will) (?:it|that) be (?:alright|all right|ok|okay|fine|"
         r"acceptable|possible) (?:if|for) (?:i|we|me|us) (?:\w+ )?(?:sent|send|shared|share|"
         r"emailed|email|introduced|submitted|submit|added|add|pitched|reached)", False),
    Form("opportunity-if", rf"if {YOU} (?:could )?(?:give|grant|offer) (?:me|us) (?:the|a|an) "
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
    Form("what-about-letting", rf"what do {YOU} think (?:about|of) (?:letting|having|giving) "
         r"(?:me|us)", False),
    Form("suggest-adding", r"(?:suggest|(?<!pull )request) (?:adding|including|linking|featuring|"
         r"mentioning|listing|sharing) (?:it|this|my|our|a link)", False, "link"),
    Form("if-you-need", rf"if {YOU} (?:ever )?need (?:someone|somebody|a |an )", False),
    Form("want-some", r"(?<!i )(?<!we )(?<!not )(?<!n't )want "
         r"(?!(?:that|it|this|them|to|me|us)\b)(?:some |a |an |more )?(?:free )?[\w-]+"
         r"(?: [\w-]+)?\s*\?",
         False),
    Form("know-anyone", rf"(?:do|if) {YOU} (?:happen to )?know (?:anyone|anybody|someone|"
         r"somebody|of "
         r"anyone|any)\b", False, "intro"),
    Form("invited", rf"(?:{YOU}(?:'re| are) (?:cordially )?invited|(?:we|i)?(?: would| 'd)? ?(?:"
         r"like to |want to |wanted to |be glad to |be happy to )?invite you)", False),
    Form("we-should", rf"(?:we|{YOU}) should(?: (?:really|definitely|totally))?", True),
    Form("look-forward", r"(?:look|looking) forward to (?:[\w' ]+, )?(?:\w+ )?(?:connecting|"
         r"chatting|working "
         r"(?:with|together)|collaborating|partnering|seeing you (?:on|at|over)|your (?:review|"
         r"feature|coverage|support|vote|share|rt|retweet|follow|link))", False, "connect"),
    # "when people ask for RTs" reports what others do: a third person asks nothing of them.
    # ("Looking for city centric bloggers": up to two words before who is sought, but not "a
    # place to host", where the words say what is sought.)
    Form("looking-for", rf"(?<!people )(?<!they )(?<!others )(?<!folks )(?:{WE} )?"
         r"(?:currently |now |simply |just )?(?:looking for|seeking|"
         r"searching for|hoping for|trying to get|in need of|requesting|asking for|ask for|"
         r"reaching out for) (?:a |an |some |any |more |your |the )?"
         rf"(?:{_MODIFIER} ){{0,2}}(?:bloggers?|talents?|guests?|speakers?|contributors?|"
         r"hosts?|compan(?:y|ies)|brands?|reviewers?|influencers?|"
         rf"writers?|partners?|sponsors?|ambassadors?|backers?|supporters?|{NOUNS}|"
         r"internships?|jobs?|positions?|referrals?|"
         r"opportunit\w+)\b", False),
    # "I'd love your feedback" asks; "I love your stories" is praise, so only the
    # conditional (or a need) asks.
    Form("love-your", rf"(?:(?:would|'d) (?:really |truly |greatly |so |very much )?(?:love|"
         r"like|appreciate|welcome|value|need)|(?:i|we) "
         r"(?:need|needed|welcome)|be "
         r"(?:so |very |really |most |extremely |truly |eternally )?(?:grateful|thankful) for) "
         rf"(?:your|ur|any|a|some) (?:\w+ )?(?:{NOUNS})\b", False),
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
         r"(?:valuable |precious |busy )?time|"
         # "Can you spare a minute?": the same time, asked with no "of your time".
         r"(?:can|could|would) (?:you|u) (?:possibly )?spare (?:me )?(?:a|one|two|five|ten|\d+|"
         r"a few|some|a couple of) (?:quick )?(?:minutes?|moments?|mins?|seconds?|secs?)\b",
         False, "connect"),
    # "What would you charge for a sponsored post?": a price asked is a service asked for.
    Form("rates", rf"(?:what|how much) (?:would|do|will|does|did) {YOU} (?:\w+ )?(?:charge|ask|"
         r"want|take) (?:for|to)|how much (?:for|is|would|does|do you charge for) (?:a|an|one|"
         r"your|each) (?:\w+ )?(?:post|shout[\s-]?out|mention|feature|review|link|story|"
         r"placement|promo\w*|tweet|video|ad|slot|spot|article)", False, "buy"),
    # "Are you accepting guest posts?": an opening asked about is an ask for it.
    Form("are-you-taking", rf"are {YOU} (?:currently |still |now )?(?:accepting|taking|open to|"
         r"looking for|in need of) (?:any |new |more )?(?:\w+ )?(?:guest|submissions?|sponsors?|"
         r"contributors?|writers?|pitches|articles|posts|partners?|collab\w*|advertis\w*|"
         r"clients?|guests?|reviews?|links?)", False),
    # "Let me know when you have time for a call": their time, asked for.
    Form("let-me-know-when", r"let (?:me|us) know (?:when|what time|a (?:good )?time|which "
         r"(?:day|time))(?=[^.!?\n]{0,40}\b(?:call|chat|meet|meeting|talk|free|available|coffee|"
         r"demo)\b)", False, "connect"),
    # ("Stars, forks and feedback are more than welcome", "honest feedback all welcome": what
    # they may give, invited; "your feedback was appreciated" thanks for what is done.)
    Form("appreciated", rf"(?:any|a|your|some) (?:\w+ )?(?:{NOUNS})\b[^.!?\n]{{0,30}}?"
         r"(?<!was )(?<!were )(?:appreciated|welcome|welcomed|would help|would mean|means a lot)|"
         rf"(?:{NOUNS}) (?:wanted|needed|requested)|"
         rf"(?:{NOUNS})\b[^.!?\n]{{0,40}}? (?:are|is|all|always) (?:(?:more than|very|most|"
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
    Form("inquire-about", rf"(?:{WE} )?(?:would like|'d like|like|want|wanted|wish|writing) to "
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
    Form("contact-me", rf"(?:can|could|would|will) {YOU} (?:please |kindly )?(?:e-?mail|call|"
         r"phone|ring|text|message|dm|contact) (?:me|us)\b", False, "connect"),
    Form("want-to-help", r"(?<!i )(?<!we )(?<!they )(?<!who )(?:want|wanna|care) to help (?:me|"
         r"us)\b", False, "help"),
)
