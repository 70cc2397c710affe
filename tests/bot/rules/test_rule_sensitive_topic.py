"""sensitive-topic: religion or politics to a recipient not known to engage with it."""

import pytest

from bot.rules.base import Recipient

RULE = "sensitive-topic"

FIRES = [
    pytest.param("Hi Liz, join us at church on Sunday.", "church", id="church"),
    pytest.param("Hi Liz, we are praying for rain.", "praying", id="praying"),
    pytest.param("Hi Liz, who do you back in the election?", "election", id="election"),
    pytest.param("Hi Liz, our politics podcast is live.", "politics", id="politics"),
    pytest.param("Hi Liz, our abortion rights march is Friday.", "abortion", id="abortion"),
    pytest.param("Hi Liz, a new Bible study app.", "Bible", id="bible"),
    pytest.param("Hi Liz, faith matters to us.", "faith", id="faith"),
    pytest.param("Hi Liz, Christian values guide our shop.", "Christian values",
                 id="christian-values"),
    pytest.param("Hi Liz, a guide for Republicans.", "Republicans", id="republicans"),
    pytest.param("Hi Liz, thank God it's Friday. Also, the senator called.", "senator",
                 id="senator-not-thank-god"),
    pytest.param("Hi Liz, our p\u043el\u0456tics show.", "p\u043el\u0456tics",
                 id="cyrillic-evasion"),
]

DOES_NOT_FIRE = [
    pytest.param("Hi Liz, we were partying all night after your talk.", id="partying"),
    pytest.param("Hi Liz, is your site still on GoDaddy?", id="godaddy"),
    pytest.param("Hi Liz, your checklist was a godsend.", id="godsend"),
    pytest.param("Hi Liz, oh my god, that thread!", id="oh-my-god"),
    pytest.param("Hi Liz, we acted in good faith.", id="good-faith"),
    pytest.param("Hi Liz, I have faith in your instincts.", id="faith-in"),
    pytest.param("Hi Christina, loved the keynote.", id="name-christina"),
    pytest.param("Hi Christian, loved the keynote.", id="name-christian"),
    pytest.param("Merry Christmas, Liz!", id="christmas"),
    pytest.param("Hi Liz, we're democratizing design tools.", id="democratizing"),
    pytest.param("Hi Liz, a conservative estimate is ten hours.", id="conservative-estimate"),
    pytest.param("Hi Liz, I studied liberal arts too.", id="liberal-arts"),
    pytest.param("Hi Liz, please vote for us on Product Hunt.", id="product-hunt-vote"),
    pytest.param("Hi Liz, a great candidate for your list.", id="candidate"),
    pytest.param("Hi Liz, see you at the World Design Congress!", id="trade-congress"),
    pytest.param("Hi Liz, loved the templates you shared.", id="templates"),
]


@pytest.mark.parametrize(("text", "excerpt"), FIRES)
def test_sensitive_topic_fires(review, fired, text, excerpt):
    """A warning at the first sensitive word, as written."""
    hits = fired(review(f"{text} Could you share it?"), RULE)
    assert [f.severity for f in hits] == ["warning"]
    assert hits[0].excerpt == excerpt


@pytest.mark.parametrize("text", DOES_NOT_FIRE)
def test_sensitive_topic_does_not_fire(review, fired, text):
    """Sensitive words inside other words, names and idioms are not religion or politics."""
    assert fired(review(f"{text} Could you share it?"), RULE) == []


def test_a_passing_word_in_a_message_that_asks_nothing(review, fired):
    """A thank-you note that mentions politics in passing pushes no cause."""
    text = "Hi Liz, your blog is a relief from all the politics online. Thank you!"
    assert fired(review(text), RULE) == []


@pytest.mark.parametrize(("text", "fires"), [
    pytest.param("Thanks for the rebuttal. I read it twice on the train and once more at lunch "
                 "with my team. We argued about it all week. It reminded me of a sermon I heard "
                 "at church years ago. Could you share it on your blog?", False,
                 id="a-passing-word-on-the-way-to-an-unrelated-ask"),
    pytest.param("Thanks for the rebuttal. I read it twice. We argued about it all week. Could "
                 "you share it with our church's reading group?", True, id="the-word-in-the-ask"),
    pytest.param("Hello!\nWe're volunteers at the local church. We wondered if you'd be willing "
                 "to listen to us for a minute?", True, id="the-word-in-the-opening"),
    pytest.param("Thanks for the rebuttal. I read it twice. We argued about it all week. The "
                 "election coverage was poor and the election itself worse. Could you share it?",
                 True, id="the-word-said-twice"),
])
def test_the_cause_must_be_the_matter(review, fired, text, fires):
    """Religion or politics named once, far from the ask, is no cause pushed on them."""
    assert bool(fired(review(text), RULE)) is fires


def test_topic_field_alone_fires_without_span(review, fired):
    """A sensitive topic given in the form fires, with no span in the text."""
    (hit,) = fired(review("Hi Liz, a new app for you.", topic="Elections 2024"), RULE)
    assert hit.span is None


@pytest.mark.parametrize(
    "interests",
    [
        pytest.param(("politics",), id="politics"),
        pytest.param(("Faith", "family"), id="faith"),
        pytest.param(("elections",), id="word-from-the-lexicon"),
    ],
)
def test_recipient_who_engages_with_it(review, fired, interests):
    """Someone known to talk about such topics gets no warning."""
    who = Recipient(handle="@liz", interests=interests)
    text = "Hi Liz, could you share our election explainer?"
    assert fired(review(text, recipient=who), RULE) == []


def test_policy_adds_words(review, fired):
    """A team can add its own sensitive words."""
    policy = {"lexicons": {"sensitive": ["crypto"]}}
    text = "Hi Liz, crypto is the future. Could you share our guide?"
    assert fired(review(text, policy=policy), RULE)
    assert not fired(review(text), RULE)
