"""The polite ask forms of German, French, Spanish, Portuguese, Italian, Dutch, Russian,
Japanese and Chinese, by what they ask for, over folded text (lower case, accents dropped);
Indonesian and Malay's are in `indonesian.py`."""

from __future__ import annotations

import re

from bot.asks.languages.indonesian import INDONESIAN
from bot.text import normalize

# "I'd like to thank you" is no ask, in any of these languages.
_NOT_THANKS = (r"(?! (?:vous |te |lhe |le |ihnen |dir |mich |me |ti |la )?(?:dire|felicitar|"
               r"feliciter|congratular))")

FORMS = {
    "link": (
        r"\bgastbeitrag", r"\bgastartikel", r"\bverlink(?:e|en|ung)\b", r"\bechange de liens\b",
        r"\bintercambi(?:o de|ar) enlaces\b", r"\btroca(?:r)? (?:de )?links\b",
        r"\bscambi(?:o|are) (?:di |dei )?link\b", r"\bechanger des liens\b",
        r"相互リンク", r"互换链接", r"友情链接", r"友链",
    ),
    "amplify": (
        r"\bbitte (?:teilen|weiterleiten|retweeten)\b",
        r"\bmerci de (?:partager|relayer|diffuser)\b",
        r"\bpor favor (?:comparte|comparta|compartilhe|partilhe|difunde)\b",
        r"\bper favore (?:condividi|condividete)\b",
        r"求(?:个|個|点|點)?(?:star|赞|讚|转发|關注|关注)",
        # Star-for-star in Chinese: "互star", "有赞必回", "求回关", "帮忙点个 star", "刷星".
        r"互(?:相|粉|关|關|赞|讚|fo)?\s*(?:star|赞|讚|粉|关注|關注|fo)", r"(?:有赞|有讚)必回",
        r"(?:回|点|點|刷|给|給|加)(?:个|個|下|一下|一个)?\s*(?:star|星|fork)",
        r"求?回(?:关|關|赞|讚|粉)", r"已(?:点|點|赞|讚|star)[，,、 ]*(?:回我|求回|也来|也來)",
        r"请(?:帮忙)?(?:转发|分享)", r"拡散(?:して|お願い)",
        # "Come and promote my project", "help (us) promote it".
        r"宣传一下", r"帮(?:忙|我|我们|我們)?(?:宣传|宣傳|推广|推廣)",
    ),
    "request": (
        r"\bkonnten sie\b", r"\bkonntest du\b",
        r"\b(?:hatten sie|hattest du) (?:denn |vielleicht |eventuell )?(?:interesse|lust|zeit)\b",
        # "Wir würden trotzdem gerne…"; not "wir würden uns gerne vorstellen" (introducing).
        rf"\bich (?:mochte|wurde gerne)\b{_NOT_THANKS}",
        rf"\bwir (?:mochten|wurden(?: (?!uns\b)\w+)? gerne)\b{_NOT_THANKS}",
        r"\b(?:ich|wir) bitten? (?:sie |dich )?um\b",
        r"\bbitte (?:um|schicken|senden|melden|folgen|unterstutzen|abonnieren|besuchen)\b",
        r"\bpourriez-vous\b", r"\bpourrais-tu\b",
        # "Abonnez-vous", "souscrivez à ma chaîne", "suivez-moi": the imperative of following.
        r"\b(?:abonnez-vous|abonne-toi|souscrivez|suivez-(?:moi|nous))\b",
        r"\b(?:viens|venez) (?:voir|visiter|lire)\b",
        r"\bjet(?:er|ez|te) un (?:coup d'|petit )?(?:oeil|œil)\b",
        r"\bhattet ihr (?:interesse|lust|zeit)\b", r"\bkonntet ihr\b",
        r"\bware(?:n sie so| es) nett\b", r"\bes ware (?:schon|toll|super|klasse|grossartig)\b",
        r"\bfolg(?:e|t|en sie) (?:uns|mir)\b", r"\bdar uma passada\b", r"\bme seguir\b",
        r"\bsiga(?:m)?-me\b", r"\bseriez-vous (?:interesse|d'accord|pret)",
        rf"\bj'aimerais\b{_NOT_THANKS}", rf"\b(?:je souhaiterais|nous souhaiterions|nous "
        rf"aimerions)\b{_NOT_THANKS}", r"\bmerci de (?:nous|me|publier|repondre)\b",
        r"\bvous trouverez ci-joint\b",
        r"\bpodrias\b", r"\bpodria usted\b", r"\bte gustaria\b",
        # "Would you be interested…?", "I'd like to know whether…".
        r"\b(?:estarias|estaria usted|estarian) interesad[oa]s?\b",
        r"\b(?:querria|quisiera|quisieramos) saber si\b",
        r"\b(?:te|le|les|os) interesaria\b",
        # "me encantaria saber si…" asks; "me encantaria conocerte" is a wish.
        r"\bme encantaria (?:saber si|que (?:me|nos|pudier\w+)|colaborar|trabajar|hablar|"
        r"proponer|invitar)",
        rf"\b(?:me|nos) gustaria\b{_NOT_THANKS}", r"\bpor favor (?:siguenos|sigueme|visita|"
        r"vota|apoya|siga|vote|visite)\b",
        r"\bpoderia(?:s)?\b", r"\bpodes ver\b", rf"\bgostaria(?:mos)? de\b{_NOT_THANKS}",
        r"\bteria(?:s)? interesse\b",
        r"\bvisita (?:mi|nuestr[oa]s?|il mio|la mia)\b", r"\b(?:sigueme|siguenos|suscribete)\b",
        # "I was wondering whether…", the polite question of each language.
        r"\bmi chiedevo se\b", r"\b(?:fossi|foste|sarebbe|sareste) interessat",
        r"\bme preguntaba si\b", r"\bje me demandais si\b", r"\bnous nous demandions si\b",
        r"\bich wollte (?:sie |dich |euch )?fragen\b", r"\beu (?:estava|queria) (?:me )?"
        r"pergunta(?:ndo|r)\b",
        # "Would you fancy…?", "have a look at my project", "tell me what you thought".
        r"\bca (?:vous|te) (?:dirait|dit|tente)\b",
        r"\b(?:da|de|deem|dá|dê) uma (?:olhada|olhadinha|conferida)\b",
        r"\b(?:echa|echale|echad|eche) (?:un )?(?:vistazo|ojo)\b",
        r"\b(?:dai|date|dia|dare) un'? ?(?:occhiata|occhio)\b",
        r"\bschau(?:t|en sie)? (?:dir |euch )?(?:mal|doch)\b",
        r"\bme (?:diz|diga|digam|dizem|conta|contem) o que (?:achou|acharam|acha|acham)\b",
        # Dutch: "would you", "could you", "mail us".
        r"\bzoud?(?:en)? (?:je|jij|u|jullie)\b", r"\b(?:wil|kun|kan) (?:je|jij)\b",
        r"\b(?:wilt|kunt) u\b", r"\b(?:mail|stuur) (?:ons|mij)\b", r"\bstuur me\b",
        # "Potrebbe…?" asks them; "qualcuno potrebbe" (someone could) is about a third person.
        r"\bpotresti\b", r"\b(?:mi|ci|lei) potrebbe\b",
        r"\bpotrebbe\b(?<![\w,;] potrebbe)(?<![\w,;]potrebbe)",
        # ("… come vorrei io": as I would wish it, no ask.)
        # (Nor "vorrei rivelarti un fatto", "vorrei fare i miei complimenti": the sender tells.)
        rf"(?<!come )\bvorrei\b(?! io\b)(?! (?:rivelar|dir|raccontar|segnalar|ringraziar|"
        rf"complimentar|presentar)\w*)(?! fare i (?:miei|nostri) complimenti){_NOT_THANKS}",
        r"\bsaresti interessat",
        # "We ask you to get in touch", "I wanted to ask you whether…".
        r"\b(?:vi|ti|la) preg(?:o|hiamo) di\b", r"\bvolev(?:o|amo) chieder(?:vi|ti|le)\b",
        # Invitations and "we would be glad/interested" in the conditional.
        r"\bwurden sie\b", r"\b(?:wir )?(?:laden|lade) (?:sie|dich|euch) (?:herzlich )?ein\b",
        # "Wir wollen dich in den Podcast einladen": an invitation, in the plain present.
        r"\b(?:wollen|mochten|will|mochte) (?:sie|dich|euch)\b[^.!?\n]{0,60}\b(?:einladen|"
        r"interviewen)\b",
        # "Vamos partilhar vídeos e trocar mensagens": let's swap, in Portuguese.
        r"\bvamos (?:partilhar|compartilhar|trocar|colaborar)\b",
        # A collaboration proposed, or a trade: "podríamos colaborar", "vi scrivo per proporvi
        # una collaborazione", "en échange de", "a cambio, publicaría", "uma parceria".
        r"\bpodriamos (?:colaborar|trabajar|hacer)\b",
        r"\bpropo(?:n(?:er|go|emos)|r(?:vi|ti|le|re)|ser|sons|se|rre)(?: \w+)? "
        r"(?:(?:una|une|un|uma) )?(?:colaboracion|collaborazione|collaboration|partenariat|"
        r"parceria|cooperation|cooperacion|cooperazione)\b",
        r"\b(?:a cambio|in cambio|en echange|em troca|im austausch)\b",
        r"\bvous (?:adresser|soumettre|envoyer) (?:ma|notre) candidature\b",
        # "On aimerait bien que vous veniez faire un reportage": "we'd like you to come".
        r"\bon aimerait\b", r"\bque vous (?:veniez|puissiez|acceptiez|parliez|partagiez)\b",
        r"\bkooperation (?:vorschlagen|anbieten)\b",
        # "Gerne können wir uns direkt bei Xing verbinden", "Lass uns auf LinkedIn vernetzen":
        # connecting on a network, proposed.
        r"\b(?:(?:konnen|konnten|wollen|sollten) wir uns|(?:lass|lasst|lassen sie) uns)\b"
        r"[^.!?\n]{0,50}\b(?:vernetzen|verbinden|connecten)\b",
        # "We kindly ask you to replace it", "let us know", "I hope you can spread it",
        # "I request you kindly to publish", "attached you will find our press release".
        # ("Le chiedo come mai…" asks why: a question, not a favour.)
        r"\b(?:vi|ti|le) chied(?:o|iamo)\b(?! (?:come mai|perche|il perche)\b)",
        r"\bchied(?:o|iamo) (?:cortesemente|gentilmente)\b",
        r"\bdej(?:a|e)(?:nos|me) saber\b", r"\bespero (?:que )?(?:puedas|pueda|puedan)\b",
        r"\besperamos (?:poder contar|que (?:puedas|pueda|puedan))\b",
        r"\b(?:te|le|les) (?:pido|pedimos)\b(?! (?:disculpas|perdon))",
        r"\bsolicit(?:o|amos) (?:a|ao|que|sua|vossa)\b",
        r"\bpedimos (?:a gentileza|que)\b",
        # "Please get in touch with us", "follow my profile", "I'd love to do a collaboration",
        # "is happy if you report on it".
        r"\b(?:ponte|pongase|entre|entra|entrem) (?:en|em) contacto\b", r"\bentre em contato\b",
        r"\bpor favor,? (?:contactanos|contactame|escribenos|escribeme|llamanos|responde)\b",
        r"\bsig(?:a|am) (?:o )?(?:meu|minha|nosso|nossa) (?:perfil|canal|pagina)\b",
        r"\bme segue\b", r"\bme encantaria (?:realizar|hacer|tener) (?:una )?colaboracion\b",
        # "Segue-me também", "me sigam", "visita o meu também", "pásate por mi blog": the
        # follow and visit imperatives of Portuguese and Spanish comments.
        r"\bsegue-me\b", r"\bme sigam\b", r"\bvisite?m? (?:o |a )?(?:meu|minha|nosso|nossa)\b",
        # "Segue meu canal", "comente no meu blog", "me chame no Discord", "se conectem",
        # "visite meu site": the same, without the article or in the plural.
        r"\bsegue (?:o |a )?(?:meu|minha|nosso|nossa) (?:perfil|canal|pagina|blog|site|insta\w*)\b",
        r"\bcomente(?:m)? (?:no|em|na) (?:meu|minha|nosso|nossa)\b",
        r"\bme (?:chame|chama|chamem|adicione|adiciona|add) (?:no|na|pelo|pela|em)\b",
        r"\b(?:se conect(?:em|e)|conecte-se|conectem-se)\b",
        # "Preciso de um estágio", "busco trabajo": a place asked for, as "looking for a job".
        r"\b(?:preciso de|procuro|estou procurando|a procura de|em busca de|busco|estoy buscando)"
        r" (?:um |uma |un |una )?(?:estagio|emprego|trabalho|vaga|practicas|empleo|trabajo)\b",
        # "Queria te propor…", "seria ótimo se vocês pudessem…", "sarebbe bello se poteste…".
        r"\b(?:queria|quero|gostaria de|quisiera|quiero) (?:te |lhe |vos )?propor(?:te|le|les)?\b",
        r"\bseria (?:otimo|bom|legal|incrivel|genial|estupendo|fantastico) (?:se|si) "
        r"(?:voce|voces|vc|vcs|tu|pudieras|pudiera|pudieran)\b",
        r"\bsarebbe (?:bello|fantastico|stupendo|utile|ottimo) se (?:tu |lei |voi )?"
        r"(?:potessi|potesse|poteste)\b",
        # "Comptez-vous en parler ?", "je vous propose d'échanger un lien": coverage and a swap
        # asked in French; "entriamo in contatto", "contattami" in Italian.
        r"\bcomptez-vous (?:en )?(?:parler|publier|relayer|ecrire)\b",
        r"\b(?:je|nous) (?:vous|te) propos(?:e|ons) (?:de |d')",
        r"\b(?:entriamo|mettiamoci) in contatto\b", r"\b(?:contattami|contattateci|scrivimi|"
        r"scriveteci)\b",
        r"\bvisita (?:o|a) (?:meu|minha|nosso|nossa)\b",
        r"\b(?:pasate|pasen|pasad|passa|passe|passem) (?:por|pelo|pela|no|na) (?:mi|mis|nuestr[oa]|"
        r"meu|minha|nosso|nossa)\b",
        # "Sperando che la campagna trovi spazio nel tuo blog": a hope for their blog, in Italian
        # and Spanish.
        r"\bsper(?:o|iamo|ando) che\b[^.!?\n]{0,80}\b(?:tuo|vostro|suo) (?:blog|sito|canale|"
        r"giornale|profilo|pagina)\b",
        r"\bespero que\b[^.!?\n]{0,80}\b(?:tu|su|vuestro) (?:blog|sitio|web|canal|perfil|pagina)\b",
        r"\bfreu(?:t|en) (?:sich|uns|mich),? wenn (?:sie|du|ihr)\b",
        # "Could you give a contact?", "I recommend myself", "reply when you have time".
        r"(?:可否|能否)", r"自荐", r"(?:有空|方便的话)[^。？?!！\n]{0,6}(?:回复|回覆)",
        r"\b(?:im (?:angehangten|beigefugten) dokument|im anhang|anbei) (?:finden|erhalten) sie\b",
        r"\b(?:podemos|poderiamos) (?:fazer|criar|ter) (?:uma )?parceria\b",
        r"\bwurden uns (?:sehr |riesig )?freuen\b", r"\bwurde mich (?:sehr )?freuen\b",
        # "Über eine Newsmeldung würden wir uns sehr freuen": the same hope, the verb first; and
        # "nella speranza di una sua diffusione", "dans l'espoir d'une publication".
        r"\bwurden wir uns (?:sehr |riesig )?freuen\b", r"\bwurde ich mich (?:sehr )?freuen\b",
        r"\bnella speranza (?:di una|che) (?:\w+ )?(?:diffusione|pubblicazione|recensione|"
        r"segnalazione|condivisione|divulgazione)\b",
        r"\bdans l'espoir d'une (?:\w+ )?(?:publication|diffusion|parution|couverture)\b",
        r"\bes wurde (?:uns|mich) (?:sehr )?freuen\b",
        r"\b(?:nous )?serions (?:interesses|ravis|heureux|honores)\b", r"\baimeriez-vous\b",
        r"\bvoudriez-vous\b", r"\b(?:je|nous) (?:vous|t') ?invit(?:e|ons)\b",
        r"\bquisiera(?:mos)?\b", r"\bnos encantaria\b", r"\b(?:te|le|les) invit(?:o|amos)\b",
        r"\bte convid(?:o|amos)\b", r"\bpara (?:te|o|a|lhe) convidar\b", r"\bconvidar-(?:te|o|a)\b",
        r"\b(?:ti|vi) invit(?:o|iamo)\b", r"\bsaremmo (?:interessati|felici|lieti)\b",
        r"ください", r"いただけ(?:ます|ません)か", r"お願い(?:します|いたします|申し上げます)",
        r"ご検討",
        # "I would like to ask you to…", "could you not…?", "I'd like to hear from you once".
        r"お願いしたい", r"(?:いただけ|頂け)(?:ない|ません)でしょうか",
        r"(?:いただけ|頂け)ますでしょうか", r"(?:お話|お話し)を伺いたい",
        # "We would like to interview you": an interview asked, however politely.
        r"(?:インタビュー|取材)を?(?:させて|お願い)",
        r"请(?:帮|您|关注|支持)", r"麻烦(?:您|你)",
        # "We want to cooperate with you", "asking for a contact", "can we talk off-site?".
        r"(?:想|希望|求|期待|寻求|尋求)(?:能|能够|能夠|可以)?(?:和|跟|与|與|同)?(?:你|您|贵|貴|大家)?"
        r"(?:们|們|方)?(?:一起)?(?:进行|進行|取得|建立)?(?:合作|联系|聯繫|联络|聯絡)",
        # "Please contact me", "how do I get in touch with you?".
        r"请(?:与我|跟我|和我)?(?:联系|聯繫)我?",
        r"(?:怎么|怎麼|如何)(?:才能)?(?:跟|和|与|與)(?:你|您)(?:们|們)?(?:联系|聯繫|联络|聯絡)",
        r"求(?:个|個)?(?:联系|聯繫)方式",
        # "Can we get in touch, add me on WeChat?", "how can I contact you?".
        r"(?:可以|能|方便)[^。？?!！\n]{0,20}(?:联系|聯繫|联络|聯絡|合作|微信|qq)[^。？?!！\n]{0,10}"
        r"(?:吗|嗎|么|麼|呢)",
        r"(?:怎么|怎麼|如何)(?:才能)?(?:联系|聯繫|联络|聯絡)(?:到)?(?:你|您)",
        r"麻烦(?:大家|你|您)?(?:有空|帮忙|幫忙)",
        # (The gaps exclude the pattern's own first characters, so a run of "你你你…" or
        # "合作合作…" is not scanned again from each of them.)
        # "Would you consider a business cooperation?", "can or can't we develop it together?",
        # "I hope you can…", "I hope to learn from you", "how do we contact you to cooperate?".
        r"(?:合作|联系|聯繫)[^。？?!！\n合联聯]{0,10}(?:吗|嗎|么|麼)",
        r"(?:可不可以|能不能|可以不可以)[^。？?!！\n]{0,10}(?:合作|一起|帮|幫|联系|聯繫|加|给|給|"
        r"分享|推荐|推薦|介绍|介紹)",
        # ("我可以转载吗?", may I repost it?, asks leave; "你好" is no "you".)
        r"(?:你|您)(?!好)(?:们|們)?[^。？?!！\n我你您]{0,12}(?<!我)可以[^。？?!！\n]{0,20}(?:吗|嗎)",
        r"希望(?:你|您)(?:们|們)?(?:能|可以|能够|能夠)",
        r"希望[^。？?!！\n希]{0,10}(?:向|跟|和|与|與)(?:你|您)",
        r"(?:合作|联系|聯繫)[^。？?!！\n合联聯]{0,10}(?:怎么|怎麼|如何)(?:联系|聯繫|联络|聯絡)",
    ),
}
# Russian, matched in the shape the text folding gives it (Cyrillic letters become their
# Latin look-alikes), so the patterns are folded the same way once, here.
RUSSIAN = {
    "amplify": ("поделитесь", "поставьте звезд", "наставить звёздочек", "поставить звёздочку"),
    "request": ("не могли бы вы", "можете ли вы", "подпишитесь", "я бы хотела", "я бы хотел",
                "мы бы хотели", "сотрудничеств"),
}
for _kind, _words in RUSSIAN.items():
    FORMS[_kind] += tuple(re.escape(normalize(w).folded) for w in _words)
# "Можете …?": a question that opens with "can you".
FORMS["request"] += (re.escape(normalize("можете").folded) + r"(?=[^.!?\n]{0,80}\?)",)
for _kind, _forms in INDONESIAN.items():
    FORMS[_kind] += _forms
