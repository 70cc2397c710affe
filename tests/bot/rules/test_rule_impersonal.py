"""impersonal: a placeholder left in, a generic greeting, or no greeting by name."""

import pytest

RULE = "impersonal"

PLACEHOLDERS = [
    pytest.param("Hi {first_name}, loved your post.", "{first_name}", id="braces"),
    pytest.param("Hi [NAME], loved your post.", "[NAME]", id="brackets"),
    pytest.param("Hi {{name}}, loved your post.", "{{name}}", id="double-braces"),
    pytest.param("Hi, your work on <%{CURRENT_EXT1}> is great.", "{CURRENT_EXT1}",
                 id="numbered-field"),
    pytest.param("Hi %FIRST_NAME%, loved your post.", "%FIRST_NAME%", id="percent"),
    pytest.param("Hi <name>, loved your post.", "<name>", id="angle"),
    pytest.param("Hi Liz, loved your post on [TOPIC].", "[TOPIC]", id="placeholder-later"),
    pytest.param("Dear [Author’s Name], I loved your book.", "[Author’s Name]",
                 id="a-possessive-name-slot"),
    pytest.param("Dear (insert name of your favorite author here), I loved your book.",
                 "insert name of your favorite author here", id="an-insert-here-slot"),
    pytest.param("Hi Liz, loved ${blog_name}.", "${blog_name}", id="dollar"),
    pytest.param("Dear X,\n\nYou sent me a friend request.", "Dear X", id="a-letter-for-a-name"),
    pytest.param("Welcome XXX to the Kiez Burn group!", "Welcome XXX", id="welcome-xxx"),
    pytest.param("My mom, [her name], is in hospital.", "[her name]", id="her-name-slot"),
]

GENERIC = [
    pytest.param("Dear blogger, I loved your post.", "Dear blogger", id="dear-blogger"),
    pytest.param("Hi there, I loved your post.", "Hi there", id="hi-there"),
    pytest.param("Hi There! I loved your post.", "Hi There", id="hi-there-capital"),
    pytest.param("Hello everyone, I loved your post.", "Hello everyone", id="hello-everyone"),
    pytest.param("Hey guys, loved the post.", "Hey guys", id="hey-guys"),
    pytest.param("Dear Sir or Madam, a question.", "Dear Sir or Madam", id="sir-or-madam"),
    pytest.param("To whom it may concern: a question.", "To whom it may concern", id="twimc"),
    pytest.param("  \n Hi there, loved it.", "Hi there", id="leading-space"),
    pytest.param("Hello webmaster, a question.", "Hello webmaster", id="webmaster"),
    pytest.param("Dear Amazon Reviewer, a question.", "Dear Amazon Reviewer", id="role-last"),
    pytest.param("Hi Acme team, a question.", "Hi Acme team", id="company-team"),
    pytest.param("Hello team Kodi. A question.", "Hello team Kodi", id="team-then-whose"),
    pytest.param("Dear NYC Educator, a question.", "Dear NYC Educator", id="blog-named-by-role"),
    pytest.param("作者您好，我们是一家服务商。", "作者您好", id="zh-hello-author"),
    pytest.param("運営者様 / 突然のご連絡失礼いたします。", "運営者様", id="ja-dear-site-operator"),
    pytest.param("Hi Support, a question.", "Hi Support", id="mailbox"),
    pytest.param("Sir, please take me in your lab.", "Sir", id="a-title-standing-first"),
    pytest.param("Sir I would love to promote this project.", "Sir", id="a-title-then-a-sentence"),
    pytest.param("你好作者，请问可以要一下你的联系方式吗", "你好作者",
                 id="zh-hello-author-reversed"),
    pytest.param("博主 可以加个友情链接吗？", "博主", id="zh-blogger-as-the-greeting"),
    pytest.param("Hi Monoblogue.Us, a question.", "Hi Monoblogue.Us", id="domain"),
    pytest.param("Greetings, your work is inspiring.", "Greetings", id="greetings-alone"),
    pytest.param("Good day! A question.", "Good day", id="good-day-alone"),
    pytest.param("Hi President of the Library, a question.", "Hi President of the Library",
                 id="role-of-an-institution"),
    pytest.param("Sehr geehrte Damen und Herren, eine Frage.", "Sehr geehrte Damen und Herren",
                 id="german-sir-or-madam"),
    pytest.param("Chère Madame, Cher Monsieur, une question.", "Chère Madame",
                 id="french-madam-sir"),
    pytest.param("Estimado señor, una pregunta.", "Estimado señor", id="spanish-dear-sir"),
    pytest.param("Buen día, una pregunta.", "Buen día", id="spanish-good-day-alone"),
    pytest.param("Good day sir I would love to promote your app.", "Good day sir",
                 id="title-with-no-name-after-it"),
    pytest.param("Dear Brother in the Lord, greetings to you.", "Dear Brother",
                 id="a-title-of-a-community"),
    pytest.param("Dear Wonderful Editors at the Review, here is my story.",
                 "Dear Wonderful Editors at the Review", id="praised-role-at-a-place"),
    pytest.param("Hi, there– I saw your gift guide.", "Hi, there", id="dash-after-there"),
    pytest.param("Dear Webmaster, Sub: Link Exchange Request. I found your site.",
                 "Dear Webmaster", id="subject-line-after-a-role"),
    pytest.param("Buongiorno, ti contatto tramite commento.", "Buongiorno",
                 id="italian-good-day-alone"),
    pytest.param("Beste webmaster! Vandaag is je geluksdag!", "Beste webmaster",
                 id="dutch-dear-webmaster"),
    pytest.param("Hello bro i really wanna talk with you about business", "Hello bro",
                 id="a-role-then-a-sentence"),
    pytest.param("Hey man, you come up in my searches from time to time.", "Hey man",
                 id="hey-man"),
    pytest.param("Hey girl hey! I have some products you would love.", "Hey girl hey",
                 id="hey-girl-hey"),
    pytest.param("Dear Prof.,\nI am a student looking for an internship.", "Dear Prof",
                 id="an-abbreviated-title-whose-name-is-missing"),
    pytest.param("Dear registrant@FP,\nI visited your site.", "Dear registrant@FP",
                 id="an-address-greeted"),
    pytest.param("Dear Gulf Coast Citizen Diplomacy Council:\nThank you for the week.",
                 "Dear Gulf Coast Citizen Diplomacy Council", id="an-organisation-greeted"),
]

NO_NAME = [
    pytest.param("I loved your post on remote hiring.", id="no-greeting"),
    pytest.param("Hi, loved your talk!", id="hi-comma-no-name"),
    pytest.param("Hi, I'm Craig from Acme.", id="hi-im"),
    pytest.param("Hello! Loved your talk.", id="hello-bang"),
    pytest.param("Thanks, I loved your post.", id="thanks-comma"),
    pytest.param("Quick question: what do you use for notes?", id="quick-question"),
    pytest.param("Hi", id="hi-alone"),
    pytest.param("Loved your talk, really insightful.", id="comma-but-no-name"),
    pytest.param("Interesting thread, made me think.", id="two-words-not-a-full-name"),
    pytest.param("hey thanx for the add!!", id="greeting-then-a-sentence"),
    pytest.param("Hey thx for the follow.", id="greeting-then-short-thanks"),
    pytest.param("Good morning! We have a press release on a sale in Irving, TX.",
                 id="a-state-after-a-comma-is-no-name"),
    pytest.param("Hi do you have telegram? Send me your nickname.", id="hi-then-a-question"),
    pytest.param("Hi \U0001f44b I found this repo and really like it.", id="hi-then-an-emoji"),
]

BY_NAME = [
    pytest.param("Hi Liz, loved your post.", id="hi-liz"),
    pytest.param("Hi Xavi, loved your post.", id="a-name-starting-with-x"),
    pytest.param("Liz, loved your post.", id="liz-comma"),
    pytest.param("Sir Patrick, loved your talk.", id="a-knight-by-name"),
    pytest.param("Dear Mr Onstad Sir, I wanted to add my support.", id="a-title-a-name-and-sir"),
    pytest.param("Buenos días, señorita Beatriz ^^. Me encantó su libro.",
                 id="a-salutation-then-a-title-and-name"),
    pytest.param("Greetings, Kylie! Loved your post.", id="a-salutation-then-a-name"),
    pytest.param("Sirius, loved your talk.", id="a-name-starting-like-a-title"),
    pytest.param("Hello @liz loved your post", id="hello-handle"),
    pytest.param("@liz loved your thread!", id="handle-first"),
    pytest.param("Hi, Liz! Loved your post.", id="hi-comma-liz"),
    pytest.param("Dear Liz, loved your post.", id="dear-liz"),
    pytest.param("Good morning Liz, loved your post.", id="good-morning-liz"),
    pytest.param("Greetings Liz, loved your post.", id="greetings-liz"),
    pytest.param("Hi there Liz, loved your post.", id="hi-there-liz"),
    pytest.param("Liz Smith, loved your post.", id="full-name"),
    pytest.param("Liz \u2014 loved your post.", id="em-dash"),
    pytest.param("Thanks for the follow, Liz!", id="vocative-after-thanks"),
    pytest.param("Loved your thread @liz, where do you find the time?", id="handle-in-sentence"),
    pytest.param("hey liz, loved your thread", id="all-lowercase"),
    pytest.param("Hey liz, loved your thread", id="lowercase-name-after-greeting"),
    pytest.param("\u200bHi \u0406ris, loved your thread", id="invisible-and-cyrillic-name"),
    pytest.param("Hi Liz, here is [my post](https://example.com/p).", id="markdown-link"),
    pytest.param("Hi Liz, can I translate your [blog](https://example.com/post) post?",
                 id="a-markdown-link-named-blog-is-no-merge-field"),
    pytest.param("[REVIEW] Liz's portfolio\n\nHi Liz, the link is below.",
                 id="an-issue-title-tag-is-no-merge-field"),
    pytest.param("Hi Liz, I could talk about [HPE](https://www.hpe.com) and [GO](https://go.dev).",
                 id="a-markdown-link-in-capitals-is-no-merge-field"),
    pytest.param("Hi Dr Smith, your paper helped me.", id="a-title-and-a-name"),
    pytest.param("Hi AndiChiou.Thank you for following me.", id="a-sentence-run-into-the-name"),
    pytest.param("Hi Liz and team, loved your post.", id="name-and-team"),
    pytest.param("Hi Liz, here is the piece [link removed] as promised.", id="editor-mark"),
    pytest.param("Dr. Menon, I read your paper on dyes.", id="title-and-name"),
    pytest.param("Dear Sir John, I read your paper on dyes.", id="title-then-name"),
    pytest.param("Caro Marco, ho letto il tuo articolo.", id="italian-dear-name"),
    pytest.param("Thanks for following, Ari \u2013 hope the sun is out.", id="vocative-en-dash"),
    pytest.param("Hi Mary-Jane, loved your post.", id="hyphenated-name"),
    pytest.param("Hi Gary A., loved your post.", id="name-and-initial"),
    pytest.param("Dear K.M., your books taught me to write.", id="initials"),
    pytest.param("Good morning, Professor! Your lectures changed my mind.",
                 id="a-professor-addressed-by-title"),
    pytest.param("Caro Sig. Ugo Volli, le scrivo per ringraziarla.", id="italian-dear-title-name"),
    pytest.param("Lieber W.Zetti, Sie sind nicht allein!", id="initial-run-into-surname"),
    pytest.param("Hello, Ms. Amazing! I loved your book.", id="a-title-and-a-nickname"),
    pytest.param("Dear Dr. Dr.Gerge-A-Taylr, a question.", id="titles-twice"),
    pytest.param("Hi Liz \u2013 loved your post.", id="name-then-dash"),
    pytest.param("Buongiorno Marco, ho letto il tuo articolo.", id="italian-good-day-name"),
    pytest.param("Thanks for the follow, Al! Loved it.", id="a-short-name-is-a-name"),
    pytest.param("I loved the book. Thanks so much, Deborah, for every page.",
                 id="thanks-vocative-later"),
]


@pytest.mark.parametrize(("text", "excerpt"), PLACEHOLDERS)
def test_placeholder_left_in(review, fired, text, excerpt):
    """A placeholder is a warning spanned at the placeholder."""
    (hit,) = fired(review(text), RULE)
    assert hit.severity == "warning"
    assert hit.excerpt == excerpt


@pytest.mark.parametrize(("text", "excerpt"), GENERIC)
def test_generic_greeting(review, fired, text, excerpt):
    """A generic greeting in an email is a warning spanned at the greeting."""
    (hit,) = fired(review(text, channel="email"), RULE)
    assert hit.excerpt == excerpt
    assert "generic" in hit.message


@pytest.mark.parametrize("text", NO_NAME)
@pytest.mark.parametrize("channel", ["email", "dm"])
def test_cold_pitch_with_no_name(review, fired, text, channel):
    """A cold email or DM that asks for something and names nobody is a warning, no span."""
    (hit,) = fired(review(f"{text}\nCould you share our new guide?", channel=channel), RULE)
    assert hit.span is None
    assert "No greeting by name" in hit.message


@pytest.mark.parametrize("text", NO_NAME)
@pytest.mark.parametrize("channel", ["public-mention", "comment", "other"])
def test_mention_or_thread_reply_is_addressed_by_its_place(review, fired, text, channel):
    """A public mention or a reply in a thread needs no 'Hi Liz': the mention addresses them;
    a post to one's readers, a form or a word said in person is sent to no one person."""
    assert fired(review(f"{text} Could you share our guide?", channel=channel), RULE) == []


@pytest.mark.parametrize(
    ("text", "stage", "fires"),
    [
        pytest.param("Thanks for following me. Have a nice day", "stranger", True,
                     id="auto-dm-to-nobody"),
        pytest.param("I finally read your book and fell in love with it.", "stranger", False,
                     id="speaks-to-them-about-their-work"),
        pytest.param("Could you share our guide?", "engaged", False,
                     id="ongoing-conversation-needs-no-greeting"),
        pytest.param("Could you share our guide?", "stranger", True, id="cold-ask-to-nobody"),
        pytest.param("On behalf of the committee, I invite you to speak on May 3, 2011. "
                     "Could you confirm?", "stranger", True, id="a-year-is-not-a-name"),
        pytest.param("A mi hija le encantó el cuento; gracias a usted lo leemos cada noche.",
                     "stranger", False, id="speaks-to-them-in-spanish"),
        pytest.param("iGCN 様 / はじめまして。突然のご連絡失礼いたします。記事を拝見しました。",
                     "stranger", False, id="a-name-with-a-japanese-honorific"),
        pytest.param("Buen día Sergio, Cómo estás? Esperamos poder contar con tu presencia!",
                     "stranger", False, id="a-spanish-good-day-then-a-name"),
        pytest.param("To Professor Stephen Hawking,\n\nI wanted to send you a thank you.",
                     "stranger", False, id="to-a-title-and-a-name"),
        pytest.param("Dear Pr. CLAUSEN\n\nCould you send me the simulation code?", "stranger",
                     False, id="a-french-professors-abbreviation"),
        pytest.param("Hullo Brian Compbell , could you send me a shirt?", "stranger", False,
                     id="hullo-and-a-name"),
        pytest.param("To be honest, could you send me a shirt?", "stranger", True,
                     id="to-be-honest-greets-nobody"),
        pytest.param("Olá,\n\nSou a Maria, blogger de viagens, e adoraria colaborar contigo.",
                     "stranger", True, id="a-portuguese-hello-is-no-name"),
        pytest.param("Salut,\n\nJe me suis permis de linker ton blog depuis le mien. Merci!",
                     "stranger", False, id="speaks-to-them-in-french"),
        pytest.param("Hi, let me first wish you all the best! Could you send us your email?",
                     "stranger", True, id="let-me-is-no-name"),
        pytest.param("Just following up to see if you had a chance to read my proposal.",
                     "stranger", False, id="a-follow-up-answers-in-its-own-thread"),
        pytest.param("Did you get my previous email about the bean launch? Could you feature "
                     "it?", "stranger", False, id="did-you-get-my-previous-email"),
        pytest.param("Could you review our new app? It plans your meals for the week, builds the "
                     "shopping list, and orders it from the shop nearest to you. It took us two "
                     "years to build. We would love your view on it. I will follow up next "
                     "week.", "stranger", True, id="a-follow-up-promised-later-is-no-reply"),
    ],
)
def test_first_email_that_never_addresses_them(review, fired, text, stage, fires):
    """A first email or DM that never addresses the recipient fires; one that speaks to them
    about their work, or a reply in an ongoing conversation, does not."""
    assert bool(fired(review(text, channel="email", stage=stage), RULE)) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        pytest.param("Subject: Book review pitch\n\nDear Mr. Wilson,\nWould you review my novel?",
                     False, id="a-subject-line-then-a-name"),
        pytest.param("SUBJECT : request for advice\n\nDear Professor Acme,\nCould we talk?",
                     False, id="a-subject-line-in-capitals"),
        pytest.param("Re: Meeting last week\nDear Mrs. Newman,\nCould you send the notes?", False,
                     id="a-reply-header-then-a-name"),
        pytest.param("Proposal for a strategic alliance\n\nDear Rajesh Setty,\nCould we talk?",
                     False, id="a-pasted-subject-then-a-name"),
        pytest.param("Inquiry regarding advisorship\nDear Professor Reading,\nWould you advise me?",
                     False, id="a-pasted-subject-right-above-a-name"),
        pytest.param("Collab idea\n\nHi there, could you review my story?", True,
                     id="a-pasted-subject-then-a-generic-greeting"),
        pytest.param("I saw your post. Could we talk?\nDear Rajesh,", True,
                     id="a-sentence-is-no-subject-line"),
        pytest.param("Requesting help for an open source platform.\n\nHello there.\nCould "
                     "you mail me?", True, id="an-issue-title-then-a-generic-greeting"),
        pytest.param("Just wanted to let you know that I'll share this with as many fellow "
                     "developers as I can find.\n\nGreetings, a Dutch developer.", False,
                     id="a-sign-off-under-a-long-sentence"),
        pytest.param("Subject: Star Trek writing\n\nI see you like Star Trek. Could you review "
                     "my story?", True, id="a-subject-line-then-nobody"),
        pytest.param("Subject: Collab\n\nHi there, could you review my story?", True,
                     id="a-subject-line-then-a-generic-greeting"),
        pytest.param("\u2026bei dir melden, denn das Spielzeug sollte dir nicht entgehen! Wir "
                     "würden uns freuen, wenn du berichtest.", False,
                     id="a-quote-cut-mid-sentence"),
        pytest.param("[\u2026] If this is of interest, could you cover the launch?", False,
                     id="an-editor-cut-mark-first"),
        pytest.param("[\u2026] Hi there, could you cover the launch?", True,
                     id="a-generic-greeting-after-a-cut-mark"),
        pytest.param("TO: All students and friends of the department\n\nPlease digg our project.",
                     True, id="a-to-line-greets-a-crowd"),
        pytest.param("To: Ben Popper @ The Verge\nSubject: Meetings... without meetings\n\n"
                     "Hi Ben, could you cover the launch?", False, id="address-lines-then-a-name"),
        pytest.param("From: Acme PR\nTo: news desk\nSubject: Launch\n\nHi there, could you "
                     "cover the launch?", True, id="address-lines-then-a-generic-greeting"),
    ],
)
def test_the_opening_after_headers_or_a_cut(review, fired, text, fires):
    """An email's header lines are skipped to find its greeting; a quote cut before its
    opening is not judged for a missing name."""
    assert bool(fired(review(text, channel="email", stage="stranger"), RULE)) is fires


@pytest.mark.parametrize(
    ("text", "channel", "fires"),
    [
        pytest.param("Thanks for the follow! Looking forward to your tweets.", "dm", True,
                     id="welcome-dm-to-nobody"),
        pytest.param("Thanks for the follow, Liz! Looking forward to your tweets.", "dm", False,
                     id="welcome-dm-by-name"),
        pytest.param("Thanks for the follow! Looking forward to your tweets.", "public-mention",
                     False, id="welcome-in-public-is-addressed-by-the-mention"),
        pytest.param("Gracias por seguirme. ¡Espero que te inspiren mis fotos!", "dm", True,
                     id="welcome-dm-in-spanish"),
    ],
)
def test_automatic_welcome_dm(review, fired, text, channel, fires):
    """A thanks-for-following DM that names nobody reads as the automatic welcome DM."""
    assert bool(fired(review(text, channel=channel, stage="aware"), RULE)) is fires


@pytest.mark.parametrize(("text", "channel", "fires"), [
    pytest.param("Dear Editor: I have to applaud your decisions on the stories you tell.",
                 "other", False, id="a-letter-for-the-letters-page"),
    pytest.param("To the editor:\nYou have done an outstanding job on these stories.", "other",
                 False, id="to-the-editor"),
    pytest.param("Dear Editor, please cover our product launch next week.", "other", True,
                 id="a-pitch-to-the-editor-is-still-a-mass-mailing"),
    pytest.param("Dear Editor: I have to applaud your decisions on the stories you tell.",
                 "email", True, id="an-email-to-the-editor-greets-a-role"),
])
def test_a_letter_to_the_editor(review, fired, text, channel, fires):
    """A letters page is written to as "the Editor": a letter that asks nothing is addressed
    as the paper asks; a pitch, or a message to their inbox, greets a role."""
    assert bool(fired(review(text, channel=channel), RULE)) is fires


@pytest.mark.parametrize("text", BY_NAME)
def test_greeting_by_name_passes(review, fired, text):
    """Greeting by name in any usual form passes."""
    assert fired(review(text), RULE) == []


def test_policy_can_add_a_greeting_word(review, fired):
    """A team's own greeting ('Ahoy Liz') counts once the policy lists it."""
    text = "Ahoy liz, could you share our guide?"
    assert fired(review(text, channel="email"), RULE)
    policy = {"lexicons": {"greeting": ["ahoy"]}}
    assert not fired(review(text, channel="email", policy=policy), RULE)


@pytest.mark.parametrize(("text", "stage", "fires"), [
    pytest.param("Dear book blogger friends, I won't send review requests this time.",
                 "engaged", False, id="friends-of-a-community"),
    pytest.param("Hey dear team! Could you help us tweet the announcement?", "earned", False,
                 id="ones-own-team"),
    pytest.param("Dear book blogger friends, please review my novel.", "stranger", True,
                 id="the-same-crowd-to-strangers"),
    pytest.param("Dear readers, artists, friends, and donors, please give before the year ends.",
                 "engaged", False, id="a-journals-own-readers-and-donors"),
])
def test_a_crowd_named_by_its_last_word(review, fired, text, stage, fires):
    """A greeting to a crowd ("… friends", "… team") is normal to one's own community and
    generic to strangers."""
    assert bool(fired(review(text, channel="email", stage=stage), RULE)) is fires


@pytest.mark.parametrize(("text", "channel", "fires"), [
    pytest.param("Hi guys, I would like to translate the docs to Spanish: is there a guide?",
                 "comment", False, id="the-people-of-a-thread"),
    pytest.param("Hi all! Thank you for this library, it saved our launch.", "comment", False,
                 id="everyone-in-the-thread"),
    pytest.param("Hi Acme team, please add our tool to your list.", "comment", True,
                 id="a-company-is-no-crowd-of-the-thread"),
    pytest.param("Hi guys, please add our tool to your list.", "email", True,
                 id="a-crowd-in-an-email-is-still-nobody"),
])
def test_a_crowd_greeted_in_a_thread(review, fired, text, channel, fires):
    """A comment greets the people in its thread as a crowd, as a mention greets by the
    mention; an email to "guys" or a greeting to a company is still impersonal."""
    assert bool(fired(review(text, channel=channel, stage="stranger"), RULE)) is fires


@pytest.mark.parametrize(("channel", "stage", "fires"), [
    pytest.param("comment", "engaged", False, id="a-reply-in-their-thread"),
    pytest.param("comment", "stranger", True, id="a-first-comment-to-a-stranger"),
    pytest.param("email", "engaged", True, id="an-email-to-a-contact"),
])
def test_a_casual_address_in_a_thread_already_under_way(review, fired, channel, stage, fires):
    """"Hey man" in a thread they are already talking in is addressed by its place; to a
    stranger, or in an email, it still names nobody."""
    text = "Hey man, sorry about the harsh language. What discord do you mean?"
    assert bool(fired(review(text, channel=channel, stage=stage), RULE)) is fires


@pytest.mark.parametrize("text", [
    "Hello everyone, I loved the talk.", "Bonjour à tous. Je suis nouveau sur le forum.",
    "Ciao a tutti! Sono nuova qui.", "Hey guys, loved the post.",
])
@pytest.mark.parametrize(("channel", "fires"), [("email", True), ("other", False),
                                                ("comment", False)])
def test_a_crowd_greeted_in_a_post_to_the_crowd(review, fired, text, channel, fires):
    """A forum post or a thread comment greets the people there as a crowd; an email to one
    person greeting "everyone" is generic."""
    assert bool(fired(review(text, channel=channel, stage="stranger"), RULE)) is fires


@pytest.mark.parametrize("text", [
    "Olá, me chamo Felipe! Sigam meu perfil.", "Hola, soy Ana y me encanta este foro.",
])
def test_a_hello_then_the_senders_own_name_greets_no_one_by_name(review, fired, text):
    """"Olá, me chamo Felipe" introduces the sender: no name of theirs, and no role greeted."""
    assert not fired(review(text, channel="other", stage="stranger"), RULE)
    assert fired(review(text, channel="email", stage="stranger"), RULE)
