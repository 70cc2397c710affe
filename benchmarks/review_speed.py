"""Review speed against history size: the near-copy index versus a plain scan of every pitch.

Fills a team's history with 1,000, 10,000 and 100,000 pitches (a third are near-copies of 40
templates, so the pitch reviewed has a near-copy at one in 120 earlier pitches: 834 of
100,000; the rest are distinct), indexed by the 0007 migration's own backfill. Then reviews a
1,000-character pitch (`Rapport.check`) and prints, at each size, the median and 95th
percentile review time and peak traced memory with `canned-copy` done through the database
index and as a plain comparison against every earlier pitch's stored signature, their ratio,
the part of a review spent in the rules (bot/engine.py), and the near-copy count each found.
Last, the SQL statements one check and one submit run (transaction control not counted).
Targets (DESIGN §8): median under 1 ms on SQLite and 3 ms on PostgreSQL at 100,000, and at
least 200× / 100× the scan.

    python benchmarks/review_speed.py [--sizes 1000,10000,100000] [--runs 300]
                                      [--database-url postgresql+psycopg://…]

On PostgreSQL each size gets a schema of its own, vacuumed and analysed after loading (as
autovacuum leaves a table in service), and dropped at the end.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import statistics
import tempfile
import time
import tracemalloc
import uuid
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from sqlalchemy import create_engine, event, insert, select, text

from bot import copy_groups, drafts, similarity
from bot.db import make_engine
from bot.migrate import upgrade
from bot.models import Contact, Member, Pitch, Revision, Team
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
MIGRATION = Path(__file__).resolve().parent.parent / "bot/migrations/versions/0007_review_speed.py"
CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


def history_text(rng: random.Random, n: int) -> str:
    """One earlier pitch: a near-copy of a template a third of the time, else distinct."""
    if n % 3 == 0:
        words = TEMPLATES[n % len(TEMPLATES)].split()
        for _ in range(3):
            words[rng.randrange(len(words))] = rng.choice(WORDS)
        return f"Hi Name{n}, " + " ".join(words) + f" https://x.io/{n}"
    return f"Hi Name{n}, " + " ".join(rng.choices(WORDS, k=150))


def backfill():
    """The 0007 migration's backfill: the index built from existing rows, as in service."""
    spec = importlib.util.spec_from_file_location("review_speed_migration", MIGRATION)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.backfill


def fill(engine, size: int, rng: random.Random) -> None:
    """Bulk-load a team with `size` pitches and revisions, then index them."""
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
            conn.execute(insert(Revision), [dict(
                id=n + 1, pitch_id=n + 1, number=1, text=t, content_hash=content_hash(t),
                signature=b"", findings=[], verdict="ready", created_at=NOW)
                for n, t in zip(batch, texts, strict=True)])
        backfill()(conn)
        if conn.dialect.name == "postgresql":
            for table in ("contacts", "pitches", "revisions"):  # ids were given explicitly
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                  f"(SELECT max(id) FROM {table}))"))
    settle(engine)


def settle(engine) -> None:
    """On PostgreSQL, vacuum and analyse, as autovacuum leaves tables in service (the
    planner needs the statistics; index-only scans need the visibility map)."""
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))


def scan_near_copies(store, team, text_, handle, folded, contact, policy):
    """The baseline: compare against every earlier pitch's stored signature."""
    keys, sig = similarity.text_keys(text_, handle, folded)
    rows = store.session.execute(
        select(Revision.signature, Revision.contact_id).join(Pitch, Pitch.id == Revision.pitch_id)
        .where(Pitch.team_id == team.id)
    ).all()
    threshold = policy.threshold("canned-copy", "similarity", 0.7)
    stack = np.frombuffer(b"".join(r[0] for r in rows), dtype="<u4").reshape(len(rows), -1)
    close = (stack == sig[None, :]).mean(axis=1) >= threshold
    other = contact.id if contact else None
    found = {cid for (_, cid), hit in zip(rows, close, strict=True) if hit and cid != other}
    return copy_groups.Judged(tuple(found), keys, sig)


class RuleClock:
    """Times bot.engine.run_rules inside each review, to show the rules' share."""

    def __init__(self):
        self.times: list[float] = []
        self.real = drafts.run_rules

    def __call__(self, ctx):
        t0 = time.perf_counter()
        try:
            return self.real(ctx)
        finally:
            self.times.append((time.perf_counter() - t0) * 1000)


def measure(service: Rapport, text_: str, runs: int) -> dict:
    """Median and p95 review time (ms), peak traced memory (bytes), the rules' median (ms) and
    the near-copy count, over `runs` reviews."""
    check = lambda: service.check(text_, team="bench", to="@newcontact", author="ana")  # noqa: E731
    for _ in range(10):
        check()  # warm caches
    rules = drafts.run_rules = RuleClock()
    times = []
    try:
        for _ in range(runs):
            t0 = time.perf_counter()
            result = check()
            times.append((time.perf_counter() - t0) * 1000)
    finally:
        drafts.run_rules = rules.real
    tracemalloc.start()
    check()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    found = [f.message for f in result.findings if f.rule == "canned-copy"]
    count = int(found[0].split(" went to ")[1].split()[0]) if found else 0
    return {"median": statistics.median(times), "p95": statistics.quantiles(times, n=20)[-1],
            "peak": peak, "rules": statistics.median(rules.times), "count": count}


def statements(engine, service: Rapport, pitch: str) -> dict[str, int]:
    """SQL statements (not transaction control) one check and one submit run."""
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_):
        if not statement.lstrip().upper().startswith(CONTROL):
            seen.append(statement)

    checks = {
        "check, new recipient": lambda: service.check(pitch, team="bench", to="@x", author="ana"),
        "check, known recipient": lambda: service.check(pitch, team="bench", to="@c5",
                                                        author="ana"),
        "submit, new recipient": lambda: service.submit("bench", "ana", "@y", pitch),
        "submit, known recipient": lambda: service.submit("bench", "ana", "@c7", pitch),
    }
    out = {}
    event.listen(engine, "before_cursor_execute", count)
    try:
        for name, run in checks.items():
            seen.clear()
            run()
            out[name] = len(seen)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return out


@contextmanager
def database(url: str | None):
    """A fresh, migrated database: a temporary SQLite file, or a PostgreSQL schema."""
    if url is None:
        with tempfile.TemporaryDirectory() as tmp:
            engine = make_engine(f"sqlite:///{tmp}/bench.db")
            upgrade(engine)
            yield engine
            engine.dispose()
        return
    schema = f"bench_rs_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in url else "?"
    engine = make_engine(f"{url}{sep}options=-csearch_path%3D{schema}")
    try:
        upgrade(engine)
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def main() -> None:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    rng = random.Random(7)
    # A 1,000-character pitch that is a near-copy of a template in the history.
    pitch = ("Hi Liz, " + TEMPLATES[3])[:1000]
    print(f"pitch: {len(pitch)} characters; {args.runs} reviews per index figure, "
          f"{max(10, args.runs // 10)} per scan figure\n")
    print(f"{'history':>8} | {'index median':>12} {'p95':>6} {'rules':>6} {'KiB':>5} "
          f"{'copies':>6} | {'scan median':>11} {'p95':>7} {'KiB':>6} {'copies':>6} | "
          f"{'scan/index':>10}")
    index_fn = drafts.near_copies
    for size in [int(s) for s in args.sizes.split(",")]:
        with database(args.database_url) as engine:
            t0 = time.perf_counter()
            fill(engine, size, rng)
            loaded = time.perf_counter() - t0
            service = Rapport(engine, Policy(), clock=lambda: NOW, auto_enrol=True)
            idx = measure(service, pitch, args.runs)
            drafts.near_copies = scan_near_copies
            try:
                scan = measure(service, pitch, max(10, args.runs // 10))
            finally:
                drafts.near_copies = index_fn
            print(f"{size:>8,} | {idx['median']:>9.2f} ms {idx['p95']:>6.2f} "
                  f"{idx['rules']:>6.2f} {idx['peak'] / 1024:>5.0f} {idx['count']:>6} | "
                  f"{scan['median']:>8.2f} ms {scan['p95']:>7.2f} {scan['peak'] / 1024:>6.0f} "
                  f"{scan['count']:>6} | {scan['median'] / idx['median']:>9.1f}x"
                  f"   (loaded and indexed in {loaded:.0f} s)")
            counts = statements(engine, service, pitch)
    print("\nSQL statements per command (transaction control not counted): " +
          ", ".join(f"{name} {n}" for name, n in counts.items()))


if __name__ == "__main__":
    main()
