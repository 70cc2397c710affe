"""Concurrent approvals from separate sessions end in one consistent state."""

import threading

import pytest

from bot.db import make_engine
from bot.policy import Policy
from bot.service import Rapport
from tests.conftest import ROSTER

READY = "Liz, loved your post on community building. What got you started?"


def race(*calls):
    """Run calls at the same moment on separate threads; return results or exceptions."""
    barrier = threading.Barrier(len(calls))
    out = [None] * len(calls)

    def run(i, call):
        barrier.wait()
        try:
            out[i] = call()
        except Exception as exc:  # the race's loser may be refused; keep it for asserting
            out[i] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return out


@pytest.fixture
def two_sessions(database_url, clock):
    """Two services on two engines: separate connections, as two bot processes have."""
    engines = [make_engine(database_url) for _ in range(2)]
    policy = Policy(members=ROSTER, workflow={"approvals_needed": 2})
    yield [Rapport(e, policy, clock=clock) for e in engines]
    for e in engines:
        e.dispose()


@pytest.mark.parametrize("round_", range(3))
def test_two_reviewers_racing_both_count_and_it_becomes_sendable_once(two_sessions, round_):
    one, two = two_sessions
    pid = one.submit("local", "ana", "@liz", READY).pitch.id
    results = race(lambda: one.approve("local", pid, "ben"),
                   lambda: two.approve("local", pid, "cara"))
    assert not [r for r in results if isinstance(r, Exception)]
    view = one.show("local", pid)
    assert view.state == "sendable"
    assert sorted(a.member for a in view.approvals) == ["ben", "cara"]
    assert [e.kind for e in view.history].count("sendable") == 1
    assert sum(len(r.notices) for r in results) == 1


@pytest.mark.parametrize("round_", range(3))
def test_double_click_from_two_sessions_approves_once(two_sessions, round_):
    one, two = two_sessions
    pid = one.submit("local", "ana", "@liz", READY).pitch.id
    results = race(lambda: one.approve("local", pid, "ben", dedupe="a:1"),
                   lambda: two.approve("local", pid, "ben", dedupe="a:2"))
    assert [r.changed for r in results].count(True) == 1
    view = one.show("local", pid)
    assert [e.kind for e in view.history].count("approved") == 1


def test_same_delivery_racing_is_handled_once(two_sessions):
    one, two = two_sessions
    pid = one.submit("local", "ana", "@liz", READY).pitch.id
    results = race(lambda: one.approve("local", pid, "ben", dedupe="ev"),
                   lambda: two.approve("local", pid, "ben", dedupe="ev"))
    # One approval; the loser of the race hears what the winner did, to finish its work.
    assert len(one.show("local", pid).approvals) == 1
    assert [(r.changed, r.message, r.notices) for r in results] == [
        (results[0].changed, results[0].message, results[0].notices)] * 2


def test_approval_racing_a_revision_never_approves_the_new_text(two_sessions):
    one, two = two_sessions
    pid = one.submit("local", "ana", "@liz", READY).pitch.id
    approved, _ = race(lambda: one.approve("local", pid, "ben", revision=1),
                       lambda: two.revise("local", pid, "ana", READY + " (shorter)"))
    view = one.show("local", pid)
    assert view.revision == 2
    # Whichever came first, an approval of revision 1 is not an approval of revision 2:
    # it was dismissed by the revision, or refused because the revision came first.
    if isinstance(approved, Exception):
        assert "was revised" in str(approved)
    assert view.approvals == ()
    assert view.state == "pending"
