"""Acts that spread the sender's thing: share, retweet, repost, upvote, star, forward, and
word of mouth (asking them to tell their own people)."""

from __future__ import annotations

from bot.asks.acts.phrases import GAP, ON_THEIRS, OURS, SHOUT, THEIR_PEOPLE, THEIR_VIEW

SPREADING: dict[str, tuple[str, ...]] = {
    "amplify": (
        # "RT @someone: …" quotes a retweet; it does not ask for one.
        rf"(?<!w\.)r{GAP}t\b(?! ?@[\w.]+:)", rf"re{GAP}tweet", r"quote[\s-]?tweet", r"re-?share",
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
        r"re-?post", r"re-?blog", r"cross-?post", r"signal[\s-]?boost", rf"boost {OURS}",
        r"spread (?:the word|it|this|the news|the love|awareness)", r"get the word out",
        rf"pass {OURS}? ?(?:on|along|around)", r"up-?vote", rf"star {OURS}",
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
        rf"{THEIR_PEOPLE}",
        # "Please tell everyone you know about it": their people, said the other way.
        r"(?:tell|ask|invite|encourage|remind) (?:everyone|everybody|anyone|anybody|all the people|"
        r"people) (?:you know|you meet|around you|in your life)\b",
        # ("Review it and share feedback with your fans": their own view, told.)
        rf"(?:send|forward|share|pass|post|email|text|mention) (?!{THEIR_VIEW})"
        rf"(?:{OURS} )?(?:[\w-]+ )?"
        rf"(?:on |along )?(?:to |with )?(?:all (?:of )?)?{THEIR_PEOPLE}",
        # "Circulate this invitation", "by circulating the survey".
        rf"circulat(?:e|ing) {OURS}",
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
        rf"forward (?!(?:me|us)\b){OURS}(?! (?:\w+ )?to (?:him|her|them|him/her|the (?:right|"
        r"appropriate|relevant|correct) (?:person|people|contact|department|team)|whoever|the "
        r"person)\b)",
        r"tweet (?:about|it|this|out|a link)", rf"amplify {OURS}",
        # "Would you tweet some videos I send you?": what they are to tweet, for the sender.
        r"tweet (?:some |the |my |our |a few |these |those )\w+",
        rf"give {OURS}(?: [\w-]+)? (?:a |an )?(?:quick )?(?:little )?{SHOUT}",
        # ("Could you please mention the following things: your bio, …" asks them to tell.)
        rf"mention (?!the following\b){OURS}",
        r"(?:giv|leav|dropp?|hit|push|smash|click|tapp?|add)(?:e|ing)?(?: [\w-]+){0,2} "
        r"(?:a |the |that )?(?:star|upvote|\u2b50)(?:s| button)?",
        # "star ⭐ the repo", "star mark my project".
        # ("star 🤩 the repo": an emoji between the verb and its object.)
        rf"star(?:[\s-]?mark)?(?: [^\w\s]{{1,3}})? {OURS}",
        r"help (?:spread|promote|vote|boost|share|get the word|upvote|star|bump)",
        # The amplifying verbs of particular sites: digg it, stumble it, bump it, thumbs up.
        rf"(?:digg|stumble|bump|thumbs? up) {OURS}",
        rf"give {OURS} a thumbs? up",
        # After "if you" / "it would mean a lot if you": the past tense of a conditional.
        r"(?<=you )(?:shared|retweeted|reposted|promoted|mentioned|spread|boosted|upvoted)",
        # ("Promote it on Acme", a paid service selling them promotion, is a sale, not a share.)
        r"shout (?:it|us|me|this) out", rf"promote {OURS}(?! (?:on|with|via|through|at) "
        rf"(?!{ON_THEIRS}))",
        r"help promote",
        # Upvotes by another name: "vote it up", a thumbs-up, a like on a post or a picture
        # (a like on a page is a follow, "connect"; a vote in a contest is support, "buy").
        r"vote (?:(?:it|this|us|me|them) )?up\b",
        # "Thumbs up to your team" is praise, not a thumbs-up asked for.
        r"thumbs? up\b(?! (?:to|for|on)\b)",
        r"like (?:my|our|this|the|his|her) (?:\w+ )?(?:picture|photo|pic|post|video|status|"
        r"tweet|reel|entry|submission)s?",
        # "Plz like this": a like asked for the thing itself ("hope you like it" is a taste).
        r"(?<=please )like (?:this|it)\b", r"(?<=plz )like (?:this|it)\b",
        r"(?<=pls )like (?:this|it)\b",
        # "Follow and like", "like and share": a pair of clicks asked for together.
        # ("Return the follow and follow us" asks one follow, said twice.)
        r"(?:follow|like|subscribe|share|comment) (?:and|&|\+) (?:like|subscribe|share|comment)\b",
        r"like (?:and|&|\+) follow\b",
    ),
}
