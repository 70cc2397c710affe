"""Where the work after an acknowledgement runs: threads here, or separate worker processes.

Worker processes keep the HTTP process free to answer Slack at once: work there never holds
this process's interpreter lock. Each worker builds its own core and Web API client.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import get_context

from bot.service import Rapport

log = logging.getLogger(__name__)
# The surface a worker process builds once, at start.
_worker_surface = None


def perform(work: Callable[..., None], surface, *args) -> None:
    """Run one piece of work on a surface; a crash is logged, never lost silently."""
    try:
        work(surface, *args)
    except Exception:
        log.exception("Slack work failed: %s", getattr(work, "__name__", work))


def _perform_in_worker(work: Callable[..., None], *args) -> None:
    perform(work, _worker_surface, *args)


def _exit_with_parent(parent: int) -> None:
    # A worker outliving its server (killed outright) would hold its pipes open forever.
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


def _start_worker(settings, build_surface: Callable) -> None:
    global _worker_surface
    # A stop signal to the whole group must not cut work short: the server stops its
    # workers itself, after they finish what is queued.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(processName)s %(name)s %(message)s")
    # The server checked the schema before it started its workers.
    service = Rapport.from_env(auto_enrol=True, database_url=settings.database_url,
                               check_schema=False)
    _worker_surface = build_surface(service, settings)


class ThreadJobs:
    """Work on threads of this process, on the surface it is given (tests, small setups)."""

    def __init__(self, executor: Executor | None = None, threads: int = 2):
        self.executor = executor or ThreadPoolExecutor(threads, thread_name_prefix="rapport")

    def run(self, work: Callable[..., None], surface, *args) -> None:
        """Queue work(surface, *args)."""
        self.executor.submit(perform, work, surface, *args)

    def close(self) -> None:
        """Finish the queued work."""
        self.executor.shutdown(wait=True)


class ProcessJobs:
    """Work in worker processes, each with its own core and client built from the settings.

    `build_surface(service, settings)` makes a worker's surface; it is passed in (by
    reference, so a spawned worker imports it) rather than imported, as the app imports this.
    """

    def __init__(self, settings, build_surface: Callable, processes: int = 2):
        self.pool = ProcessPoolExecutor(processes, mp_context=get_context("spawn"),
                                        initializer=_start_worker,
                                        initargs=(settings, build_surface))
        # Start the workers now, so the first report does not wait for them.
        for _ in range(processes):
            self.pool.submit(int)

    def run(self, work: Callable[..., None], surface, *args) -> None:
        """Queue work(*args) for a worker, which brings its own surface."""
        self.pool.submit(_perform_in_worker, work, *args)

    def close(self) -> None:
        """Finish the queued work and stop the workers."""
        self.pool.shutdown(wait=True)
