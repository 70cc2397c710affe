"""The weekly board of a team with 1,000,000 logged interactions, on PostgreSQL.

Builds, in a schema of its own (dropped at the end), a team with two years of history
(--weeks to squeeze it into fewer, i.e. busier, weeks):
1,000,000 interactions by 40 members with 50,000 contacts, the stage changes they caused,
20,000 pitches with their reviews, sends and outcomes — plus a second team's 100,000
interactions, so every query must pick its team out. Bulk-loaded with COPY. Then, in the
same run, it builds last week's board through the real service (median and p95 of --runs)
and with the plain-Python reference scoring the board used before the database did the
counting (the baseline, bot/leaderboard/reference.py); checks the two boards are the same;
and EXPLAINs every query the board made, failing if any scans `interactions` or `events`
sequentially instead of using an index. Targets (DESIGN §8): under 100 ms for two years of
history, under 150 ms for a week of 125,000 interactions (`--weeks 8`).

    python benchmarks/leaderboard_pg.py [--database-url URL] [--interactions 1000000]
                                        [--weeks 104] [--runs 21] [--target-ms MS]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import psycopg
from sqlalchemy import event, make_url, select, text
from sqlalchemy.orm import Session

from bot.db import make_engine
from bot.leaderboard import reference
from bot.leaderboard.board import build_board
from bot.leaderboard.weeks import IsoWeek
from bot.migrate import upgrade
from bot.migrations import MIGRATIONS
from bot.models import Team
from bot.policy import Policy
from bot.service import Rapport
from bot.store import Store

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)
HISTORY = [timedelta(weeks=104)]   # --weeks: how many weeks the history is spread over
KINDS = ("we-engaged",) * 8 + ("they-replied",) * 5 + ("conversation",) * 4 + ("met",) * 2 \
    + ("intro",)
WATCHED = {"interactions", "events", "two_way_tallies"}
DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def moment(rng: random.Random) -> datetime:
    """A random moment in the two years before NOW."""
    return NOW - HISTORY[0] * rng.random()


def copy(cur, table: str, columns: str, rows) -> int:
    """COPY rows into a table; how many."""
    n = 0
    with cur.copy(f"COPY {table} ({columns}) FROM STDIN") as out:
        for row in rows:
            out.write_row(row)
            n += 1
    return n


def load(conn: psycopg.Connection, interactions: int, rng: random.Random) -> dict:
    """Bulk-load the two teams; row counts per table."""
    members, contacts, pitches = 40, 50_000, 20_000
    cur = conn.cursor()
    counts = {"teams": copy(cur, "teams", "id, key, created_at",
                            [(1, "bench", NOW), (2, "other", NOW)])}
    counts["members"] = copy(cur, "members", "id, team_id, key, display_name, is_admin, "
                             "is_reviewer, opted_out",
                             ((m, 1 if m <= members else 2, f"m{m}", f"Member {m}", False,
                               False, False) for m in range(1, members + 6)))
    counts["contacts"] = copy(cur, "contacts", "id, team_id, handle, email_known, interests, "
                              "avoid, do_not_contact, created_at",
                              ((c, 1 if c <= contacts else 2, f"c{c}", False, "[]", "[]",
                                False, NOW) for c in range(1, contacts + 1001)))

    def logged():
        for n in range(interactions + interactions // 10):
            mine = n < interactions
            yield (1 if mine else 2,
                   rng.randint(1, contacts) if mine else rng.randint(contacts + 1, contacts + 1000),
                   rng.randint(1, members) if mine else rng.randint(members + 1, members + 5),
                   rng.choice(KINDS), moment(rng), NOW)
    counts["interactions"] = copy(cur, "interactions",
                                  "team_id, contact_id, member_id, kind, at, created_at", logged())
    counts["pitches"] = copy(cur, "pitches", "id, team_id, author_id, contact_id, channel, "
                             "state, revision, created_at, updated_at, version",
                             ((p, 1, rng.randint(1, members), rng.randint(1, contacts), "email",
                               "sent", 1, NOW, NOW, 1) for p in range(1, pitches + 1)))
    counts["events"] = copy(cur, "events", "team_id, pitch_id, contact_id, actor_id, kind, "
                            "revision, detail, at", history(rng, members, contacts, pitches))
    for table in ("teams", "members", "contacts", "pitches"):
        cur.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))")
    conn.commit()
    return counts


def history(rng: random.Random, members: int, contacts: int, pitches: int):
    """The event record: stage changes of most contacts, and each pitch's review and outcome."""
    for c in range(1, contacts + 1):
        steps = [("aware", "engaged")] * (rng.random() < 0.6) + [("engaged", "earned")] * (
            rng.random() < 0.25)
        when = sorted(moment(rng) for _ in steps)
        for (before, after), at in zip(steps, when, strict=True):
            detail = json.dumps({"before": before, "after": after, "handle": f"c{c}"})
            yield 1, None, c, rng.randint(1, members), "stage_changed", None, detail, at
    for p in range(1, pitches + 1):
        at, contact = moment(rng), rng.randint(1, contacts)
        author, reviewer = rng.sample(range(1, members + 1), 2)
        stage = rng.choice(("earned", "earned", "engaged", "aware", "stranger"))
        outcome = rng.choice(("replied", "accepted", "declined", "no_response"))
        for kind, actor, detail, later in (
            ("submitted", author, {"verdict": "ready"}, 0),
            ("approved", reviewer, {}, 1),
            ("sendable", reviewer, {"approvals": 1}, 1),
            ("sent", author, {"stage": stage}, 2),
            ("outcome", author, {"outcome": outcome}, 50),
        ):
            yield 1, p, contact, actor, kind, 1, json.dumps(detail), at + timedelta(hours=later)


def migration(name: str):
    """A migration module, loaded from its file (the versions folder is not a package)."""
    spec = importlib.util.spec_from_file_location(name, MIGRATIONS / "versions" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


READS = (("WITH moves", "first stage moves"), ("'two_way' AS kind", "two-way interactions"),
         ("AS outcome", "pitch successes"), ("AS author_id", "reviews"),
         ("count(CASE", "pitches sent"), ("FROM teams", "team"), ("FROM members", "members"))


def plans(engine, statements: list[tuple[str, object]]) -> list[tuple[str, list[str], list[str]]]:
    """EXPLAIN ANALYZE each captured statement: (summary, index scans, seq scans of WATCHED)."""
    found = []
    with engine.connect() as conn:
        conn.exec_driver_sql("SET jit = off")    # as the board's own transaction does
        for statement, params in statements:
            plan = conn.exec_driver_sql("EXPLAIN (ANALYZE, FORMAT JSON) " + statement,
                                        params).scalar()
            top = (plan if isinstance(plan, list) else json.loads(plan))[0]
            root = top["Plan"]
            nodes, stack = [], [(root, None)]
            while stack:
                node, parent = stack.pop()
                # A bitmap index scan names its table only on the heap scan above it.
                node.setdefault("Relation Name", parent)
                nodes.append(node)
                stack.extend((child, node["Relation Name"]) for child in node.get("Plans", []))
            indexes = list(dict.fromkeys(f"{n['Node Type']} {n['Index Name']} on "
                                         f"{n['Relation Name']}" for n in nodes
                                         if "Index Name" in n))
            seq = [n["Relation Name"] for n in nodes
                   if n["Node Type"] == "Seq Scan" and n.get("Relation Name") in WATCHED]
            what = next((name for marker, name in READS if marker in statement), "other")
            summary = f"{what}: {top['Execution Time']:.1f} ms, {root['Actual Rows']:,} rows"
            found.append((summary, indexes, seq))
    return found


def main() -> int:
    """Load, time the board, check the plans; exit 1 when the target or an index is missed."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default=os.environ.get("TEST_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--interactions", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--weeks", type=int, default=104, help="weeks of history")
    parser.add_argument("--no-vacuum", action="store_true",
                        help="time the board straight after the bulk load, before any vacuum")
    parser.add_argument("--target-ms", type=float,
                        help="default: 100 for two years of history, 150 for fewer weeks")
    args = parser.parse_args()
    HISTORY[0] = timedelta(weeks=args.weeks)
    target = args.target_ms or (100.0 if args.weeks >= 104 else 150.0)
    schema = f"bench_lb_{uuid.uuid4().hex[:8]}"
    admin = make_engine(args.database_url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in args.database_url else "?"
    engine = make_engine(f"{args.database_url}{sep}options=-csearch_path%3D{schema}")
    try:
        upgrade(engine)
        started = time.perf_counter()
        dsn = make_url(args.database_url).set(drivername="postgresql").render_as_string(False)
        with psycopg.connect(dsn, options=f"-csearch_path={schema}") as raw:
            counts = load(raw, args.interactions, random.Random(7))
        print(f"loaded in {time.perf_counter() - started:.1f} s: " +
              ", ".join(f"{n:,} {table}" for table, n in counts.items()))
        started = time.perf_counter()
        with engine.begin() as conn:
            # COPY bypasses the ORM, which marks what the board credits once as events are
            # written: the migration that added the marks sets them, as on an old database.
            migration("0004_board_speed").backfill(conn)
        print(f"first-once marks backfilled in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        with Session(engine) as session, session.begin():
            # Likewise the two-way tallies the service keeps as interactions are logged.
            store, zone = Store(session), Policy().leaderboard.timezone
            for team_id in session.scalars(select(Team.id)):
                store.rebuild_two_way_tallies(team_id, zone)
        print(f"two-way tallies built in {time.perf_counter() - started:.1f} s")
        with psycopg.connect(dsn, options=f"-csearch_path={schema}", autocommit=True) as raw:
            # Autovacuum does this to a table that took many inserts (PostgreSQL 13+): it sets
            # the visibility map, which lets the board count from its indexes alone.
            raw.execute("ANALYZE" if args.no_vacuum else "VACUUM ANALYZE")
        return measure(engine, args.runs, target / 1000)
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def timed(work, runs: int) -> tuple[float, float, object]:
    """(median, p95) seconds of `runs` calls after one to warm the caches, and its result."""
    result = work()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        work()
        times.append(time.perf_counter() - t0)
    p95 = statistics.quantiles(times, n=20, method="inclusive")[18] if runs > 1 else times[0]
    return statistics.median(times), p95, result


def measure(engine, runs: int, target: float) -> int:
    """Time last week's board against the reference scoring, and check the query plans."""
    service = Rapport(engine, Policy(), clock=lambda: NOW)
    lb, week = service.policy.leaderboard, IsoWeek.containing(NOW, ZoneInfo("UTC")).shift(-1)
    median, p95, board = timed(lambda: service.leaderboard("bench", "last-week"), runs)
    with engine.begin() as conn:   # the same board, counting the interactions themselves
        conn.execute(text("UPDATE tally_bases SET zone = ''"))
    counted_median, counted_p95, counted = timed(
        lambda: service.leaderboard("bench", "last-week"), max(3, runs // 3))
    with engine.begin() as conn:
        conn.execute(text("UPDATE tally_bases SET zone = :zone"), {"zone": lb.timezone})
    old_median, old_p95, old = timed(lambda: service.read(lambda store: build_board(
        store, service.read_team(store, "bench"), week, lb, NOW, score=reference.score_week)),
        max(3, runs // 5))
    points = sum(r.points for r in board.rows)
    print(f"board {board.week}: {len(board.rows)} members, {points:,} points, "
          f"{sum(len(r.items) for r in board.rows):,} items shown, {board.sent} pitches sent")
    print(f"board time: median {median * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms over {runs} runs;"
          f" target < {target * 1000:.0f} ms: {'PASS' if p95 < target else 'FAIL'}")
    print(f"baseline (Python-side scoring over every event): median {old_median * 1000:.0f} ms,"
          f" p95 {old_p95 * 1000:.0f} ms; {old_median / median:.1f}x faster")
    print(f"counting the week's interactions instead of reading tallies: median "
          f"{counted_median * 1000:.1f} ms, p95 {counted_p95 * 1000:.1f} ms; "
          f"{counted_median / median:.1f}x the time")
    failures = []
    if counted.as_dict() != board.as_dict():
        failures.append("the board from tallies differs from the one counted from interactions")
    if old.as_dict() != board.as_dict():
        failures.append("the board differs from the reference scoring's")
    captured: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, params, context, many):
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            captured.append((statement, params))
    event.listen(engine, "before_cursor_execute", capture)
    service.leaderboard("bench", "last-week")
    event.remove(engine, "before_cursor_execute", capture)
    for n, (statement, indexes, seq) in enumerate(plans(engine, captured), start=1):
        print(f"query {n}: {statement}")
        for line in indexes or ["(no index: small tables only)"]:
            print(f"    {line}")
        if seq:
            failures.append(f"query {n} scans {', '.join(seq)} sequentially")
    if p95 >= target:
        failures.append(f"the board's p95 is {p95 * 1000:.0f} ms, over {target * 1000:.0f} ms")
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    print("OK: under target, the reference's board, every read of interactions and events "
          "through an index" if not failures else "FAILED")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
