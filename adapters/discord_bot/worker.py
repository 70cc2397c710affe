"""The Discord job worker: a task on the bot's own event loop, using the bot's REST client.

It runs what acts could not finish themselves: jobs a restart left behind (due ones at once,
ones a dead process held once their lease runs out), retries after Discord's 5xx and 429,
and jobs another process wrote. If the loop itself dies (a bug, not a failed job: those are
recorded on the job), the bot closes and `rapport serve discord` exits non-zero, so the
platform restarts it rather than leave a gateway running with nobody doing its work.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from sqlalchemy.exc import OperationalError

from bot.errors import Unavailable

from .jobs import DiscordJobs, describe

log = logging.getLogger(__name__)
POLL = 1.0  # seconds between looks at the outbox when it had nothing due


class WorkerDied(RuntimeError):
    """The job worker stopped while the bot was running: the process must be restarted."""


class JobWorker:
    """Claims due Discord jobs one at a time and runs them, until the bot closes."""

    def __init__(self, bot, jobs: DiscordJobs, poll: float = POLL):
        self.bot, self.jobs, self.poll = bot, jobs, poll
        self.task: asyncio.Task | None = None
        self._closing: asyncio.Task | None = None

    def start(self) -> asyncio.Task:
        """Start the loop as a task; its end, other than by stop(), closes the bot."""
        self.task = asyncio.create_task(self.run(), name="rapport-discord-jobs")
        self.task.add_done_callback(self._ended)
        return self.task

    async def run(self) -> None:
        """Wait for the gateway's cache, then run due jobs for as long as the bot runs."""
        await self.bot.wait_until_ready()
        while True:
            try:
                await asyncio.to_thread(self.jobs.outbox.prune_if_due)
                claimed = await asyncio.to_thread(self.jobs.claim_next)
            except (OperationalError, Unavailable) as exc:
                # The database is away: the jobs are safe in it; wait and look again.
                log.warning("cannot reach the job table: %s", describe(exc))
                await asyncio.sleep(1.0)
                continue
            if claimed is None:
                await asyncio.sleep(self.poll)
                continue
            await self.jobs.run(self.bot, claimed)

    async def stop(self) -> None:
        """Stop the loop; a job cut short is handed back to be run again."""
        if self.task is None or self.task.done():
            return
        self.task.remove_done_callback(self._ended)
        self.task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self.task

    def _ended(self, task: asyncio.Task) -> None:
        if task.cancelled():
            return
        error = task.exception() or WorkerDied("the job loop returned")
        log.critical("the Discord job worker died; stopping the bot so it is restarted",
                     exc_info=error)
        self.bot.failure = error
        self._closing = asyncio.get_running_loop().create_task(self.bot.close())
