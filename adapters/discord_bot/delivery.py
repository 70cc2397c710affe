"""An act and the jobs it leaves Discord: written in one step, then run at once.

Each job is safe to run twice. `discord.report` posts the pitch's report if none is recorded
yet, else edits every copy to show the pitch as the database has it *now*, so whichever run
comes last, the report matches the database. `discord.notice` tells one member: one job per
notice (its dedupe key), one message per job (its nonce, within Discord's few minutes).
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import OperationalError

from bot.command_line import Command
from bot.commands import execute
from bot.desk import Ref, ReportDesk
from bot.errors import Unavailable
from bot.outbox import Claimed
from bot.outcomes import Changed, Outcome, Submitted
from bot.render import escape_discord
from bot.views import ActionResult, PitchView

from .core import SURFACE, Core, team_key
from .desk import report_desk, say
from .jobs import Owed, Ran, job

log = logging.getLogger(__name__)
REPORT, NOTICE = "discord.report", "discord.notice"


def act(core: Core, guild_id: int, member: str, command: Command,
        dedupe: str | None) -> tuple[Outcome, list[Claimed]]:
    """Run a command in the core and, in the same step, before anything goes back to Discord,
    commit the jobs it leaves and claim them for the caller (blocking: run in a thread)."""
    outcome = execute(core.service, team_key(guild_id), member, command, dedupe)
    try:
        return outcome, core.jobs.write(owed_by(outcome, guild_id, dedupe))
    except (Unavailable, OperationalError):
        # The act is saved, only its jobs are not: the member must not hear "nothing saved".
        log.exception("an act was saved, but the jobs it owes Discord could not be written")
        return outcome, []


def _key(act_key: str | None, what: str) -> str | None:
    return f"{act_key}:{what}" if act_key else None


def owed_by(outcome: Outcome, guild_id: int, key: str | None) -> list[Owed]:
    """The jobs an outcome leaves: a new pitch's report; after an act, its report brought up
    to date and one notice per member the core named."""
    match outcome:
        case Submitted(result=result) if result is not None and result.changed:
            # Keyed by the pitch: a new pitch gets one posting job, however often it is asked.
            return [Owed(REPORT, [guild_id, result.pitch.id], f"discord:report:{result.pitch.id}")]
        case Changed(result=result) if result.changed or result.notices:
            pitch = result.pitch.id
            owed = [Owed(REPORT, [guild_id, pitch], _key(key, "report"))] if result.changed else []
            return owed + [notice_owed(guild_id, pitch, n.member, escape_discord(n.text),
                                       _key(key, f"notice:{i}"))
                           for i, n in enumerate(result.notices)]
    return []


def notice_owed(guild_id: int, pitch_id: int, member: str, text: str,
                dedupe: str | None = None) -> Owed:
    """A job telling one member `text` (already escaped) about a pitch."""
    return Owed(NOTICE, [guild_id, pitch_id, member, text], dedupe)


async def deliver(bot, claimed: list[Claimed], result: ActionResult | None = None, *,
                  new: bool = False) -> Ran | None:
    """Run an act's jobs now, in order, with what the act knows already (its view, where its
    reports are; none yet when `new`); how the report job ran, if the act left one."""
    read = result.reports_on(SURFACE) if result is not None else None
    refs = read if read is not None else [] if new else None
    reported = None
    for claim in claimed:
        if claim.kind == REPORT:
            reported = await bot.core.jobs.run(bot, claim, latest=result and result.pitch,
                                               refs=refs)
            if reported.done and not refs:
                refs = [reported.value]  # the notices reply to the report just posted
        else:
            await bot.core.jobs.run(bot, claim, refs=refs)
    return reported


@job(REPORT)
async def report(bot, guild_id: int, pitch_id: int, *, job: Claimed,
                 latest: PitchView | None = None, refs: list[Ref] | None = None) -> Ref:
    """Post the pitch's report if none is recorded yet, else edit every copy to show the
    pitch as it is now; where the report is. A retry first looks for a report an earlier
    attempt posted but did not record."""
    desk = report_desk(bot, guild_id, adopt=job.attempt > 1)
    return await bot.core.call(_post_or_refresh, desk, team_key(guild_id), pitch_id, latest,
                               refs)


def _post_or_refresh(desk: ReportDesk, team: str, pitch_id: int, latest: PitchView | None,
                     refs: list[Ref] | None) -> Ref:
    refs = desk.refs(pitch_id) if refs is None else refs
    if refs:
        desk.refresh(team, pitch_id, latest=latest, refs=refs)
        return tuple(refs[0])
    return desk.post(latest or desk.service.show(team, pitch_id))


@job(NOTICE)
async def notice(bot, guild_id: int, pitch_id: int, member: str, text: str, *, job: Claimed,
                 refs: list[Ref] | None = None) -> None:
    """Tell one member, in a reply under the pitch's report when there is one."""
    await say(bot, pitch_id, member, text, guild_id, refs, nonce=f"notice:{job.id}")
