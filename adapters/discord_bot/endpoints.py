"""Where discord.py connects: Discord itself, or other servers (a local fake in tests)."""

from __future__ import annotations

import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

DISCORD_API_URL = "https://discord.com/api/v10"
DISCORD_GATEWAY_URL = "wss://gateway.discord.gg/"


def point_discord_at(api_url: str | None, gateway_url: str | None) -> None:
    """Aim discord.py's REST base and gateway at other servers (a local fake in tests)."""
    Route.BASE = (api_url or DISCORD_API_URL).rstrip("/")
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url or DISCORD_GATEWAY_URL)
