"""pushy-tone: pressure, guilt, shouting in capitals, runs of '!'."""

import pytest

RULE = "pushy-tone"

FIRES = [
    pytest.param("Hi Liz, please reply ASAP.", ["ASAP"], id="asap"),
    pytest.param("Could you share our launch post? It is IMPORTANT.", ["IMPORTANT"],
                 id="important-shouted"),
    pytest.param("Why? I have been following you for the last 30 mins.",
                 ["I have been following you"], id="a-fresh-follow-pressed"),
    pytest.param("Hi Liz, this is urgent.", ["urgent"], id="urgent"),
    pytest.param("Hi Liz, last chance to join.", ["last chance"], id="last-chance"),
    pytest.param("Hi Liz, this is the last time I'll write about the links.",
                 ["last time I'll"], id="the-last-time-threatened"),
    pytest.param("Hi Liz, you must reply today.", ["you must"], id="you-must"),
    pytest.param("Hi Liz, you never replied to my email.", ["you never replied"], id="guilt"),
    pytest.param("Hi Liz, I followed you, so follow back.", ["I followed you, so"],
                 id="followed-you-so"),
    pytest.param("Hi Liz, don\u2019t miss out!", ["don\u2019t miss"], id="smart-apostrophe"),
    pytest.param("Hi Liz, I still haven't heard back.", ["still haven't heard"],
                 id="still-havent-heard"),
    pytest.param("Hi Liz, PLEASE look at this.", ["PLEASE"], id="one-long-capital-word"),
    pytest.param("Hi Liz, THIS IS HUGE for you, please share it.", ["THIS IS HUGE"],
                 id="capital-run"),
    pytest.param("Hi Liz, look at this!!!", ["!!!"], id="triple-bang"),
    pytest.param("Hi Liz, please reply real quick.", ["real quick"], id="real-quick"),
    pytest.param("Hi Liz, checking in on my last email.", ["checking in"], id="chasing"),
    pytest.param("Hi Liz, just circling back to see if you would be open to a call.",
                 ["circling back"], id="circling-back"),
    pytest.param("Hi Liz, so no waste time and order my gig now.", ["order my gig now"],
                 id="an-order-pressed-now"),
    pytest.param("Hi Liz, please give to the fundraiser. What are you waiting for?",
                 ["What are you waiting for"], id="what-are-you-waiting-for"),
    pytest.param("Just add this code to your site. Please do it now.", ["do it now"],
                 id="do-it-now"),
    pytest.param("Forward this to ten friends within 24 hours of reading it.",
                 ["within 24 hours of reading"], id="deadline-upon-them"),
    pytest.param("Please have a heart and pass it on.", ["have a heart"], id="guilt"),
    pytest.param("Hi Prof. Rebelsky, I wanted to follow up in case you missed my email.",
                 ["in case you missed my"], id="in-case-you-missed"),
    pytest.param("Hi Liz, in return I expect one clean back link.", ["I expect"], id="demand"),
    pytest.param("Hi Liz, the link will be removed after 3 days.", ["will be removed"],
                 id="threat"),
    pytest.param("I've tweeted you 100 times, please RT.", ["tweeted you 100 times"],
                 id="chasing-after-silence"),
    pytest.param("I need $150. Can you help or not?", ["help or not?"], id="ultimatum"),
    pytest.param("Each of you is expected to give a talk.", ["Each of you is expected to"],
                 id="a-duty-laid-on-them"),
    pytest.param("Please star this repo so that this pull request can be accepted.",
                 ["so that this pull request can be accepted"], id="merge-as-the-price"),
    pytest.param("Remove my photos. You could be sued by the owner.", ["could be sued"],
                 id="lawsuit-held-over-them"),
    pytest.param("Have you read my books? If not, why haven't you?", ["why haven't you"],
                 id="guilt-for-not-doing-it"),
    pytest.param("I can't tell you how disappointed I am that you have not replied.",
                 ["disappointed I am that you"], id="disappointed-in-them"),
    # Chasing after silence, however politely put.
    pytest.param("Hi Liz, I emailed you last week about our launch.", ["I emailed you last week"],
                 id="emailed-you-last-week"),
    pytest.param("Hi Liz, we have already written to you twice about the book.",
                 ["we have already written to you twice"], id="written-to-you-twice"),
    pytest.param("Hi Liz, just a friendly follow-up on this one.", ["friendly follow-up"],
                 id="friendly-follow-up"),
    pytest.param("Hi Liz,\nFollowing up to see whether the piece fits.",
                 ["Hi Liz,\nFollowing up"], id="opens-on-following-up"),
    pytest.param("I sent an invitation but got no answer. Could you reply?", ["but got no answer"],
                 id="got-no-answer"),
    pytest.param("Hi Liz, I wanted to see if you had a chance to review the invitation below.",
                 ["if you had a chance to review"], id="had-a-chance"),
    pytest.param("Hallo Liz, ich habe Ihnen eine Mail geschickt und keine Antwort erhalten.",
                 ["keine Antwort"], id="german-no-answer"),
    pytest.param("您好，之前发了个邮件给您 但是没有回复。", ["没有回复"], id="chinese-no-reply"),
    pytest.param("I did two things for you and I would appreciate if you did the same for me.",
                 ["did the same for me"], id="reciprocity-owed"),
    pytest.param("I just voted for you! Now can you vote for me?", ["I just voted for you"],
                 id="reciprocity"),
    pytest.param("Forward this text to 20 people. Or else, you will be charged.", ["Or else"],
                 id="or-else-a-threat"),
    pytest.param("Hello, I have endorsed you, please endorse me too.",
                 ["I have endorsed you, please endorse me too"],
                 id="a-favour-done-then-asked-back"),
    pytest.param("We've shared your post twice. Will you share ours in return?",
                 ["We've shared your post twice. Will you share ours in return"],
                 id="shared-then-in-return"),
    pytest.param("Hi Liz, URGENT!!! Please RT", ["URGENT", "URGENT", "!!!"], id="all-three"),
    pytest.param("Hi Liz, \uff41\uff53\uff41\uff50 please", ["\uff41\uff53\uff41\uff50"],
                 id="fullwidth-asap"),
    pytest.param("Hi Liz, please reply immediately.", ["immediately"], id="immediately"),
    pytest.param("Hi Liz, you need to see this.", ["you need to"], id="you-need-to"),
    pytest.param("Hi Liz, you ignored my last two emails.", ["you ignored"], id="you-ignored"),
    pytest.param("Women are a strong constituency. Please act immediately.", ["immediately"],
                 id="please-act-immediately"),
    pytest.param("Hi Liz, I already sent you my pitch twice.", ["already sent"],
                 id="already-sent-you"),
    pytest.param("Voting closes today, so cast a ballot for us.", ["closes today"],
                 id="a-deadline-upon-them"),
    pytest.param("I unfollowed you because you unfollowed me. If this is a mistake, sorry.",
                 ["unfollowed you because you"], id="unfollowed-because-you-did"),
    pytest.param("Hi Liz, this is my second email about our launch.", ["this is my second email"],
                 id="my-second-email"),
]

DOES_NOT_FIRE = [
    pytest.param("Thank YOU for the review! Could you share it with your readers?",
                 id="thank-you-stressed"),
    pytest.param("I'm giving a talk later today FOR FREE. Could you share it?",
                 id="for-free-stressed"),
    pytest.param("I've just joined FounderDating (no, it's NOT romantic). Want to join me?",
                 id="not-stressed"),
    pytest.param("Thanks for the tutorial. I've been following you on YouTube for a while now.",
                 id="a-long-time-follower-praises"),
    pytest.param("I've been following you and really admire your work.",
                 id="following-and-admiring"),
    pytest.param("I think the last time I asked you for advice I was going into high school.",
                 id="the-last-time-remembered"),
    pytest.param("Follow me and I'll give you a follow back.", id="a-follow-back-offered"),
    pytest.param("We sell stars and forks at bulk discounts. Buy now over at example.com",
                 id="a-shops-buy-now-button"),
    pytest.param("If I can buy you a beer, let me know. I couldn't find any other way to send "
                 "you a message.", id="how-to-send-a-message-is-no-chase"),
    pytest.param("If anyone was thinking about buying a book, now would be a great time!",
                 id="now-would-be-a-good-time"),
    pytest.param("Subscribe on your app so that you don't miss an episode. Please share it.",
                 id="so-that-you-dont-miss"),
    pytest.param("I follow people in my field. If they don't follow me back, I unfollow them.",
                 id="others-who-do-not-follow-back"),
    pytest.param("Either the author wrote this in one sitting or else there were many "
                 "revisions. Could you share it?", id="either-or-else"),
    pytest.param("I came across your email that I never replied to, so I will reply now. "
                 "Please share the photos with my mum.", id="the-senders-own-reply-now"),
    pytest.param("Great work! Also follow me for follow back if you want to connect.",
                 id="follow-for-follow-back-is-a-trade"),
    pytest.param("I have reviewed your book and loved it. Thank you for writing it.",
                 id="a-favour-told-with-nothing-asked-back"),
    pytest.param("Hi Liz, I know you must be busy, so no rush.", id="you-must-be-busy"),
    pytest.param("Hi Liz, I'd love to hear what you have to say.", id="what-you-have-to-say"),
    pytest.param("Hi Liz, your guide has everything you need to know.", id="everything-you-need"),
    pytest.param("Hi Liz, we use AI, ML, NLP and SQL every day.", id="acronym-run"),
    pytest.param("Hi Liz, loved the NASA piece.", id="short-acronym"),
    pytest.param("Hi Liz, great post!", id="one-bang"),
    pytest.param("What a wonderful book!! Thanks, Deborah.", id="two-bangs-of-joy"),
    pytest.param("Hi Liz, our README and CHANGELOG are linked.", id="file-names-in-capitals"),
    pytest.param("Hi Liz, I don't miss an episode of your podcast.", id="i-dont-miss"),
    pytest.param("Hi Liz, we followed you after your talk and loved it.", id="followed-you"),
    pytest.param("Hi Liz, I still haven't finished your book, but wow.", id="still-havent-read"),
    pytest.param("Hi Liz, I immediately shared your guide with my team.", id="i-immediately"),
    pytest.param("Hi Liz, your review was so good that I purchased the book immediately and "
                 "loved it.", id="bought-it-immediately"),
    pytest.param("Dear Jay, I attach the proposal I have already sent to the ministry.",
                 id="already-sent-to-someone-else"),
    pytest.param("If she was in a big hurry, she'd use a jar of filling. Loved your article!",
                 id="in-a-big-hurry"),
    pytest.param("Now that you have sent this second email, I feel compelled to respond.",
                 id="their-second-email"),
    pytest.param("I expect to take the warm memories of your class with me to college.",
                 id="i-expect-to"),
    pytest.param("Hi Liz, if you need to reach me, I'm around.", id="if-you-need-to"),
    pytest.param("Hi Liz, if you have to pick one tool, which?", id="if-you-have-to"),
    pytest.param("Hi Liz, I ignored the noise and read your post.", id="i-ignored-the-noise"),
    pytest.param("Hi Liz, whether you like it or not, the book is out.", id="like-it-or-not"),
    pytest.param("Thanks! This will be merged after the tests pass.", id="merged-after-tests"),
    # A follow-up to a call, a slow reply of one's own, someone else's silence, one's own
    # plans: none chases them.
    pytest.param("Hi Liz, following up on our call: here are the notes.", id="after-a-call"),
    pytest.param("Hi Liz, sorry for the late follow-up, I needed to think.", id="late-follow-up"),
    pytest.param("Her son wrote to an author and never got a reply.", id="someone-elses-silence"),
    pytest.param("Hi Liz, I wrote this post two weeks ago.", id="wrote-a-post"),
    pytest.param("Hi Liz, if you get a chance to check it out, tell me.", id="a-chance-ahead"),
    pytest.param("Hi Liz, I've never written to an author before.", id="never-written-before"),
    # With no ask, capitals and "!!!" carry feeling, not pressure.
    pytest.param("I only want to say THANKS for developing this tool!!! <3", id="thanks-shouted"),
    pytest.param("Girly and guys... just one thing: THANK YOU", id="thank-you-in-capitals"),
    pytest.param("Hi Liz, congrats on the launch!!!", id="joy-in-bangs"),
]


@pytest.mark.parametrize(("text", "excerpts"), FIRES)
def test_pushy_tone_fires(review, fired, text, excerpts):
    """One warning per kind of pushiness, spanned where it is."""
    hits = fired(review(text), RULE)
    assert {f.severity for f in hits} == {"warning"}
    assert sorted(f.excerpt for f in hits) == sorted(excerpts)


@pytest.mark.parametrize("text", DOES_NOT_FIRE)
def test_pushy_tone_does_not_fire(review, fired, text):
    """Polite idioms, acronyms and a single '!' are not pushy."""
    assert fired(review(text), RULE) == []


def test_max_exclamations_from_policy(review, fired):
    """A team that tolerates '!!!' raises max_exclamations."""
    text = "Hi Liz, congrats on the launch!!! Could you share it?"
    assert fired(review(text), RULE)
    assert not fired(review(text, policy={"rules": {RULE: {"max_exclamations": 3}}}), RULE)
