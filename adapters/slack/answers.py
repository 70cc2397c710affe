"""The short answers Slack gets at once (a line, the help, a refusal): what the web process
renders while acknowledging, without the report's templates and view models."""

from __future__ import annotations

from bot.command_line import HELP
from bot.render import clip, escape_mrkdwn

from .layout import render_fitted


def friendly(error: Exception) -> str:
    """The core's refusal as a sentence."""
    text = str(error).strip() or "That did not work."
    return text[0].upper() + text[1:]


def plain_line(line: str) -> str:
    """A message's fallback `text`: escaped like the blocks, and short."""
    return escape_mrkdwn(clip(line, 550))


def message_blocks(line: str, kept: str | None = None, note: str | None = None) -> list:
    """A short reply; `kept` gives the user's own text back as written, so nothing is lost."""
    if kept and note is None:
        note = "Your text, as you wrote it, so nothing is lost:"
    return render_fitted("slack/message.json.j2", kept, line=line, note=note)


def text_blocks(line: str, text: str) -> list:
    """A line, then a longer text of the app's own (help, a board) as mrkdwn sections."""
    return render_fitted("slack/message.json.j2", text, fence=False, line=line, note=None)


def help_blocks(intro: str | None = None) -> list:
    """The help text, after an optional line (e.g. what was not understood)."""
    return text_blocks(intro or "Rapport reviews outreach before it is sent: a teammate "
                       "approves it first.", HELP)
