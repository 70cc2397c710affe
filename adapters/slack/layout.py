"""Fitting user text into Block Kit's limits without ever touching the stored text."""

from __future__ import annotations

from bot.render import chunks, render_json

SECTION_CHARS = 3_000
MESSAGE_BLOCKS = 50
MODAL_INPUT_CHARS = 3_000
FENCE = "```"
ZWSP = "\u200b"
# What each character costs once escaped for mrkdwn (& → &amp;, < → &lt;, > → &gt;).
_COST = {"&": 5, "<": 4, ">": 4}


def _fence_safe(text: str) -> str:
    """Text that cannot close a ``` block early: runs of backticks broken by a zero-width space."""
    return text.replace(FENCE, f"`{ZWSP}`{ZWSP}`")


def _edges(piece: str) -> str:
    # A backtick next to the fence would merge with it.
    if piece.startswith("`"):
        piece = ZWSP + piece
    return piece + ZWSP if piece.endswith("`") else piece


def pieces(text: str, fence: bool = True) -> list[str]:
    """Split text so each piece, once mrkdwn-escaped (and fenced), fits a section; cut on lines."""
    limit = SECTION_CHARS - 2 * len(FENCE) - 2
    text = _fence_safe(text) if fence else text
    out = chunks(text, limit, cost=lambda char: _COST.get(char, 1))
    # Slack refuses blank sections; blank runs at a cut are only spacing.
    return [_edges(p) if fence else p for p in out if p.strip()]


def render_fitted(template: str, text: str | None, fence: bool = True, **data) -> list:
    """Render blocks with `text` split into sections, dropping the tail past the block limit.

    The template shows `pieces` and, when some are left out, `hidden` (characters not shown).
    """
    limit = MESSAGE_BLOCKS
    parts = pieces(text, fence) if text else []
    blocks = render_json(template, pieces=parts, hidden=0, fence=fence, **data)
    if len(blocks) <= limit:
        return blocks
    # One block more for the "not shown" note.
    keep = max(0, len(parts) - (len(blocks) - limit) - 1)
    hidden = sum(len(p) for p in parts[keep:])
    return render_json(template, pieces=parts[:keep], hidden=hidden, fence=fence, **data)
