"""A slash command's text as the person typed it, from the text Slack sends.

The manifest's `should_escape: true` makes Slack send mentions and links in its own markup:
`#pitch-review` arrives as `<#C0123|pitch-review>`, `@liz` (when a member is called liz) as
`<@U0123|liz>`, a link as `<https://x.example/a>` or `<http://x.example|x.example>`, and
`&`, `<`, `>` as HTML entities. That is how `/review-pitch setup #channel` learns the
channel's id; everything else is turned back into what was typed, so the pitch stored is the
pitch written (a recipient's @handle is theirs, not a Slack member's).
"""

from __future__ import annotations

import re

# Slack's markup: <#C…|name>, <@U…|name>, <!here>, <!subteam^S…|@team>, <url|label>. Slack
# sends a typed < as &lt;, so only these exact shapes are its own.
MARKUP = re.compile(r"<(?:(#)([CG][A-Z0-9]+)|(@)([UW][A-Z0-9]+)|(!)([a-z]+(?:\^[^<>|]*)?)"
                    r"|()((?:https?|mailto|tel|ftp):[^<>|\s]+))(?:\|([^<>]*))?>")
# A channel named in `setup`: Slack's escaped mention, or an id pasted as it is.
CHANNEL = re.compile(r"<#([CG][A-Z0-9]{2,})(?:\|[^<>]*)?>|([CG][A-Z0-9]{2,})")
SETUP = "setup"


def _typed(match: re.Match) -> str:
    # The one alternative that matched gives its sigil ("" for a link) and target.
    sigil, target = next((match.group(n), match.group(n + 1)) for n in (1, 3, 5, 7)
                         if match.group(n + 1) is not None)
    label = match.group(9)
    if sigil == "!":
        # <!here>, <!channel>, <!everyone>; <!subteam^S…|@team>, <!date^…|fallback>
        return label or f"@{target.split('^')[0]}"
    if sigil in ("#", "@"):
        # The name typed, when Slack gives it; else the id, still readable as a mention.
        return f"{sigil}{label or target}"
    return label or target  # a link: what was typed, which Slack gives as the label


def as_typed(text: str) -> str:
    """The text as typed: Slack's mentions and links back to words, then &, <, > restored."""
    text = MARKUP.sub(_typed, text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def setup_channel(text: str) -> str | None:
    """For `setup #channel`, the text with the channel as its id (what the core stores);
    None when the text is `setup` with something that is not a channel. Other text as it is."""
    head, _, rest = text.strip().partition(" ")
    if head.casefold() != SETUP or not rest.strip():
        return text
    found = CHANNEL.fullmatch(rest.strip())
    return f"{head} {found.group(1) or found.group(2)}" if found else None
