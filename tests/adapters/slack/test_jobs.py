"""Worker processes: one killed outright is replaced, and its job runs again from the outbox."""

from __future__ import annotations

import os
import signal
import time
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

from adapters.slack.jobs import SlackJobs, job
from adapters.slack.workers import ProcessWorkers
from bot.outbox import Outbox


def no_surface(service, settings, jobs=None):
    """A worker's surface, for work that needs none (importing this module registers it)."""
    return None


@job("slack.test_die_the_first_time")
def die_the_first_time(surface, marker: str, done: str) -> None:
    """Kill this worker outright the first time (as the OOM killer would); then finish."""
    if not Path(marker).exists():
        Path(marker).write_text("died")
        os.kill(os.getpid(), signal.SIGKILL)
    Path(done).write_text("done")


@job("slack.test_note")
def note(surface, path: str) -> None:
    """Leave a mark that the work ran."""
    Path(path).write_text("ran")


def _until(path: Path, seconds: float = 60.0) -> str:
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert time.monotonic() < deadline, f"{path.name} never appeared"
        time.sleep(0.05)
    return path.read_text()


def test_a_killed_worker_is_replaced_and_its_job_runs_again(database_url, engine, tmp_path):
    jobs = SlackJobs(Outbox(engine))
    pool = ProcessWorkers(SimpleNamespace(database_url=database_url), no_surface, processes=1,
                          lease=timedelta(seconds=1))
    try:
        jobs.enqueue("slack.test_die_the_first_time",
                     (str(tmp_path / "marker"), str(tmp_path / "done")))
        # The worker died holding the job; once its lease ran out, the new worker ran it.
        assert _until(tmp_path / "done") == "done"
        jobs.enqueue("slack.test_note", (str(tmp_path / "later"),))
        assert _until(tmp_path / "later") == "ran"  # and work after it still runs
    finally:
        pool.close()
    assert jobs.outbox.pending() == 0
