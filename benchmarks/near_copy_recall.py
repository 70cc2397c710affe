"""Near-copy recall: the database index's answer against exact Jaccard at the policy threshold.

Builds 200 pitch templates and 8 edited copies of each, deterministically: swapped names,
reordered sentences, added lines, light word edits, and combinations of them. Submits all
1,800 texts, each to its own recipient, through the service (so they are indexed as in use),
then asks the index, for every text, which other recipients got a near-copy of it, and
compares that with the exact Jaccard similarity of the masked 3-shingle sets (as strings: no
hashing) of every pair. Prints recall and precision over all pairs at or above the threshold
and over those at 0.70–0.80, whether each text's count ("went to N other recipients") is
exact, and the median time of one lookup. On PostgreSQL the tables are analysed first, as
autovacuum leaves them in service.

    python benchmarks/near_copy_recall.py [--database-url postgresql+psycopg://…]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections import Counter, defaultdict

from review_speed import database, settle  # benchmarks/ is on the path as a script

from bot import drafts, similarity
from bot.policy import Policy
from bot.service import Rapport
from bot.text import normalize

TEMPLATES, COPIES = 200, 8
_NAMES = "Liz Omar Priya Tom Ana Kenji Sara Luca Mei Jonas Ada Ravi Nora Theo Iris Malik"
NAMES = _NAMES.split()
_WORDS = ("community garden library podcast episode newsletter guide survey report workshop "
         "volunteer launch story readers audience research data design product feature event "
         "meetup talk panel thread insight lesson practice growth impact local city school "
         "climate health music film book coffee startup fund project series chapter course "
         "toolkit checklist template recipe map archive review interview study tour class "
         "neighbours parents teachers makers founders students artists cyclists gardeners "
         "free new small open weekly simple practical honest quiet bright early careful "
         "share build plan write learn teach start grow fix host gather collect help")
WORDS = _WORDS.split()
STOCK = ["I hope this finds you well.", "Thanks so much for your time.",
         "Let me know what you think.", "I would love to hear your thoughts.",
         "No pressure at all if it is not a fit.", "Happy to send more details."]


def sentence(rng: random.Random) -> str:
    """A plain sentence of 8 to 18 words."""
    words = rng.choices(WORDS, k=rng.randint(8, 18))
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def template(rng: random.Random) -> list[str]:
    """A pitch as sentences: five to nine of its own and one or two stock lines."""
    own = [sentence(rng) for _ in range(rng.randint(5, 9))]
    for line in rng.sample(STOCK, rng.randint(1, 2)):
        own.insert(rng.randint(1, len(own)), line)
    return own


def light_edit(rng: random.Random, sentences: list[str], edits: int) -> list[str]:
    """Swap, drop or add a few words."""
    words = [s.split() for s in sentences]
    for _ in range(edits):
        line = words[rng.randrange(len(words))]
        at, kind = rng.randrange(len(line)), rng.choice(("swap", "drop", "add"))
        if kind == "swap":
            line[at] = rng.choice(WORDS)
        elif kind == "drop" and len(line) > 3:
            del line[at]
        else:
            line.insert(at, rng.choice(WORDS))
    return [" ".join(line) for line in words]


def edited(rng: random.Random, sentences: list[str], kind: int) -> list[str]:
    """One of eight edits of a template's sentences (the name is swapped for every copy)."""
    out = list(sentences)
    if kind in (1, 4, 5, 7):  # reordered sentences
        rng.shuffle(out)
    if kind in (2, 4, 6, 7):  # added lines
        for _ in range(rng.randint(1, 3)):
            out.insert(rng.randint(0, len(out)), sentence(rng))
    if kind in (3, 5, 6, 7):  # light edits
        out = light_edit(rng, out, rng.randint(2, 8))
    return out


def corpus() -> list[tuple[int, str]]:
    """(template number, text) of every template and its copies, in a fixed order."""
    rng = random.Random(20261123)
    texts = []
    for t in range(TEMPLATES):
        base = template(rng)
        versions = [base] + [edited(rng, base, kind) for kind in range(COPIES)]
        for version in versions:
            name = rng.choice(NAMES)
            texts.append((t, f"Hi {name}, " + " ".join(version) +
                          f" More at https://example.org/{t}/{rng.randrange(10**6)}"))
    return texts


def shingles(text: str, handle: str) -> frozenset[str]:
    """The masked 3-shingles as strings: the ground truth hashes nothing."""
    tokens = similarity.copy_tokens(text, handle)
    if len(tokens) < 3:
        return frozenset({" ".join(tokens)})
    return frozenset(" ".join(tokens[i:i + 3]) for i in range(len(tokens) - 2))


def exact_pairs(sets: list[frozenset[str]], threshold: float) -> dict[tuple[int, int], float]:
    """Every pair at or above the threshold, with its Jaccard, from an inverted index."""
    postings = defaultdict(list)
    for i, s in enumerate(sets):
        for shingle in s:
            postings[shingle].append(i)
    close = {}
    for i, s in enumerate(sets):
        shared = Counter(j for shingle in s for j in postings[shingle] if j != i)
        for j, n in shared.items():
            jaccard = n / (len(s) + len(sets[j]) - n)
            if jaccard >= threshold:
                close[(i, j)] = jaccard
    return close


def main() -> None:
    """Submit the corpus, ask the index about every text, and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    policy = Policy()
    threshold = policy.threshold("canned-copy", "similarity", 0.7)
    texts = corpus()
    handles = [f"r{i}" for i in range(len(texts))]
    truth = exact_pairs([shingles(t, h) for (_, t), h in zip(texts, handles, strict=True)],
                        threshold)
    with database(args.database_url) as engine:
        service = Rapport(engine, policy, auto_enrol=True)
        for (_, text), handle in zip(texts, handles, strict=True):
            service.submit("recall", "ana", f"@{handle}", text)
        settle(engine)
        found, times = {}, []

        def ask(store):
            team = store.find_team("recall")
            for i, ((_, text), handle) in enumerate(zip(texts, handles, strict=True)):
                contact = store.contact(team, handle)
                t0 = time.perf_counter()
                judged = drafts.near_copies(store, team, text, handle,
                                            normalize(text).folded, contact, policy)
                times.append((time.perf_counter() - t0) * 1000)
                found[i] = judged.contacts
        service.read(ask)
        by_contact = service.read(lambda store: {
            store.contact(store.find_team("recall"), h).id: i for i, h in enumerate(handles)})
    report(texts, truth, {i: {by_contact[c] for c in cs} for i, cs in found.items()}, times)


def report(texts, truth: dict[tuple[int, int], float], found: dict[int, set[int]],
           times: list[float]) -> None:
    """Print recall, precision, exactness of the counts, and the lookup time."""
    hits = {pair for pair in truth if pair[1] in found[pair[0]]}
    narrow = {pair for pair, j in truth.items() if j < 0.80}
    reported = sum(len(f) for f in found.values())
    wanted = defaultdict(set)
    for i, j in truth:
        wanted[i].add(j)
    exact = sum(found[i] == wanted[i] for i in range(len(texts)))
    right_count = sum(len(found[i]) == len(wanted[i]) for i in range(len(texts)))
    spread = Counter(min(int(j * 10), 9) / 10 for j in truth.values())
    print(f"{TEMPLATES} templates × {COPIES} edited copies: {len(texts)} texts, "
          f"{len(truth) // 2} pairs at Jaccard ≥ 0.70 "
          f"({', '.join(f'{k:.1f}: {v // 2}' for k, v in sorted(spread.items()))})")
    print(f"recall, all pairs ≥ 0.70:      {len(hits) / len(truth):.4f} "
          f"({len(hits)} of {len(truth)}, each pair asked both ways)")
    print(f"recall, pairs at 0.70–0.80:    {len(hits & narrow) / max(1, len(narrow)):.4f} "
          f"({len(hits & narrow)} of {len(narrow)})")
    print(f"precision:                     {len(hits) / max(1, reported):.4f} "
          f"({reported - len(hits)} reported below the threshold)")
    print(f"counts exact:                  {right_count} of {len(texts)} texts "
          f"({'all exact' if right_count == len(texts) else 'NOT all exact'}); "
          f"the same recipients: {exact} of {len(texts)}")
    print(f"lookup (bands, groups, exact Jaccard): median {statistics.median(times):.2f} ms, "
          f"p95 {statistics.quantiles(times, n=20)[-1]:.2f} ms")


if __name__ == "__main__":
    main()
