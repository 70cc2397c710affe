"""Request forms, first in order: questions put to them ("would you be open to…", "do you
mind…"), hopes ("I'd love it if you…", "I'd like you to…") and what they are asked to do
for the sender in so many words."""

from __future__ import annotations

from bot.asks.acts import PLACEMENT_ON_YOURS
from bot.asks.forms.shape import CONTRIBUTE, FEEL, WE, YOU, Form

QUESTIONS_AND_HOPES: tuple[Form, ...] = (
    Form("open-to", rf"(?:would|will|are|r|were|would not|wouldn't) {YOU} (?:\w+ )?(?:be )?"
         r"(?:open|interested|willing|keen|up for|game|down for|down to|amenable|"
         # "Are you available to consult with us?": their time, asked for.
         r"(?:available|free)(?= (?:to|for)\b))\b", False),
    Form("would-you-be-able", rf"would {YOU} be (?:able|happy|glad|kind enough|so kind)\b", False),
    Form("mind", rf"(?:would|do|will) {YOU} mind\b(?! if (?:i|we)\b)", False),
    # "Nice blog ^^ mind sharing me any notes?": the question with its subject left out.
    Form("mind-doing", r"(?<!n't )(?<!not )(?<!never )(?<!you )\bmind"
         r"(?= \w+ing\b[^.!?\n]{0,60}\?)", True),
    # "Are you looking to add a touch of professionalism to your website?": a sale, asked.
    Form("looking-to", rf"are {YOU} (?:currently |still )?looking to\b"
         r"(?=[^.!?\n]{0,80}\?)", False, "buy"),
    # "Would you consider releasing it under a permissive licence?": whatever the gerund names.
    Form("consider-doing", rf"(?:would {YOU} (?:please |kindly )?|please |kindly )"
         r"consider(?= \w+ing\b)", False),
    # "It's my humble request to add my projects to your README": the request, said.
    Form("my-request", r"(?:it'?s|it is|this is) (?:my|our) (?:humble |kind |sincere |earnest )?"
         r"request to\b", False),
    # "I am submitting a song for airplay consideration": a thing put forward for them to take.
    # ("Thank you for your kind consideration" thanks; it puts nothing forward.)
    Form("for-consideration", r"(?:submit|send|sent|attach|enclos|offer|present|pitch)\w* "
         r"(?:(?!thank|gratitude)[^.!?\n]){0,80}?\bfor (?:your |\w+ )?(?:kind )?consideration\b",
         False),
    # "I would love a signed postcard": a thing of theirs, hoped for.
    Form("love-a", r"(?:would|'d) (?:really |so )?(?:love|like|appreciate|welcome) (?:a|an|one) "
         r"(?:\w+ )?(?:copy|autograph|signature|postcard|photo|reply|response|answer|callback|"
         r"call back|shout[\s-]?out|mention|review|blurb|quote)\b|(?:would|'d) (?:really |"
         r"greatly )?appreciate access\b|"
         # "Would love any criticism", "I'd appreciate your thoughts": their view, hoped for.
         r"(?:would|'d) (?:really |so |greatly |truly )?(?:love|appreciate|welcome) (?:any|some|"
         r"your) (?:\w+ )?(?:feedback|criticism|critique|thoughts|input|comments|suggestions|"
         r"advice|opinions?|pointers|tips)\b", False),
    # "Got time for a quick call?", "Have you got a minute for a chat?": the question cut short.
    # "Do you have time for freelance work?", "Would you have a few minutes to chat?": their
    # time, asked for.
    Form("got-time", r"(?:(?:have|do|would|will|could) you (?:got|have)|(?:if|whether) you "
         r"(?:had|have|might have|'d have)|got(?<![\w,;] got)(?<![\w,;]got))"
         r"(?= (?:some |a little |any )?(?:time|a (?:few )?(?:minutes?|moment|sec(?:ond)?)|"
         r"\d+ (?:minutes|mins))(?: (?:free|spare|available))?(?: \w+){0,3}? (?:for|to)\b)", False),
    Form("chance", r"(?:any|is there (?:any|a)|what are the|is there some) chances?\b", False),
    # ("Would it be okay if I shared your letter?" asks leave, not a favour.)
    # ("It is possible to have your e-mail?": the question in statement order, by its mark.)
    Form("possible", r"(?:is it|would it be|will it be|is that) (?:possible|(?:ok|okay|alright|"
         r"convenient)(?= (?:for (?:you|u) )?to\b))|it(?:'s| is) possible(?= (?:for (?:you|u) )?"
         r"to\b[^.!?\n]{0,80}\?)", False),
    # "It is very important that you vote": what they must do, pressed as a reason.
    Form("important-that", rf"(?:important|essential|vital|crucial) (?:that {YOU}|for {YOU} "
         r"to)\b", True),
    # "Wondering if my offer to chat tickled your fancy?": an earlier ask, asked again.
    Form("my-offer", r"(?:wondering|wonder|see|know) (?:if|whether) (?:my|our) (?:offer|pitch|"
         r"proposal|invitation|invite|idea|request|e-?mail|note|message)\b", False),
    # ("Would love for you to have a look": the subject left out, as in a quick note.)
    Form("love-if", rf"(?:{WE}|would) {FEEL} (?:it )?(?:if|for) {YOU}\b|"
         # "I'd be grateful that you…" hopes; "I love that you ride", "I'm grateful that you
         # wrote" praise and thank.
         rf"(?:i'd|we'd|i would|we would|would) {FEEL} (?:it )?(?:that|when) {YOU}\b", False),
    # "It would be appropriate for you to link back": what they should do, hoped for.
    Form("for-you-to", r"it(?:'d| would| will|'s| is)? (?:be |seem )?(?:really |very |most |so )?"
         r"(?:great|good|nice|appropriate|helpful|ideal|awesome|wonderful|cool|fair|fitting|kind "
         rf"of|a good idea) for {YOU} to\b", True),
    # "This might be worth mentioning in your blog": a suggestion of what they could do.
    # ("The content is worth sharing" says what it is; a suggestion names their medium.)
    Form("worth", r"(?:is|'s|be|seems?|looks?) (?:really |well |definitely |probably |maybe )?"
         r"worth(?: (?:a|an))?\b(?=[^.!?\n]{0,50}\b(?:your|ur)\b)", True),
    # "I am buy post on your site", "we want to purchase a link on your blog": paid placement.
    Form("buy-on-yours", r"(?:i|we)(?:'m|'re| am| are| want to| would like to|'d like to| wish to|"
         rf" wanna)? (?:buy|purchase) {PLACEMENT_ON_YOURS}", False, "link"),
    # "We ask that you attend a class", "to request that you participate": asked outright.
    Form("ask-that-you", rf"(?:ask|request|urge|beg) that {YOU}\b|(?:i|we)(?:'m| am|'re| are)? "
         rf"(?:really |truly |literally )?beg(?:ging)? {YOU}\b", False),
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
    Form("appreciate-you", rf"(?:would|'d) (?:really |greatly |truly |so )?appreciate {YOU}"
         r"(?= [a-z]+ing\b)", False),
    # "I am writing to express my interest in a position": a job asked for.
    Form("interest-in-a-post", r"express(?:ing)? (?:my|our) (?:strong |keen |sincere )?interest\s+"
         r"in\s+(?:\w+\s+){0,3}(?:positions?|roles?|jobs?|internships?|openings?|vacanc\w+|"
         r"opportunit\w+|working (?:with|for|at)|joining)", False),
    # ("… and really encourage you and your colleagues to send me examples.")
    # "I'd like you to add a topic": the verb names what they are to do, an act or not; "I
    # want you to know" tells them something.
    Form("want-you-to", rf"(?:{WE}|would|and) (?:really |simply |kindly |also )?(?:(?:love|like|"
         r"want|need|invite|"
         rf"encourage|urge|ask) {YOU}(?: and (?:your|ur) [\w-]+)? to)\b"
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
         rf"{YOU}\b", False),
    Form("let-me-know", rf"let (?:me|us) know (?:if|whether) (?:{YOU}(?:'d| would| are|'re| "
         r"might| will|'ll)?|this|it|that|there) (?:\w+ )?(?:be |is |sounds |would be )?"
         r"(?:interested|like|want|keen|open|able|fancy|could|can|something|of interest|a fit|"
         r"a good fit|up for|happy to|willing|possible)", False),
    Form("interested", r"(?:(?:interested|intrigued|curious)\s*\?|interested in (?:a |an |some )?"
         r"(?:collab|partner|"
         r"feature|guest|review|link|sponsor|swap|exchange|trying|covering|featuring|reviewing|"
         r"having|working|joining|learning more|checking|reading|sharing|writing|hosting)\w*|"
         r"if (?:you|this|it|that)(?:'re|'s|'d)?(?: \w+){0,4} (?:interested|open to|keen|up for)|"
         rf"{YOU}(?:'d| would| might| may) (?:\w+ )?be (?:interested|open|keen|willing)"
         r"(?! in (?:the fact|knowing|hearing|learning|reading about|this (?:news|thread|article|"
         r"discussion))| to (?:know|hear|learn|see|read)))", False),
    Form("propose", rf"{WE} (?:like to |love to |want to |wanted to )?(?:propose|suggest (?:a|an|"
         r"that we|we)|offer you (?:the|an|a) (?:opportunity|chance))|how about we|(?:give|offer) "
         r"you (?:the|an) (?:opportunity|chance)", False),
    Form("opportunity", rf"{WE} (?:still |really )?(?:love|like|welcome|appreciate|value) (?:an|"
         r"the|any) (?:opportunity|chance) to\b", False),
    Form("who-to-ask", r"(?:who(?:'s| is| would be| should i| would i| do i| can i)(?: \w+){0,3} "
         r"(?:contact|talk to|speak to|speak with|reach|email|pitch|send)|(?:who's|who is) the "
         r"(?:best|right) person|how (?:does one|do i|can i|can we|would i|do we|could i) (?:go "
         r"about|get (?:featured|reviewed|listed|covered|a)|submit|pitch|be featured|"
         rf"{CONTRIBUTE}))",
         False, "intro"),
    Form("story-for-you", r"(?:book|novel|story|album|film|show|product|game|app) (?:that )?"
         rf"{YOU} (?:would|might|will|may) (?:really )?(?:enjoy|love|like)|"
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
         r"wonderful|natural|relevant|valuable|useful) (?:\w+ )?(?:(?:fit |addition )?for|"
         # "It would be a great addition to your blog": the link-insertion mail's ask.
         r"addition to) (?:your|ur) (?:readers|audience|followers|listeners|viewers|subscribers|"
         r"community|podcast|show|blog|channel|newsletter|column|site|website|list|publication|"
         r"magazine|article|post|page|resources?)"
         r"|for immediate release|(?<!thank you )(?<!thanks )for your consideration",
         False),
    Form("pass-along", r"(?:wanted|want|like|love|happy|writing) to (?:share|pass along|introduce|"
         r"tell you about|send you|put|bring)(?: \w+){0,3} (?:(?:our|my) (?:\w+ )?(?:client|"
         r"brand|product|company|app|book|service|startup|launch|latest|new|release)|client|"
         r"brand|product|on your radar|to your attention)\b", False, "cover"),
)
