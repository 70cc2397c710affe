"""What Discord does when people act: slash commands, clicks, modal submits, reactions."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .errors import DiscordError
from .gateway import GatewaySession, Intents
from .guild import GuildState
from .interactions import (
    APPLICATION_COMMAND,
    MESSAGE_COMPONENT,
    MODAL_SUBMIT,
    InteractionRecord,
    build_command_data,
    build_modal_submit_components,
)
from .model import Channel, Member, StoredMessage, emoji_key, emoji_payload
from .waiting import Changes

__all__ = ["UserActions"]


class UserActions:
    """FakeDiscord's test-facing side: act as guild members and dispatch what Discord would."""

    if TYPE_CHECKING:
        state: GuildState
        guild_id: int
        application_id: int
        commands: dict[int | None, list[dict[str, Any]]]
        interactions: dict[int, InteractionRecord]
        changes: Changes

        def _live_session(self) -> GatewaySession | None: ...

        async def dispatch(
            self, event: str, data: dict[str, Any], *, strict: bool = True
        ) -> bool: ...

    def dm_channel(self, user_id: int) -> Channel:
        """The DM channel with ``user_id`` (created if needed), e.g. to run a command in DMs."""
        return self.state.open_dm(user_id)

    def _interaction_base(self, ix: InteractionRecord, locale: str) -> dict[str, Any]:
        channel = self.state.channels[ix.channel_id]
        guild = None if channel.is_dm else self.state.guild(channel.guild_id)
        if guild is None or guild.bot_installed:
            app_permissions = self.state.bot_permissions(guild.id if guild else None)
        else:
            # A user install: the app may do there what @everyone may.
            app_permissions = self.state.roles[guild.id].permissions
        payload: dict[str, Any] = {
            "id": str(ix.id),
            "application_id": str(self.application_id),
            "type": ix.type,
            "token": ix.token,
            "version": 1,
            "channel_id": str(channel.id),
            "app_permissions": str(app_permissions),
            "locale": locale,
            "entitlements": [],
            "entitlement_sku_ids": [],
            "attachment_size_limit": self.state.attachment_size_limit,
        }
        if channel.is_dm:
            payload["channel"] = channel.payload()
            payload["user"] = ix.user.user_payload()
            payload["context"] = 1
            payload["authorizing_integration_owners"] = {"0": str(self.guild_id)}
            return payload
        permissions = self.state.member_permissions(ix.user, guild.id)
        payload["channel"] = channel.payload() | {"permissions": str(permissions)}
        payload["guild_id"] = str(guild.id)
        payload["guild"] = {"id": str(guild.id), "locale": "en-US", "features": []}
        payload["guild_locale"] = "en-US"
        payload["member"] = self.state.guild_member_payload(ix.user, guild.id, permissions)
        payload["context"] = 0
        # Who installed the app this runs under: the guild (GUILD_INSTALL, "0") or, in a guild
        # the bot is not in, the user who added the app to their account (USER_INSTALL, "1").
        owner = {"0": str(guild.id)} if guild.bot_installed else {"1": str(ix.user.id)}
        payload["authorizing_integration_owners"] = owner
        return payload

    async def _send_interaction(
        self, ix: InteractionRecord, data: dict[str, Any], locale: str
    ) -> InteractionRecord:
        ix.payload = self._interaction_base(ix, locale) | {"data": data}
        if ix.source_message is not None:
            ix.payload["message"] = self.state.message_payload(ix.source_message)
        # Registered before sending: the bot may answer before dispatch() returns.
        self.interactions[ix.id] = ix
        ix.created_at = time.monotonic()
        try:
            await self.dispatch("INTERACTION_CREATE", ix.payload)
        except BaseException:
            del self.interactions[ix.id]
            raise
        return ix

    def _new_interaction(
        self, kind: int, user: Member, channel_id: int, **extra: Any
    ) -> InteractionRecord:
        return InteractionRecord.new(
            self.state.ids.next(),
            type=kind,
            user=user,
            channel_id=channel_id,
            payload={},
            changes=self.changes,
            **extra,
        )

    async def slash_command(
        self,
        user_id: int,
        name: str,
        options: dict[str, Any] | None = None,
        subcommand: str | None = None,
        *,
        channel_id: int | None = None,
        locale: str = "en-US",
        force: bool = False,
    ) -> InteractionRecord:
        """``user_id`` runs ``/name [subcommand] options`` (``"group sub"`` for nested groups).

        ``force`` delivers it even where Discord would not offer the command (a DM, a guild
        where only the user installed the app): a client with a stale command list, so a
        bot's own guard can be tested."""
        user = self.state.member(user_id)
        channel = self._channel(channel_id or next(iter(self.state.channels)))
        self._require_member(user, channel.guild_id)
        data = build_command_data(
            self, name, options, subcommand, in_dm=channel.is_dm, guild_id=channel.guild_id
        )
        command = next(c for cmds in self.commands.values() for c in cmds if c["id"] == data["id"])
        if not force:
            self._check_offered(command, channel)
        required = command.get("default_member_permissions")
        if required is not None and not channel.is_dm:
            have = self.state.member_permissions(user, channel.guild_id)
            if int(required) & ~have:
                raise PermissionError(f"/{name} is hidden from {user.username}: needs {required}")
        ix = self._new_interaction(APPLICATION_COMMAND, user, channel.id)
        return await self._send_interaction(ix, data, locale)

    def _check_offered(self, command: dict[str, Any], channel: Channel) -> None:
        """PermissionError where Discord would not offer the command at all."""
        name = command["name"]
        contexts = command.get("contexts")
        if channel.is_dm:
            if command.get("dm_permission") is False or 1 not in (contexts or [0, 1]):
                raise PermissionError(f"/{name} is not available in DMs")
            return
        if contexts is not None and 0 not in contexts:
            raise PermissionError(f"/{name} is not available in servers")
        if not self.state.guild(channel.guild_id).bot_installed and 1 not in (
            command.get("integration_types") or [0]
        ):
            raise PermissionError(f"/{name} cannot be used where only the user added the app")

    def _require_member(self, user: Member, guild_id: int | None) -> None:
        if not self.state.in_guild(user.id, guild_id):
            raise LookupError(f"user {user.id} is not a member of guild {guild_id}")

    def _channel(self, channel_id: int) -> Channel:
        channel = self.state.channels.get(int(channel_id))
        if channel is None:
            raise LookupError(f"no channel {channel_id}; known: {sorted(self.state.channels)}")
        return channel

    def _component_message(self, message_id: int) -> StoredMessage:
        message = self.state.messages.get(int(message_id))
        if message is None or message.deleted:
            raise LookupError(f"no message {message_id}")
        return message

    async def click_button(
        self, user_id: int, message_id: int, custom_id: str, *, forged: bool = False
    ) -> InteractionRecord:
        """``user_id`` clicks the button ``custom_id`` on a stored message. ``forged``: the
        message carries no such button, and the click is sent anyway (a tampered client, or a
        custom_id copied from a message the user cannot see)."""
        user = self.state.member(user_id)
        message = self._component_message(message_id)
        self._require_member(user, message.guild_id)
        component = message.find_component(custom_id)
        if component is None and forged:
            # The interaction then shows the message with the forged button on it.
            component = {"type": 2, "style": 1, "label": "forged", "custom_id": custom_id}
            rows = [*message.components, {"type": 1, "components": [component]}]
            message = dataclasses.replace(message, components=rows)
        if component is None:
            raise LookupError(
                f"message {message_id} has no {custom_id!r}; it has {message.custom_ids}"
            )
        if component["type"] != 2 or component.get("style") in (5, 6):
            raise ValueError(f"{custom_id!r} is not a clickable interaction button")
        if component.get("disabled"):
            raise ValueError(f"button {custom_id!r} is disabled")
        data = {"custom_id": custom_id, "component_type": 2, "id": component.get("id")}
        ix = self._new_interaction(
            MESSAGE_COMPONENT, user, message.channel_id, source_message=message
        )
        return await self._send_interaction(ix, data, "en-US")

    async def choose(
        self, user_id: int, message_id: int, custom_id: str, values: Sequence[str]
    ) -> InteractionRecord:
        """``user_id`` picks ``values`` in the string select ``custom_id`` on a stored message."""
        user = self.state.member(user_id)
        message = self._component_message(message_id)
        self._require_member(user, message.guild_id)
        component = message.find_component(custom_id)
        if component is None or component["type"] != 3:
            raise LookupError(f"message {message_id} has no string select {custom_id!r}")
        offered = {o["value"] for o in component.get("options", [])}
        if not set(values) <= offered:
            raise ValueError(f"{sorted(set(values) - offered)} are not options of {custom_id!r}")
        data = {"custom_id": custom_id, "component_type": 3, "values": list(values)}
        data["id"] = component.get("id")
        ix = self._new_interaction(
            MESSAGE_COMPONENT, user, message.channel_id, source_message=message
        )
        return await self._send_interaction(ix, data, "en-US")

    async def submit_modal(
        self,
        user_id: int,
        custom_id: str,
        values: dict[str, Any],
        from_interaction: InteractionRecord | None = None,
    ) -> InteractionRecord:
        """``user_id`` fills and submits the modal ``custom_id`` the bot showed them."""
        user = self.state.member(user_id)
        if from_interaction is not None:
            candidates = [from_interaction]
        else:
            candidates = [ix for ix in reversed(self.interactions.values()) if ix.modal]
        opener = next(
            (
                ix
                for ix in candidates
                if ix.modal and ix.modal.get("custom_id") == custom_id and not ix.modal_submitted
            ),
            None,
        )
        if opener is None or opener.modal is None:
            raise LookupError(f"the bot showed no open modal {custom_id!r}")
        if opener.user.id != user.id:
            raise PermissionError(
                f"modal {custom_id!r} was shown to {opener.user.id}, not {user_id}"
            )
        components = build_modal_submit_components(opener.modal, values)
        opener.modal_submitted = True
        ix = self._new_interaction(
            MODAL_SUBMIT,
            user,
            opener.channel_id,
            source_message=opener.source_message,
            opened_by=opener,
        )
        return await self._send_interaction(
            ix, {"custom_id": custom_id, "components": components}, "en-US"
        )

    def reaction_event(
        self, user: Member, message: StoredMessage, key: str, *, adding: bool
    ) -> dict[str, Any]:
        """MESSAGE_REACTION_ADD/REMOVE data (only ADD carries ``member`` and the author id)."""
        data: dict[str, Any] = {
            "user_id": str(user.id),
            "channel_id": str(message.channel_id),
            "message_id": str(message.id),
            "emoji": emoji_payload(key),
            "burst": False,
            "type": 0,
        }
        if message.guild_id is not None:
            data["guild_id"] = str(message.guild_id)
            if adding:
                data["member"] = self.state.guild_member_payload(user, message.guild_id)
        if adding:
            data["message_author_id"] = str(message.author.id)
            data["burst_colors"] = []
        return data

    async def add_reaction(
        self, user_id: int, channel_id: int, message_id: int, emoji: str = "✅"
    ) -> None:
        """``user_id`` reacts: MESSAGE_REACTION_ADD; MissingIntent if the bot cannot hear it."""
        user = self.state.member(user_id)
        message = self._visible(channel_id, message_id)
        self._require_member(user, message.guild_id)
        key = emoji_key(emoji)
        users = message.reactions.setdefault(key, [])
        if user.id in users:
            return  # Discord ignores a repeat and sends nothing
        users.append(user.id)
        self.changes.notify()
        await self.dispatch(
            "MESSAGE_REACTION_ADD", self.reaction_event(user, message, key, adding=True)
        )

    async def remove_reaction(
        self, user_id: int, channel_id: int, message_id: int, emoji: str = "✅"
    ) -> None:
        """``user_id`` takes their reaction back; MESSAGE_REACTION_REMOVE."""
        user = self.state.member(user_id)
        message = self._visible(channel_id, message_id)
        key = emoji_key(emoji)
        if user.id not in message.reactions.get(key, []):
            raise LookupError(f"user {user_id} has no {key} reaction on message {message_id}")
        message.reactions[key].remove(user.id)
        self.changes.notify()
        await self.dispatch(
            "MESSAGE_REACTION_REMOVE", self.reaction_event(user, message, key, adding=False)
        )

    def _visible(self, channel_id: int, message_id: int) -> StoredMessage:
        try:
            return self.state.message(channel_id, message_id)
        except DiscordError:
            raise LookupError(f"no visible message {message_id} in channel {channel_id}") from None

    async def user_message(
        self, user_id: int, channel_id: int, content: str, *, strict: bool = True
    ) -> StoredMessage:
        """``user_id`` posts: MESSAGE_CREATE, content blanked without MESSAGE_CONTENT.

        ``strict=False`` is for a bot that should *not* hear it (no GUILD_MESSAGES intent):
        the message is still posted, and the event is dropped as Discord would drop it.
        """
        user = self.state.member(user_id)
        channel = self._channel(channel_id)
        self._require_member(user, channel.guild_id)
        message = self.state.create_message(channel, user, {"content": content})
        self.changes.notify()
        await self.dispatch("MESSAGE_CREATE", self.message_create_payload(message), strict=strict)
        return message

    def message_create_payload(self, message: StoredMessage) -> dict[str, Any]:
        """MESSAGE_CREATE as this bot would receive it (content hidden without the intent)."""
        data = self.state.message_payload(message)
        session = self._live_session()
        readable = (
            message.author.id == self.state.bot.id
            or message.guild_id is None
            or self.state.bot.id in message.mentioned()["users"]
            or (session is not None and session.has_intent(Intents.MESSAGE_CONTENT))
        )
        if not readable:
            data.update(content="", embeds=[], attachments=[], components=[])
        if message.guild_id is not None:
            member = self.state.guild_member_payload(message.author, message.guild_id)
            member.pop("user")
            data["member"] = member
        return data
