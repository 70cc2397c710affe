"""The Slack adapter's settings, read from the environment (or .env) and checked at start-up.

Two modes: one workspace (SLACK_BOT_TOKEN, the token of the workspace the app was installed
in by hand), or many (SLACK_CLIENT_ID and SLACK_CLIENT_SECRET: each workspace adds Rapport to
Slack through the OAuth flow, and its own token is kept in the database).

Settings only (pydantic): the Web API client is built in client.py, so reading them is cheap."""

from __future__ import annotations

from pydantic import ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.config import DEFAULT_DATABASE_URL

SLACK_API_URL = "https://slack.com/api/"
# The bot scopes Rapport asks for, as slack-manifest.json lists them.
# The history scopes and im:write let a retried job find what a cut-off attempt posted
# (adapters/slack/own_posts.py).
BOT_SCOPES = ("commands", "chat:write", "reactions:read", "users:read", "files:write",
              "channels:history", "groups:history", "im:history", "im:write")

# What each setting is, so a missing one is named with where to find it.
EXPLAIN = {
    "SLACK_BOT_TOKEN": "the bot token, xoxb-…, from the app's OAuth & Permissions page",
    "SLACK_SIGNING_SECRET": "the signing secret from the app's Basic Information page",
    "SLACK_APP_TOKEN": "an app-level token, xapp-…, with connections:write, for Socket Mode",
    "RAPPORT_REVIEW_CHANNEL": "the id of the channel reports go to, e.g. C0123ABCD "
                              "(or SLACK_REVIEW_CHANNEL, when Discord uses this one)",
    "PORT": "the HTTP port, a number",
    "SLACK_CLIENT_ID": "the client id from the app's Basic Information page",
    "SLACK_CLIENT_SECRET": "the client secret from the app's Basic Information page",
}
BOTH_MODES = ("SLACK_BOT_TOKEN is set as well as SLACK_CLIENT_ID and SLACK_CLIENT_SECRET: keep "
              "the token for one workspace, or the client id and secret for many, not both")
SOCKET_MANY = ("Socket Mode serves the one workspace of SLACK_BOT_TOKEN: for many workspaces "
               "(SLACK_CLIENT_ID, SLACK_CLIENT_SECRET) run HTTP, without --socket")


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
    # Many-workspace mode (OAuth): both set; the redirect URL only when the app lists several.
    slack_client_id: str = ""
    slack_client_secret: str = ""
    slack_redirect_uri: str = ""

    @property
    def many_workspaces(self) -> bool:
        """Whether workspaces add Rapport themselves (OAuth), each with its own bot token."""
        return bool(self.slack_client_id.strip() and self.slack_client_secret.strip())

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
    oauth = [n for n in ("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET")
             if getattr(settings, n.lower()).strip()]
    if oauth:
        return _many_workspaces(settings, oauth, socket, worker)
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


def _many_workspaces(settings: SlackSettings, given: list[str], socket: bool,
                     worker: bool) -> SlackSettings:
    """Check the settings of many-workspace mode (OAuth)."""
    if len(given) == 1:
        other = ({"SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET"} - set(given)).pop()
        raise SettingsError(f"missing setting: {other}: {EXPLAIN[other]} "
                            f"(many-workspace mode needs both)")
    if settings.slack_bot_token.strip():
        raise SettingsError(BOTH_MODES)
    if socket:
        raise SettingsError(SOCKET_MANY)
    if not worker and not settings.slack_signing_secret.strip():
        raise SettingsError(f"missing setting: SLACK_SIGNING_SECRET: "
                            f"{EXPLAIN['SLACK_SIGNING_SECRET']}")
    # A channel id belongs to one workspace: each workspace's admin names its own with
    # `/review-pitch setup #channel`, and RAPPORT_REVIEW_CHANNEL (maybe Discord's) is not used.
    settings.rapport_review_channel = ""
    return settings
