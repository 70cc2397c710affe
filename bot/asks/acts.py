"""What a request asks the recipient to do, by kind: the verb phrases of an ask.

Each kind is a list of regular expressions over folded text (lower case, confusables
folded), written as the base-form verb with the object it needs, so "share this" is an act
and "the share" is not. They are only tried where a request form points (after "could you",
"please", at the start of a clause …), never scanned at every position with guards.
"""

from __future__ import annotations

# Gaps between letters of short tokens let "R.T." and "re-tweet" be read as what they are.
_GAP = r"[\s.\-_*'`]*"
_OURS = r"(?:it|this|that|these|them|us|me|my|our|the|a|an|some|one|his|her|their)"
# "Meet with you for 20 minutes" asks for their time; "I'd like to meet you some day" is a
# wish: a meeting is asked when it comes with a when or a what for.
MEET_WHEN = (r"meet (?:with )?(?:you|up)(?= (?:for|at|on|this|next|over|during|to discuss|"
             r"to talk|and discuss)\b)")
_SHOUT = r"(?:shout[\s-]?outs?|mention|plug|boost|rt|retweet|share|star|upvote)"
# Promotion "on" something the recipient or everyone uses: a share. On any other name ("promote
# it on Acme") it is a service sold to them.
_ON_THEIRS = r"(?:your|ur|all|social|twitter|x|facebook|instagram|linkedin|tiktok)\b"
# A paid placement on their site: "buy a post on your site", "purchase a link on your blog".
PLACEMENT_ON_YOURS = (r"(?:a |an |some )?(?:guest |sponsored |paid )?(?:posts?|articles?|links?|"
                      r"ads?) on (?:your|ur)\b")
# Their own people, whom an ask would reach through them: word of mouth is amplification.
_THEIR_PEOPLE = (r"(?:your|ur|ya|yer) (?:\w+ )?(?:friends?|family|followers|readers|fans|audience|"
                 r"network|contacts|list|community|colleagues|co-?workers|subscribers|"
                 r"loved ones|circle)\b")

# What they think, which they would tell in their own words: no share of the sender's thing.
_THEIR_VIEW = r"(?:feedback|thoughts|views?|opinions?|experiences?|insights?|advice|tips?)\b"

ACTS: dict[str, tuple[str, ...]] = {
    "amplify": (
        # "RT @someone: …" quotes a retweet; it does not ask for one.
        rf"(?<!w\.)r{_GAP}t\b(?! ?@[\w.]+:)", rf"re{_GAP}tweet", r"quote[\s-]?tweet", r"re-?share",
        # What they would tell the sender is not a share: "share your socials", "share an
        # email address", "share your in-depth knowledge", "share a presentation" (a talk).
        # ("Share feedback", with no word before it, is theirs too.)
        r"share(?! (?:(?:your|ur|some|a few|my|our|a|an|any|more|the|his|her|their) "
        r"(?:own |honest |more |[\w-]+ )?)?(?:thoughts|"
        r"views?|opinions?|experiences?|stories|story|insights?|feedback|perspective|take|"
        r"advice|knowledge|expertise|tips?|ideas?|notes?|findings|results|work|e-?mail|address|"
        r"information|career|path|journey|"
        r"contact|number|details|info|availability|schedule|bank|account|socials?|social media|"
        r"handles?|presentation|paper|research|cv|resume|portfolio|rates?|quote|"
        # Their material, asked to be handed over ("share the document of this project",
        # "share the evaluated model generations"), is no share of the sender's.
        r"documents?|docs?|code|source|data|datasets?|models?|weights|checkpoints?|slides|"
        r"files?|scripts?|notebooks?|logs?|configs?|generations|outputs)\b)"
        r"(?! (?:the same|a (?:love|passion|view)|how|where|when|whether|what)\b)"
        # Their own things ("share your gifts with the world") and what comes back to the
        # sender ("please share them with us") spread nothing of the sender's.
        r"(?! (?:your|ur) (?!own )[\w-]+\b(?! with (?:your|ur) ))(?! (?:\w+ )?with (?:me|us)\b)"
        # ("Share me any notes": handed to the sender.)
        r"(?! (?:me|us)\b)",
        r"re-?post", r"re-?blog", r"cross-?post", r"signal[\s-]?boost", rf"boost {_OURS}",
        r"spread (?:the word|it|this|the news|the love|awareness)", r"get the word out",
        rf"pass {_OURS}? ?(?:on|along|around)", r"up-?vote", rf"star {_OURS}",
        r"send (?:it|this|them) on\b",
        # "Can you help by boosting this toot?": the gerund says what the help is.
        r"help (?:us |me )?by (?:sharing|retweeting|reposting|boosting|spreading|upvoting|"
        r"starring|forwarding)",
        # The chain letter: "send this message to 10 people", "forward to all your contacts".
        r"(?:send|forward|share|copy|pass) (?:this |it |the )?(?:message |msg |email |mail |"
        r"post |request |letter |text )?(?:on )?to (?:at least |another |other )?(?:\d+|"
        r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|"
        r"a (?:few|hundred|dozen)|as many|all|every|everyone|everybody|anyone|your (?:friends|"
        r"contacts|list|family|loved ones))\b",
        # Word of mouth: "tell your friends about us", "ask your best friend to vote for me",
        # "post my blog to your friends", "please pass your friends".
        rf"(?:tell|ask|get|invite|encourage|urge|remind) (?:all |any of |some of )?"
        rf"{_THEIR_PEOPLE}",
        # ("Review it and share feedback with your fans": their own view, told.)
        rf"(?:send|forward|share|pass|post|email|text|mention) (?!{_THEIR_VIEW})"
        rf"(?:{_OURS} )?(?:[\w-]+ )?"
        rf"(?:on |along )?(?:to |with )?(?:all (?:of )?)?{_THEIR_PEOPLE}",
        # "Circulate this invitation", "by circulating the survey".
        rf"circulat(?:e|ing) {_OURS}",
        r"get (?:it|this|the word|us|me) out there", r"(?:post|tweet)(?:ing)? (?:your|a) vote",
        # "Consider sharing it": the gerund says what is asked.
        r"consider (?:sharing|retweeting|reposting|upvoting|starring|boosting|spreading)",
        # The status chain letter: "copy this text and put it in your status".
        r"(?:put|post|paste|copy|set) (?:it|this|this text|this message|this status) (?:in|on|as|"
        r"to|into) (?:your|ur) (?:status|wall|profile|timeline|feed|story)",
        r"(?:copy|paste) (?:and paste )?(?:this|it) (?:text|message|status|post)\b",
        r"starr?ed (?:me|us|my|our)\b",
        # "pass this request on", "hit the forward button".
        r"pass (?:this|it) (?:message |msg |email |mail |request |letter |text )?(?:on|along)\b",
        r"(?:hit|press|click|tap|push) (?:the )?forward\b",
        # "forward me on to someone" asks for an introduction, "forward me your CV" for a
        # document: neither is a share.
        # "Forward this to the right person" redirects the message; it spreads nothing.
        rf"forward (?!(?:me|us)\b){_OURS}(?! (?:\w+ )?to (?:him|her|them|him/her|the (?:right|"
        r"appropriate|relevant|correct) (?:person|people|contact|department|team)|whoever|the "
        r"person)\b)",
        r"tweet (?:about|it|this|out|a link)", rf"amplify {_OURS}",
        # "Would you tweet some videos I send you?": what they are to tweet, for the sender.
        r"tweet (?:some |the |my |our |a few |these |those )\w+",
        rf"give {_OURS}(?: [\w-]+)? (?:a |an )?(?:quick )?(?:little )?{_SHOUT}",
        # ("Could you please mention the following things: your bio, …" asks them to tell.)
        rf"mention (?!the following\b){_OURS}",
        r"(?:giv|leav|dropp?|hit|push|smash|click|tapp?|add)(?:e|ing)?(?: [\w-]+){0,2} "
        r"(?:a |the |that )?(?:star|upvote|\u2b50)(?:s| button)?",
        # "star ⭐ the repo", "star mark my project".
        # ("star 🤩 the repo": an emoji between the verb and its object.)
        rf"star(?:[\s-]?mark)?(?: [^\w\s]{{1,3}})? {_OURS}",
        r"help (?:spread|promote|vote|boost|share|get the word|upvote|star|bump)",
        # The amplifying verbs of particular sites: digg it, stumble it, bump it, thumbs up.
        rf"(?:digg|stumble|bump|thumbs? up) {_OURS}",
        rf"give {_OURS} a thumbs? up",
        # After "if you" / "it would mean a lot if you": the past tense of a conditional.
        r"(?<=you )(?:shared|retweeted|reposted|promoted|mentioned|spread|boosted|upvoted)",
        # ("Promote it on Acme", a paid service selling them promotion, is a sale, not a share.)
        r"shout (?:it|us|me|this) out", rf"promote {_OURS}(?! (?:on|with|via|through|at) "
        rf"(?!{_ON_THEIRS}))",
        r"help promote",
        # Upvotes by another name: "vote it up", a thumbs-up, a like on a post or a picture
        # (a like on a page is a follow, "connect"; a vote in a contest is support, "buy").
        r"vote (?:(?:it|this|us|me|them) )?up\b",
        # "Thumbs up to your team" is praise, not a thumbs-up asked for.
        r"thumbs? up\b(?! (?:to|for|on)\b)",
        r"like (?:my|our|this|the|his|her) (?:\w+ )?(?:picture|photo|pic|post|video|status|"
        r"tweet|reel|entry|submission)s?",
    ),
    "link": (
        r"(?:place|put|add|insert) (?:a |an |our |my |the )?(?:[\w-]+ )?link",
        r"(?<=you )(?:linked|added)",
        r"link (?:to (?:us|our|my|me|it|this)|back|us|our|my)",
        r"link (?:the|this|it|our|my) (?:site|page|post|project|blog|article|repo|tool)",
        r"add (?:a |an |our |my |the |your )?(?:do-?follow )?(?:link|backlink)",
        r"(?:swap|exchange|trade) (?:links|backlinks|guest posts|posts)", r"link (?:exchange|swap)",
        # A placement bought on their site: "buy a post on your site".
        rf"(?:buy|purchase|place) {PLACEMENT_ON_YOURS}",
        r"include (?:a |our |my |the )?(?:link|backlink|resource)",
        r"(?:add|include|list|insert|put) (?:us|our|my|it|this|them)\b",
        r"(?:publish|post|host|accept|run) (?:a |an |our |my |this )?(?:guest|sponsored|"
        r"contributed)",
        r"contribute (?:to|a|an) (?:your )?(?:blog|site|publication|guest|article|post)",
        r"backlinks?", r"guest[\s-]?post", r"remove (?:the |our |my |every |all |these |those )?"
        r"(?:links?|backlinks?)",
        r"(?:replace|update) (?:the|that|it|this) (?:broken )?link",
        # Credit asked for: a citation, a reference, an attribution.
        r"cite (?:us|our|my|it|this|the|them)\b", r"(?:add|include) (?:a |the |our |my )?"
        r"(?:following )?(?:citation|reference to|credit|attribution)",
    ),
    "cover": (
        r"(?<=you )(?:featured|covered|wrote about|included|profiled|interviewed|published)",
        # Not the nouns they head: a cover story, a feature request, a profile picture.
        r"(?:cover|feature|profile|spotlight|showcase|highlight)\b(?! up\b| (?:request|story|"
        r"stories|letter|photo|image|art|page|picture|pic|price)s?\b)",
        rf"write (?:up|a (?:post|story|piece|review|blog|article|feature)|{_OURS} up)",
        rf"(?:blog|post|talk|tweet|write|report) about {_OURS}",
        r"run (?:a |an |our |my |the |this )?(?:story|piece|article|feature|ad)",
        r"interview (?:me|us|our|my)", r"publish (?:it|this|our|my|a|an)",
        # "worth mentioning in your blog": a mention in their medium is coverage.
        r"mention (?:in|on) (?:your|ur)\b",
        r"have (?:me|us|our \w+|my \w+) (?:on|as|join|come)", r"book (?:me|us|our|my)",
        # A guest asked onto the sender's show: "we'd love to have y'all come on the podcast".
        r"(?:have|get) (?:y'all|you all|you guys|you two|your team) (?:come )?(?:on|onto|join)\b",
        r"consider (?:us|our|my|it|this|covering|featuring|including|writing|reviewing|adding|"
        r"linking|publishing|posting|following|subscribing|supporting|donating|voting|"
        r"connecting|joining|trying|checking|hiring|interviewing|having|"
        r"inviting|a|an|the|him|her|them)",
        r"include (?:us|our|my|it|this|me)",
        r"give (?:me|us|our \w+|my \w+) (?:a |an )?(?:slot|spot|chance|platform|feature)",
        r"(?:post|publish|put|run|share|feature) (?:it |this |them |these |that )?(?:on|to|in) "
        r"(?:your|ur) (?:\w+ )?(?:blog|site|website|page|feed|channel|newsletter|column|"
        r"magazine|publication|podcast|show|story|stories|timeline|wall|list)",
    ),
    "review": (
        r"(?<=you )(?:reviewed|tried|checked out|took a look)",
        r"review\b(?!s)", rf"try {_OURS}", r"test (?:it|this|our|my|drive)",
        r"check (?:it|this|us|our|my|out|these|them|that)",
        r"(?:find|follow|see) (?:me|us) (?:on|at|over)\b",
        r"take a (?:look|peek|gander|glance|listen|read)", r"look this\b",
        r"have a (?:look|peek|listen|read|gander|glance)",
        r"look (?:at|over|into|through) (?:it|this|our|my|the|these|them)",
        rf"give {_OURS} (?:\w+ )?(?:a |an )?(?:try|look|read|listen|watch|spin|go|test|whirl|"
        rf"chance|shot)",
        r"read (?:it|this|our|my|more|the (?:post|article|blog|piece|story|release|attached))",
        r"(?:watch|listen to|play|view) (?:it|this|our|my|the)",
        r"visit (?:me|us|our|my|the|this|https?:|www\.)",
        r"click (?:here|the link|on|this|through)",
        # ("Please see this as a friendly request" is a manner of speaking.)
        r"see (?:it|this|them|(?:the |our |my )?(?:attached|below|link|video|post|site|website|"
        r"page))(?! as\b)",
        r"see (?:my|our) (?:new |latest |recent )?(?:pictures|photos|pics|work|videos?|art|"
        r"portfolio|music|tracks?|designs?|shots)",
        r"(?:give|send|share) (?:me|us) (?:your |some |any )?(?:feedback|thoughts|review|opinion)",
        r"(?:provide|offer) (?:me |us )?(?:some |your |any )?(?:input|feedback|advice|insights?)",
    ),
    "connect": (
        r"like (?:me|us) on", r"work on (?:[\w-]+ ){0,3}together", r"endorse (?:me|us|our|my)",
        r"sub (?:to|2) (?:my|our|the|https?:|www\.)", r"sub ?4 ?sub",
        # "Please reach out to me at … for a chat": a conversation asked for.
        r"reach out to (?:me|us)\b",
        r"(?:shoot|drop|send) (?:me|us) (?:a |an |your )?(?:line|mail|e-?mail|message|note|"
        r"address|dm|details|deets|info|number|rates?|media kit)",
        r"join (?:your|my|our) (?:[\w-]+ )?network",
        r"(?:give|leave|drop|hit|push|smash|click|tap)(?: [\w-]+){0,2} (?:a |the |that )?"
        r"(?:like|follow|subscribe|bell)(?:s| button)?\b",
        r"join (?:[\w-]+ ){0,2}(?:discord|server|slack|telegram|group|community|channel|"
        r"newsletter|mailing list)",
        r"(?:write|message|text|ping|contact|reach|dm) me (?:on|at|via)",
        # After a request form: "is it possible to have your contact e-mail address?"
        r"(?:have|get|know|look(?: at)?|see) (?:your|ur) (?:[\w-]+ ){0,3}(?:e-?mail|e-?mails|"
        r"e-?mail address(?:es)?|contact details|phone number|whatsapp|telegram)\b",
        r"(?:e-?)?mail (?:me|us)\b",
        r"drop (?:me )?(?:you|your) (?:telegram|whatsapp|e-?mail|number|contact|discord)",
        r"give (?:it|this|us|our|my)(?: [\w-]+)? (?:a |an )?(?:like|follow)",
        r"(?<=you )(?:followed|joined|connected)",
        r"connect(?! the)", r"link up", r"add (?:me|us)\b", r"follow (?:me|us|back|our|my|along)",
        # Text-speak for a follow back: "ff bak", "f4f", "follow4follow".
        r"(?:ff|follow) ba(?:ck|k)\b", r"f4f\b", r"follow ?(?:4|for) ?follow\b",
        r"friend (?:me|us)", r"like (?:our|my|the|this) (?:\w+ )?(?:page|post|photo|video|channel|"
        r"facebook|fb|pic|tweet|reel)", r"subscribe", r"join (?:us|our|my|the|me)",
        r"(?:hop|jump|get) on (?:a |the )?(?:quick )?(?:call|zoom|phone)",
        # "Lock in a 10-minute product demo", "set up a quick call": a slot of theirs.
        r"(?:lock in|set up|book|schedule|arrange|grab) (?:a |an )?(?:quick |short |brief )?"
        r"(?:[\w-]+ ){0,2}(?:demo|call|meeting|chat|zoom)\b",
        # Asking for their time in person: "meet with you", "come by", "buy you a coffee".
        MEET_WHEN,
        r"(?:come|stop|swing|drop) by\b",
        r"(?:reach out|get in touch|speak|talk) (?:to|with) (?:me|us)\b(?= (?:at|on|via|for|by|"
        r"through)\b)",
        r"(?:buy|get) you (?:a |an )?(?:coffee|lunch|drink|beer|tea)", r"pick (?:your|ur) brain",
        r"(?:time|a (?:minute|moment|sec(?:ond)?)|\d+ (?:minutes|mins)) (?:for|to) (?:a |an )?"
        r"(?:quick |short |brief )?(?:call|chat|meeting|coffee|demo|meet|talk)",
        # Contact details asked of them: "give me your email".
        r"(?:give|send|share|tell|pass) (?:me|us) (?:your|ur) (?:\w+ )?(?:contact|e-?mail|"
        r"number|whatsapp|telegram|details|address|handle|skype)",
        r"(?:book|schedule|set up|arrange|find) (?:a |an |some )?(?:[\w-]+ ){0,4}(?:call|meeting|"
        r"chat|demo|"
        r"time)",
        r"(?:grab|have|get) (?:a |some )?(?:coffee|call|chat|drink|lunch)",
        r"(?:collaborate|collab|partner|team up)\b", r"work (?:together|with (?:us|me))",
        r"follow (?:you|each other)", r"(?:dm|message|whatsapp|telegram) me\b", r"add me on",
        r"(?:dm|message|ping|text) @[\w.]+", r"give (?:me|us) a (?:dm|call|ring|buzz|message)",
        # "I liked your page, please like mine!": the reciprocal ask.
        r"(?:like|follow|visit|check out|sub to|subscribe to) mine\b",
        r"join (?:my|our) (?:network|community|group|list|mailing list)", r"connecting on",
        r"(?:over )?on (?:our|my) (?:instagram|facebook|fb|twitter|linkedin|tiktok|youtube|"
        r"pinterest|page|channel)",
    ),
    "buy": (
        r"buy(?!-in)", r"purchase", r"order (?:it|one|now|today|yours|a copy|our|my)",
        r"pre-?order",
        # "Promote it on Acme": promotion sold to them on the sender's service.
        rf"promote {_OURS} (?:on|with|via|through|at) (?!{_ON_THEIRS})@?[\w.]+",
        # ("Please fix the download link": a noun, what is broken on their site.)
        r"help (?:us |me )?by (?:donating|voting|signing|buying|pledging|subscribing)",
        r"download(?! (?:link|page|button|section|url|count)s?\b)", r"install",
        r"sign(?:\s|-)?up", r"register",
        # "please accept our invitation" asks; "please accept my thanks" is courtesy.
        r"accept (?:my|our|this|the|a)(?! (?:\w+ )?(?:appreciation|gratitude|thanks|apolog\w*|"
        r"condolences|best wishes|regards)\b)",
        r"donate", r"pledge", r"(?:lend|loan) (?:me|us)\b",
        r"(?:send|give|wire) (?:me|us) (?:some |a few |the )?(?:money|cash|funds|dollars|bucks|\$)",
        r"chip in", r"contribute (?:to|\$|a few|what)", r"back (?:us|our|my|the project|this)",
        r"support (?:us|our|my|me|the (?:campaign|project|cause)|this)", r"vote",
        r"help (?:me|us|him|her|them|@[\w.]+) win\b",
        r"sign (?:the |our |my |this )?petition",
        r"fill (?:out|in) (?:our|the|this|my|a) (?:\w+ )?(?:survey|form|questionnaire|poll)",
        r"(?:take|complete|answer) (?:our|the|a|this|my) (?:short |quick |brief )?(?:survey|quiz|"
        r"poll|questionnaire)",
        r"participate", r"use (?:our|my|the) (?:code|link|app|tool|service|product)",
        r"grab (?:a|your|one|our|my)",
        r"get (?:your|a) (?:free |copy|ticket)",
        r"(?:get|grab|pick up) (?:my|our) (?:new |latest |free )?(?:e-?books?|books?|album|"
        r"ep|single|music|tracks?|app|course|copy|merch|tickets?)",
        r"claim (?:your|a)", r"enter (?:the|our|my)",
    ),
    "attachment": (
        r"(?:open|see|read|view|check|review|find|look at|go through) (?:the |my |our )?attach",
        r"(?:please )?find (?:attached|enclosed)", r"(?:the|my|our) attached",
        r"find (?:[\w-]+ ){0,3}(?:at|in|via|through) (?:the )?(?:link|url|attachment)",
    ),
    "intro": (
        r"introduce (?:me|us)", r"put (?:me|us) in touch", r"connect (?:me|us) with",
        r"refer (?:me|us)", r"pass (?:this|it|my \w+|our \w+) (?:on )?to",
        r"forward (?:it |this )?(?:on )?to (?:your|ur|the right|whoever|someone|the "
        r"(?:person|people|team))",
    ),
    "help": (r"help (?:me|us|out|get|make)", r"help(?=\s*(?:\?|or not\b))",
             # "Can you help with a referral?"
             r"help with (?:a|an|my|our|this|some)\b",
             r"assist (?:me|us)\b",
             # "Maybe you can explain some weird behaviour": their know-how asked for.
             r"explain (?:to (?:me|us) )?(?:this|it|why|how|what|the|some|a)\b"),
    "reply": (r"(?:respond|reply|get back) (?:to (?:me|us|my|our|this)|me|us)\b",
              r"check (?:your|ur) (?:e-?mails?|inbox|dms?|messages?|mail|spam)",
              r"send (?:me|us) (?:an? )?(?:mail|e-?mail|message|note|your)"),
    # Only after a form that points at it ("I wonder if you'd be interested").
    "request": (
        r"send (?:me|us|him|her|them) (?:a|an|your|some)\b",
        # "Please come to our event in Bombay": their presence asked for.
        r"(?:come|attend) (?:to )?(?:our|my) (?:[\w-]+ ){0,2}(?:event|party|launch|show|meetup|"
        r"conference|webinar|session|opening|exhibition|talk|workshop|screening|concert|gig)s?\b",
        # A place on their team: "please take me in your lab", "give me an internship".
        r"(?:hire|take) (?:me|us)(?: (?:in|on|into))?\b",
        r"give (?:me|us) (?:a |an )?(?:internship|job|position|chance|role|place)\b",
        # "Send me submissions", "send us examples": what they would send, plural and bare.
        r"send (?:me|us) (?:more |any )?[a-z]+s\b",
        # Handed back to the sender, not spread: "share with me your predictions".
        r"share (?:it |them |this |these |that )?with (?:me|us)\b",
        r"share (?:me|us) (?:any|some|a|an|the|your|more)\b",
        # Something of theirs for free: "can you just give me a free license for this?".
        r"give (?:me|us) (?:a |an |some |the |your )?(?:free |complimentary )?(?:licen[cs]e|keys?|"
        r"copy|copies|access|discount|code|account|sample|trial)\b",
        # A place with them, asked or pressed: "you should come work at GitHub".
        r"come (?:and )?(?:work|join|speak|visit)\b",
        # Their material, asked for: "could you please share the datasets used in your paper?",
        # "send me the code".
        r"(?:share|send|provide|release|upload|give) (?:me |us )?(?:the|your|this|its|their) "
        r"(?:[\w-]+ ){0,2}(?:datasets?|data|code|source code|weights|models?|checkpoints?|"
        r"scripts?|files?|slides|paper|pdf|templates?)\b",
        # "Forward me your current resume": a document of theirs, asked for.
        r"forward (?:me|us) (?:your|the|a|an)\b",
        r"answer (?:a |some |my |our |these |the )?(?:few |couple of |quick |short )?(?:questions?|"
        r"queries|survey)",
        r"(?:be )?(?:interested|open to|willing to|available|keen|up for)\b",
    ),
}

# Nouns for the thing asked, where the request is phrased around it ("any RTs appreciated",
# "we are requesting a feature", "I'd love your support").
ASKED_NOUNS: dict[str, str] = {
    # "Share" with an object after it is the verb, which the acts read ("share an email
    # address" asks for no share).
    "amplify": r"(?:rts?|retweets?|re-?shares?|shares?(?! (?:your|ur|my|our|a|an|the|some|any|"
               r"it|this|that|them)\b)|shout[\s-]?outs?|mentions?|boosts?|plugs?|stars?|upvotes?|"
               r"signal boosts?)",
    "link": r"(?:links?|backlinks?|link exchange|guest (?:post|article|blog)s?|placement|"
            r"sponsored (?:post|article)s?)",
    "cover": r"(?:features?|coverage|story|stories|interview|write-?up|spot|slot|segment|"
             r"spotlight|press|publicity|exposure|airtime)",
    "review": r"(?:reviews?|feedback|thoughts on (?:it|this|our|my)|opinion on (?:it|this|our|my)|"
              r"input on (?:it|this|our|my)|consideration)",
    "buy": r"(?:votes?|donations?|support|pledges?|sign-?ups?|orders?|business|custom)",
    # "likes", not "like": "searching for something like this" asks for nothing.
    "connect": r"(?:collaborations?|collabs?|partnerships?|follow(?:-?backs?)?|likes|"
               r"contact (?:details|info\w*|e-?mail|number)|contact)",
    "help": r"(?:help|assistance)",
}
