"""blind-amplify: an amplify ask with no word of what it is or why it matters to them."""

import pytest

RULE = "blind-amplify"
CHARLOTTE = (
    "We're trying to get the word out about a new movement in Charlotte \u2013 "
    "can you please RT my last status?"
)

FIRES = [
    pytest.param(CHARLOTTE, "RT", id="design-charlotte"),
    pytest.param("Hi Liz, please RT my last status.", "RT", id="rt"),
    pytest.param("Hi Liz, could you retweet my post?", "retweet", id="retweet"),
    pytest.param("Hi Liz, please quote tweet this!", "quote tweet", id="quote-tweet"),
    pytest.param("Hi Liz, please repost my thread.", "repost", id="repost"),
    pytest.param("Hi Liz, would you reblog our comic?", "reblog", id="reblog"),
    pytest.param("Hi Liz, could you signal boost this?", "signal boost", id="signal-boost"),
    pytest.param("Hi Liz, could you boost my post?", "boost my", id="boost-object"),
    pytest.param("Hi Liz, please spread the word!", "spread the word", id="spread-the-word"),
    pytest.param("Hi Liz, pass it on if you can.", "pass it on", id="pass-it-on"),
    pytest.param("Hi Liz, please share this with your followers.", "share this", id="share-this"),
    pytest.param("Hi Liz, please share the petition.", "share the petition", id="share-the-x"),
    pytest.param("Hi Liz, please amplify our launch.", "amplify our", id="amplify"),
    pytest.param("Hi Liz, please RT as soon as you can.", "RT", id="as-soon-as-you-is-no-reason"),
    pytest.param("Hi Liz, please RT because we need the reach.", "RT",
                 id="because-we-is-no-reason"),
    # Evasions (DESIGN §3: normalised before matching).
    pytest.param("Please R\u200bT my last status", "R\u200bT", id="zero-width-space"),
    pytest.param("Please \u0280\u1d1b my last status", "\u0280\u1d1b", id="small-caps"),
    pytest.param("Please re-tweet my last status", "re-tweet", id="re-tweet"),
    pytest.param("Please R.T. my last status", "R.T", id="r-dot-t"),
    pytest.param("Please R T my last status", "R T", id="r-space-t"),
    pytest.param("Please R\u00b7T my last status", "R\u00b7T", id="middle-dot"),
    pytest.param("Please r\u0435tweet my last status", "r\u0435tweet", id="cyrillic-e"),
    pytest.param("Please \uff32\uff34 my last status", "\uff32\uff34", id="fullwidth"),
    pytest.param("Please re\u00adtweet my last status", "re\u00adtweet", id="soft-hyphen"),
    pytest.param("Please \U0001d411\U0001d413 my last status", "\U0001d411\U0001d413",
                 id="math-bold"),
    pytest.param("Please R\u2060T my last status", "R\u2060T", id="word-joiner"),
    pytest.param("Please RE\u200dTWEET my last status", "RE\u200dTWEET", id="zwj-caps"),
]

DOES_NOT_FIRE = [
    pytest.param("Thanks for coming on the show! We suggest adding our badge to the README to "
                 "share your episode with your community.", id="their-own-episode-to-share"),
    pytest.param("If you really find my work interesting, I'd be thrilled if you shared it.",
                 id="conditional-on-their-own-liking-with-an-adverb"),
    pytest.param("We published an infographic on Mars missions. Considering the overlap in "
                 "subject matter with your blog, could you share it with your readers?",
                 id="an-overlap-with-their-subject"),
    pytest.param("Hi Liz, could you RT this? Your readers asked about remote hiring last week.",
                 id="says-why-readers"),
    pytest.param("Hi Liz, please share this because your audience is mostly new managers.",
                 id="says-why-because-your"),
    pytest.param("Hi Liz, since you covered the Charlotte housing vote, would you RT our map?",
                 id="says-why-since-you"),
    pytest.param("Hi Liz, would you review my book?", id="ask-but-not-amplify"),
    pytest.param("Can you please share the document of this project?", id="their-document-asked"),
    pytest.param("I know that your blog focuses on the Twin Cities, so I thought you might be "
                 "interested in sharing our street fair with your readers.", id="their-beat-said"),
    pytest.param("Hi Liz, would you share your thoughts on my idea?", id="share-your-thoughts"),
    pytest.param("Hi Liz, the art at the start of your talk warmed my heart, smart stuff.",
                 id="art-start-heart-smart"),
    pytest.param("Hi Liz, thanks for the RT!", id="thanks-for-the-rt"),
    pytest.param("Hi Liz, thanks for the retweet and the boost.", id="thanks-for-the-boost"),
    pytest.param("Hi Liz, I retweeted your thread.", id="retweeted"),
    pytest.param("Hi Liz, I RT'd your thread.", id="rt-d"),
    pytest.param("Hi Liz, I'll share your post with my team.", id="ill-share"),
    pytest.param("Hi Liz, we share the same view on this.", id="we-share"),
    pytest.param("Hi Liz, thoughts w.r.t. the new rules?", id="w-r-t"),
    pytest.param("Hi Liz, this gave my week a real boost.", id="boost-noun"),
    pytest.param("Hi Liz, you amplify new voices so well.", id="amplify-without-object"),
    pytest.param("Hi Liz, RTO policies are everywhere. Yours?", id="rto"),
    pytest.param("Hi Dr. T, what's your view?", id="dr-t"),
]


@pytest.mark.parametrize(("text", "excerpt"), FIRES)
def test_blind_amplify_fires_at_the_ask(review, fired, text, excerpt):
    """An amplify ask without a reason fires as an error, spanned at the ask as written."""
    hits = fired(review(text), RULE)
    assert [f.severity for f in hits] == ["error"]
    # The span is the sentence the ask is in, as written.
    assert excerpt in hits[0].excerpt


@pytest.mark.parametrize("text", DOES_NOT_FIRE)
def test_blind_amplify_does_not_fire(review, fired, text):
    """A reason for them, a non-amplify ask, a thank-you or a look-alike word is not blind."""
    assert fired(review(text), RULE) == []


@pytest.mark.parametrize("stage", ["stranger", "aware", "engaged", "earned"])
def test_blind_amplify_fires_at_any_stage(review, fired, stage):
    """Even a friend should say what it is and why; the rule does not look at the stage."""
    assert fired(review("Liz, please RT my last status", stage=stage), RULE)


def test_design_example_is_blocked_with_both_rules(review):
    """DESIGN §1: 'please RT my last status' as a DM to a stranger is blocked."""
    result = review(CHARLOTTE, channel="dm", stage="stranger")
    assert result.verdict == "blocked"
    assert {"blind-amplify", "stranger-pitch"} <= {f.rule for f in result.errors}

