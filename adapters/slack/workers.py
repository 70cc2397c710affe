"""Who runs the jobs: threads of this process (tests, small setups) or worker processes.

Either way a worker claims jobs from the outbox, so work written by any web process is done
by any worker, and a worker that dies loses nothing: its job's lease runs out and it is
claimed again. Worker processes keep the web process free to answer Slack at once.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from datetime import timedelta
from functools import partial

from adapters.signals import stop_on
from bot.outbox import LEASE, Outbox

from .answering import Answering
from .jobs import SlackJobs

log = logging.getLogger(__name__)
POLL = 0.1  # seconds between looks at the outbox when nobody wakes a worker
# Workers yield the CPU to the web process on a shared host: an acknowledgement Slack waits
# for comes before a review nobody is waiting on yet.
NICENESS = 10


class ThreadWorkers:
    """Worker threads in this process, running jobs on one surface."""

    def __init__(self, jobs: SlackJobs, surface, threads: int = 2, poll: float = POLL):
        self.jobs, self.surface, self.poll = jobs, surface, poll
        self.stop, self.woken = threading.Event(), threading.Event()
        self.threads = [threading.Thread(target=self._run, name=f"rapport-worker-{n}",
                                         daemon=True) for n in range(threads)]
        jobs.wake = self.woken.set

    def start(self) -> ThreadWorkers:
        """Start the threads."""
        for thread in self.threads:
            thread.start()
        return self

    def _run(self) -> None:
        self.jobs.loop(self.surface, self.stop, self.woken, self.poll)

    def close(self) -> None:
        """Let each thread finish its job, then stop."""
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=60)


def _yield_cpu() -> None:
    # Linux's idle class runs a worker only on a core nothing else wants; elsewhere, a nice.
    try:
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    except (AttributeError, OSError):
        os.nice(NICENESS)


def _stop_with_parent(parent: int, stop: threading.Event) -> None:
    # A worker outliving its server (killed outright) would run on unsupervised.
    while os.getppid() == parent and not stop.wait(1.0):
        pass
    stop.set()


def worker_main(settings, build_surface: Callable, lease_s: float, poll: float = POLL,
                base_delay: float | None = None, answering: Answering | None = None) -> None:
    """A worker process: build its own core, client and surface, then run jobs until SIGTERM
    (after the job in hand) or until its parent is gone; beside a web process (`answering`),
    each job waits for a moment it is not answering Slack."""
    # Only plain signals and a local event here: a process killed outright while waiting on
    # a shared multiprocessing Event would leave it locked for every other process.
    stop = threading.Event()
    _yield_cpu()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the parent, which stops us
    stop_on(stop)
    threading.Thread(target=_stop_with_parent, args=(os.getppid(), stop), daemon=True).start()
    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(processName)s %(name)s %(message)s")
    from bot.service import Rapport  # the core loads in the worker, not in its parent's import
    service = Rapport.from_env(auto_enrol=True, database_url=settings.database_url,
                               check_schema=False)
    extra = {} if base_delay is None else {"base_delay": base_delay}
    jobs = SlackJobs(Outbox(service.engine, kinds="slack.", lease=timedelta(seconds=lease_s),
                              **extra))
    before = (lambda: None) if answering is None else partial(answering.wait_for_quiet, stop)
    jobs.loop(build_surface(service, settings, jobs=jobs), stop, None, poll, before=before)


def worker_surface(service, settings, jobs: SlackJobs):
    """A worker's surface: the whole Slack adapter on the worker's own core."""
    # The adapter's work loads in the worker: the web process that starts workers by this
    # function's name never loads it (DESIGN §8: the web process stays small).
    from adapters.slack.app import build_surface

    return build_surface(service, settings, jobs=jobs)


class ProcessWorkers:
    """Worker processes, each with its own core and client; one that dies is replaced.

    `build_surface(service, settings)` makes a worker's surface; it is passed by reference,
    so a spawned worker imports its module (and the work that module registers). Workers
    find new jobs by polling every `poll` seconds. Started beside the web process, they
    share its `answering` count and let it answer first.
    """

    def __init__(self, settings, build_surface: Callable, processes: int = 2,
                 lease: timedelta = LEASE, poll: float = POLL, base_delay: float | None = None,
                 answering: Answering | None = None):
        self.context = multiprocessing.get_context("spawn")
        self.args = (settings, build_surface, lease.total_seconds(), poll, base_delay,
                     answering)
        self.processes = [self._spawn(n) for n in range(processes)]
        self._done = threading.Event()
        self._watch = threading.Thread(target=self._replace_the_dead, daemon=True)
        self._watch.start()

    def _spawn(self, number: int):
        process = self.context.Process(target=worker_main, name=f"rapport-worker-{number}",
                                       args=self.args, daemon=True)
        process.start()
        return process

    def _replace_the_dead(self) -> None:
        # A worker killed outright (OOM, SIGKILL, a crash) is replaced; its job waits for
        # its lease to run out, then runs again.
        while not self._done.wait(0.5):
            for number, process in enumerate(self.processes):
                if not process.is_alive():
                    log.error("Slack worker %s died (exit %s); starting another",
                              process.name, process.exitcode)
                    self.processes[number] = self._spawn(number)

    def close(self) -> None:
        """Let each worker finish its current job, then stop them."""
        self._done.set()
        self._watch.join()
        for process in self.processes:
            process.terminate()  # SIGTERM: the worker stops after the job in hand
        for process in self.processes:
            process.join(timeout=60)
            if process.is_alive():
                process.kill()
