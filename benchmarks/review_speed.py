"""Review speed against history size: the near-copy index versus a plain scan of every pitch.

Fills a team's history with 1,000, 10,000 and 100,000 pitches (about a third are near-copies
of a few dozen templates, the rest distinct), then reviews a 1,000-character pitch and prints
the median review time and peak memory at each size, with `canned-copy` done through the
database index and as a plain comparison against every earlier pitch, and the ratio.
Target (DESIGN §8): under 5 ms median at 100,000, growing sub-linearly.

    python benchmarks/review_speed.py [--sizes 1000,10000,100000] [--runs 200] [--database-url URL]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta

import numpy as np
from sqlalchemy import insert, select

from bot import drafts, similarity
from bot.db import make_engine, upgrade
from bot.models import Contact, CopyBand, Member, Pitch, Revision, Team
from bot.policy import Policy
from bot.service import Rapport
from bot.text import content_hash

_VOCABULARY = ("community nonprofit volunteer launch guide story readers audience podcast episode "
         "research report data survey design product feature team event meetup talk panel "
         "workshop newsletter article thread insight lesson practice growth impact local city "
         "school library garden climate health music art film book coffee startup fund")
WORDS = _VOCABULARY.split()
TEMPLATES = [
    " ".join(random.Random(t).choices(WORDS, k=150)) for t in range(40)
]
NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)


def history_text(rng: random.Random, n: int) -> str:
    """One earlier pitch: a near-copy of a template a third of the time, else distinct."""
    if n % 3 == 0:
        words = TEMPLATES[n % len(TEMPLATES)].split()
        for _ in range(3):
            words[rng.randrange(len(words))] = rng.choice(WORDS)
        return f"Hi Name{n}, " + " ".join(words) + f" https://x.io/{n}"
    return f"Hi Name{n}, " + " ".join(rng.choices(WORDS, k=150))


def fill(engine, size: int, rng: random.Random) -> None:
    """Bulk-load a team with `size` pitches, their revisions and near-copy bands."""
    with engine.begin() as conn:
        team = conn.execute(insert(Team).values(key="bench", created_at=NOW).returning(Team.id))
        team_id = team.scalar_one()
        member_id = conn.execute(insert(Member).values(
            team_id=team_id, key="ana", display_name="Ana", is_admin=False, is_reviewer=False,
            opted_out=False).returning(Member.id)).scalar_one()
        for start in range(0, size, 5_000):
            batch = range(start, min(size, start + 5_000))
            conn.execute(insert(Contact), [dict(
                id=n + 1, team_id=team_id, handle=f"c{n}", email_known=False, interests=[],
                avoid=[], do_not_contact=False, created_at=NOW) for n in batch])
            when = [NOW - timedelta(days=30, minutes=n) for n in batch]
            conn.execute(insert(Pitch), [dict(
                id=n + 1, team_id=team_id, author_id=member_id, contact_id=n + 1,
                channel="email", state="sent", revision=1, created_at=w, updated_at=w,
                sent_at=w, version=1) for n, w in zip(batch, when, strict=True)])
            texts = [history_text(rng, n) for n in batch]
            sigs = [similarity.signature(similarity.copy_tokens(t)) for t in texts]
            conn.execute(insert(Revision), [dict(
                id=n + 1, pitch_id=n + 1, number=1, text=t, content_hash=content_hash(t),
                signature=similarity.to_bytes(s), findings=[], verdict="ready", created_at=NOW)
                for n, t, s in zip(batch, texts, sigs, strict=True)])
            conn.execute(insert(CopyBand), [dict(
                team_id=team_id, band=b, revision_id=n + 1, contact_id=n + 1)
                for n, s in zip(batch, sigs, strict=True) for b in similarity.bands(s)])


def scan_near_copies(store, team, sig, contact, policy) -> int:
    """The baseline: compare against every earlier pitch of the team."""
    rows = store.session.execute(
        select(Revision.signature, Pitch.contact_id).join(Pitch, Pitch.id == Revision.pitch_id)
        .where(Pitch.team_id == team.id)
    ).all()
    threshold = policy.threshold("canned-copy", "similarity", 0.7)
    stack = np.frombuffer(b"".join(r[0] for r in rows), dtype="<u4").reshape(len(rows), -1)
    close = similarity.similarity(sig, stack) >= threshold
    other = contact.id if contact else None
    return len({cid for (_, cid), hit in zip(rows, close, strict=True) if hit and cid != other})


def measure(service: Rapport, text: str, runs: int) -> tuple[float, float, int]:
    """Median and p95 review time (ms) and peak traced memory (bytes) of `runs` reviews."""
    service.check(text, team="bench", to="@newcontact", author="ana")  # warm caches
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        result = service.check(text, team="bench", to="@newcontact", author="ana")
        times.append((time.perf_counter() - t0) * 1000)
    tracemalloc.start()
    service.check(text, team="bench", to="@newcontact", author="ana")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert result.verdict in ("ready", "needs-work", "blocked")
    return statistics.median(times), statistics.quantiles(times, n=20)[-1], peak


def main() -> None:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    rng = random.Random(7)
    # A 1,000-character pitch that is a near-copy of a template in the history.
    pitch = ("Hi Liz, " + TEMPLATES[3])[:1000]
    print(f"pitch: {len(pitch)} characters; {args.runs} reviews per figure\n")
    print(f"{'history':>8} | {'index median':>12} {'p95':>7} {'peak KiB':>9} | "
          f"{'scan median':>11} {'p95':>7} {'peak KiB':>9} | {'scan/index':>10}")
    index_fn = drafts.near_copy_recipients
    for size in [int(s) for s in args.sizes.split(",")]:
        with tempfile.TemporaryDirectory() as tmp:
            url = args.database_url or f"sqlite:///{tmp}/bench.db"
            engine = make_engine(url)
            upgrade(engine)
            fill(engine, size, rng)
            service = Rapport(engine, Policy(), clock=lambda: NOW, auto_enrol=True)
            drafts.near_copy_recipients = index_fn
            idx = measure(service, pitch, args.runs)
            drafts.near_copy_recipients = scan_near_copies
            scan = measure(service, pitch, max(10, args.runs // 10))
            drafts.near_copy_recipients = index_fn
            print(f"{size:>8,} | {idx[0]:>9.2f} ms {idx[1]:>7.2f} {idx[2] / 1024:>9.0f} | "
                  f"{scan[0]:>8.2f} ms {scan[1]:>7.2f} {scan[2] / 1024:>9.0f} | "
                  f"{scan[0] / idx[0]:>9.1f}x")
            engine.dispose()


if __name__ == "__main__":
    main()
