"""SIGKILL mid-work: the web process and the worker are killed outright while Slack is slow
to take the reports of acts they had acknowledged; restarted, they do each act exactly once.

The Procfile's `web` (with the two worker processes it starts) and `worker` run as real
processes, each in a process group of its own, and are killed as a lost host or the OOM
killer kills: SIGKILL to every process of the group, no clean-up. The mock Web API holds
chat.postMessage, so every worker process is caught inside a Slack call, after the core saved
the act and before its report was posted; the held calls are then dropped (Slack never took
them). Nothing may be lost — every acknowledged command and ✅ is done — and nothing doubled.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select, text

from bot.models import Job
from bot.outbox import DONE, jobs_engine
from tests.fakes.slack_requests import SlackClient, reaction_added

from .conftest import ALICE, BOB, CARA, PITCHES, REVIEW, SECRET, TOKEN
from .ledger import expire_leases, report_posts, told_sendable
from .procs import child_env, command, free_port, until
from .slack_held import texts

pytestmark = pytest.mark.system
# Worker processes able to hold a job at once: the two `rapport serve slack` starts, and
# the one of `rapport worker`.
WORKERS = 3


def submitted_answers(mock, name: str) -> list:
    """What the author was told through one command's response_url: "Submitted pitch #…"."""
    return [c for c in mock.calls_to("response_url")
            if c.name == name and "Submitted pitch #" in texts(c)]


def test_killed_web_and_worker_lose_nothing_and_double_nothing(mock, database_url, engine,
                                                               procs):
    port = free_port()
    env = child_env(DATABASE_URL=database_url, SLACK_BOT_TOKEN=TOKEN,
                    SLACK_SIGNING_SECRET=SECRET, RAPPORT_REVIEW_CHANNEL=REVIEW,
                    SLACK_API_URL=mock.base_url, PORT=str(port))
    web_argv, worker_argv = command("web", "--host", "127.0.0.1"), command("worker")
    web, worker = procs.start("web", web_argv, env), procs.start("worker", worker_argv, env)
    web.wait_listening(port)
    slack = SlackClient(f"http://127.0.0.1:{port}/slack/events", SECRET)

    def submit(handle: str, message: str, name: str):
        reply = slack.command(text=f"@{handle} via:email {message}", user_id=ALICE,
                              response_url=mock.response_url(name))
        assert reply.status == 200 and f"Reviewing your pitch to @{handle}" in reply.body, reply
        return name

    # A pitch reviewed before anything goes wrong: its report is there for a ✅.
    handle, message = PITCHES[0]
    first = submit(handle, message, "first")
    [answer] = mock.wait_for("response_url", lambda c: c.name == first, timeout=30)
    first_id = int(re.search(r"Submitted pitch #(\d+)", texts(answer)).group(1))
    [first_report] = report_posts(mock, first_id)

    # Slack turns slow: every post waits. Five submissions and a ✅ are acknowledged...
    mock.hold("chat.postMessage")
    names = [submit(h, m, f"cmd-{n}") for n, (h, m) in enumerate(PITCHES[1:6], 1)]
    approval = slack.event(reaction_added(BOB, "white_check_mark", REVIEW,
                                          first_report.response["ts"]))
    assert approval.status == 200, approval
    # ... and every worker process is inside a post to Slack when both hosts die.
    mock.wait_held("chat.postMessage", WORKERS, timeout=30)
    web.kill()
    worker.kill()
    mock.release("chat.postMessage", drop=True)
    until(lambda: len(mock.dropped) == WORKERS, 5, "the held posts to be dropped")
    with engine.connect() as conn:
        saved = conn.scalar(select(func.count()).select_from(text("pitches")))
        reported = conn.scalar(select(func.count()).select_from(text("report_messages")))
    # Caught mid-work: acts the core had saved, whose reports Slack never got.
    assert saved >= 1 + WORKERS and reported == 1, (saved, reported)

    # The platform starts them again; the dead processes' jobs wait for their leases.
    assert expire_leases(engine) >= WORKERS
    again = procs.start("web-restarted", web_argv, env)
    procs.start("worker-restarted", worker_argv, env)
    again.wait_listening(port)

    def all_done():
        with jobs_engine(engine).connect() as conn:
            return conn.scalar(select(func.count()).select_from(Job)
                               .where(Job.state != DONE)) == 0 and all(
                submitted_answers(mock, name) for name in names)
    until(all_done, 60, "every acknowledged act to be done", detail=procs.tails)

    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT c.handle, p.id FROM pitches p JOIN contacts c ON c.id = p.contact_id")).all()
        reports = conn.execute(text(
            "SELECT pitch_id, count(*) FROM report_messages GROUP BY pitch_id")).all()
        states = dict(conn.execute(text("SELECT id, state FROM pitches")).all())
        approvals = conn.execute(text(
            "SELECT m.key FROM approvals a JOIN members m ON m.id = a.member_id "
            "WHERE a.pitch_id = :p AND a.active"), {"p": first_id}).scalars().all()
        kinds = conn.execute(text("SELECT kind FROM events WHERE pitch_id = :p"),
                             {"p": first_id}).scalars().all()
    # Nothing lost: each acknowledged submission is one pitch, its report posted once and
    # its author told once; the ✅ approved the first pitch once, and its author heard once.
    assert sorted(handle for handle, _ in rows) == sorted(h for h, _ in PITCHES[:6])
    pitches = dict(rows)
    assert sorted(reports) == sorted((pid, 1) for pid in pitches.values())
    for handle, pitch_id in pitches.items():
        [post] = report_posts(mock, pitch_id)
        assert (post.args["channel"], post.token) == (REVIEW, TOKEN)
        assert f"to @{handle}" in post.args["text"]
    for name in names:
        assert len(submitted_answers(mock, name)) == 1, name
    assert states[first_id] == "sendable" and approvals == [BOB]
    assert (kinds.count("approved"), kinds.count("sendable")) == (1, 1)
    assert len(told_sendable(mock, ALICE, first_id)) == 1
    assert not [c for c in mock.calls_to("chat.postMessage") if c.args["channel"] in (BOB, CARA)]
    mock.assert_no_violations()
