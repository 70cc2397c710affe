"""Rendering view models through Jinja2 templates, escaping user text for each surface."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from bot.vocabulary import OPEN_STATES, Channel, Stage, State, label

SEVERITY_MARK = {"error": "✖", "warning": "▲", "info": "•"}
VERDICT_LABEL = {"ready": "Ready", "needs-work": "Needs work", "blocked": "Blocked"}


def templates_dir() -> Path:
    """The templates folder: packaged inside `bot` when installed, at the repo top in a checkout."""
    packaged = Path(__file__).parent / "_templates"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "templates"


def escape_rich(text: str) -> str:
    """Terminal: user text never becomes Rich markup."""
    return re.sub(r"(\\*)(\[)", r"\1\1\\\2", str(text))


_SLACK_CROWD = re.compile(r"@(here|channel|everyone)\b", re.IGNORECASE)


def escape_mrkdwn(text: str) -> str:
    """Slack mrkdwn: &, <, > escaped, which disarms <!channel>, <@U…> and links; a typed
    "@here" is broken too, so no workspace setting can turn it into a mention."""
    text = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SLACK_CROWD.sub("@\u200b\\1", text)


_DISCORD_MARKDOWN = re.compile(r"([\\*_~`|>#\[\]()-])")


def escape_discord(text: str) -> str:
    """Discord: markdown neutralised and mentions broken with a zero-width space."""
    text = _DISCORD_MARKDOWN.sub(r"\\\1", str(text))
    return re.sub(r"@(everyone|here)|<([@#])", lambda m: (
        "@\u200b" + m.group(1) if m.group(1) else "<\u200b" + m.group(2)
    ), text)


def clip(text: str, limit: int, marker: str = "…") -> str:
    """Shorten text to a limit for display, marking the cut; the stored text is untouched."""
    text = str(text)
    return text if len(text) <= limit else text[: limit - len(marker)] + marker


def chunks(text: str, limit: int, cost: Callable[[str], int] | None = None) -> list[str]:
    """Split text into display pieces costing at most `limit` each (one a character unless
    a surface's `cost` says what a character costs once escaped), cutting after a line end
    when that keeps at least half a piece, and never between a backslash and the character
    it escapes, so escaped text stays escaped. The pieces rejoin to the text.
    """
    text = str(text)
    price = cost or (lambda _: 1)
    out, start, used, newline_at, used_at_newline = [], 0, 0, -1, 0
    for index, char in enumerate(text):
        step = price(char)
        if used + step > limit and index > start:
            if newline_at >= start and used_at_newline >= limit // 2:
                cut = newline_at + 1
            else:
                cut = index
                backslashes = len(text[start:cut]) - len(text[start:cut].rstrip("\\"))
                if backslashes % 2 and cut - 1 > start:
                    cut -= 1
            out.append(text[start:cut])
            start, newline_at = cut, -1
            used = sum(price(c) for c in text[start:index])
        used += step
        if char == "\n":
            newline_at, used_at_newline = index, used
    out.append(text[start:])
    return out


@cache
def environment() -> Environment:
    """The shared Jinja2 environment with the surface filters."""
    env = Environment(
        loader=FileSystemLoader(str(templates_dir())),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters.update(
        rich=escape_rich, mrkdwn=escape_mrkdwn, discord=escape_discord, clip=clip,
        chunks=chunks, json=lambda v: json.dumps(v, ensure_ascii=False), label=label,
    )
    env.globals.update(MARK=SEVERITY_MARK, VERDICT=VERDICT_LABEL, STATE=State.labels(),
                       CHANNEL=Channel.labels(), STAGE=Stage.labels(), OPEN_STATES=OPEN_STATES)
    return env


def render(template: str, **data) -> str:
    """Render one template (e.g. "text/review.txt.j2") with view-model data."""
    return environment().get_template(template).render(**data)


def render_json(template: str, **data):
    """Render a JSON template (Block Kit, embeds) and parse it, so bad output fails loudly."""
    return json.loads(render(template, **data))
