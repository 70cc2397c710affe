"""The two moments of an act where a database outage changes what Slack is told, hit exactly:
the proxy in front of PostgreSQL cuts the database the instant a worker sends a chosen
statement (that statement never arrives), so the outage falls in that window every time.

Each was a bug of the Slack adapter, kept here so it stays fixed: the follow-up job written
in the act's own transaction, and a notice marked so that a job run again after its
worker lost the database finds it in the member's DM (adapters/slack/own_posts.py).
"""

from __future__ import annotations

import json
import time

import pytest

from bot.models import utcnow
from tests.fakes.slack_requests import SlackClient, reaction_added

from .conftest import ALICE, BOB, PITCHES, REVIEW, SECRET, TOKEN
from .ledger import expire_leases, report_posts, report_updates, told_sendable
from .outage import PostgresProxy
from .procs import child_env, command, free_port, until
from .slack_held import texts

pytestmark = pytest.mark.system


@pytest.fixture
def served(mock, database_url, procs):
    """`rapport serve slack` (no worker processes of its own) and one `rapport worker`,
    reaching PostgreSQL through a proxy the test can cut."""
    if database_url.startswith("sqlite"):
        pytest.skip("an outage between two statements needs a database server to lose "
                    "(run with TEST_DATABASE_URL)")
    proxy = PostgresProxy(database_url)
    port = free_port()
    env = child_env(DATABASE_URL=proxy.url, SLACK_BOT_TOKEN=TOKEN, SLACK_SIGNING_SECRET=SECRET,
                    RAPPORT_REVIEW_CHANNEL=REVIEW, SLACK_API_URL=mock.base_url, PORT=str(port))
    web = procs.start("web", command("web", "--host", "127.0.0.1", "--workers", "0"), env)
    procs.start("worker", command("worker"), env)
    web.wait_listening(port)
    try:
        yield proxy, SlackClient(f"http://127.0.0.1:{port}/slack/events", SECRET)
    finally:
        proxy.close()


def submit(slack: SlackClient, mock) -> None:
    """Alice submits a pitch by slash command."""
    handle, message = PITCHES[0]
    reply = slack.command(text=f"@{handle} via:email {message}", user_id=ALICE,
                          response_url=mock.response_url("submit"))
    assert reply.status == 200, reply


def reported(mock):
    """The first report posted in the review channel."""
    [post] = mock.wait_for("chat.postMessage", lambda c: c.args["text"].startswith("Pitch #"),
                           timeout=30)
    return post


@pytest.fixture
def rapport(served, mock):
    """The served app with a pitch of alice's, reported."""
    proxy, slack = served
    submit(slack, mock)
    return proxy, slack, reported(mock)


def back_after_a_second(proxy: PostgresProxy, engine) -> None:
    """The database comes back a second after the cut. The job the cut-off worker held could
    not be handed back (its retry needed the database too): its lease, 2 minutes, is made to
    run out now."""
    time.sleep(1.0)
    proxy.restore()
    expire_leases(engine, claimed_before=utcnow())


def approve_through_an_outage(rapport, mock, engine, procs, at: bytes) -> int:
    """Bob's ✅ on the report, the database cut the instant the worker sends `at`, back a
    second later; the job held by the cut-off worker is claimed again (its lease made to run
    out); every job then done. The pitch's id."""
    proxy, slack, post = rapport
    pitch_id = int(post.args["text"].split("#")[1].split()[0])
    proxy.cut_when_sent(at)
    reply = slack.event(reaction_added(BOB, "white_check_mark", REVIEW, post.response["ts"]))
    assert reply.status == 200, reply
    assert proxy.tripped.wait(20), "the worker never sent the statement the cut waits for"
    back_after_a_second(proxy, engine)

    def all_done() -> bool:
        with engine.connect() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM jobs WHERE state IN "
                                        "('queued', 'running')").scalar() == 0
    until(all_done, 30, "every job to be done", detail=procs.tails)
    with engine.connect() as conn:
        assert conn.exec_driver_sql(f"SELECT state FROM pitches WHERE id = {pitch_id}"
                                    ).scalar() == "sendable"
        assert conn.exec_driver_sql("SELECT count(*) FROM jobs WHERE state = 'failed'"
                                    ).scalar() == 0
    return pitch_id


def test_an_outage_between_a_submission_and_its_report_job_loses_no_report(
        served, mock, engine, procs):
    # The report job's INSERT carries its kind as a value: the cut falls just before it,
    # after the pitch was committed. The submission's retry finds the pitch and writes it.
    proxy, slack = served
    proxy.cut_when_sent(b"slack.post_report")
    submit(slack, mock)
    assert proxy.tripped.wait(20), "the worker never wrote the report's job"
    back_after_a_second(proxy, engine)
    post = reported(mock)
    pitch_id = int(post.args["text"].split("#")[1].split()[0])
    until(lambda: not busy(engine), 30, "every job to be done", detail=procs.tails)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM pitches").scalar() == 1
    assert len(report_posts(mock, pitch_id)) == 1
    told = [c for c in mock.calls_to("response_url")
            if c.name == "submit" and f"pitch #{pitch_id}" in json.dumps(c.args)]
    assert len(told) == 1, told


def test_an_outage_between_an_act_and_its_follow_up_loses_no_report_update_or_notice(
        rapport, mock, engine, procs):
    # The follow-up job's INSERT carries its kind as a value: the cut falls just before it.
    pitch_id = approve_through_an_outage(rapport, mock, engine, procs, at=b"slack.settle")
    updates = report_updates(mock, pitch_id)
    assert updates and "Sendable" in texts(updates[-1]), "the report still says Pending review"
    assert len(told_sendable(mock, ALICE, pitch_id)) == 1, "the author was never told"


def test_an_outage_after_a_notice_and_before_its_job_is_done_tells_once(
        rapport, mock, engine, procs):
    proxy, slack, post = rapport
    # Every post waits until the cut is armed on "job done": the notice goes out, then the
    # worker's UPDATE jobs SET state = 'done' (the value in its Bind message) never reaches
    # the server.
    mock.hold("chat.postMessage")
    pitch_id = int(post.args["text"].split("#")[1].split()[0])
    reply = slack.event(reaction_added(BOB, "white_check_mark", REVIEW, post.response["ts"]))
    assert reply.status == 200, reply
    mock.wait_held("chat.postMessage", 1)
    proxy.cut_when_sent(b"done")
    mock.release("chat.postMessage")
    assert proxy.tripped.wait(20), "the worker never marked the job done"
    assert len(told_sendable(mock, ALICE, pitch_id)) == 1
    back_after_a_second(proxy, engine)
    until(lambda: len(told_sendable(mock, ALICE, pitch_id)) > 1 or not busy(engine), 30,
          "the job to run again", detail=procs.tails)
    assert len(report_posts(mock, pitch_id)) == 1
    told = len(told_sendable(mock, ALICE, pitch_id))
    assert told == 1, f"the author was told {told} times that the pitch is sendable"


def busy(engine) -> bool:
    """Whether any job is queued or running."""
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM jobs WHERE state IN "
                                    "('queued', 'running')").scalar() > 0
