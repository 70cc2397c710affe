"""Discord's size limits, applied on display only: the stored text is never shortened."""

from __future__ import annotations

from bot.render import clip

CONTENT = 2_000
TITLE = 256
DESCRIPTION = 4_096
FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1_024
FOOTER = 2_048
EMBED_TOTAL = 6_000
MODAL_INPUT = 4_000
# Shrinking stops here so no part of an overfull embed is clipped to nothing.
_FLOOR = 120


def fit_content(text: str) -> str:
    """Message content within 2,000 characters."""
    return clip(text, CONTENT)


def _size(embed: dict) -> int:
    total = len(embed.get("title") or "") + len(embed.get("description") or "")
    total += len((embed.get("footer") or {}).get("text") or "")
    total += len((embed.get("author") or {}).get("name") or "")
    return total + sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields") or [])


def fit_embed(embed: dict) -> dict:
    """An embed within every per-part limit and 6,000 characters in all, longest parts clipped."""
    embed = dict(embed)
    if embed.get("title"):
        embed["title"] = clip(embed["title"], TITLE)
    if embed.get("description"):
        embed["description"] = clip(embed["description"], DESCRIPTION)
    if (embed.get("footer") or {}).get("text"):
        embed["footer"] = {**embed["footer"], "text": clip(embed["footer"]["text"], FOOTER)}
    embed["fields"] = [
        {**f, "name": clip(f["name"] or "\u200b", FIELD_NAME),
         "value": clip(f["value"] or "\u200b", FIELD_VALUE)}
        for f in (embed.get("fields") or [])[:FIELDS]
    ]
    while (over := _size(embed) - EMBED_TOTAL) > 0:
        # Fields (findings, history) give way before the description, which holds the text.
        parts = [("fields", i) for i, f in enumerate(embed["fields"]) if len(f["value"]) > _FLOOR]
        if not parts and len(embed.get("description") or "") > _FLOOR:
            parts = [("description", None)]
        if not parts:
            if not embed["fields"]:
                break
            embed["fields"] = embed["fields"][:-1]
            continue
        key, index = max(parts, key=lambda p: len(_get(embed, *p)))
        text = _get(embed, key, index)
        _put(embed, key, index, clip(text, max(len(text) - over, _FLOOR)))
    return embed


def _get(embed: dict, key: str, index: int | None) -> str:
    return embed["fields"][index]["value"] if key == "fields" else embed[key]


def _put(embed: dict, key: str, index: int | None, text: str) -> None:
    if key == "fields":
        embed["fields"][index] = {**embed["fields"][index], "value": text}
    else:
        embed[key] = text
