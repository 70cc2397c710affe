"""What Slack's ids look like, without loading Slack's SDK (the clock and the web process
use this too)."""

from __future__ import annotations


def is_slack_user(key: str) -> bool:
    """Whether a member key is a Slack user id (members enrolled from a roster may not be)."""
    return key[:1] in ("U", "W") and key.isalnum() and key.isupper()


def team_key(context) -> str:
    """The core's team for a Slack workspace (or an org-wide install's enterprise)."""
    return f"slack:{context.team_id or context.enterprise_id}"
