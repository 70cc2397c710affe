"""link-does-the-talking: a link with nothing around it to say what it is or why."""

import pytest

RULE = "link-does-the-talking"
EXPLAINED = (
    "Hi Liz, this is a short guide to hiring your first designer, with the questions we ask "
    "and why each one matters: https://example.com/guide"
)

FIRES = [
    pytest.param("PLEASE LIKE MY FACEBOOK PAGE: https://fb.example/page",
                 "https://fb.example/page", id="a-plain-ask-with-nothing-else-said"),
    pytest.param("Thanks for following! Check out my new book by clicking this link.",
                 "clicking this link", id="a-link-its-publisher-removed"),
    pytest.param("hi there, please find a press release for our new gadget. It'd be great if "
                 "you could write about it for us.", "please find a press release",
                 id="a-release-they-must-open"),
    pytest.param("Hi Liz, https://example.com/post", "https://example.com/post", id="bare-link"),
    pytest.param("Hi Liz! Thoughts? https://example.com/post.", "https://example.com/post",
                 id="trailing-period-not-in-span"),
    pytest.param("Liz, have a look: bit.ly/abc123", "bit.ly/abc123", id="shortener"),
    pytest.param("Hey Liz, check this out: {link}", "{link}", id="a-link-left-as-a-placeholder"),
    pytest.param("Liz, everything is on mysite.com!", "mysite.com", id="bare-domain"),
    pytest.param("Liz, see www.example.org/x", "www.example.org/x", id="www"),
    pytest.param(
        "Hi Liz, we have been working on something for months and would love you to see it "
        "before anyone else does, truly: https://example.com/x",
        "https://example.com/x",
        id="long-but-says-nothing",
    ),
    pytest.param(
        "Hi Liz, I'd love to have you as a guest on our show. To learn more about the show, "
        "please visit https://example.com/show",
        "https://example.com/show",
        id="sends-them-to-the-link-to-learn-more",
    ),
    pytest.param("Guten Tag, im Anhang finden Sie unsere Pressemitteilung.",
                 "im Anhang", id="de-the-release-attached"),
    pytest.param("Buongiorno, in allegato il comunicato. Potreste pubblicarlo?", "in allegato",
                 id="it-the-release-attached"),
    pytest.param("[idea.docx](https://example.com/idea.docx)\n\nHi, please review my idea and "
                 "send me your feedback.", "idea.docx",
                 id="the-attachment-before-the-ask"),
    pytest.param("Hi Liz, would you review my app? https://example.com/app",
                 "https://example.com/app", id="the-link-right-after-the-ask"),
    pytest.param("Hi there, great offers! Click on the offer below to be eligible. Free news! "
                 "Right-minded people get it: https://example.com/o", "https://example.com/o",
                 id="an-ask-that-points-below-at-a-later-link"),
]

DOES_NOT_FIRE = [
    pytest.param("Hi Liz, we met at the Leeds meetup on hiring juniors and I'd like to keep "
                 "in touch: would you connect with me on LinkedIn? https://linkedin.example/in/a",
                 id="a-plain-ask-with-its-reason-the-link-only-where"),
    pytest.param("Hi Liz, what's your take on design systems?", id="no-link"),
    pytest.param("Hello! I have a new podcast called 3DSCast and I would love to interview you "
                 "about FTPD. If so, please contact me here: https://example.com/contact",
                 id="an-interview-asked-in-words-the-link-only-where-to-reply"),
    pytest.param("Ellis woke up asking for her hat. She's quite attached.",
                 id="attached-is-a-feeling"),
    pytest.param("你好，看了你的博客，希望能够跟你建立友链，同是技术博客，关注WEB开发，不知可否？ "
                 "https://blog.example.cn", id="chinese-words-say-what-it-is"),
    pytest.param(EXPLAINED, id="explained"),
    pytest.param("Hi Liz, write to me at craig@example.com any time.", id="email-address"),
    pytest.param("Hi Liz, e.g. node.js or deno?", id="not-a-domain"),
    pytest.param(
        "Hi Liz, our app is a map that lists the late-night bakeries open in your city, by "
        "how fresh the bread is at midnight, using the times owners post each evening, and "
        "your readers asked for exactly that last week. Would you review it? For more details "
        "see https://example.com/app",
        id="said-in-words-more-details-behind-the-link",
    ),
    pytest.param(
        "Hi Liz, we spent last winter interviewing forty night-shift nurses in Leeds and "
        "Manchester on sleep, meals and commuting after twelve-hour shifts; your readers work "
        "those shifts. Would you take a look at the write-up? https://example.com/nurses",
        id="described-at-length-without-a-word-like-explains",
    ),
]


@pytest.mark.parametrize(("text", "excerpt"), FIRES)
def test_link_does_the_talking_fires_at_the_link(review, fired, text, excerpt):
    """A warning, spanned at the link itself."""
    hits = fired(review(text), RULE)
    assert [f.severity for f in hits] == ["warning"]
    assert hits[0].excerpt == excerpt


@pytest.mark.parametrize("text", DOES_NOT_FIRE)
def test_link_does_the_talking_does_not_fire(review, fired, text):
    """No link, an explained link, or something that only looks like a domain."""
    assert fired(review(text), RULE) == []


def test_min_words_threshold_comes_from_policy(review, fired):
    """A team that wants more words around links raises min_words."""
    policy = {"rules": {RULE: {"min_words": 40}}}
    assert fired(review(EXPLAINED, policy=policy), RULE)
