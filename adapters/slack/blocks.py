"""Block Kit for Rapport, rendered from the core's view models through templates/slack/."""

from __future__ import annotations

import re

from bot.outcomes import Board, ContactShown, Home, Listed, Outcome, ReviewChannel, Shown, Text
from bot.render import escape_mrkdwn, render_json
from bot.validation import MAX_TEXT
from bot.views import ContactView, DeskView, PitchView
from bot.vocabulary import CHANNELS, label

from .answers import help_blocks, text_blocks
from .board import board_blocks
from .layout import MODAL_INPUT_CHARS, render_fitted

MAX_FINDINGS = 10
MAX_LISTED = 40
# A Slack channel id: only such a value is shown as a channel link.
CHANNEL_ID = re.compile(r"[CG][A-Z0-9]{2,}")
INVITE = "Invite @Rapport there if it is not a member yet: `/invite @Rapport` in that channel."
CHOOSE = "An admin can choose another with `/review-pitch setup #channel`."
HOME_TAB_HINT = ("It is on Rapport's *Home* tab (Rapport in the sidebar, then *Home*), where its "
                 "buttons approve or ask for changes in place.")


def report_blocks(pitch: PitchView, buttons: bool = True) -> list:
    """A pitch's report: verdict, findings, text, recipient, approvals, history, buttons."""
    return render_fitted("slack/report.json.j2", pitch.text, pitch=pitch, buttons=buttons,
                         max_findings=MAX_FINDINGS)


def report_text(pitch: PitchView) -> str:
    """The report's one-line fallback, for notifications and screen readers."""
    return (f"Pitch #{pitch.id} to @{escape_mrkdwn(pitch.recipient.handle)}: "
            f"{pitch.verdict}, {label(pitch.state).lower()}")


def list_blocks(pitches: tuple[PitchView, ...]) -> list:
    """The newest pitches, one line each."""
    return render_json("slack/list.json.j2", pitches=pitches[:MAX_LISTED], total=len(pitches),
                       more=max(0, len(pitches) - MAX_LISTED))


def contact_blocks(line: str, contact: ContactView) -> list:
    """What the team knows about a contact, after the line the core wrote."""
    return render_json("slack/contact.json.j2", line=line, contact=contact)


def reply_blocks(outcome: Outcome) -> list:
    """A command's outcome as the user who typed it sees it (ephemeral), one case per type."""
    match outcome:
        case Text(help=True):
            return help_blocks()
        case Shown(pitch=pitch):
            return report_blocks(pitch, buttons=False)
        case Listed(pitches=pitches):
            return list_blocks(pitches)
        case ContactShown(message=line, contact=contact):
            return contact_blocks(line, contact)
        case Board(board=board):
            return board_blocks(board)
        case ReviewChannel(message=line, channel=channel, changed=changed) if channel:
            return review_channel_blocks(line, channel, changed)
        case Home(message=line):
            return text_blocks(line, HOME_TAB_HINT)
    # A line of text, or an act's message: longer ones keep their lines.
    head, _, rest = outcome.message.partition("\n")
    return text_blocks(head, rest)


def home_view(desk: DeskView, notice: str | None = None) -> dict:
    """A member's desk as their App Home view; `notice` (escaped already) answers their last
    click on it."""
    return {"type": "home", "blocks": render_json("slack/home.json.j2", desk=desk,
                                                  notice=notice)}


def review_channel_blocks(line: str, channel: str, changed: bool = False) -> list:
    """Where a team's reviews go: the core's line, then the channel as a link Slack draws."""
    # The link is ours, never user text: the core stored what the adapter checked was an id.
    shown = f"<#{channel}>" if CHANNEL_ID.fullmatch(channel) else escape_mrkdwn(channel)
    blocks: list = [{"type": "section", "text": {
        "type": "mrkdwn", "text": f"{escape_mrkdwn(line.rstrip('.'))}: {shown}"}}]
    note = INVITE if changed else CHOOSE
    return [*blocks, {"type": "context", "elements": [{"type": "mrkdwn", "text": note}]}]


def submit_modal(metadata: str) -> dict:
    """The submit form; `metadata` comes back with the submission."""
    return render_json("slack/submit_modal.json.j2", metadata=metadata, channels=CHANNELS,
                       max_text=min(MAX_TEXT, MODAL_INPUT_CHARS))


def pitch_modal(kind: str, pitch: PitchView, metadata: str) -> dict:
    """The request-changes, override or revise modal for a pitch."""
    return render_json("slack/pitch_modal.json.j2", kind=kind, pitch=pitch, metadata=metadata)
