"""The outbox's contract, on SQLite and PostgreSQL alike: a job is written once, held by one
worker at a time, tried again with back-off, given up after its attempts, and resumed when
its worker dies."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from bot.outbox import Outbox, backoff


class Time:
    """A clock the test moves."""

    def __init__(self):
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        """Now, as the test set it."""
        return self.now

    def advance(self, seconds: float) -> None:
        """Move time on."""
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def time_():
    """The outbox's clock."""
    return Time()


@pytest.fixture
def outbox(engine, time_):
    """An outbox with a one-minute lease and three attempts."""
    return Outbox(engine, lease=timedelta(minutes=1), max_attempts=3, clock=time_)


def test_a_dedupe_key_makes_one_job(outbox):
    first = outbox.enqueue("k", [1], dedupe="slack:event:Ev1")
    assert first is not None and outbox.enqueue("k", [1], dedupe="slack:event:Ev1") is None
    assert outbox.enqueue("k", [2]) and outbox.enqueue("k", [3])  # no key: no dedupe
    assert outbox.pending() == 3


def test_jobs_are_claimed_oldest_first_and_held_by_one_worker(outbox):
    outbox.enqueue("k", ["a"])
    outbox.enqueue("k", ["b"])
    a, b = outbox.claim("w1"), outbox.claim("w2")
    assert (a.payload, a.attempt, b.payload) == (["a"], 1, ["b"])
    assert outbox.claim("w3") is None
    assert outbox.finish(a) and outbox.pending() == 1


def test_a_failure_waits_its_back_off_then_the_job_is_failed_after_its_attempts(
        outbox, time_):
    outbox.enqueue("k", [])
    job = outbox.claim("w")
    assert outbox.retry(job, "HTTP 503", delay=30)
    assert outbox.claim("w") is None  # not yet due
    time_.advance(30)
    job = outbox.claim("w")
    assert job.attempt == 2 and outbox.retry(job, "HTTP 503")
    time_.advance(600)
    job = outbox.claim("w")
    assert job.attempt == 3 and not outbox.retry(job, "HTTP 503")  # its last attempt
    time_.advance(600)
    assert outbox.claim("w") is None and outbox.pending() == 0


def test_back_off_doubles_with_jitter_up_to_a_cap():
    assert 1.0 <= backoff(1, base=2) <= 2.0
    assert 8.0 <= backoff(4, base=2) <= 16.0
    assert backoff(30, base=2, cap=600) <= 600


def test_a_lease_that_ran_out_is_claimed_again_and_the_late_worker_changes_nothing(
        outbox, time_):
    outbox.enqueue("k", [])
    dead = outbox.claim("killed")
    time_.advance(59)
    assert outbox.claim("other") is None
    time_.advance(2)
    again = outbox.claim("other")
    assert again.id == dead.id and again.attempt == 2
    assert not outbox.finish(dead) and not outbox.retry(dead, "late")
    assert outbox.finish(again) and outbox.pending() == 0


def test_a_job_that_kills_its_worker_every_time_is_failed_not_run_forever(outbox, time_):
    outbox.enqueue("k", [])
    for _ in range(3):
        assert outbox.claim("w") is not None
        time_.advance(61)
    assert outbox.claim("w") is None and outbox.pending() == 0


def test_done_jobs_are_pruned_after_a_week_failed_ones_kept(outbox, time_):
    outbox.enqueue("k", [], dedupe="one")
    outbox.enqueue("k", [], dedupe="two")
    outbox.finish(outbox.claim("w"))
    outbox.fail(outbox.claim("w"), "channel_not_found")
    time_.advance(8 * 24 * 3600)
    assert outbox.prune() == 1
    assert outbox.enqueue("k", [], dedupe="one") is not None  # its key is free again


def test_concurrent_workers_never_claim_the_same_job(outbox):
    for n in range(40):
        outbox.enqueue("k", [n])
    taken: list[int] = []
    lock = threading.Lock()

    def work(name: str) -> None:
        while (job := outbox.claim(name)) is not None:
            with lock:
                taken.append(job.payload[0])
            outbox.finish(job)
    threads = [threading.Thread(target=work, args=(f"w{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(taken) == list(range(40)) and outbox.pending() == 0
