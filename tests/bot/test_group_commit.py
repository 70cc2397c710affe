"""Group commit: writes that arrive together share a transaction, each waiter gets its own
result, a repeated dedupe key is refused alone, and a failed batch tells every waiter."""

from __future__ import annotations

import threading

import pytest

from bot.errors import Unavailable
from bot.group_commit import GroupCommit, _Ticket
from bot.outbox import Outbox, committer_for


def test_concurrent_enqueues_share_commits_and_each_gets_its_job(engine):
    """32 threads enqueue at once: 32 jobs, each its own id, in fewer commits than jobs; the
    same dedupe key twice yields one job and a None."""
    outbox = Outbox(engine)
    committer = committer_for(outbox.engine)
    before = committer.transactions
    start, ids = threading.Barrier(33), []

    def enqueue(n: int) -> None:
        start.wait()
        ids.append(outbox.enqueue("test.job", [n], f"key-{n % 31}"))

    threads = [threading.Thread(target=enqueue, args=(n,)) for n in range(32)]
    for thread in threads:
        thread.start()
    start.wait()
    for thread in threads:
        thread.join()
    made = [i for i in ids if i is not None]
    assert len(made) == 31 and len(set(made)) == 31 and ids.count(None) == 1
    assert outbox.pending() == 31
    assert committer.transactions - before < 31


def test_a_failed_batch_fails_every_waiter(engine):
    """When the batch's transaction fails, each waiter gets the error: nobody is told their
    write was kept when it was not."""
    def write(cursor, row):
        if row == "bad":
            raise RuntimeError("disk full")
        return row

    committer = GroupCommit(engine, write)
    results: dict[str, object] = {}
    start = threading.Barrier(2)

    def submit(row: str) -> None:
        start.wait()
        try:
            results[row] = committer.submit(row)
        except RuntimeError as exc:
            results[row] = exc

    threads = [threading.Thread(target=submit, args=(r,)) for r in ("good", "bad")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert isinstance(results["bad"], RuntimeError)
    # "good" either shared the failed batch (and was told) or was written on its own.
    assert results["good"] == "good" or isinstance(results["good"], RuntimeError)


def test_alone_a_write_waits_for_nobody(engine):
    """A single write is committed at once and returns its result."""
    committer = GroupCommit(engine, lambda cursor, row: row * 2)
    assert committer.submit(21) == 42


@pytest.mark.parametrize("dedupe", [None, "same"])
def test_enqueue_alone_still_returns_the_id(engine, dedupe):
    outbox = Outbox(engine)
    first = outbox.enqueue("test.job", [], dedupe)
    second = outbox.enqueue("test.job", [], dedupe)
    assert first is not None and (second is None) == (dedupe is not None)


def test_a_connection_lost_while_idle_is_replaced_before_the_next_write(engine, monkeypatch):
    """The connection batches keep is checked after it sat idle: one the server closed
    meanwhile (a restart, an idle timeout) is replaced, and the write goes through."""
    monkeypatch.setattr("bot.group_commit.IDLE_PING_S", 0.0)
    outbox = Outbox(engine)
    committer = committer_for(outbox.engine)
    assert outbox.enqueue("test.job", [1]) is not None
    committer._raw.dbapi_connection.close()  # as the server would
    assert outbox.enqueue("test.job", [2]) is not None
    assert outbox.pending() == 2


def test_a_write_that_fails_on_a_lost_connection_is_refused_and_the_next_succeeds(engine):
    """A connection lost under load (no idle check) fails the batch on it, which is told; the
    next write runs on a new connection."""
    outbox = Outbox(engine)
    committer = committer_for(outbox.engine)
    assert outbox.enqueue("test.job", [1]) is not None
    committer._raw.dbapi_connection.close()
    with pytest.raises(Unavailable):
        outbox.enqueue("test.job", [2])
    assert outbox.enqueue("test.job", [3]) is not None
    assert outbox.pending() == 2


def test_a_batch_written_at_once_gives_each_row_its_own_result(engine):
    """Several rows written together (on PostgreSQL in one pipelined round trip) each get
    their own id, and a dedupe key repeated inside the batch gets None, not another row."""
    outbox = Outbox(engine)
    committer = committer_for(outbox.engine)
    now = outbox.clock()
    rows = [dict(kind="test.job", payload=[n], dedupe_key=key, state="queued", attempts=0,
                 run_after=now, created_at=now) for n, key in enumerate(["a", "b", "a", None])]
    tickets = [_Ticket(row) for row in rows]
    committer._write(tickets)
    ids = [t.result for t in tickets]
    assert all(t.error is None for t in tickets)
    assert ids[2] is None and None not in (ids[0], ids[1], ids[3])
    assert len({ids[0], ids[1], ids[3]}) == 3
    assert outbox.pending() == 3
