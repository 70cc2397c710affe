"""Near-copy groups are judged exactly: a center's keys and its members' differences give the
same answer as the Jaccard similarity of every pair, computed the slow way."""

import random
from collections import defaultdict

from bot import copy_groups, similarity

WORDS = [f"w{i}" for i in range(60)]


def edited(rng: random.Random, words: list[str], edits: int) -> list[str]:
    out = list(words)
    for _ in range(edits):
        at = rng.randrange(len(out))
        if rng.random() < 0.5:
            out[at] = rng.choice(WORDS)
        else:
            out.insert(at, rng.choice(WORDS))
    return out


def exact(a: list[str], b: list[str]) -> float:
    first = {" ".join(a[i:i + 3]) for i in range(len(a) - 2)}
    second = {" ".join(b[i:i + 3]) for i in range(len(b) - 2)}
    return len(first & second) / len(first | second)


def index(texts: list[list[str]]) -> list[tuple]:
    """Rows as the database gives them: each text joins its best center, or is one; a
    center's members come as one row."""
    rows, centers, members = [], {}, defaultdict(list)
    for n, words in enumerate(texts, start=1):
        keys = similarity.shingle_keys(words)
        heads = [copy_groups.center_row(c, blob) for c, blob in centers.items()]
        entry = copy_groups.judge(keys, similarity.minhash(keys), heads, 1.0, None).entry()
        if entry.center is None:
            centers[n] = entry.stored
            rows.append((n, 0, [n], [0], [len(entry.stored)], entry.stored))
        else:
            members[entry.center].append((n, entry.removed, entry.stored))
    for center, group in members.items():
        contacts, removed, stored = zip(*group, strict=True)
        rows.append((0, center, contacts, removed, [len(b) for b in stored], b"".join(stored)))
    return rows


def test_judging_groups_agrees_with_exact_jaccard_for_every_pair():
    rng = random.Random(3)
    base = [rng.choice(WORDS) for _ in range(80)]
    texts = [edited(rng, base, rng.randint(0, 10)) for _ in range(40)]
    rows = index(texts)
    assert sum(len(r[2]) for r in rows if r[1]) > 10  # many joined a group as members
    for threshold in (0.5, 0.7, 0.9):
        for n, words in enumerate(texts, start=1):
            keys = similarity.shingle_keys(words)
            judged = copy_groups.judge(keys, similarity.minhash(keys), rows, threshold, n)
            wanted = {m for m, other in enumerate(texts, start=1)
                      if m != n and exact(words, other) >= threshold}
            assert set(judged.contacts) == wanted


def test_a_member_keeps_only_its_difference():
    words = [f"w{i}" for i in range(200)]
    rows = index([words, words[:190] + ["x", "y"]])
    assert rows[1][:4] == (0, 1, (2,), (10,))  # text 2 joins center 1, ten shingles removed
    assert len(rows[1][5]) == 8 * (10 + 2)  # ... and two added: 12 keys kept, not 192


def test_no_rows_and_short_texts():
    keys = similarity.shingle_keys(["hi"])
    assert len(keys) == 1
    assert copy_groups.judge(keys, similarity.minhash(keys), [], 0.7, None).recipients == 0
