"""The words that tell a text may hold a Latin-script form of another language: most English
text is passed over after one split."""

from __future__ import annotations

from bot.asks.languages.forms import RUSSIAN
from bot.asks.languages.indonesian import TRIGGERS as INDONESIAN_TRIGGERS
from bot.text import normalize

# A word each of the Latin-script forms needs, so most English text is passed over after
# one split instead of a scan of every pattern (a 40,000-character text: 0.5 ms, not 24).
TRIGGERS = frozenset({
    "echange", "echanger", "intercambio", "intercambiar", "troca", "trocar", "scambio",
    "scambiare", "estarias", "estaria", "estarian", "querria", "bitte", "bitten", "merci",
    "favor", "favore",
    "konnten", "konntest", "hatten", "mochte", "mochten", "wurde", "wurden", "pourriez-vous",
    "pourrais-tu", "seriez-vous", "j'aimerais", "souhaiterais", "souhaiterions", "aimerions",
    "trouverez", "podrias", "podria", "gustaria", "interesaria", "poderia", "poderias", "podes",
    "gostaria", "gostariamos", "teria", "terias", "potresti", "potrebbe", "vorrei", "saresti",
    "laden", "lade", "serions", "aimeriez-vous", "voudriez-vous", "invite", "invitons", "quisiera",
    "quisieramos", "encantaria", "invito", "invitamos", "convido", "convidamos", "convidar",
    "invitiamo", "saremmo", "viens", "venez", "jeter", "jetez", "jette", "hattet", "konntet",
    "ware", "waren", "folge", "folgt", "folgen", "passada", "seguir", "siga-me", "sigam-me",
    "hattest", "chiedevo", "fossi", "foste", "sarebbe", "sareste", "preguntaba", "demandais",
    "demandions", "wollte", "perguntando", "perguntar", "zou", "zoudt", "zouden", "kunt", "wilt",
    "kun", "wil", "ons", "mij", "visita", "sigueme", "siguenos", "suscribete",
    "dirait", "tente", "olhada", "olhadinha", "conferida", "vistazo", "ojo", "occhiata",
    "occhio", "un'occhiata", "schau", "schaut", "achou", "acharam", "preghiamo", "prego",
    "abonnez-vous", "abonne-toi", "souscrivez", "suivez-moi", "suivez-nous",
    "volevo", "volevamo", "wollen", "will", "vamos", "podriamos", "proponer", "propongo",
    "proponemos", "proporvi", "proporti", "proporle", "proporre", "proposer", "proposons",
    "propose", "cambio", "austausch", "adresser", "soumettre", "envoyer",
    "kooperation", "podemos", "poderiamos", "aimerait", "veniez", "puissiez", "acceptiez",
    "parliez", "partagiez", "chiedo", "chiediamo", "dejanos", "dejame", "dejenos", "dejeme",
    "espero", "esperamos", "pedimos", "pido", "solicito", "solicitamos", "anhang", "anbei",
    "angehangten", "beigefugten", "ponte", "pongase", "entre", "entra", "entrem", "contactanos",
    "contactame", "escribenos", "escribeme", "llamanos", "siga", "sigam", "segue", "freut",
    "freuen", "segue-me", "visite", "visitem", "pasate", "pasen", "pasad", "passa", "passe",
    "passem", "spero", "speriamo", "sperando", "speranza", "l'espoir", "vernetzen", "verbinden",
    "connecten", "comente", "comentem", "chame", "chama", "chamem", "adicione", "adiciona",
    "conectem", "conecte", "conecte-se", "conectem-se", "preciso", "procuro", "procurando",
    "procura", "busca", "busco", "buscando", "queria", "quero", "quiero", "seria",
    "comptez-vous", "entriamo", "mettiamoci", "contattami",
    "contattateci", "scrivimi", "scriveteci",
}) | INDONESIAN_TRIGGERS
STEMS = ("gastbeitrag", "gastartikel", "verlink", "convidar-",
          # Each phrase's longest word: the first of "не могли бы вы" folds to "he", which
          # would send every English text with "help" or "here" through the full scan.
          *(max(normalize(w).folded.split(), key=len) for ws in RUSSIAN.values() for w in ws),
          normalize("можете").folded)
