"""FakeDiscord: the aiohttp app, its lifecycle, and the helpers tests drive it with."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import yarl
from aiohttp import web

from .gateway import GatewaySession, Intents
from .guild import GuildState
from .interactions import (
    InteractionRecord,
)
from .model import Channel, Member, Permissions, StoredMessage
from .resources import register_resource_routes
from .rest import API_PREFIX, Call, RestApi, Router, Violation
from .rules import could_ping
from .users import UserActions
from .waiting import Changes
from .webhooks import register_webhook_routes

__all__ = ["FakeDiscord"]


class FakeDiscord(UserActions):
    """A local Discord (REST + gateway) for a real, unpatched discord.py client: one guild,
    or more with ``add_guild``."""

    def __init__(
        self,
        *,
        guild_id: int,
        channel_ids: Sequence[int],
        members: Iterable[dict[str, Any]],
        bot_user_id: int,
        application_id: int,
        bot_username: str = "Rapport",
        guild_name: str = "Rapport Test Guild",
        token: str = "fake-bot-token",
        owner_id: int | None = None,
        roles: Iterable[dict[str, Any]] = (),
        everyone_permissions: int = Permissions.EVERYONE_DEFAULT,
        bot_permissions: int = Permissions.BOT_DEFAULT,
        privileged_intents: int = 0,
        interaction_deadline: float = 3.0,
        token_lifetime: float = 15 * 60,
        attachment_size_limit: int = 10 * 1024 * 1024,
    ) -> None:
        self.state = GuildState(
            guild_id=guild_id,
            guild_name=guild_name,
            channel_ids=channel_ids,
            members=members,
            bot_user_id=bot_user_id,
            bot_username=bot_username,
            owner_id=owner_id,
            roles=roles,
            everyone_permissions=everyone_permissions,
            bot_permissions=bot_permissions,
            attachment_size_limit=attachment_size_limit,
        )
        self.guild_id = guild_id
        self.application_id = application_id
        self.token = token
        # Privileged intents switched on in the (imaginary) developer portal.
        self.privileged_intents = privileged_intents
        self.interaction_deadline = interaction_deadline
        self.token_lifetime = token_lifetime
        self.calls: list[Call] = []
        self.violations: list[Violation] = []
        self.refused_events: list[tuple[str, dict[str, Any]]] = []
        self.identified_intents: int | None = None
        self.commands: dict[int | None, list[dict[str, Any]]] = {}
        self.interactions: dict[int, InteractionRecord] = {}
        self.sessions: list[GatewaySession] = []
        self.changes = Changes()
        self._runner: web.AppRunner | None = None
        self._port = 0
        self._saved_globals: tuple[str, yarl.URL] | None = None
        router = Router()
        register_resource_routes(self, router)
        register_webhook_routes(self, router)
        self._rest = RestApi(self, router)

    # --- lifecycle ----------------------------------------------------------------------

    async def start(self) -> None:
        """Listen on an ephemeral 127.0.0.1 port; return once requests are accepted."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/attachments/{channel_id}/{attachment_id}/{filename}", self._attachment)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._rest.handle)
        app.router.add_route("*", "/{tail:.*}", self._rest.handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self._port = self._runner.addresses[0][1]
        self.state.base_url = self.base_url

    async def __aenter__(self) -> FakeDiscord:
        """``async with FakeDiscord(...) as server``: start and point discord.py here."""
        await self.start()
        self.point_discord_py_here()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Restore discord.py's globals and stop."""
        self.restore_discord_py()
        await self.stop()

    async def stop(self) -> None:
        """Close every gateway socket and the HTTP server (close the bot first)."""
        for session in self.sessions:
            if not session.ws.closed:
                await session.close(1001, "Going away")
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self._port}"

    @property
    def api_url(self) -> str:
        """What ``discord.http.Route.BASE`` must be."""
        return self.base_url + API_PREFIX

    @property
    def gateway_url(self) -> str:
        """What ``DiscordWebSocket.DEFAULT_GATEWAY`` must be."""
        return f"ws://127.0.0.1:{self._port}/gateway"

    def point_discord_py_here(self) -> None:
        """Aim discord.py's REST base and default gateway here (undo: restore_discord_py)."""
        from discord.gateway import DiscordWebSocket
        from discord.http import Route

        if self._saved_globals is None:
            self._saved_globals = (Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY)
        Route.BASE = self.api_url
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)

    def restore_discord_py(self) -> None:
        """Put discord.py's REST base and default gateway back."""
        from discord.gateway import DiscordWebSocket
        from discord.http import Route

        if self._saved_globals is not None:
            Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = self._saved_globals
            self._saved_globals = None

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        session = GatewaySession(self, ws)
        self.sessions.append(session)
        await session.run()
        self.changes.notify()
        return ws

    async def _attachment(self, request: web.Request) -> web.Response:
        wanted = int(request.match_info["attachment_id"])
        for message in self.state.messages.values():
            for attachment in message.attachments:
                if attachment.id == wanted:
                    return web.Response(
                        body=attachment.data, content_type="application/octet-stream"
                    )
        return web.Response(status=404)

    # --- more guilds --------------------------------------------------------------------

    def add_guild(
        self,
        guild_id: int,
        *,
        channel_ids: Sequence[int],
        members: Iterable[dict[str, Any]],
        name: str | None = None,
        owner_id: int | None = None,
        roles: Iterable[dict[str, Any]] = (),
        everyone_permissions: int = Permissions.EVERYONE_DEFAULT,
        bot_permissions: int = Permissions.BOT_DEFAULT,
        bot_installed: bool = True,
    ) -> None:
        """Host another guild (before the bot connects), with its own channels, members, roles
        and owner (the first human member by default). ``bot_installed=False`` is a guild the
        bot is not in, where only users added the app: Discord sends the bot nothing about it
        but interactions of users who installed the app themselves."""
        self.state.add_guild(
            guild_id,
            name=name or f"Guild {guild_id}",
            channel_ids=channel_ids,
            members=members,
            owner_id=owner_id,
            roles=roles,
            everyone_permissions=everyone_permissions,
            bot_permissions=bot_permissions,
            bot_installed=bot_installed,
        )

    # --- what happened ------------------------------------------------------------------

    @property
    def members(self) -> dict[int, Member]:
        """Guild members by id (the bot included)."""
        return self.state.members

    @property
    def channels(self) -> dict[int, Channel]:
        """Guild text channels and the bot's DM channels, by id."""
        return self.state.channels

    @property
    def roles(self) -> dict[int, Any]:
        """Guild roles by id (@everyone has the guild's id)."""
        return self.state.roles

    @property
    def messages(self) -> dict[int, StoredMessage]:
        """Every message by id, including deleted (``.deleted``) and ephemeral ones."""
        return self.state.messages

    @property
    def unknown_calls(self) -> list[Call]:
        """Requests to routes the fake does not know (answered 404 ``code 0``)."""
        return [c for c in self.calls if not c.known]

    def channel_messages(self, channel_id: int) -> list[StoredMessage]:
        """Messages in a channel, oldest first."""
        return self.state.channel_messages(channel_id)

    def mark(self) -> int:
        """A position in ``calls``; pass it as ``after=`` to only see later calls."""
        return len(self.calls)

    def calls_to(self, method: str, path: str, *, after: int = 0) -> list[Call]:
        """Calls with this method whose path fully matches the regex ``path``."""
        pattern = re.compile(path)
        return [c for c in self.calls[after:] if c.method == method and pattern.fullmatch(c.path)]

    async def wait_for_call(
        self,
        method: str,
        path: str,
        *,
        timeout: float = 5.0,
        after: int = 0,
        predicate: Callable[[Call], bool] | None = None,
    ) -> Call:
        """Wait for a call matching ``method`` and the ``path`` regex (full match); return it."""

        def find() -> Call | None:
            for call in self.calls_to(method, path, after=after):
                if predicate is None or predicate(call):
                    return call
            return None

        def describe() -> str:
            seen = "\n  ".join(str(c) for c in self.calls[after:]) or "(none)"
            return f"no {method} {path} within {timeout}s; calls seen:\n  {seen}"

        return await self.changes.wait_until(find, timeout, describe)

    async def wait_for_message(
        self,
        channel_id: int | None = None,
        *,
        predicate: Callable[[StoredMessage], bool] | None = None,
        timeout: float = 5.0,
    ) -> StoredMessage:
        """Wait for a stored message (in ``channel_id``, if given) satisfying ``predicate``."""

        def find() -> StoredMessage | None:
            for message in self.state.messages.values():
                if channel_id is not None and message.channel_id != channel_id:
                    continue
                if not message.deleted and (predicate is None or predicate(message)):
                    return message
            return None

        return await self.changes.wait_until(
            find, timeout, lambda: f"no matching message in channel {channel_id} after {timeout}s"
        )

    async def wait_until_identified(self, timeout: float = 5.0) -> GatewaySession:
        """Wait for a gateway session that completed IDENTIFY."""
        return await self.changes.wait_until(
            self._live_session, timeout, lambda: f"no client identified within {timeout}s"
        )

    def could_ping_anyone(self, target: Call | StoredMessage | dict[str, Any] | None) -> bool:
        """Whether a message (or the call that sent it) could notify anyone.

        True when ``allowed_mentions`` is absent (Discord then parses every mention) or allows
        parsing users/roles/everyone or lists ids. A dict is read as an ``allowed_mentions``
        object. Calls that post no message (defer, modal) are False.
        """
        if isinstance(target, StoredMessage):
            return could_ping(
                target.allowed_mentions, replying=target.message_reference is not None
            )
        if isinstance(target, Call):
            body = target.message_body
            if body is None:
                return False
            return could_ping(body.get("allowed_mentions"), replying="message_reference" in body)
        return could_ping(target)

    def unanswered_interactions(self) -> list[InteractionRecord]:
        """Interactions past the deadline that the bot never acknowledged."""
        now = time.monotonic()
        return [
            ix
            for ix in self.interactions.values()
            if not ix.acknowledged and now - ix.created_at > self.interaction_deadline
        ]

    def assert_clean(self) -> None:
        """Fail if the bot broke a rule, hit an unknown route or left an interaction unanswered."""
        problems = [str(v) for v in self.violations]
        problems += [f"unknown route: {c.method} {c.path}" for c in self.unknown_calls]
        problems += [f"unanswered interaction {ix.id}" for ix in self.unanswered_interactions()]
        assert not problems, "Discord would have complained:\n  " + "\n  ".join(problems)

    # --- acting as Discord and its users ------------------------------------------------

    def _live_session(self) -> GatewaySession | None:
        live = [s for s in self.sessions if s.identified]
        return live[-1] if live else None

    async def dispatch(self, event: str, data: dict[str, Any], *, strict: bool = True) -> bool:
        """Send a gateway event; without the needed intent raise MissingIntent (or return False)."""
        session = self._live_session()
        if session is None:
            if strict:
                raise RuntimeError(f"cannot dispatch {event}: no identified gateway session")
            return False
        return await session.dispatch(event, data, strict=strict)

    async def echo(self, event: str, data: dict[str, Any]) -> None:
        """Tell the bot about its own actions, as Discord does, if its intents allow."""
        self.changes.notify()
        await self.dispatch(event, data, strict=False)

    # --- gateway payloads ---------------------------------------------------------------

    def current_user_payload(self) -> dict[str, Any]:
        """The bot's own user object, as ``GET /users/@me`` and READY carry it."""
        return self.state.bot.user_payload() | {
            "verified": True,
            "mfa_enabled": False,
            "email": None,
            "locale": "en-US",
        }

    def ready_payload(self, session: GatewaySession) -> dict[str, Any]:
        """READY for a session that just identified."""
        data: dict[str, Any] = {
            "v": 10,
            "user": self.current_user_payload(),
            "user_settings": {},
            "guilds": [
                {"id": str(g.id), "unavailable": True} for g in self.state.installed_guilds()
            ],
            "session_id": session.session_id,
            "session_type": "normal",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.application_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "_trace": ["fake-discord"],
        }
        if session.shard is not None:
            data["shard"] = session.shard
        return data

    def guild_create_payload(
        self, session: GatewaySession, guild_id: int | None = None
    ) -> dict[str, Any]:
        """GUILD_CREATE of a guild (the first by default) for a session, with the member list
        its intents allow."""
        return self.state.guild_create_payload(
            all_members=session.has_intent(Intents.GUILD_PRESENCES), guild_id=guild_id
        )

    def guild_create_payloads(self, session: GatewaySession) -> list[dict[str, Any]]:
        """GUILD_CREATE of every guild the bot is in, in order."""
        return [self.guild_create_payload(session, g.id) for g in self.state.installed_guilds()]

    def _record(self, call: Call) -> None:
        self.calls.append(call)
        self.changes.notify()

    def _notify(self) -> None:
        self.changes.notify()
