"""The ask forms of Indonesian and Malay, over folded text: the words of a request ("tolong",
"mohon", "jangan lupa …"), the blog visit traded back ("mampir ke blog saya", "ditunggu
kunjungan baliknya"), follow-back and endorsement asks, "let's" with "yuk" / "ayo", and "can
you / may I" with what is asked for."""

from __future__ import annotations

# What may be asked for, after "can you", "please", "don't forget to": the acts of a pitch.
_VERBS = (r"(?:share|sebar(?:kan)?|viralkan|rt|retweet|repost|follow|folow|like|subscribe|komen|"
          r"vote|pilih|dukung|bantu|promosi(?:kan)?|promote|endorse|review|ulas|kunjungi|mampir|"
          r"add|gabung|join|beli|order|hubungi|kontak|isi|daftar)")
_ACTS = r"(?:di ?|di-)?" + _VERBS
# At the start of the text or of a sentence.
_SENTENCE_START = r"(?:(?<![\s\S])|(?<=[.!?\n])|(?<=[.!?\n] ))"
# Where the sender wants them to go: their blog, shop, account.
_PLACES = r"(?:blog|toko|lapak|akun|ig|instagram|channel|kanal|web|website|situs|profil|link)"

INDONESIAN = {
    "amplify": (
        # "Tolong di-share ya", "bantu sebarkan", "mohon di RT".
        r"\b(?:tolong|mohon|bantu|minta) (?:di ?|untuk )?(?:share|sebar(?:kan)?|viralkan|rt|"
        r"retweet|repost)\b",
        r"\b(?:share|sebarkan|viralkan) (?:ya|yuk|dong|donk|yah)\b",
        # "Teruskan pesan ini ke semua kontak", "like status aku ya", "like back, donk!".
        r"\b(?:teruskan|meneruskan|sebarkan|menyebarkan|bagikan|membagikan)(?:lah)? (?:pesan|bc|"
        r"broadcast|info|informasi|berita|status|postingan) ini\b",
        r"\blike (?:status|foto|post|postingan|video|fp|fanpage|page) (?:aku|saya|ku|gue|kita|"
        r"kami)\b", r"\b(?:like|komen|vote) (?:balik|back)\b",
    ),
    "link": (
        # "Tukeran link yuk", "saling follow": the Indonesian link and follow swap.
        r"\btukar(?:an)? link\b", r"\btukeran link\b", r"\bsaling (?:follow|tukar|kunjung)\w*",
    ),
    "request": (
        # "Tolong bantu", "mohon dukungannya" ("mohon maaf" is sorry; "mohon izin" asks leave).
        # ("Tolong jangan spam lagi" asks them to stop, for nobody's gain.)
        r"\btolong\b(?! jangan\b)", r"\bmohon\b(?! (?:maaf|ijin|izin)\b)",
        r"\bminta (?:tolong|bantuan|bantuannya|dukungan|dukungannya|follow|folbek|like|vote|"
        r"saran|waktu|nomor|kontak)\b",
        r"\bjangan lupa (?:untuk )?" + _ACTS + r"\b",
        # "Mampir ke blog aku ya", "kunjungi toko kami", "ditunggu kunjungan baliknya".
        r"\bmampir (?:ke|di) " + _PLACES + r"\b",
        r"\b(?:kunjungi|cek|check|cekidot|intip) " + _PLACES + r"\b",
        r"\bditunggu (?:kunjungan|kunbal|follow|folbek|followbacknya|komen|kabar|balasan)\w*",
        r"\bkunbal\b", r"\bfol(?:l)?(?:bek|bak)\b", r"\bfollow (?:balik|back)(?:nya)?\b",
        r"\bdi-?follow ?back\b", r"\bdi-?fol(?:l)?bek\b",
        # "Jual cream pemutih…", "kami menjual…", "hubungi…": a sale offered, a number to call.
        _SENTENCE_START + r"(?:kami |kita )?(?:jual|menjual)\b",
        _SENTENCE_START + r"hubungi\b",
        # "Mau endorse sepatu, contact mana ya?": their contact asked for a deal.
        r"\bmau (?:endorse|endorsan|kerja ?sama|kolaborasi|collab)\b",
        r"\b(?:contact|kontak|cp|no(?:mor)? (?:wa|hp|whatsapp)) (?:nya )?(?:mana|berapa)\b",
        # "Bagi tipsnya dong", "follow dong": what is asked, then the particle that asks it.
        r"\b(?:bagi|kasih|kasi|kirim|share|follow|like|mampir|cek|check|add|bantu|ajarin|promoin|"
        r"review)\w* (?:[\w-]+ ){0,2}(?:dong|donk)\b",
        # "Kak, buka endorse?", "open paid promote?": whether they take the sender's promotion.
        r"\b(?:buka|open|terima) (?:free |jasa )?(?:endors\w*|endorese|paid promote)\b",
        # "Bisa bantu share?", "boleh minta nomor WA?", "maukah kamu review…".
        # ("Kita bisa bantu promoin": what the sender can do for them, offered.)
        r"(?<!kita )(?<!kami )(?<!aku )(?<!saya )(?<!gue )"
        r"\b(?:boleh|bisa|bisakah|dapatkah|maukah|mau(?:kah)? (?:kamu|kakak|anda)) (?:kah )?"
        r"(?:saya |aku |kami |kita )?(?:minta|tolong|" + _VERBS + r")\b",
        # "Boleh, nggak?", "bisa nggak, kak?": a yes asked for.
        r"\b(?:boleh|bisa)[ ,]+(?:nggak|ngga|gak|ga|enggak|tidak)\b[^.!\n]{0,20}\?",
        # "Add BBM-ku yuk", "yuk kita ngobrol", "ayo gabung".
        r"\b(?:yuk|ayo|ayuk)\b[^.!?\n]{0,40}\b(?:add|follow|gabung|join|ngobrol|kenalan|"
        r"kolaborasi|collab|mampir|share|kerja ?sama|cek|check|kunjungi|like|komen)\b",
        r"\b(?:add|follow|gabung|join|ngobrol|mampir|share|cek|check|kunjungi|like|komen)\b"
        r"[^.!?\n]{0,30}\b(?:yuk|ayo)\b",
        r"\b(?:silakan|silahkan) (?:kunjungi|follow|cek|mampir|hubungi|hub|subscribe|like|share|"
        r"klik|daftar|gabung)\b",
        r"\bhubungi (?:saya|kami|aku)\b",
        # A collaboration proposed or asked: "kami ingin mengajak kerja sama", "mau collab?".
        r"\b(?:mengajak|menawarkan|mengundang)\b[^.!?\n]{0,30}\b(?:kerja ?sama|kolaborasi|"
        r"collab\w*|bergabung)\b",
        r"\b(?:kerja ?sama|kolaborasi|collab)\b[^.!?\n]{0,40}\?",
    ),
}
# Words one of these forms needs: a text with none of them is not scanned for them.
TRIGGERS = frozenset({
    "tolong", "mohon", "minta", "jangan", "mampir", "kunjungi", "cek", "cekidot", "intip",
    "ditunggu", "kunbal", "folbek", "follbek", "folbak", "balik", "buka", "terima", "boleh",
    "bisa", "bisakah", "dapatkah", "maukah", "mau", "yuk", "ayo", "ayuk", "silakan",
    "silahkan", "hubungi", "mengajak", "menawarkan", "mengundang", "kolaborasi", "bantu",
    "sebarkan", "viralkan", "ya", "yah", "dong", "donk", "endorse", "endorese", "endorsement",
    "teruskan", "meneruskan", "menyebarkan", "bagikan", "membagikan",
    "tukar", "tukaran", "tukeran", "saling", "jual", "menjual", "di-followback",
    "di-follow", "followback", "kontak",
})
