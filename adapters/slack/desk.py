"""The review channel: each pitch's report posted once, then updated in place after every change."""

from __future__ import annotations

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.service import Rapport
from bot.views import ActionResult, Notice, PitchView

from .blocks import message_blocks, plain_line, report_blocks, report_text

SURFACE = "slack"
log = logging.getLogger(__name__)


def is_slack_user(key: str) -> bool:
    """Whether a member key is a Slack user id (members enrolled from a roster may not be)."""
    return key[:1] in ("U", "W") and key.isalnum() and key.isupper()


class ReportDesk:
    """Posts reports to the review channel, keeps every copy current, and tells people."""

    # Rewrites of one report before giving up on a pitch that keeps changing.
    ATTEMPTS = 3

    def __init__(self, service: Rapport, client: WebClient, channel: str):
        self.service, self.client, self.channel = service, client, channel

    def post(self, pitch: PitchView) -> str:
        """Post a new pitch's report and remember where, so reactions on it find the pitch."""
        answer = self.client.chat_postMessage(
            channel=self.channel, text=report_text(pitch), blocks=report_blocks(pitch),
            unfurl_links=False, unfurl_media=False,
        )
        self.service.attach_report(pitch.id, SURFACE, answer["channel"], answer["ts"])
        self.refresh(pitch.team, pitch.id, shown=pitch)
        return answer["ts"]

    def refresh(self, team: str, pitch_id: int, shown: PitchView | None = None) -> None:
        """Update every posted copy of a pitch's report until it shows the current state.

        Work runs concurrently (threads, worker processes, several bot processes), so an
        update built from an older state can land last. Each refresh therefore reads the
        pitch again after writing and writes again if it changed meanwhile: whichever refresh
        writes last has seen the newest state.
        """
        refs = self.service.report_refs(pitch_id, SURFACE)
        for _ in range(self.ATTEMPTS):
            pitch = self.service.show(team, pitch_id)
            if not refs or pitch == shown:
                return
            text, blocks = report_text(pitch), report_blocks(pitch)
            for channel, ts in refs:
                try:
                    self.client.chat_update(channel=channel, ts=ts, text=text, blocks=blocks)
                except SlackApiError as exc:
                    # A deleted report or a channel the bot left; the others still update.
                    log.warning("could not update report %s/%s: %s", channel, ts, exc)
            shown = pitch

    def settle(self, team: str, result: ActionResult) -> None:
        """After an action: update the report if anything changed, then deliver the notices."""
        if result.changed:
            self.refresh(team, result.pitch.id)
        self.notify(result.notices, result.pitch)

    def link(self, pitch_id: int) -> str | None:
        """A permalink to a pitch's report, if it was posted."""
        refs = self.service.report_refs(pitch_id, SURFACE)
        if not refs:
            return None
        try:
            return self.client.chat_getPermalink(channel=refs[0][0], message_ts=refs[0][1])[
                "permalink"]
        except SlackApiError:
            return None

    def notify(self, notices: tuple[Notice, ...], pitch: PitchView) -> None:
        """Tell each member their notice in a direct message from the bot."""
        for notice in notices:
            if not is_slack_user(notice.member):
                continue
            line = notice.text
            if notice.kind == "sendable":
                line += f" Send it, then mark it: `/review-pitch sent {pitch.id}`."
            link = self.link(pitch.id)
            note = f"The report: {link}" if link else None
            try:
                self.client.chat_postMessage(channel=notice.member, text=plain_line(line),
                                             blocks=message_blocks(line, note=note),
                                             unfurl_links=False)
            except SlackApiError as exc:
                log.warning("could not tell %s (%s): %s", notice.member, notice.kind, exc)
