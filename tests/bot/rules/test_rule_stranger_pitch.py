"""stranger-pitch: an ask before the relationship is earned (DESIGN §3, the cardinal sin)."""

import pytest

RULE = "stranger-pitch"

ASKS = [
    pytest.param("Hi Liz, could you please RT my last status?", id="rt"),
    pytest.param("Hi Liz, would you share this with your followers?", id="share-with-followers"),
    pytest.param("Hi Liz, would you review my new book?", id="review"),
    pytest.param("Hi Liz, could you feature us in your newsletter?", id="feature"),
    pytest.param("Hi Liz, please download our free ebook.", id="download"),
    pytest.param("Hi Liz, grab a free ebook while it lasts.", id="free-ebook"),
    pytest.param("Hi Liz, please buy a copy, thanks!", id="buy"),
    pytest.param("Hi Liz, please sign up for our beta.", id="sign-up"),
    pytest.param("Hi Liz, could you link back to our guide?", id="link-back"),
    pytest.param("Hi Liz, could you add a link to our site in your post?", id="add-link"),
    pytest.param("Hi Liz, we need a backlink from a site like yours.", id="backlink"),
    pytest.param("Hi Liz, please vote for us on Product Hunt.", id="vote"),
    pytest.param("Hi Liz, please donate to our fundraiser.", id="donate"),
    pytest.param("Hi Liz, please follow us on Instagram.", id="follow-us"),
    pytest.param("Hi Liz, let's link up on Facebook!", id="link-up-on-facebook"),
    pytest.param("Hi Liz, would you connect with me on LinkedIn?", id="connect-on-linkedin"),
    pytest.param("Hi Liz, please see the attached deck.", id="attachment"),
    pytest.param("Hi Liz, would you check out my podcast?", id="check-out"),
    pytest.param("Hi Liz, please spread the word!", id="spread-the-word"),
    pytest.param("Hi Liz, I would love you to share my post.", id="love-you-to-share"),
    pytest.param("Hi Liz, would you like to share my post?", id="would-you-like-to-share"),
    pytest.param("Hi Liz, thanks! Please repost my thread.", id="repost"),
]

EVASIONS = [
    pytest.param("Hi Liz, please R\u200bT my last status", "R\u200bT", id="zero-width-space"),
    pytest.param("Hi Liz, please \u0280\u1d1b my last status", "\u0280\u1d1b", id="small-caps"),
    pytest.param("Hi Liz, please re-tweet my last status", "re-tweet", id="hyphen"),
    pytest.param("Hi Liz, please R.T. my last status", "R.T", id="dotted"),
    pytest.param("Hi Liz, please r\u0435tweet my post", "r\u0435tweet", id="cyrillic-e"),
    pytest.param("Hi Liz, please \uff32\uff34 my post", "\uff32\uff34", id="fullwidth"),
    pytest.param("Hi Liz, please re\u00adtweet my post", "re\u00adtweet", id="soft-hyphen"),
    pytest.param("Hi Liz, please re\u2013tweet my post", "re\u2013tweet", id="en-dash"),
    pytest.param("Hi Liz, please r\u0336t my post", "r\u0336t", id="combining-strike"),
    pytest.param("Hi Liz, please re\u0440\u043e\u0455t this", "re\u0440\u043e\u0455t",
                 id="cyrillic-repost"),
    pytest.param("Hi Liz, please \u0455hare this", "\u0455hare this", id="cyrillic-dze-share"),
]

NOT_ASKS = [
    pytest.param("Liz, thanks for following! What got you into urban sketching?",
                 id="thanks-for-following"),
    pytest.param("Hi Liz, thanks for the follow back!", id="thanks-for-the-follow-back"),
    pytest.param("Thanks for the RT, Liz!", id="thanks-for-the-rt"),
    pytest.param("Hi Liz, thanks for the retweet yesterday.", id="thanks-for-the-retweet"),
    pytest.param("Hi Liz, what's your take on four-day weeks?", id="asks-their-view"),
    pytest.param("Hi Liz, would you share your thoughts on my draft idea?",
                 id="share-your-thoughts"),
    pytest.param("Hi Liz, loved your post on remote hiring. The checklist is gold.",
                 id="comment-on-their-work"),
    pytest.param("Liz, we share the same love for hiking. Where do you usually go?",
                 id="we-share-the-same"),
    pytest.param("Hi Liz, I'll check out your podcast this weekend. Which episode first?",
                 id="ill-check-out"),
    pytest.param("Hi Liz, I'd love to share my notes from your talk if useful. What stuck?",
                 id="id-love-to-share"),
    pytest.param("Hi Liz, I just RT'd your thread on remote work, it was great.",
                 id="rt-d-past-tense"),
    pytest.param("Hi Liz, I retweeted your thread, it was great.", id="retweeted"),
    pytest.param("Hi Liz, curious about your view w.r.t. remote teams?", id="w-r-t"),
    pytest.param("Hi Liz, the art at the start of your talk warmed my heart.",
                 id="art-start-heart"),
    pytest.param("Hi Liz, in order to learn more, what do you read?", id="in-order-to"),
    pytest.param("Hi Liz, how did you get buy-in from your team?", id="buy-in"),
    pytest.param("Hi Liz, I subscribe to your newsletter and love it.", id="i-subscribe"),
    pytest.param("Hi Liz, you write about design so clearly. How long does a post take?",
                 id="you-write-about"),
    pytest.param("Hi Liz, your piece gave my week a real boost.", id="boost-noun"),
    pytest.param("Hi Liz, loved your repost of the design thread.", id="repost-noun"),
]


@pytest.mark.parametrize("text", ASKS)
def test_an_ask_to_a_stranger_is_an_error(review, fired, text):
    """Each kind of ask in DESIGN §3 fires as an error at stage stranger."""
    hits = fired(review(text, stage="stranger"), RULE)
    assert [f.severity for f in hits] == ["error"]


@pytest.mark.parametrize(("text", "excerpt"), EVASIONS)
def test_evasions_are_caught_and_spanned_in_the_original(review, fired, text, excerpt):
    """Look-alike and split spellings still fire, and the span shows the text as written."""
    hits = fired(review(text), RULE)
    assert len(hits) == 1
    # The span is the sentence the ask is in, as written.
    assert excerpt in hits[0].excerpt
    start, end = hits[0].span
    assert text[start:end] == hits[0].excerpt


@pytest.mark.parametrize("text", NOT_ASKS)
@pytest.mark.parametrize("channel", ["dm", "public-mention", "comment", "email", "other"])
def test_engagement_without_an_ask_does_not_fire(review, fired, text, channel):
    """Engagement-first messages and offers are not asks, on any channel."""
    assert fired(review(text, channel=channel), RULE) == []


@pytest.mark.parametrize(
    ("stage", "expected"),
    [
        pytest.param("stranger", ["error"], id="stranger"),
        pytest.param("aware", ["error"], id="aware"),
        pytest.param("engaged", ["info"], id="engaged"),
        pytest.param("earned", [], id="earned"),
    ],
)
def test_severity_follows_the_relationship_stage(review, fired, stage, expected):
    """Error with no relationship, a tip (info) once engaged, nothing once earned."""
    hits = fired(review("Hi Liz, could you please RT my last status?", stage=stage), RULE)
    assert [f.severity for f in hits] == expected


def test_policy_severity_wins_over_the_engaged_easing(review, fired):
    """A level the team set applies at every stage, easing included."""
    policy = {"rules": {RULE: {"severity": "error"}}}
    hits = fired(review("Hi Liz, please review my book", stage="engaged", policy=policy), RULE)
    assert [f.severity for f in hits] == ["error"]


POINTED = [
    pytest.param("OMG ur famous now haha https://bit.ly/3xYz", True, id="bait-link"),
    pytest.param("Gracias por seguirme. Mi blog es https://example.com/blog", True,
                 id="my-blog-is-link"),
    pytest.param("Thanks for the follow :) [link removed]", True,
                 id="editor-removed-link"),
    pytest.param("Loved your post on rye: https://liz.example/rye What got you started?", False,
                 id="a-link-to-their-own-post"),
    pytest.param("Thanks for the follow, Liz! I read your thread on hiring juniors and the part "
                 "about pairing them on support tickets matched what we saw. The notes we took "
                 "are at https://example.com/notes", False, id="many-words-of-its-own"),
]


@pytest.mark.parametrize(("text", "asks"), POINTED)
def test_a_dm_that_is_little_more_than_a_link_asks_them_to_open_it(review, fired, text, asks):
    """In a direct message, a link of the sender's with a few words around it is an implicit
    ask to open it; elsewhere (a reply in a thread, an email) it is not read as one."""
    hits = fired(review(text, channel="dm", stage="stranger"), RULE)
    assert [f.severity for f in hits] == (["error"] if asks else [])
    assert fired(review(text, channel="comment", stage="stranger"), RULE) == []


def test_the_finding_says_the_link_is_the_ask(review, fired):
    """The reason names what was read: a link pointed at with little else said."""
    [hit] = fired(review("they got u on https://bit.ly/3xYz", channel="dm"), RULE)
    assert "points them to a link with little else said" in hit.message
