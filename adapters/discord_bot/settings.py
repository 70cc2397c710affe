"""The Discord worker's configuration, read from the environment (or a .env file)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.config import DEFAULT_DATABASE_URL

_HINTS = {
    "discord_token": "the bot token from the Discord developer portal (Bot → Reset Token)",
    "rapport_review_channel": "the id of a channel of your server where reports are posted",
    "discord_guild_id": "a server id (optional)",
}


class SettingsError(RuntimeError):
    """A setting is missing or malformed; the message is one line naming it."""


class DiscordSettings(BaseSettings):
    """What `rapport serve discord` needs; DISCORD_*_URL point it at a local fake in tests."""

    # An empty entry (as copied from .env.example) counts as not set.
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", env_ignore_empty=True)

    discord_token: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1),
                             Field(repr=False)]
    # Optional: the review channel of the one server a one-server deployment serves; every
    # server's admin may choose its own with `/review-pitch setup`, which wins.
    rapport_review_channel: int | None = None
    database_url: str = DEFAULT_DATABASE_URL
    rapport_policy: str | None = None
    discord_guild_id: int | None = None
    discord_api_url: str | None = None
    discord_gateway_url: str | None = None


class DiscordPosting(BaseSettings):
    """What the clock needs to post boards and reminders to Discord; all optional, so a clock
    without Discord reads them and finds no token."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", env_ignore_empty=True)

    discord_token: str = Field("", repr=False)
    rapport_review_channel: str = ""
    rapport_leaderboard_channel: str = ""
    discord_guild_id: str = ""
    discord_api_url: str | None = None


def load_settings(**overrides) -> DiscordSettings:
    """The settings from the environment; SettingsError names whatever is missing or wrong."""
    try:
        settings = DiscordSettings(**overrides)
    except ValidationError as exc:
        raise SettingsError(_describe(exc)) from None
    return settings


def _describe(exc: ValidationError) -> str:
    missing, wrong = [], []
    for error in exc.errors():
        name = str(error["loc"][0]) if error["loc"] else "?"
        empty = error.get("input") is None or not str(error.get("input")).strip()
        (missing if error["type"] == "missing" or empty else wrong).append(name)
    if missing:
        names = ", ".join(n.upper() for n in missing)
        hints = "; ".join(f"{n.upper()}: {_HINTS.get(n, 'required')}" for n in missing)
        return f"missing setting{'s' if len(missing) > 1 else ''} {names} ({hints})"
    name = wrong[0]
    return f"{name.upper()} is not valid: it must be {_HINTS.get(name, 'a valid value')}"
