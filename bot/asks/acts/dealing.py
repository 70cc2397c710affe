"""The other acts: connecting on another network, buying, voting or donating, opening an
attachment, an introduction, help, a reply, and the plain requests that only follow a form."""

from __future__ import annotations

from bot.asks.acts.phrases import MEET_WHEN, ON_THEIRS, OURS

DEALING: dict[str, tuple[str, ...]] = {
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
        # Friendship asked for: "can we be friends?", "would you like to be my friend?".
        r"friend (?:me|us)", r"be (?:my|our) friends?\b",
        r"like (?:our|my|the|this) (?:\w+ )?(?:page|post|photo|video|channel|"
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
        rf"promote {OURS} (?:on|with|via|through|at) (?!{ON_THEIRS})@?[\w.]+",
        # ("Please fix the download link": a noun, what is broken on their site.)
        r"help (?:us |me )?by (?:donating|voting|signing|buying|pledging|subscribing)",
        r"download(?! (?:link|page|button|section|url|count)s?\b)", r"install",
        r"sign(?:\s|-)?up", r"register",
        # "please accept our invitation" asks; "please accept my thanks" is courtesy.
        r"accept (?:my|our|this|the|a)(?! (?:\w+ )?(?:appreciation|gratitude|thanks|apolog\w*|"
        r"condolences|best wishes|regards)\b)",
        r"donate", r"pledge", r"(?:lend|loan) (?:me|us)\b",
        r"(?:send|give|wire) (?:me|us) (?:some |a few |the )?(?:money|cash|funds|dollars|bucks|\$)",
        # "Pay me $30": payment demanded.
        r"pay (?:me|us)\b(?! back\b)",
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
