"""What an act owes Discord is written with the act and done later, whatever fails between:
jobs in the outbox survive Discord's 5xx and 429, a restart, and a form opened before it."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

import discord.http
import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from adapters.cli.main import app
from adapters.discord_bot import runner
from adapters.discord_bot.jobs import DiscordJobs, Ran
from adapters.discord_bot.runner import serve
from adapters.discord_bot.settings import load_settings
from adapters.discord_bot.worker import WorkerDied
from bot.models import Job
from bot.outbox import Outbox, jobs_engine

from .conftest import ANA, BEN, GOOD, GUILD, REVIEW, field, pitch_id, unescape, until
from .faults import Faults

TEAM = f"discord:{GUILD}"
POSTS = rf"/channels/{REVIEW}/messages"
COLD_ASK = "Hi Liz, please share our ebook with your followers"


def jobs(rig, kind: str | None = None) -> list:
    """Every job row, read on a connection of its own (what another process would see)."""
    with jobs_engine(rig.service.engine).connect() as conn:
        query = select(Job).order_by(Job.id)
        if kind:
            query = query.where(Job.kind == kind)
        return list(conn.execute(query).all())


async def form(rig, user: int = ANA, text: str = GOOD) -> str:
    """Open the submit form and send it; the bot's private answer."""
    opened = await rig.command(user, "submit")
    done = await rig.server.submit_modal(user, opened.modal["custom_id"], {
        "recipient": "@liz", "channel": ["email"], "topic": "", "message": text})
    (answer,) = await done.wait_followups()
    return unescape(answer.content)


async def a_report(rig, count: int = 1) -> list:
    """Wait until `count` reports are posted and every Discord job has ended; the reports."""
    await until(lambda: len(rig.reports()) >= count and all(
        row.state in ("done", "failed") for row in jobs(rig) if row.kind.startswith("discord.")))
    return rig.reports()


class Hurried:
    """asyncio for discord.py, whose own waits between its retries of a 5xx are skipped."""

    def __getattr__(self, name):
        return getattr(asyncio, name)

    @staticmethod
    async def sleep(delay, result=None):
        """No wait: the test is about what happens after discord.py gives up."""
        return await asyncio.sleep(0, result)


class Time:
    """The outbox's clock, moved by the test; it starts at the real now."""

    def __init__(self):
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        """Now, as the test set it."""
        return self.now


async def test_a_503_on_posting_the_report_is_retried_and_the_report_appears(rig):
    Faults(rig.server).fail("POST", POSTS, 503)
    assert "did not take the report just now" in await form(rig)
    (report,) = await a_report(rig)
    assert [c.status for c in rig.server.calls_to("POST", POSTS)] == [503, 200]
    assert rig.service.report_refs(pitch_id(report), "discord") == [(str(REVIEW), str(report.id))]
    (row,) = jobs(rig, "discord.report")
    assert (row.state, row.attempts) == ("done", 2)
    await rig.react(BEN, report)  # the report retried into place works like any other
    assert rig.service.show(TEAM, pitch_id(report)).state == "sendable"
    rig.server.assert_clean()


async def test_a_report_discord_kept_but_answered_503_for_is_not_posted_twice(rig):
    Faults(rig.server).fail("POST", POSTS, 503, keep=True)
    await form(rig)
    (report,) = await a_report(rig)  # the retry found the report the first attempt made
    assert rig.service.report_refs(pitch_id(report), "discord") == [(str(REVIEW), str(report.id))]
    assert list(rig.server.messages[report.id].reactions) == ["✅", "🔁"]
    rig.server.assert_clean()


async def test_a_500_on_the_edit_after_approval_still_ends_showing_sendable(rig, monkeypatch):
    _, report = await rig.submit(ANA)
    monkeypatch.setattr(discord.http, "asyncio", Hurried())
    edits = rf"{POSTS}/{report.id}"
    Faults(rig.server).fail("PATCH", edits, 500, times=5)  # each of discord.py's own tries
    ix = await rig.server.click_button(BEN, report.id, f"rapport:approve:{pitch_id(report)}:r1")
    (answer,) = await ix.wait_followups()
    assert unescape(answer.content) == f"Approved pitch #{pitch_id(report)}."
    await until(lambda: "**Sendable**" in rig.reports()[0].embeds[0]["description"])
    assert [c.status for c in rig.server.calls_to("PATCH", edits)][:6] == [500] * 5 + [200]
    assert len(rig.notices()) == 1  # the author is told once
    rig.server.assert_clean()


async def test_a_429_is_tried_again_only_after_its_retry_after(rig):
    rig.outbox["clock"] = now = Time()
    await rig.restart()
    Faults(rig.server).rate_limit("POST", POSTS, retry_after=45)
    assert "did not take the report just now" in await form(rig)
    (row,) = jobs(rig, "discord.report")
    assert row.state == "queued" and "RateLimited" in row.last_error
    now.now += timedelta(seconds=44)
    await asyncio.sleep(0.3)  # the worker looks every 20 ms: not due yet
    assert rig.reports() == [] and len(rig.server.calls_to("POST", POSTS)) == 1
    now.now += timedelta(seconds=2)
    (report,) = await a_report(rig)
    assert [c.status for c in rig.server.calls_to("POST", POSTS)] == [429, 200]
    rig.server.assert_clean()


@pytest.mark.parametrize("claimed", [False, True], ids=["written", "claimed"])
async def test_a_process_stopped_after_the_act_posts_its_report_once_after_restart(
        rig, monkeypatch, claimed):
    # A lease short enough to wait out; an old process whose worker never looks again.
    rig.outbox["lease"], rig.poll = timedelta(seconds=0.3), 60
    await rig.restart()
    jobs_ = rig.bot.core.jobs
    if claimed:
        async def died(*_, **__):
            # It dies holding the job, before posting: the job's lease has to run out.
            return Ran(False, retrying=True)
        monkeypatch.setattr(jobs_, "run", died)
    else:
        def died(owed):
            # It dies right after the act's step: the jobs are written, none begun.
            for o in owed:
                jobs_.outbox.enqueue(o.kind, o.args, o.dedupe)
            return []
        monkeypatch.setattr(jobs_, "write", died)
    await form(rig)
    await rig.stop()
    assert rig.reports() == []  # the pitch is saved; its report is not posted
    rig.poll = 0.02
    await rig.restart()
    await a_report(rig)
    await asyncio.sleep(0.4)  # past the lease: nothing runs a second time
    assert [pitch_id(r) for r in rig.reports()] == [1]
    (row,) = jobs(rig, "discord.report")
    assert (row.state, row.attempts) == ("done", 1 + claimed)
    rig.server.assert_clean()


async def test_a_form_opened_before_a_restart_is_still_answered(rig):
    opened = await rig.command(ANA, "submit")
    await rig.restart()  # the form's Modal object is gone with the old process
    done = await rig.server.submit_modal(ANA, opened.modal["custom_id"], {
        "recipient": "@liz", "channel": ["email"], "topic": "", "message": COLD_ASK})
    (answer,) = await done.wait_followups()
    assert unescape(answer.content).startswith("Submitted pitch #1")
    (report,) = await a_report(rig)
    reason = await rig.server.click_button(BEN, report.id, "rapport:override:1:r1")
    await rig.restart()
    done = await rig.server.submit_modal(BEN, reason.modal["custom_id"],
                                         {"reason": "She asked for the ebook at the meetup"})
    (answer,) = await done.wait_followups()
    assert unescape(answer.content) == "Approved pitch #1."
    assert "override: She asked" in field(rig.reports()[0], "Approvals 1/1")
    rig.server.assert_clean()


async def test_the_discord_worker_takes_only_discord_jobs(rig):
    other = Outbox(rig.service.engine).enqueue("slack.settle", ["T1", 1], "slack:elsewhere")
    await form(rig)
    await rig.react(BEN, (await a_report(rig))[0])
    await asyncio.sleep(0.2)  # several looks at the outbox
    (row,) = [r for r in jobs(rig) if r.id == other]
    assert (row.state, row.attempts) == ("queued", 0)
    assert {r.state for r in jobs(rig) if r.kind.startswith("discord.")} == {"done"}
    rig.server.assert_clean()


def broken(self):
    """A job loop with a bug in it."""
    raise RuntimeError("a bug in the job loop")


async def test_a_dead_job_worker_closes_the_bot(rig, monkeypatch):
    monkeypatch.setattr(DiscordJobs, "claim_next", broken)
    await until(lambda: rig.bot.is_closed())
    assert str(rig.bot.failure) == "a bug in the job loop"


async def test_serve_ends_when_its_job_worker_dies_and_the_process_exits_1(
        rig, monkeypatch, database_url, tmp_path):
    await rig.stop()
    monkeypatch.setattr(DiscordJobs, "claim_next", broken)
    monkeypatch.chdir(tmp_path)  # no .env file
    monkeypatch.setenv("RAPPORT_POLICY", str(tmp_path / "rapport.toml"))
    (tmp_path / "rapport.toml").write_text("")
    root = logging.getLogger()
    # serve sets up its own logging: the root logger is put back after.
    monkeypatch.setattr(root, "handlers", list(root.handlers))
    monkeypatch.setattr(root, "level", root.level)
    settings = load_settings(
        discord_token=rig.server.token, rapport_review_channel=REVIEW, discord_guild_id=GUILD,
        discord_api_url=rig.server.api_url, discord_gateway_url=rig.server.gateway_url,
        database_url=database_url)
    made, build = [], runner.build

    def keep(*args, **options):
        # The bot is kept to stop it if it outlives its worker; the gateway is ready at once.
        made.append(build(*args, guild_ready_timeout=0.05, **options))
        return made[-1]
    monkeypatch.setattr(runner, "build", keep)
    serving = asyncio.ensure_future(asyncio.to_thread(serve, settings))
    ended, _ = await asyncio.wait({serving}, timeout=10)
    if not ended:  # a failure, not a hung test: stop the bot that outlived its worker
        asyncio.run_coroutine_threadsafe(made[0].close(), made[0].loop)
        await serving
    assert ended, "serve went on running with its job worker dead"
    with pytest.raises(WorkerDied, match="a bug in the job loop"):
        serving.result()
    # `rapport serve discord` turns it into exit code 1, so the platform restarts it.
    monkeypatch.setattr(runner, "serve", lambda _: (_ for _ in ()).throw(WorkerDied("died")))
    monkeypatch.setenv("DISCORD_TOKEN", "t")
    monkeypatch.setenv("RAPPORT_REVIEW_CHANNEL", "1")
    result = CliRunner().invoke(app, ["serve", "discord"])
    assert result.exit_code == 1 and "died" in result.output
