"""The SQL scoring gives the boards the plain-Python reference gives, on random weeks of
activity through the real service; long rows are cut short the same way; old databases are
backfilled to the marks new writes get."""

from __future__ import annotations

import importlib.util
import json
import random
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.errors import RapportError
from bot.leaderboard import reference, scoring
from bot.leaderboard.board import build_board
from bot.leaderboard.firsts import MARKS
from bot.leaderboard.items import KIND_ORDER, SHOWN
from bot.leaderboard.weeks import IsoWeek
from bot.migrations import MIGRATIONS
from bot.models import Event
from tests.bot.leaderboard.conftest import NAMES, TEAM, Script, nov, team_policy

WEEKS = [IsoWeek(2026, w) for w in (46, 47, 48)]
HANDLES = ["liz", "max", "ola", "liz b", "li", "nia", "gus", "zed"]  # "li" < "liz" < "liz b"
KINDS = ["we-engaged", "they-replied", "conversation", "met", "intro"]


def play(s: Script, rng: random.Random, steps: int) -> None:
    """Random activity over weeks 46-48: logs (some logged late), pitches, reviews, sends,
    outcomes (some corrected)."""
    svc, members, pitches, sent = s.service, list(NAMES), [], []
    s.at(nov(9, 8))
    for _ in range(steps):
        s.clock.advance(minutes=rng.randint(20, 400))
        who, other, handle = *rng.sample(members, 2), rng.choice(HANDLES)
        roll = rng.random()
        try:
            if roll < 0.4:
                late = timedelta(hours=rng.randint(1, 200)) if rng.random() < 0.2 else None
                at = max(nov(9, 8), s.clock.now - late) if late else None
                svc.log_interaction(TEAM, who, handle, rng.choice(KINDS), at=at)
            elif roll < 0.55 or not pitches:
                pitches.append((s.pitch(who, handle), who))
            elif roll < 0.7 and sent:
                pid, author = rng.choice(sent)
                svc.record_outcome(TEAM, pid, rng.choice([author, "cara"]), rng.choice(
                    ["replied", "accepted", "declined", "no_response", "replied"]))
            else:
                pid, author = rng.choice(pitches)
                act = rng.choice(["approve", "send", "send", "changes", "revise", "withdraw"])
                if act == "approve":
                    s.approve(pid, other)
                elif act == "send":
                    s.sent(pid, author, reviewer=other)
                    sent.append((pid, author))
                elif act == "changes":
                    svc.request_changes(TEAM, pid, other, rng.choice(["why?", "shorter"]))
                elif act == "withdraw":
                    svc.withdraw_approval(TEAM, pid, other)
                else:
                    svc.revise(TEAM, pid, author, f"Hi, a new angle {rng.random()}: thoughts?")
        except RapportError:
            pass                        # refused moves (own pitch, not sendable…) change nothing


def boards(service, score, limit: int = SHOWN) -> list[dict]:
    """Weeks 46-48 as the given scoring sees them."""
    lb, now = service.policy.leaderboard, service.clock()
    return [service.read(lambda store, week=week: build_board(
        store, service.read_team(store, TEAM), week, lb, now, score=score, limit=limit).as_dict())
        for week in WEEKS]


@pytest.mark.parametrize(("seed", "weights"), [
    (1, {}),
    (5, {"timezone": "Pacific/Auckland", "two_way_cap_per_contact": 1, "review_cap": 2}),
    (3, {"timezone": "America/New_York", "engaged": 3, "two_way": 2, "pitch_success": 1}),
])
def test_sql_scoring_matches_the_reference(make_service, clock, seed, weights):
    s = Script(make_service(policy=team_policy(**weights)), clock)
    play(s, random.Random(seed), steps=160)
    for limit in (SHOWN, 3, 1):
        expected = boards(s.service, reference.score_week, limit)
        assert boards(s.service, scoring.score_week, limit) == expected, f"cut at {limit} items"
    # The weeks exercise every kind of points, and points are plain integers (JSON-ready).
    items = [i for board in expected for row in board["rows"] for i in row["items"]]
    assert {i["kind"] for i in items} == set(KIND_ORDER)
    assert {type(i["points"]) for i in items} == {int}
    json.dumps(expected)


@pytest.mark.parametrize(("limit", "expected"), [
    (5, [("engaged", 2, "moved @fan0 to engaged", 1), ("engaged", 2, "moved @fan1 to engaged", 1),
         ("engaged", 2, "moved @fan2 to engaged", 1), ("engaged", 2, "moved @fan3 to engaged", 1),
         ("two_way", 2, "2 two-way interactions with @fan0", 2),
         ("two_way", 3, "3 two-way interactions with 3 more contacts", 3)]),
    # Cut at 3: of equals, the contacts known longest (fan3, fan1, fan0), shown by label.
    (3, [("engaged", 2, "moved @fan0 to engaged", 1), ("engaged", 2, "moved @fan1 to engaged", 1),
         ("engaged", 2, "moved @fan3 to engaged", 1),
         ("engaged", 2, "moved 1 more relationship to engaged", 1),
         ("two_way", 5, "5 two-way interactions with 4 more contacts", 5)]),
])
def test_a_long_row_shows_its_best_items_and_sums_up_the_rest(script, limit, expected):
    script.at(nov(23, 9))
    for n in (3, 1, 0, 2):
        script.log("ana", f"fan{n}", "conversation")          # 4 × (engaged +2, two-way +1)
    script.log("ana", "fan0", "conversation")
    svc, lb = script.service, script.service.policy.leaderboard
    board = svc.read(lambda store: build_board(
        store, svc.read_team(store, TEAM), IsoWeek(2026, 48), lb, script.clock.now, limit=limit))
    row = board.rows[0]
    assert row.points == 13 == sum(i.points for i in row.items)
    assert [(i.kind, i.points, i.label, i.count) for i in row.items] == expected


def test_old_databases_get_the_marks_new_writes_get(make_service, clock, engine):
    s = Script(make_service(policy=team_policy()), clock)
    play(s, random.Random(4), steps=200)
    marks = select(Event.id, *(getattr(Event, mark) for mark in MARKS)).order_by(Event.id)
    with engine.connect() as conn:
        written = conn.execute(marks).all()
    assert {mark for mark in MARKS if any(getattr(m, mark) for m in written)} == set(MARKS)
    # The migration's backfill, over every event recorded (it starts by clearing them).
    with engine.begin() as conn:
        _migration("0004_board_speed").backfill(conn)
    with engine.connect() as conn:
        assert conn.execute(marks).all() == written


def _migration(name: str):
    """A migration module, loaded from its file (the versions folder is not a package)."""
    spec = importlib.util.spec_from_file_location(name, MIGRATIONS / "versions" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
