"""The Slack adapter's settings, read from the environment (or .env) and checked at start-up.

Settings only (pydantic): the Web API client is built in client.py, so reading them is cheap."""

from __future__ import annotations

from pydantic import ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.config import DEFAULT_DATABASE_URL

SLACK_API_URL = "https://slack.com/api/"

# What each setting is, so a missing one is named with where to find it.
EXPLAIN = {
    "SLACK_BOT_TOKEN": "the bot token, xoxb-…, from the app's OAuth & Permissions page",
    "SLACK_SIGNING_SECRET": "the signing secret from the app's Basic Information page",
    "SLACK_APP_TOKEN": "an app-level token, xapp-…, with connections:write, for Socket Mode",
    "RAPPORT_REVIEW_CHANNEL": "the id of the channel reports go to, e.g. C0123ABCD "
                              "(or SLACK_REVIEW_CHANNEL, when Discord uses this one)",
    "PORT": "the HTTP port, a number",
}


class SettingsError(ValueError):
    """A setting is missing or malformed; the message is one line naming it."""


class SlackSettings(BaseSettings):
    """Everything the Slack adapter needs to run."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")
    slack_bot_token: str = ""
    slack_signing_secret: str = ""
    slack_app_token: str = ""
    rapport_review_channel: str = ""
    # Wins over RAPPORT_REVIEW_CHANNEL, for a team whose Discord bot uses that variable.
    slack_review_channel: str = ""
    database_url: str = DEFAULT_DATABASE_URL
    port: int = 3000
    slack_api_url: str = SLACK_API_URL
    # Where the clock posts the weekly board (else the policy's, else the review channel).
    rapport_leaderboard_channel: str = ""

    @field_validator("slack_api_url")
    @classmethod
    def _ends_with_slash(cls, url: str) -> str:
        """The Web API client joins method names onto the base URL."""
        return url if url.endswith("/") else url + "/"


def load_settings(socket: bool = False, worker: bool = False, **overrides) -> SlackSettings:
    """Read and check the settings for HTTP mode or, with `socket`, Socket Mode; a `worker`
    answers no requests, so needs neither the signing secret nor an app token."""
    try:
        settings = SlackSettings(**overrides)
    except ValidationError as exc:
        names = sorted({str(e["loc"][0]).upper() for e in exc.errors()})
        missing = "; ".join(f"{n}: {EXPLAIN.get(n, 'required')}" for n in names)
        raise SettingsError(f"missing or invalid setting: {missing}") from None
    settings.rapport_review_channel = (settings.slack_review_channel
                                       or settings.rapport_review_channel)
    required = [] if worker else ["SLACK_APP_TOKEN"] if socket else ["SLACK_SIGNING_SECRET"]
    empty = [n for n in ("SLACK_BOT_TOKEN", "RAPPORT_REVIEW_CHANNEL", *required)
             if not getattr(settings, n.lower()).strip()]
    if empty:
        missing = "; ".join(f"{n}: {EXPLAIN[n]}" for n in empty)
        raise SettingsError(f"missing setting: {missing}")
    if not settings.slack_bot_token.startswith("xoxb-"):
        raise SettingsError(f"SLACK_BOT_TOKEN must be {EXPLAIN['SLACK_BOT_TOKEN']}")
    if socket and not settings.slack_app_token.startswith("xapp-"):
        raise SettingsError(f"SLACK_APP_TOKEN must be {EXPLAIN['SLACK_APP_TOKEN']}")
    return settings
