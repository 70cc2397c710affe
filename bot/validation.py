"""Checks on user input before anything is written."""

from __future__ import annotations

import re

from bot.errors import InvalidInput
from bot.vocabulary import CHANNELS, OUTCOMES, STAGES, STATES

MAX_TEXT = 40_000
MAX_HANDLE = 100
MAX_TOPIC = 200
MAX_COMMENT = 4_000


# A lone surrogate cannot be stored as UTF-8, and PostgreSQL refuses a NUL in text.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(value: str | None, what: str) -> str | None:
    """Refuse text the database cannot keep: a NUL byte or half of a surrogate pair."""
    if value and _UNSTORABLE.search(value):
        raise InvalidInput(f"the {what} contains a character that cannot be stored "
                           "(a NUL or a broken emoji): remove it and try again")
    return value


def pitch_text(text: str, stored: bool = True) -> str:
    """A pitch's text, refused when blank or over the limit; stored as written (a text only
    checked, never stored, may hold what the database could not keep)."""
    if text is None or not text.strip():
        raise InvalidInput("the message is empty: write the pitch you plan to send")
    if len(text) > MAX_TEXT:
        raise InvalidInput(
            f"the message is {len(text):,} characters; the limit is {MAX_TEXT:,}"
        )
    return storable(text, "message") if stored else text


def handle(value: str | None, missing: str = "say who the pitch is for") -> str:
    """A recipient handle, normalised: no leading @, case folded, single spaces; `missing`
    says what to give when there is none, in the words of the verb that needs it."""
    text = storable(value, "recipient handle") or ""
    cleaned = " ".join(text.split()).lstrip("@").strip().casefold()
    if not cleaned:
        raise InvalidInput(f"{missing}: a handle like @liz")
    if len(cleaned) > MAX_HANDLE:
        raise InvalidInput(f"the recipient handle is over {MAX_HANDLE} characters")
    return cleaned


def channel(value: str | None) -> str:
    """A channel of outreach, one of the known ones."""
    value = (value or "other").strip().casefold()
    if value not in CHANNELS:
        raise InvalidInput(f"unknown channel '{value}': use one of {', '.join(CHANNELS)}")
    return value


def stage(value: str) -> str:
    """A relationship stage, one of the known ones."""
    value = value.strip().casefold()
    if value not in STAGES:
        raise InvalidInput(f"unknown stage '{value}': use one of {', '.join(STAGES)}")
    return value


def state(value: str | None) -> str | None:
    """An optional pitch state; `changes-requested` and `changes_requested` both work."""
    if value is None:
        return None
    cleaned = re.sub(r"[-_\s]+", "_", value.strip().casefold())
    if cleaned not in STATES:
        choices = ", ".join(re.sub("_", "-", s) for s in STATES)
        raise InvalidInput(f"unknown state '{value}': use one of {choices}")
    return cleaned


def topic(value: str | None) -> str | None:
    """An optional topic, trimmed."""
    value = " ".join((storable(value, "topic") or "").split())
    if len(value) > MAX_TOPIC:
        raise InvalidInput(f"the topic is over {MAX_TOPIC} characters")
    return value or None


def comment(value: str | None) -> str:
    """A reviewer's comment, required and bounded."""
    value = (storable(value, "comment") or "").strip()
    if not value:
        raise InvalidInput("say what should change: a comment is required")
    if len(value) > MAX_COMMENT:
        raise InvalidInput(f"the comment is over {MAX_COMMENT:,} characters")
    return value


def outcome(value: str) -> str:
    """A pitch outcome; `no-response` and `no_response` both work."""
    value = value.strip().casefold().replace("-", "_")
    if value not in OUTCOMES:
        choices = ", ".join(o.replace("_", "-") for o in OUTCOMES)
        raise InvalidInput(f"unknown outcome '{value}': use one of {choices}")
    return value
