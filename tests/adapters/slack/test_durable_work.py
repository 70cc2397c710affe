"""What an acknowledgement promises is written first and done later, whatever fails between:
jobs in the outbox survive a dead worker, Slack's 5xx and 429, and its retries."""

from __future__ import annotations

import json
import logging
import time
from datetime import timedelta

from sqlalchemy import select

from bot.models import Job
from bot.outbox import jobs_engine
from tests.fakes.slack_requests import VERIFICATION_TOKEN, SlackClient

from .conftest import ALICE, BOB, REVIEW, SECRET, Driver, header, texts
from .served import serve_asgi

WARM = "Hi Liz, I loved your post on sourdough. What do you think of rye?"


def jobs(engine, kind: str | None = None) -> list[Job]:
    """Every job row, read on a connection of its own (what another process would see)."""
    with jobs_engine(engine).connect() as conn:
        query = select(Job).order_by(Job.id)
        if kind:
            query = query.where(Job.kind == kind)
        return list(conn.execute(query).all())


def reports(mock) -> list:
    """chat.postMessage calls to the review channel that Slack accepted."""
    return [c for c in mock.calls_to("chat.postMessage")
            if c.args["channel"] == REVIEW and c.status == 200 and c.response.get("ok")]


def served(make_app, mock, outbox, threads: int):
    """The app served with `threads` worker threads (0: only the web process, no workers)."""
    url, stop = serve_asgi(make_app(threads))
    return Driver(SlackClient(url, SECRET), mock, outbox), stop


def test_the_answer_goes_back_only_after_the_job_is_committed(make_app, mock, outbox, engine):
    web, stop = served(make_app, mock, outbox, threads=0)
    try:
        reply, _ = web.command("@liz via:email " + WARM)
        assert reply.status == 200
        # Read from another connection the moment the answer arrives: the job is there.
        [row] = jobs(engine)
        assert (row.kind, row.state, row.attempts) == ("slack.command", "queued", 0)
        assert row.dedupe_key.startswith("slack:command:")
    finally:
        stop()


def test_the_job_holds_no_verification_token(make_app, mock, outbox, engine):
    """Slack's verification token comes with every body; the jobs table never keeps it."""
    web, stop = served(make_app, mock, outbox, threads=0)
    try:
        reply, _ = web.command("@liz via:email " + WARM)
        assert reply.status == 200
        [row] = jobs(engine)
        assert VERIFICATION_TOKEN not in json.dumps(row.payload)
        assert WARM in json.dumps(row.payload)  # what the work needs is there
    finally:
        stop()


def test_work_acknowledged_while_no_worker_ran_is_done_when_one_starts(
        make_app, mock, outbox, engine):
    web, stop = served(make_app, mock, outbox, threads=0)
    try:
        reply, name = web.command("@liz via:email " + WARM)
        assert reply.status == 200
        time.sleep(0.3)
        assert reports(mock) == [] and outbox.pending() == 1  # acknowledged, not yet done
        make_app(1)  # a worker starts again (after a deploy, a crash)
        assert "Submitted pitch #1" in texts(web.answer(name))
        assert header(web.report_post(1)) == "Pitch #1 · Pending review"
        web.drain()
        assert len(reports(mock)) == 1
    finally:
        stop()


def test_a_job_whose_worker_died_holding_it_runs_again_when_its_lease_runs_out(
        make_app, mock, outbox, engine):
    # Long enough that a busy machine cannot let it lapse between the two claims below.
    outbox.lease = timedelta(seconds=2)
    web, stop = served(make_app, mock, outbox, threads=0)
    try:
        reply, name = web.command("@liz via:email " + WARM)
        dead = outbox.claim("a-worker-killed-outright")  # claimed, then never finished
        assert dead is not None and outbox.claim("another") is None  # held under its lease
        started = time.monotonic()
        make_app(1)
        assert "Submitted pitch #1" in texts(web.answer(name, timeout=15))
        assert time.monotonic() - started >= 0.3
        web.drain()
        [row] = jobs(engine, "slack.command")
        assert (row.state, row.attempts) == ("done", 2) and len(reports(mock)) == 1
        assert outbox.finish(dead) is False  # the dead worker's late word changes nothing
    finally:
        stop()


def test_one_503_on_posting_the_report_is_retried_and_the_report_posted_once(
        slack, mock, engine, service):
    mock.http_error("chat.postMessage", 503)
    report = slack.submit(WARM)
    slack.drain()
    posts = [c for c in mock.calls_to("chat.postMessage") if c.args["channel"] == REVIEW]
    assert [c.status for c in posts] == [503, 200] and len(reports(mock)) == 1
    assert service.report_refs(report.pitch_id, "slack") == [(REVIEW, report.ts)]
    [row] = jobs(engine, "slack.post_report")
    assert (row.state, row.attempts) == ("done", 2)


def test_one_500_on_updating_the_report_is_retried_until_it_shows_the_pitch(slack, mock):
    slack.submit(WARM)
    mock.http_error("chat.update", 500)
    assert slack.said("approve 1", user=BOB) == "Approved pitch #1."
    assert header(slack.update(1, "Sendable")) == "Pitch #1 · Sendable"
    assert [c.status for c in mock.calls_to("chat.update")][:1] == [500]


def test_a_429_is_tried_again_after_its_retry_after(slack, mock, engine):
    mock.ratelimit("chat.postMessage", retry_after=1)
    report = slack.submit(WARM)
    limited = [c for c in mock.calls_to("chat.postMessage") if c.status == 429]
    assert len(limited) == 1 and report.post.at - limited[0].at >= 1.0
    slack.drain()
    assert len(reports(mock)) == 1
    [row] = jobs(engine, "slack.post_report")
    assert row.state == "done" and row.attempts == 2


def test_an_event_slack_delivers_again_makes_one_job(slack, mock, engine):
    report = slack.submit(WARM)
    first = slack.react(BOB, report.ts, event_id="Ev0ONCE")
    again = slack.react(BOB, report.ts, event_id="Ev0ONCE", retry_num=1)
    assert (first.status, again.status) == (200, 200)
    slack.drain()
    [row] = jobs(engine, "slack.reaction_added")
    assert row.dedupe_key == "slack:event:Ev0ONCE" and row.state == "done"
    slack.dm(ALICE, "is approved and sendable")


def test_a_permanent_error_fails_the_job_at_once_with_one_log_line(slack, mock, engine,
                                                                  caplog):
    mock.fail("chat.postMessage", "channel_not_found")
    with caplog.at_level(logging.WARNING):
        answer = slack.said("@liz via:email " + WARM)
        slack.drain()
    assert "its report could not be posted (channel_not_found)" in answer
    [row] = jobs(engine, "slack.post_report")
    assert (row.state, row.attempts) == ("failed", 1)
    assert "channel_not_found" in row.last_error
    logged = [r for r in caplog.records if r.name.startswith("adapters.slack")]
    assert len(logged) == 1 and "failed for good" in logged[0].getMessage()
    assert not logged[0].exc_info  # one line, no traceback
    assert len([c for c in mock.calls_to("chat.postMessage")
                if c.args["channel"] == REVIEW]) == 1  # not tried again
