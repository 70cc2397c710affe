"""Slack's side of the review desk (bot/desk.py): reports in the review channel, notices by DM."""

from __future__ import annotations

import logging
from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.desk import Ref
from bot.views import Notice, PitchView

from .answers import message_blocks, plain_line
from .blocks import report_blocks, report_text
from .ids import is_slack_user
from .jobs import transient
from .own_posts import dm_channel, find_marked, mark

SURFACE = "slack"
log = logging.getLogger(__name__)


class NoReviewChannel(Exception):
    """The team has no review channel yet: nobody chose one (many-workspace mode)."""


class SlackReports:
    """Post, edit and tell on Slack: the port the core's review desk works through.

    Reports go to the channel the team's admin chose (`chosen(team)`, from `setup #channel`),
    else to `default` (RAPPORT_REVIEW_CHANNEL, one-workspace mode only). Each post is marked
    (adapters/slack/own_posts.py); a job's notices with the job's id (`job`). With `adopt`
    (a job's retry) a post first looks for the one an earlier, cut-off attempt made."""

    surface = SURFACE

    def __init__(self, client: WebClient, default: str, chosen: Callable[[str], str | None],
                 job: int | None = None, adopt: bool = False):
        self.client, self.default, self.chosen = client, default, chosen
        self.job, self.adopt = job, adopt

    def for_job(self, job: int, attempt: int) -> SlackReports:
        """The same port for one job's attempt: its notices marked with the job's id, and a
        retry adopting what an earlier attempt posted."""
        return SlackReports(self.client, self.default, self.chosen, job, attempt > 1)

    def where(self, team: str) -> str | None:
        """The channel a team's reports go to now; None when there is none yet."""
        # Read at each post: an admin may choose another channel at any time.
        return self.chosen(team) or self.default or None

    def post(self, pitch: PitchView) -> Ref:
        """Post a report to the team's review channel."""
        channel = self.where(pitch.team)
        if channel is None:
            raise NoReviewChannel(f"team {pitch.team} has no review channel")
        key = f"report:{pitch.id}"
        earlier = find_marked(self.client, channel, key) if self.adopt else None
        if earlier is not None:
            # Posted by an attempt that did not live to record it; the desk brings it up to date.
            return channel, earlier["ts"]
        answer = self.client.chat_postMessage(
            channel=channel, text=report_text(pitch), blocks=report_blocks(pitch),
            unfurl_links=False, unfurl_media=False, metadata=mark(key),
        )
        return answer["channel"], answer["ts"]

    def edit(self, ref: Ref, pitch: PitchView) -> None:
        """Rewrite a report in place; a deleted one is logged and the others still update.
        An error Slack may get over is raised, so the job updating it is tried again."""
        channel, ts = ref
        try:
            self.client.chat_update(channel=channel, ts=ts, text=report_text(pitch),
                                    blocks=report_blocks(pitch))
        except SlackApiError as exc:
            if transient(exc):
                raise
            log.warning("could not update report %s/%s: %s", channel, ts, exc)

    def tell(self, notice: Notice, pitch: PitchView, refs: list[Ref]) -> None:
        """A direct message from the bot, with a link to the report; an error Slack may get
        over is raised (the job is tried again), one it will not is logged."""
        if not is_slack_user(notice.member):
            return
        line = notice.text
        if notice.kind == "sendable":
            line += f" Send it, then mark it: `/review-pitch sent {pitch.id}`."
        # A notice is the job's own: a retry of the job looks for it in their DM first.
        key = f"notice:{self.job}:{notice.kind}:{notice.member}" if self.job else None
        if key and self.adopt and self._told(notice.member, key):
            return
        link = self.link(refs)
        try:
            self.client.chat_postMessage(
                channel=notice.member, text=plain_line(line), unfurl_links=False,
                blocks=message_blocks(line, note=f"The report: {link}" if link else None),
                metadata=mark(key) if key else None)
        except SlackApiError as exc:
            if transient(exc):
                raise
            log.warning("could not tell %s (%s): %s", notice.member, notice.kind, exc)

    def _told(self, member: str, key: str) -> bool:
        channel = dm_channel(self.client, member)
        return channel is not None and find_marked(self.client, channel, key) is not None

    def link(self, refs: list[Ref]) -> str | None:
        """A permalink to a pitch's (first) report, if it was posted."""
        if not refs:
            return None
        try:
            return self.client.chat_getPermalink(channel=refs[0][0], message_ts=refs[0][1])[
                "permalink"]
        except SlackApiError:
            return None
