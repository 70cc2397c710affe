"""Worker processes: one killed outright is replaced, and its unfinished work runs again."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from types import SimpleNamespace

from adapters.slack.jobs import ProcessJobs


def no_surface(service, settings):
    """A worker's surface, for work that needs none."""
    return None


def die_the_first_time(surface, marker: str, done: str) -> None:
    """Kill this worker outright the first time (as the OOM killer would); then finish."""
    if not Path(marker).exists():
        Path(marker).write_text("died")
        os.kill(os.getpid(), signal.SIGKILL)
    Path(done).write_text("done")


def note(surface, path: str) -> None:
    """Leave a mark that the work ran."""
    Path(path).write_text("ran")


def _until(path: Path, seconds: float = 60.0) -> str:
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert time.monotonic() < deadline, f"{path.name} never appeared"
        time.sleep(0.05)
    return path.read_text()


def test_a_killed_worker_is_replaced_and_its_work_is_not_lost(database_url, tmp_path):
    jobs = ProcessJobs(SimpleNamespace(database_url=database_url), no_surface, processes=1)
    try:
        jobs.run(die_the_first_time, None, str(tmp_path / "marker"), str(tmp_path / "done"))
        assert _until(tmp_path / "done") == "done"  # run again on a new worker
        jobs.run(note, None, str(tmp_path / "later"))
        assert _until(tmp_path / "later") == "ran"  # and work after it still runs
    finally:
        jobs.close()
