"""A job cut off after Slack took its post, before the post was recorded, runs again and
finds that post (marked with message metadata) instead of posting a second copy."""

from __future__ import annotations

from datetime import timedelta

from slack_sdk import WebClient
from sqlalchemy.exc import OperationalError

from adapters.slack.poster import post_board

from .conftest import ALICE, BOB, REVIEW, TOKEN, header
from .test_durable_work import WARM, jobs, reports

GONE = OperationalError("INSERT", {}, Exception("server closed the connection unexpectedly"))


def fail_once(target, name: str, when=lambda *args: True):
    """Make target.name raise GONE the first time `when` holds for its arguments."""
    real, failed = getattr(target, name), []

    def flaky(*args, **kwargs):
        if not failed and when(*args):
            failed.append(args)
            raise GONE
        return real(*args, **kwargs)
    return flaky, failed


def test_a_report_posted_but_not_recorded_is_adopted_on_the_retry(
        slack, mock, engine, service, monkeypatch):
    flaky, failed = fail_once(service, "attach_report")
    monkeypatch.setattr(service, "attach_report", flaky)
    report = slack.submit(WARM)
    slack.drain()
    assert failed, "the database never dropped between the post and its record"
    assert len(reports(mock)) == 1  # posted once, by the first attempt
    assert service.report_refs(report.pitch_id, "slack") == [(REVIEW, report.ts)]
    [row] = jobs(engine, "slack.post_report")
    assert (row.state, row.attempts) == ("done", 2)
    # The adopted report is the one reactions work on.
    slack.react(BOB, report.ts)
    assert header(slack.update(report.pitch_id, "Sendable")) == "Pitch #1 · Sendable"


def test_a_notice_sent_before_its_job_was_marked_done_is_not_sent_again(
        slack, mock, engine, outbox, monkeypatch):
    report = slack.submit(WARM)
    slack.drain()
    outbox.lease = timedelta(seconds=0.3)
    flaky, failed = fail_once(outbox, "finish", lambda claimed: claimed.kind == "slack.settle")
    monkeypatch.setattr(outbox, "finish", flaky)
    slack.react(BOB, report.ts)
    slack.dm(ALICE, "sendable")
    slack.drain()
    assert failed, "the settle job was never cut off"
    [row] = jobs(engine, "slack.settle")
    assert (row.state, row.attempts) == ("done", 2)
    told = [c for c in mock.calls_to("chat.postMessage")
            if c.args["channel"] == ALICE and "sendable" in c.args["text"]]
    assert len(told) == 1
    assert mock.calls_to("conversations.history"), "the retry never looked"


def test_a_notice_is_sent_again_when_the_first_attempt_never_reached_slack(
        slack, mock, engine, outbox):
    report = slack.submit(WARM)
    slack.drain()
    mock.http_error("chat.postMessage", 503)
    slack.react(BOB, report.ts)
    slack.drain()
    told = [c for c in mock.calls_to("chat.postMessage")
            if c.args["channel"] == ALICE and "sendable" in c.args["text"]]
    assert [c.status for c in told] == [503, 200]


def test_a_board_already_in_the_channel_is_not_posted_again(mock):
    client = WebClient(token=TOKEN, base_url=mock.base_url)
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "*1.* Ana — 7 points"}}]
    first = post_board(client, REVIEW, "Board", blocks, b"\x89PNG", key="board:slack:T1:2026-W48")
    again = post_board(client, REVIEW, "Board", blocks, b"\x89PNG", key="board:slack:T1:2026-W48")
    other = post_board(client, REVIEW, "Board", blocks, None, key="board:slack:T1:2026-W49")
    assert again == first != other
    assert len(mock.calls_to("chat.postMessage")) == 2
    mock.assert_no_violations()
