"""The gateway websocket: HELLO, heartbeats, IDENTIFY, READY/GUILD_CREATE and dispatches."""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

from .errors import MissingIntent

if TYPE_CHECKING:
    from .server import FakeDiscord

__all__ = ["GatewaySession", "Intents", "required_intent"]

log = logging.getLogger(__name__)


class Intents:
    """Gateway intent bits."""

    GUILDS = 1 << 0
    GUILD_MEMBERS = 1 << 1
    GUILD_PRESENCES = 1 << 8
    GUILD_MESSAGES = 1 << 9
    GUILD_MESSAGE_REACTIONS = 1 << 10
    GUILD_MESSAGE_TYPING = 1 << 11
    DIRECT_MESSAGES = 1 << 12
    DIRECT_MESSAGE_REACTIONS = 1 << 13
    DIRECT_MESSAGE_TYPING = 1 << 14
    MESSAGE_CONTENT = 1 << 15
    PRIVILEGED = GUILD_MEMBERS | GUILD_PRESENCES | MESSAGE_CONTENT


# event -> (intent when it happens in a guild, intent when it happens in a DM)
_EVENT_INTENTS: dict[str, tuple[int, int]] = {
    "GUILD_CREATE": (Intents.GUILDS, Intents.GUILDS),
    "GUILD_UPDATE": (Intents.GUILDS, Intents.GUILDS),
    "GUILD_DELETE": (Intents.GUILDS, Intents.GUILDS),
    "CHANNEL_CREATE": (Intents.GUILDS, Intents.GUILDS),
    "CHANNEL_UPDATE": (Intents.GUILDS, Intents.GUILDS),
    "CHANNEL_DELETE": (Intents.GUILDS, Intents.GUILDS),
    "GUILD_MEMBER_ADD": (Intents.GUILD_MEMBERS, Intents.GUILD_MEMBERS),
    "GUILD_MEMBER_UPDATE": (Intents.GUILD_MEMBERS, Intents.GUILD_MEMBERS),
    "GUILD_MEMBER_REMOVE": (Intents.GUILD_MEMBERS, Intents.GUILD_MEMBERS),
    "PRESENCE_UPDATE": (Intents.GUILD_PRESENCES, Intents.GUILD_PRESENCES),
    "MESSAGE_CREATE": (Intents.GUILD_MESSAGES, Intents.DIRECT_MESSAGES),
    "MESSAGE_UPDATE": (Intents.GUILD_MESSAGES, Intents.DIRECT_MESSAGES),
    "MESSAGE_DELETE": (Intents.GUILD_MESSAGES, Intents.DIRECT_MESSAGES),
    "MESSAGE_REACTION_ADD": (Intents.GUILD_MESSAGE_REACTIONS, Intents.DIRECT_MESSAGE_REACTIONS),
    "MESSAGE_REACTION_REMOVE": (Intents.GUILD_MESSAGE_REACTIONS, Intents.DIRECT_MESSAGE_REACTIONS),
    "TYPING_START": (Intents.GUILD_MESSAGE_TYPING, Intents.DIRECT_MESSAGE_TYPING),
}


def required_intent(event: str, data: dict[str, Any]) -> int:
    """The intent bit Discord needs before it delivers ``event`` (0: always delivered)."""
    pair = _EVENT_INTENTS.get(event)
    if pair is None:
        return 0
    return pair[0] if data.get("guild_id") else pair[1]


class GatewaySession:
    """One websocket connection from the bot, from HELLO until it closes."""

    HEARTBEAT_INTERVAL_MS = 41_250

    def __init__(self, server: FakeDiscord, ws: web.WebSocketResponse) -> None:
        self.server = server
        self.ws = ws
        self.intents: int | None = None
        self.session_id = secrets.token_hex(16)
        self.shard: list[int] | None = None
        self.sequence = 0
        self.received: list[dict[str, Any]] = []
        self._send_lock = asyncio.Lock()

    @property
    def identified(self) -> bool:
        """Whether IDENTIFY succeeded and the socket is still open."""
        return self.intents is not None and not self.ws.closed

    def has_intent(self, bit: int) -> bool:
        """Whether the bot identified with intent ``bit``."""
        return bit == 0 or bool((self.intents or 0) & bit)

    async def run(self) -> None:
        """Serve the connection until the client (or ``close``) ends it."""
        await self.send({"op": 10, "d": {"heartbeat_interval": self.HEARTBEAT_INTERVAL_MS}})
        async for msg in self.ws:
            if msg.type is not WSMsgType.TEXT:
                continue
            payload = json.loads(msg.data)
            self.received.append(payload)
            await self._handle(payload)

    async def _handle(self, payload: dict[str, Any]) -> None:
        op, data = payload.get("op"), payload.get("d")
        if op == 1:
            await self.send({"op": 11, "d": None})
        elif op == 2:
            await self._identify(data or {})
        elif op == 6:
            # No session resumption here: tell the client to start over with IDENTIFY.
            await self.send({"op": 9, "d": False})
        elif self.intents is None and op not in (3, 4):
            await self.close(4003, "Not authenticated.")
        elif op == 8:
            await self._request_members(data or {})

    async def _identify(self, data: dict[str, Any]) -> None:
        server = self.server
        if self.intents is not None:
            await self.close(4005, "Already authenticated.")
            return
        if data.get("token") != server.token:
            await self.close(4004, "Authentication failed.")
            return
        intents = data.get("intents")
        if not isinstance(intents, int):
            await self.close(4013, "Invalid intent(s).")
            return
        if intents & Intents.PRIVILEGED & ~server.privileged_intents:
            await self.close(4014, "Disallowed intent(s).")
            return
        self.intents = intents
        self.shard = data.get("shard")
        server.identified_intents = intents
        await self._dispatch("READY", server.ready_payload(self))
        if self.has_intent(Intents.GUILDS):
            for guild in server.guild_create_payloads(self):
                await self._dispatch("GUILD_CREATE", guild)
        server._notify()

    async def _request_members(self, data: dict[str, Any]) -> None:
        server = self.server
        wanted = {int(u) for u in data.get("user_ids") or []}
        if not wanted and not self.has_intent(Intents.GUILD_MEMBERS):
            await self.close(4013, "Invalid intent(s).")
            return
        guild_id = int(data.get("guild_id") or server.guild_id)
        state = server.state
        members = [m for m in state.guild_members(guild_id) if not wanted or m.id in wanted]
        chunk = {
            "guild_id": str(guild_id),
            "members": [state.guild_member_payload(m, guild_id) for m in members],
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [str(u) for u in wanted - {m.id for m in members}],
        }
        if data.get("nonce"):
            chunk["nonce"] = data["nonce"]
        await self._dispatch("GUILD_MEMBERS_CHUNK", chunk)

    async def _dispatch(self, event: str, data: dict[str, Any]) -> None:
        self.sequence += 1
        await self.send({"op": 0, "t": event, "s": self.sequence, "d": data})

    async def dispatch(self, event: str, data: dict[str, Any], *, strict: bool) -> bool:
        """Send an event if the bot's intents allow it; else raise (strict) or return False."""
        bit = required_intent(event, data)
        if not self.has_intent(bit):
            self.server.refused_events.append((event, data))
            if strict:
                raise MissingIntent(
                    f"Discord would not send {event}: the bot identified with intents "
                    f"{self.intents} which lack bit {bit.bit_length() - 1} ({bit})"
                )
            return False
        await self._dispatch(event, data)
        return True

    async def send(self, payload: dict[str, Any]) -> None:
        """Send one JSON frame (plain text: discord.py accepts it despite asking for zlib)."""
        async with self._send_lock:
            if not self.ws.closed:
                await self.ws.send_str(json.dumps(payload))

    async def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the socket with a gateway close code."""
        await self.ws.close(code=code, message=reason.encode())
