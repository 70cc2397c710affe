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

    def refresh(self, team: str, pitch_id: int, shown: PitchView | None = None,
                latest: PitchView | None = None,
                refs: list[tuple[str, str]] | None = None) -> None:
        """Update every posted copy of a pitch's report until it shows the current state.

        Work runs concurrently (threads, worker processes, several bot processes), so an
        update built from an older state can land last. Each refresh therefore reads the
        pitch again after writing and writes again if it changed meanwhile: whichever refresh
        writes last has seen the newest state. `latest` is a view the caller just got from
        the core, written first without reading it again.
        """
        refs = self.service.report_refs(pitch_id, SURFACE) if refs is None else refs
        if not refs:
            return
        pitch = latest
        for _ in range(self.ATTEMPTS):
            if pitch is None:
                pitch = self.service.show(team, pitch_id)
            if pitch == shown:
                return
            text, blocks = report_text(pitch), report_blocks(pitch)
            for channel, ts in refs:
                try:
                    self.client.chat_update(channel=channel, ts=ts, text=text, blocks=blocks)
                except SlackApiError as exc:
                    # A deleted report or a channel the bot left; the others still update.
                    log.warning("could not update report %s/%s: %s", channel, ts, exc)
            shown, pitch = pitch, None

    def settle(self, team: str, result: ActionResult) -> None:
        """After an action: update the report if anything changed, then deliver the notices."""
        refs = self.service.report_refs(result.pitch.id, SURFACE)
        if result.changed:
            self.refresh(team, result.pitch.id, latest=result.pitch, refs=refs)
        self.notify(result.notices, result.pitch, refs)

    def link(self, refs: list[tuple[str, str]]) -> str | None:
        """A permalink to a pitch's (first) report, if it was posted."""
        if not refs:
            return None
        try:
            return self.client.chat_getPermalink(channel=refs[0][0], message_ts=refs[0][1])[
                "permalink"]
        except SlackApiError:
            return None

    def notify(self, notices: tuple[Notice, ...], pitch: PitchView,
               refs: list[tuple[str, str]]) -> None:
        """Tell each member their notice in a direct message from the bot."""
        notices = tuple(n for n in notices if is_slack_user(n.member))
        if not notices:
            return
        link = self.link(refs)
        for notice in notices:
            line = notice.text
            if notice.kind == "sendable":
                line += f" Send it, then mark it: `/review-pitch sent {pitch.id}`."
            note = f"The report: {link}" if link else None
            try:
                self.client.chat_postMessage(channel=notice.member, text=plain_line(line),
                                             blocks=message_blocks(line, note=note),
                                             unfurl_links=False)
            except SlackApiError as exc:
                log.warning("could not tell %s (%s): %s", notice.member, notice.kind, exc)
