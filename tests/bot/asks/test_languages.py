"""Ask forms in other languages: the polite request of each, and thanks that ask nothing."""

import pytest

from bot.asks import find_asks
from bot.asks.languages import _may_hold_one
from bot.text import normalize

ASKS = [
    pytest.param("Könnten Sie bitte unseren Artikel veröffentlichen?", "request", id="de"),
    pytest.param("Ich würde gerne einen Gastbeitrag bei Ihnen schreiben.", "link", id="de-guest"),
    pytest.param("Pourriez-vous relayer notre annonce ?", "request", id="fr"),
    pytest.param("Je propose un échange de liens entre nos sites.", "link", id="fr-link-swap"),
    pytest.param("¿Te gustaría colaborar con nosotros?", "request", id="es"),
    pytest.param("Querría saber si estarías interesado en intercambiar enlaces con nosotros.",
                 "link", id="es-would-you-swap-links"),
    pytest.param("¿Estaría usted interesado en una colaboración?", "request",
                 id="es-would-you-be-interested"),
    pytest.param("Ti va di scambiare link tra i nostri blog?", "link", id="it-swap-links"),
    pytest.param("He pensado que podríamos colaborar de una forma original.", "request",
                 id="es-we-could-collaborate"),
    pytest.param("Vendría a probarlo gratis y, a cambio, publicaría la experiencia.", "request",
                 id="es-a-trade"),
    pytest.param("Vi scrivo per proporvi una collaborazione per il 10 febbraio.", "request",
                 id="it-a-collaboration-proposed"),
    pytest.param("Je me permets de vous adresser ma candidature pour un poste.", "request",
                 id="fr-a-job-application"),
    pytest.param("Wir möchten Ihnen eine Kooperation vorschlagen.", "request",
                 id="de-a-cooperation-proposed"),
    pytest.param("Im angehängten Dokument finden Sie unsere aktuelle Pressemitteilung.",
                 "request", id="de-a-release-attached"),
    pytest.param("Vi chiediamo gentilmente di sostituire l'immagine.", "request",
                 id="it-we-kindly-ask-you"),
    pytest.param("Te envío una nota de prensa que espero puedas difundir.", "request",
                 id="es-i-hope-you-can-spread-it"),
    pytest.param("Dejanos saber en qué horario te conviene.", "request", id="es-let-us-know"),
    pytest.param("Por favor, ponte en contacto con nosotros.", "request", id="es-get-in-touch"),
    pytest.param("Hola, me encantaría realizar una colaboración con vosotros!", "request",
                 id="es-a-collaboration-wished-for"),
    pytest.param("Sigam meu perfil, que seguirei todos de volta!", "request",
                 id="pt-follow-my-profile"),
    pytest.param("Die Firma freut sich, wenn Sie in Ihrem Blog darüber berichten.", "request",
                 id="de-glad-if-you-report"),
    pytest.param("你好，可否给一个联系方式，我想聊一下商业合作", "request",
                 id="zh-could-you-give-a-contact"),
    pytest.param("有空可以回复下", "request", id="zh-reply-when-free"),
    pytest.param("Solicito a V. Sa. a gentileza de divulgar as informações abaixo.", "request",
                 id="pt-i-request-you-kindly"),
    pytest.param("Nous sommes trois musiciens et on aimerait bien que vous veniez faire un "
                 "reportage sur nous.", "request", id="fr-on-aimerait-que-vous-veniez"),
    pytest.param("Por favor comparte nuestro video.", "amplify", id="es-share"),
    pytest.param("Gostaria de saber se teria interesse numa parceria.", "request", id="pt"),
    pytest.param("Potresti dare un'occhiata al nostro sito?", "request", id="it"),
    pytest.param("相互リンクしてください。", "link", id="ja-link-swap"),
    pytest.param("ご検討いただけますか。", "request", id="ja"),
    pytest.param("请帮忙转发一下", "amplify", id="zh-share"),
    pytest.param("Eigentlich arbeiten wir erst ab 20K, aber wir würden trotzdem gerne mit dir "
                 "zusammenarbeiten.", "request", id="de-would-still-like"),
    pytest.param("Vi preghiamo di mettervi in contatto con me.", "request", id="it-we-ask-you"),
    pytest.param("Volevo chiedervi se siete interessati a una collaborazione.", "request",
                 id="it-i-wanted-to-ask-you"),
    pytest.param("我们想和你取得联系，谈一下合作的事宜", "request", id="zh-get-in-touch"),
    pytest.param("看了你的博客，希望能够跟你建立友链，不知可否？", "link", id="zh-friend-links"),
    pytest.param("要不要来宣传一下我的项目", "amplify", id="zh-promote-it"),
    pytest.param("您好，方便加一个微信吗。", "request", id="zh-add-on-wechat"),
    pytest.param("请问怎么联系你，聊聊合作", "request", id="zh-how-to-reach-you"),
    pytest.param("很希望和你一起合作开拓市场", "request", id="zh-work-together"),
    pytest.param("Мы ищем авторов для постоянного сотрудничества.", "request",
                 id="ru-cooperation"),
    pytest.param("Bonjour, vous n'êtes pas abonné à ma chaîne. Abonnez-vous !", "request",
                 id="fr-subscribe"),
    pytest.param("ブログを拝見し、ぜひ寄稿をお願いしたいと思いご連絡しました。", "request",
                 id="ja-would-like-to-ask"),
    pytest.param("掲載のご許可をいただけないでしょうか?", "request", id="ja-could-you-not"),
    pytest.param("Potrebbe inviarmi il suo indirizzo?", "request", id="it-could-you-formal"),
    # invitations, and "we would be glad" in the conditional
    pytest.param("Über eine Newsmeldung würden wir uns sehr freuen.", "request",
                 id="de-a-hope-verb-first"),
    pytest.param("Vielen Dank für Ihren Besuch. Gerne können wir uns direkt bei Xing verbinden.",
                 "request", id="de-we-can-connect-on-a-network"),
    pytest.param("Lass uns auf LinkedIn vernetzen!", "request", id="de-lets-connect"),
    # Indonesian and Malay
    pytest.param("Kak buka free endorse ya?", "request", id="id-do-you-take-endorsements"),
    pytest.param("Saya udah follow kamu, kamu folbek yah", "request", id="id-follow-back"),
    pytest.param("Add BBM-ku yuk, kita ngobrol tentang bisnisku.", "request", id="id-lets-add"),
    pytest.param("Jangan lupa mampir ke blog aku ya!", "request", id="id-drop-by-my-blog"),
    pytest.param("Artikelnya bagus. Ditunggu kunjungan baliknya.", "request",
                 id="id-a-return-visit-awaited"),
    pytest.param("Tolong bantu sebarkan ya, teman-teman.", "amplify", id="id-please-spread-it"),
    pytest.param("Bisa bantu promosi akun kami?", "request", id="id-can-you-help-promote"),
    pytest.param("Kami ingin mengajak kakak kerja sama untuk produk baru kami.", "request",
                 id="id-inviting-a-collaboration"),
    pytest.param("Hai, sis. Kita jual cream pemutih murah meriah, loh.", "request",
                 id="id-we-sell"),
    pytest.param("Mbak, mau endorse sepatu, contact mana ya?", "request",
                 id="id-contact-for-a-deal"),
    pytest.param("Kak, bagi tipsnya dong", "request", id="id-share-your-tips-dong"),
    pytest.param("Mbak, kok saya belum di-followback, ya?", "request", id="id-not-followed-back"),
    pytest.param("Kami meminta Anda untuk meneruskan pesan ini ke semua kontak.", "amplify",
                 id="id-forward-this-message"),
    pytest.param("Tukeran link yuk, kak!", "link", id="id-swap-links"),
    pytest.param("Nella speranza di una sua diffusione, vi allego il comunicato stampa.",
                 "request", id="it-in-the-hope-of-spreading"),
    pytest.param("Dans l’espoir d’une publication, je vous envoie le communiqué.", "request",
                 id="fr-in-the-hope-of-a-publication"),
    pytest.param("Wir würden uns sehr freuen, wenn Sie unser Produkt testen.", "request",
                 id="de-would-be-glad"),
    pytest.param("Nous serions intéressés par un article sur votre blog.", "request",
                 id="fr-would-be-interested"),
    pytest.param("Je vous invite à découvrir notre collection.", "request", id="fr-invite"),
    pytest.param("Nos encantaría colaborar contigo.", "request", id="es-would-love"),
    pytest.param("Escrevo para te convidar a fazer parte do projeto.", "request", id="pt-invite"),
    pytest.param("Ti invito a visitare il nostro sito.", "request", id="it-invite"),
    pytest.param("Trop bien ton blog ! Viens voir le mien !", "request", id="fr-come-see"),
    pytest.param("Si tu veux y jeter un coup d'oeil, j'en serais ravi.", "request",
                 id="fr-have-a-look"),
    pytest.param("Hättet Ihr Interesse, über uns zu schreiben?", "request", id="de-ihr"),
    pytest.param("Daher wäre es nett, wenn Sie uns mitteilen würden, ob der Link steht.",
                 "request", id="de-would-be-kind"),
    # star-for-star, the GitHub swap, in Chinese
    pytest.param("相互star 可好 https://github.com/a/b", "amplify", id="zh-mutual-star"),
    pytest.param("诚信回赞，有赞必回：https://github.com/a/b", "amplify",
                 id="zh-every-star-returned"),
    pytest.param("已点，回我：https://github.com/a/b", "amplify", id="zh-starred-now-star-me"),
    pytest.param("麻烦大家帮忙点个 star，谢谢支持", "amplify", id="zh-please-star"),
    pytest.param("你好，我们是做IP代理的，想跟你合作", "request", id="zh-want-to-cooperate"),
    pytest.param("可以在这个网站之外和您联系吗？", "request", id="zh-can-we-talk-elsewhere"),
    pytest.param("Folge uns auch bei Facebook", "request", id="de-follow-us"),
    pytest.param("Es wäre schön, wenn Sie meine Facebook-Seite liken", "request",
                 id="de-it-would-be-nice"),
    pytest.param("quem quiser dar uma passada no meu repositório e me seguir", "request",
                 id="pt-drop-by-and-follow"),
    pytest.param("Можете наставить звёздочек на проект?", "amplify", id="ru-stars"),
    pytest.param("Пожалуйста, подпишитесь на канал", "request", id="ru-subscribe"),
    pytest.param("Hättest du denn Lust, einen Artikel zu verfassen?", "request", id="de-du"),
    pytest.param("¿Les interesaría una colaboración a cambio de publicidad?", "request",
                 id="es-would-you-all-be-interested"),
    pytest.param("Me encantaría saber si es posible un canje publicitario.", "request",
                 id="es-i-would-love"),
    pytest.param("Zou je ons artikel willen plaatsen?", "request", id="nl-would-you"),
    pytest.param("Mi chiedevo se fossi interessato a pubblicare degli articoli sul nostro sito.",
                 "request", id="it-i-was-wondering"),
    pytest.param("Je me demandais si vous accepteriez un article invité.", "request",
                 id="fr-i-was-wondering"),
    pytest.param("Me preguntaba si te interesa colaborar.", "request", id="es-i-was-wondering"),
    pytest.param("Ich wollte fragen, ob Sie Interesse haben.", "request", id="de-i-wanted-to-ask"),
    pytest.param("Hola, me encanta tu blog, visita mi sitio.", "request", id="es-visit-my-site"),
    pytest.param("Я бы хотела получить набор и рассказать о нем в сторис", "request",
                 id="ru-i-would-like"),
    pytest.param("Es würde uns freuen, wenn Sie uns kurz informieren würden.", "request",
                 id="de-it-would-please-us"),
    pytest.param("Wir sind auf Ihre Website gestoßen und würden uns freuen, wenn Sie einen Link "
                 "einrichten würden.", "request", id="de-we-would-be-glad-after-and"),
    pytest.param("Dus mail ons maar even hoe we het artikel moeten sturen.", "request",
                 id="nl-mail-us"),
    # "would you fancy…", "have a look at my project", "tell me what you thought"
    pytest.param("Ça vous dirait de faire un partenariat ?", "request", id="fr-would-you-fancy"),
    pytest.param("Dê uma olhada no meu projeto.", "request", id="pt-have-a-look"),
    pytest.param("Echa un vistazo a mi canal.", "request", id="es-have-a-look"),
    pytest.param("Dai un'occhiata al mio blog!", "request", id="it-have-a-look"),
    pytest.param("Se vuoi dare un'occhiata al mio spazio, le porte sono aperte!", "request",
                 id="it-if-you-want-to-have-a-look"),
    pytest.param("Schau mal auf meinem Profil vorbei.", "request", id="de-have-a-look"),
    pytest.param("Galera, me diz o que achou do site.", "request", id="pt-tell-me-what-you-think"),
    pytest.param("对你的项目很感兴趣！希望能够合作，如果有兴趣请联系我！", "request",
                 id="zh-hoping-to-cooperate"),
    pytest.param("如何跟您联系，探讨一下合作事宜。", "request",
                 id="zh-how-to-get-in-touch-with-you"),
    pytest.param("ぜひ作者様にインタビューをさせていただきたいと考えております。", "request",
                 id="ja-an-interview"),
    pytest.param("Wir wollen dich in den Podcast einladen und interviewen!", "request",
                 id="de-we-want-to-invite-you"),
    pytest.param("Vamos partilhar vídeos e trocar mensagens no YouTube!", "request",
                 id="pt-lets-swap"),
    pytest.param("Olá, já te sigo, segue-me também por favor.", "request", id="pt-follow-me-too"),
    pytest.param("Que lindo o seu blog, visita o meu também!", "request", id="pt-visit-mine-too"),
    pytest.param("Pásate por mi blog cuando puedas.", "request", id="es-come-by-my-blog"),
    pytest.param("商业合作考虑吗？", "request", id="zh-would-you-consider-cooperating"),
    pytest.param("请问可不可以一起合作开发项目", "request", id="zh-can-we-develop-it-together"),
    pytest.param("希望有机会可以向你取经", "request", id="zh-hope-to-learn-from-you"),
    pytest.param("如果你决定放弃这个项目，可以私信分享一下吗？", "request",
                 id="zh-could-you-share-it-privately"),
]

NOT_ASKS = [
    pytest.param("Ich möchte mich herzlich für Ihr Buch bedanken.", id="de-thanks"),
    pytest.param("J'aimerais vous remercier pour votre livre.", id="fr-thanks"),
    pytest.param("Gostaria de agradecer pelo seu trabalho.", id="pt-thanks"),
    pytest.param("Merci pour votre article, il m'a beaucoup aidé.", id="fr-praise"),
    pytest.param("谢谢你的项目，这个项目已经有1000个star了", id="zh-stars-counted"),
    pytest.param("谢谢作者，这个项目很好用，我每天都在用。", id="zh-thanks-and-praise"),
    pytest.param("Se qualcuno nel governo leggesse queste lettere, forse potrebbe porre "
                 "rimedio.", id="it-someone-could"),
    pytest.param("Спасибо за вашу работу!", id="ru-thanks"),
    pytest.param("Ich folge dem Blog seit Jahren.", id="de-i-follow-the-blog"),
    pytest.param("Wir haben uns auf der Konferenz sofort verbunden gefühlt.",
                 id="de-we-felt-connected"),
    pytest.param("Terima kasih sudah berbagi, tulisannya sangat bermanfaat.", id="id-thanks"),
    pytest.param("Mohon maaf baru balas, kak.", id="id-sorry-for-the-late-reply"),
    pytest.param("Ya, saya setuju dengan pendapat kakak.", id="id-i-agree"),
    pytest.param("Boleh tanya, kak, ini harganya berapa?", id="id-may-i-ask-a-price"),
    pytest.param("Saya jual rumah itu tahun lalu.", id="id-i-sold-it"),
    pytest.param("Teman, kita bisa bantu promoin jualan kalian.", id="id-we-can-help-offered"),
    pytest.param("Terima kasih sudah mampir. Tolong jangan spam lagi ya.",
                 id="id-please-dont-spam"),
    pytest.param("Vielen Dank für den tollen Beitrag, er hat mir sehr geholfen!", id="de-praise"),
    pytest.param("Sehr geehrter Herr Dzubilla, zum Jahresende möchte ich Ihnen danken für Ihre "
                 "unermüdlichen Recherchen. Besonders Ihnen und Ihrer Familie alles Gute, und "
                 "bleiben Sie gesund.", id="de-year-end-thanks-is-not-read-by-the-model"),
    pytest.param("Me encantaría conocerte algún día.", id="es-would-love-to-meet-is-a-wish"),
    pytest.param("Espero que tengas un buen día.", id="es-a-good-day-wished"),
    pytest.param("Non potrà mai essere completamente come vorrei io.", id="it-as-i-would-wish"),
    pytest.param("Adesso vorrei rivelarti un piccolo fatto.", id="it-i-would-reveal"),
    pytest.param("Vorrei fare i miei complimenti al vostro giornalista.",
                 id="it-i-would-compliment"),
    pytest.param("Te pido disculpas por el retraso.", id="es-an-apology"),
    pytest.param("Wir würden uns gerne kurz vorstellen: wir sind zwei Bäcker aus Köln.",
                 id="de-introducing-ourselves"),
    pytest.param("Ich würde das gerne selbst für meine Seite nutzen. Danke!",
                 id="de-the-writers-own-wish"),
    pytest.param("Gostaria de saber se ainda há textos a traduzir, se poderia fazer parte do "
                 "time.", id="pt-an-offer-to-translate"),
    pytest.param("您好，这篇文章我可以转载吗？会保留您的信息和链接。",
                 id="zh-may-i-repost-asks-leave"),
    pytest.param("都三月了，你什么时候更新完？能不能写完啊",
                 id="zh-can-or-cant-finish-is-no-favour"),
]


@pytest.mark.parametrize(("text", "kind"), ASKS)
def test_other_languages_ask_in_their_own_words(text, kind):
    """Each language's polite request is an ask, with what it asks for."""
    (ask,) = find_asks(normalize(text).folded)
    assert (ask.form, ask.kind) == ("other-language", kind)


@pytest.mark.parametrize("text", NOT_ASKS)
def test_thanks_in_other_languages_ask_nothing(text):
    """A thank-you or praise in another language is no ask."""
    assert find_asks(normalize(text).folded) == ()


def test_english_words_do_not_send_a_text_through_the_foreign_scan():
    """"help", "here", "hello" start like a folded Russian word; they must not trigger the
    full scan of other languages' forms (it costs a review most of a millisecond)."""
    assert not _may_hold_one(normalize("Hello Liz, here is the help you asked for.").folded)
    assert _may_hold_one(normalize("Не могли бы вы поделиться?").folded)


def test_a_chinese_sentence_ends_at_its_own_mark():
    """Chinese puts no space after "。", "？" or "！": the thanks in the next sentence does not
    make the question before it a thank-you, and the span is the question alone."""
    folded = normalize("你好，请问和你们合作需要怎么联系？谢谢！").folded
    (ask,) = find_asks(folded)
    assert folded[slice(*ask.sentence)] == normalize("你好，请问和你们合作需要怎么联系？").folded

