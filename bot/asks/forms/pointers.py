"""Request forms, last in order: bargains and trades, and the general forms that point at
an act ("could you …", "please …", "if you could …", "you can …"), tried after the specific
forms before them."""

from __future__ import annotations

from bot.asks.acts import MEET_WHEN
from bot.asks.forms.shape import ANYONE, CONTRIBUTE, WE, YOU, Form

BARGAINS_AND_POINTERS: tuple[Form, ...] = (
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
    Form("love-to", rf"(?:{WE}|(?:he|she|they)'?d|(?<!you )would|(?<!you)'d) "
         r"(?:really |so |also |just |truly |very much )?"
         r"(?!(?<=\bi )(?:love|like) to\b)(?!(?<=\bwe )(?:love|like) to\b)"
         r"(?:love|like|want|"
         r"wanted|wish|be "
         r"(?:happy|glad|thrilled|keen|delighted|"
         r"honou?red|"
         r"excited)) to (?:\w+ )?(?:send (?:(?>you(?: guys| all| both| folks)?)|it|this|them|one|"
         r"a copy|over)(?! (?:my|our) "
         r"(?:thanks|gratitude|love|best|congratulations|condolences|sympathy|regards)\b)"
         # ("send you a quick note of thanks", "send you a thank you" are the thanks itself.)
         r"(?! (?:a|an|this) (?:quick |short |little |brief |small )?(?:note|line|word|message|"
         r"token) of (?:thanks|gratitude|appreciation|congratulations)\b)"
         r"(?! (?:a |my |our )?(?:big |huge |heartfelt |quick |short |little )?"
         r"(?:thank[\s-]?you|thanks)\b)|"
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
         rf"on|{CONTRIBUTE}|write (?:a |an )?(?:guest|article|post|piece|review) (?:for|on)|offer "
         r"you|invite you|feature on|work (?:with|together)|discuss|partner|collaborate|"
         # ("I just wanted to connect with you and let you know…" reaches out; it asks nothing.)
         r"co-?operate|connect(?! (?:with )?(?:you|u) and (?:let you know|say|tell you|thank))|"
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
    Form("modal", rf"(?:can|could|would|will|might|won'?t|wouldn'?t|can'?t|couldn'?t) {ANYONE}"
         r"(?: (?:please|pls|plz|kindly|possibly|maybe|perhaps|also|just|help (?:us|me)"
         r"(?: to)?|be (?:so )?kind (?:enough )?(?:as )?to|find (?:the )?time to|spare \w+ to|"
         r"take a (?:minute|moment|second|few minutes)(?: and| to)?))*",
         True),
    Form("can-we", r"(?:can|could|may|might) (?:i|we)(?= (?:please |perhaps |maybe )?(?:send "
         r"(?:you|"
         r"it|this|them|one|a copy|over)|"
         rf"submit|write (?:a |an )?(?:guest|post|article|piece)|{CONTRIBUTE}|get (?:a|an|your|"
         r"some|on|shout[\s-]?outs?|mentioned|featured|listed|linked)|have (?:a|an|your|some)|"
         r"pitch|come on|be (?:a guest|featured|on your|"
         r"included|friends)|guest|feature|interview you|book|schedule|set up|hop on|jump on|grab|"
         r"talk|chat|speak (?:to|with)|discuss (?:with you|something|a|an|this|it)|connect|"
         r"contact (?:you|u)\b|"
         r"introduce (?:you|u|your|our|my|us)\b|"
         r"add (?:my|our|a link|us)|include|"
         r"tell you about|work (?:together|with you)|collaborate|team up|exchange|swap|trade|"
         r"play|try|test|show "
         r"you|offer you|interest you|count on|ask for your (?:help|support|vote)))", False),
    Form("if-you", rf"if {YOU} (?:just |really |ever |still )?(?:could|can|would|might|wanted "
         r"to|want to|wish to|decide (?:you want )?to|decide to|choose to|are able to|"
         r"'d|'re able to|have (?:a |the )?(?:chance|moment|minute|time|sec|second)(?: to)?|get "
         r"(?:a|the) chance(?: to)?|feel like|are willing to|don't mind)", True),
    Form("if-you-trade", rf"if {YOU}(?= (?:follow|share|rt|retweet|link|feature|mention|review|"
         r"like|vote|promote|post|star|subscribe|add))", True),
    Form("hoping", rf"(?:{WE} )?(?:really |just )?hop(?:ing|e|ed) (?:that )?"
         rf"(?:{YOU}(?:'ll| will| "
         r"can| could| would| might|'d)?|(?:i|we) (?:could|can|might|may)|to see you|to have "
         # "I was hoping to set up a time to talk": a meeting they must make time for.
         r"you|to get|to(?= (?:set up|schedule|arrange|book) ))", True),
    Form("wonder", rf"{WE} (?:just )?wonder(?:ing|ed)? (?:if|whether) (?:{YOU}(?:'d| would| "
         r"could| might| can| will|'re| are)?|there|we|i|it)", True),
    Form("from-you", r"(?:takes?|how (?:do|can|could|would|might) (?:i|we)|love|like|hop(?:e|ing)"
         r"|want|wish) (?:to )?(?:get|earn|receive|score) (?:a|an|your|some) [\w/ -]{0,30}?from "
         rf"{YOU}", False),
    Form("lets", r"let'?s|let us(?= (?:connect|collab|swap|exchange|trade|link|chat|talk|"
         r"work|team|partner|meet|grab|hop|jump|set|schedule))", True),
    # "Please don't consider this spam" asks for nothing.
    Form("please", r"(?:please|pls|plz|kindly|pretty please)(?! (?:do not|don'?t|never|ignore|"
         r"excuse|forgive|pardon|disregard|note)\b)", True),
    Form("you-can", rf"{YOU}(?: can| could| may want to| might want to| might wanna| should|"
         r" may as well| might as well| may wish to| might wish to| might like to|"
         r"'ll want to| "
         r"will want to| need to| must| have to)(?: (?:also|just|simply|easily|now))?", True),
    Form("why-not", rf"(?:why (?:don'?t|not)(?: {YOU})?|how about(?: {YOU})?|what about|how "
         rf"would {YOU} feel about|feel free to|don'?t forget to|remember to|be sure to|make "
         # "I wanna promote my channel" is the sender's plan; "wanna collab?" asks.
         r"sure to|(?<!i )(?<!we )wanna|care to|fancy)", True),
    # "Want to collab?", "hi want to RP?": the question with its subject left out ("Want to
    # know more?" only leads into the rest).
    Form("want-to", r"(?:(?<=^)|(?<=[.!?\n] )|(?<=\n)|(?<=^hi )|(?<=^hey )|(?<=^hello ))want to"
         r"(?! (?:know|learn|see|hear|find out|read|get started|try it yourself)\b)"
         r"(?=[^.!?\n]{1,40}\?)", False),
)
