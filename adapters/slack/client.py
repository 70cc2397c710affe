"""The Web API client the Slack adapter and the clock use, built from the settings."""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)

from .config import SlackSettings


def web_client(settings: SlackSettings, wait_on_rate_limits: bool = True,
               token: str | None = None) -> WebClient:
    """A Web API client on SLACK_API_URL that waits out rate limits (429 Retry-After), unless
    told not to: a job's worker leaves that to the outbox, which frees it meanwhile.

    Its token is `token` (one workspace's, in many-workspace mode), else SLACK_BOT_TOKEN;
    None when neither is set: Bolt then gives each request its workspace's token."""
    handlers = [ConnectionErrorRetryHandler()]
    if wait_on_rate_limits:
        handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    return WebClient(token=token or settings.slack_bot_token or None,
                     base_url=settings.slack_api_url,
                     retry_handlers=handlers)
