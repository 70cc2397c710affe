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
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
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

    A worker killed outright (OOM, SIGKILL, a crash) breaks a process pool for good: every
    later submit fails. The pool is then replaced, and the work it had not finished — the
    piece that was running included — is queued again on the new one (the core's dedupe keys
    make a second run change nothing twice).
    """

    def __init__(self, settings, build_surface: Callable, processes: int = 2):
        self.settings, self.build_surface, self.processes = settings, build_surface, processes
        self._lock = threading.Lock()
        self._unfinished: dict[Future, tuple] = {}
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(self.processes, mp_context=get_context("spawn"),
                                   initializer=_start_worker,
                                   initargs=(self.settings, self.build_surface))
        # Start the workers now, so the first report does not wait for them.
        for _ in range(self.processes):
            pool.submit(int)
        return pool

    def run(self, work: Callable[..., None], surface, *args) -> None:
        """Queue work(*args) for a worker, which brings its own surface."""
        with self._lock:
            self._submit((work, *args))

    def _submit(self, job: tuple) -> None:
        try:
            future = self.pool.submit(_perform_in_worker, *job)
        except BrokenProcessPool:
            self._replace(self.pool)
            future = self.pool.submit(_perform_in_worker, *job)
        self._unfinished[future] = job
        future.add_done_callback(self._finished)

    def _finished(self, future: Future) -> None:
        if isinstance(future.exception(), BrokenProcessPool):
            # Called on the dead pool's own thread: replace it from another one.
            threading.Thread(target=self._recover, daemon=True).start()
            return
        with self._lock:
            self._unfinished.pop(future, None)

    def _recover(self) -> None:
        with self._lock:
            dead = [f for f in self._unfinished if isinstance(f.exception(), BrokenProcessPool)]
            if not dead:
                return
            if self._broken(self.pool):  # not yet replaced by a submit that found it dead
                self._replace(self.pool)
            for future in dead:
                self._submit(self._unfinished.pop(future))

    @staticmethod
    def _broken(pool: ProcessPoolExecutor) -> bool:
        try:
            pool.submit(int)
        except BrokenProcessPool:
            return True
        return False

    def _replace(self, dead: ProcessPoolExecutor) -> None:
        if self.pool is dead:
            log.error("a Slack worker process died; starting new workers and running its "
                      "unfinished work again")
            dead.shutdown(wait=False, cancel_futures=True)
            self.pool = self._new_pool()

    def close(self) -> None:
        """Finish the queued work and stop the workers."""
        self.pool.shutdown(wait=True)
