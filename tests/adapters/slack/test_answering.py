"""Answers first: a worker beside the web process waits while it answers, and not forever."""

from __future__ import annotations

import multiprocessing
import threading
import time

from adapters.slack.answering import QUIET, Answering


def _answering() -> Answering:
    return Answering(multiprocessing.get_context("spawn"))


def test_a_worker_waits_while_a_request_is_in_hand_and_goes_once_quiet():
    """A job waits for the answer in hand, then for the quiet moment after it, no longer."""
    answering, stop, gone = _answering(), threading.Event(), []
    with answering.answering():
        worker = threading.Thread(target=lambda: (answering.wait_for_quiet(stop, most=30),
                                                  gone.append(time.monotonic())))
        worker.start()
        time.sleep(0.2)
        assert not gone  # still answering: the job waits
        answered = time.monotonic()
    worker.join(timeout=5)
    assert gone and QUIET <= gone[0] - answered < 2


def test_a_job_waits_no_longer_than_its_limit_under_endless_load():
    """Under a load that never lets up, work still goes on, after `most` seconds a job."""
    answering = _answering()
    with answering.answering():
        began = time.monotonic()
        answering.wait_for_quiet(threading.Event(), most=0.3)
        assert 0.3 <= time.monotonic() - began < 2


def test_stopping_ends_the_wait():
    answering, stop = _answering(), threading.Event()
    stop.set()
    with answering.answering():
        began = time.monotonic()
        answering.wait_for_quiet(stop, most=30)
    assert time.monotonic() - began < 1


def test_a_quiet_web_process_holds_nobody_up():
    answering = _answering()
    assert answering.quiet(now=time.monotonic())
    began = time.monotonic()
    answering.wait_for_quiet(threading.Event(), most=30)
    assert time.monotonic() - began < 0.5


def _report_quiet(answering: Answering, answers) -> None:
    answers.send(answering.quiet())
    answers.recv()  # the parent has finished answering
    time.sleep(QUIET)
    answers.send(answering.quiet())


def test_a_spawned_worker_sees_the_web_process_answering():
    """The count lives in memory shared with worker processes: a spawned one sees the
    request its parent has in hand, then the quiet after it."""
    context = multiprocessing.get_context("spawn")
    answering, (ours, theirs) = Answering(context), context.Pipe()
    with answering.answering():
        worker = context.Process(target=_report_quiet, args=(answering, theirs))
        worker.start()
        assert ours.poll(30) and ours.recv() is False
    ours.send("done")
    assert ours.poll(30) and ours.recv() is True
    worker.join(timeout=30)
