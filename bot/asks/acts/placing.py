"""Acts that place the sender's thing with them: a link or a post on their site, coverage
or an interview, and their look or review."""

from __future__ import annotations

from bot.asks.acts.phrases import OURS, PLACEMENT_ON_YOURS

PLACING: dict[str, tuple[str, ...]] = {
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
        # A change to their page asked for: "can you update your post with our new link?",
        # "please update your site re: our banner".
        r"(?:update|edit|amend|correct) (?:your|ur) (?:[\w-]+ )?(?:site|website|page|post|article|"
        r"listing|blog|list|directory)\b",
        # Credit asked for: a citation, a reference, an attribution.
        r"cite (?:us|our|my|it|this|the|them)\b", r"(?:add|include) (?:a |the |our |my )?"
        r"(?:following )?(?:citation|reference to|credit|attribution)",
    ),
    "cover": (
        r"(?<=you )(?:featured|covered|wrote about|included|profiled|interviewed|published)",
        # Not the nouns they head: a cover story, a feature request, a profile picture.
        r"(?:cover|feature|profile|spotlight|showcase|highlight)\b(?! up\b| (?:request|story|"
        r"stories|letter|photo|image|art|page|picture|pic|price)s?\b)",
        rf"write (?:up|a (?:post|story|piece|review|blog|article|feature)|{OURS} up)",
        rf"(?:blog|post|talk|tweet|write|report) about {OURS}",
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
        r"review\b(?!s)", rf"try {OURS}", r"test (?:it|this|our|my|drive)",
        r"check (?:it|this|us|our|my|out|these|them|that)",
        r"(?:find|follow|see) (?:me|us) (?:on|at|over)\b",
        r"take a (?:look|peek|gander|glance|listen|read)", r"look this\b",
        r"have a (?:look|peek|listen|read|gander|glance)",
        r"look (?:at|over|into|through) (?:it|this|our|my|the|these|them)",
        rf"give {OURS} (?:\w+ )?(?:a |an )?(?:try|look|read|listen|watch|spin|go|test|whirl|"
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
}
