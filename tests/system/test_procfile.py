"""The Procfile, run by honcho as the README's deploy guide runs it: `release` migrates an
empty database, then `web`, `worker` and `clock` serve Slack (the mock Web API), and a pitch
goes from a signed /review-pitch to sendable through a signed ✅ from a teammate."""

from __future__ import annotations

import os
import re
import signal

import pytest
from sqlalchemy import text

from bot.outbox import jobs_engine
from tests.fakes.slack_requests import SlackClient, reaction_added

from .conftest import ALICE, BOB, PITCHES, REVIEW, SECRET, TOKEN
from .procs import HONCHO, PROCFILE, child_env, free_port, procfile, until
from .slack_held import texts

pytestmark = pytest.mark.system


def test_the_procfile_names_each_process_the_design_asks_for():
    lines = procfile()
    assert set(lines) == {"release", "web", "worker", "discord", "clock"}
    assert lines["release"] == "rapport db upgrade"
    assert lines["web"].startswith("rapport serve slack")
    assert "--socket" not in lines["web"]  # production is HTTP on $PORT
    assert lines["worker"] == "rapport worker"
    assert lines["discord"] == "rapport serve discord"
    assert lines["clock"] == "rapport clock"


def test_honcho_runs_the_procfile_from_submit_to_sendable(mock, empty_database_url,
                                                          empty_engine, procs, tmp_path):
    port = free_port()
    env = child_env(DATABASE_URL=empty_database_url, SLACK_BOT_TOKEN=TOKEN,
                    SLACK_SIGNING_SECRET=SECRET, RAPPORT_REVIEW_CHANNEL=REVIEW,
                    SLACK_API_URL=mock.base_url, PORT=str(port))
    honcho = [HONCHO, "start", "--no-colour", "-f", str(PROCFILE)]

    # The release phase: honcho runs `rapport db upgrade`, which exits 0 once migrated.
    release = procs.start("release", [*honcho, "release"], env)
    assert release.popen.wait(timeout=60) == 0, release.tail()
    assert "Applied 0001" in release.output() and "release.1 stopped (rc=0)" in release.output()

    # Then the processes: $PORT goes to the first one named, web.
    run = procs.start("honcho", [*honcho, "web", "worker", "clock"], env)
    try:
        run.wait_listening(port)
        # honcho starts each process in a session of its own: note them, so none outlives us.
        started = run.wait_for_line(r"clock\.1 started \(pid=\d+\)")
        procs.groups |= {int(pid) for pid in re.findall(r"started \(pid=(\d+)\)", run.output())}
        assert started

        slack = SlackClient(f"http://127.0.0.1:{port}/slack/events", SECRET)
        handle, message = PITCHES[0]
        reply = slack.command(text=f"@{handle} via:email {message}", user_id=ALICE,
                              response_url=mock.response_url("submit"))
        assert reply.status == 200 and f"Reviewing your pitch to @{handle}" in reply.body, reply
        report = mock.wait_for("chat.postMessage", lambda c: c.args["channel"] == REVIEW
                               and c.args["text"].startswith("Pitch #"), timeout=30)[0]
        pitch_id = int(re.match(r"Pitch #(\d+) to", report.args["text"]).group(1))
        assert "Pending review" in texts(report)
        assert f"Submitted pitch #{pitch_id}" in texts(mock.wait_for(
            "response_url", lambda c: c.name == "submit", timeout=15)[0])

        # A teammate's ✅ on the report, delivered by the Events API, signed.
        approval = slack.event(reaction_added(BOB, "white_check_mark", REVIEW,
                                              report.response["ts"]))
        assert approval.status == 200, approval
        update = mock.wait_for("chat.update", lambda c: c.args["ts"] == report.response["ts"]
                               and "Sendable" in texts(c), timeout=30)[0]
        assert update.args["channel"] == REVIEW
        mock.wait_for("chat.postMessage", lambda c: c.args["channel"] == ALICE
                      and f"/review-pitch sent {pitch_id}" in texts(c), timeout=15)
        with empty_engine.connect() as conn:
            assert conn.execute(text("SELECT state FROM pitches")).scalars().all() == [
                "sendable"]
            assert conn.execute(text(
                "SELECT m.key FROM approvals a JOIN members m ON m.id = a.member_id "
                "WHERE a.pitch_id = :p AND a.active"), {"p": pitch_id}).scalars().all() == [BOB]
        until(lambda: jobs_left(empty_engine) == 0, 15, "every job to be done",
              detail=run.tail)
        assert all(call.token == TOKEN for call in mock.calls if call.method != "response_url")
        mock.assert_no_violations()
    finally:
        # Ctrl-C, as in a terminal: honcho passes SIGTERM on to each process's group.
        run.signal_group(signal.SIGINT)
        code = run.popen.wait(timeout=30)
    out = run.output()
    assert code == 130, run.tail()  # honcho's own code for "stopped by SIGINT"
    # honcho runs each line through `sh -c`, so the rc it prints is the shell's (-15: killed
    # by the SIGTERM it passed on). What matters: every process of every group ended by
    # itself, within honcho's 5 seconds (no SIGKILL), the web server after a graceful
    # shutdown, and nothing crashed.
    for name in ("web.1", "worker.1", "clock.1"):
        assert re.search(rf"{re.escape(name)} stopped \(rc=(0|-15)\)", out), run.tail(60)
    until(lambda: not any(map(group_alive, procs.groups)), 20,
          "every process honcho started to exit", detail=run.tail)
    assert "Finished server process" in out and "Traceback" not in out, run.tail(80)
    killed = re.findall(r"sending SIGKILL to (\S+)", out)
    # `rapport worker`'s process gets SIGTERM twice (honcho's, to the group, then its
    # parent's): its handler sets the stop event from a thread, so the second cannot deadlock.
    assert not killed, run.tail(80)


def jobs_left(engine) -> int:
    """Jobs not done yet (queued, running or failed)."""
    with jobs_engine(engine).connect() as conn:  # on SQLite, a file of their own
        return conn.execute(text("SELECT count(*) FROM jobs WHERE state <> 'done'")).scalar()


def group_alive(group: int) -> bool:
    """Whether any process of a process group is still running."""
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True
