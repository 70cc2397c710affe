"""The one guild the fake hosts: members, roles, channels, messages; no I/O here."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from typing import Any

from .errors import DiscordError
from .model import (
    Attachment,
    Channel,
    Member,
    Permissions,
    Role,
    Snowflakes,
    StoredMessage,
    iso_now,
    walk_components,
)
from .rest import UploadedFile

__all__ = ["GuildState"]


class GuildState:
    """Everything Discord stores about the guild and the bot's DMs."""

    def __init__(
        self,
        *,
        guild_id: int,
        guild_name: str,
        channel_ids: Sequence[int],
        members: Iterable[dict[str, Any]],
        bot_user_id: int,
        bot_username: str,
        owner_id: int | None,
        roles: Iterable[dict[str, Any]],
        everyone_permissions: int,
        bot_permissions: int,
        attachment_size_limit: int,
    ) -> None:
        self.ids = Snowflakes()
        self.guild_id = guild_id
        self.name = guild_name
        self.attachment_size_limit = attachment_size_limit
        self.base_url = ""
        self.roles: dict[int, Role] = {guild_id: Role(guild_id, "@everyone", everyone_permissions)}
        for position, spec in enumerate(roles, start=1):
            role = Role(int(spec["id"]), spec["name"], int(spec.get("permissions", 0)), position)
            self.roles[role.id] = role
        bot_role = Role(
            self.ids.next(), bot_username, bot_permissions, len(self.roles), True, bot_user_id
        )
        self.roles[bot_role.id] = bot_role
        self.members: dict[int, Member] = {}
        for spec in members:
            member = Member(
                id=int(spec["id"]),
                username=spec["username"],
                bot=bool(spec.get("bot", False)),
                roles=[int(r) for r in spec.get("roles", [])],
                nick=spec.get("nick"),
                global_name=spec.get("global_name"),
                accepts_dms=bool(spec.get("accepts_dms", True)),
            )
            self.members[member.id] = member
        self.bot = self.members.get(bot_user_id) or Member(bot_user_id, bot_username, bot=True)
        self.bot.bot = True
        self.bot.roles.append(bot_role.id)
        self.members[bot_user_id] = self.bot
        humans = [m.id for m in self.members.values() if not m.bot]
        self.owner_id = owner_id if owner_id is not None else (humans[0] if humans else bot_user_id)
        self.channels: dict[int, Channel] = {}
        for position, channel_id in enumerate(channel_ids):
            name = "general" if position == 0 else f"channel-{position + 1}"
            self.channels[channel_id] = Channel(channel_id, name, 0, guild_id, position)
        self.messages: dict[int, StoredMessage] = {}

    # --- lookups ------------------------------------------------------------------------

    def member(self, user_id: int) -> Member:
        """A guild member, for test helpers (a typo in a test is a LookupError, not a 404)."""
        try:
            return self.members[int(user_id)]
        except KeyError:
            raise LookupError(f"user {user_id} is not a member of guild {self.guild_id}") from None

    def channel(self, channel_id: int | str) -> Channel:
        """A channel the bot can see, or Discord's Unknown Channel."""
        channel = self.channels.get(int(channel_id))
        if channel is None:
            raise DiscordError(404, 10003, "Unknown Channel", rule="unknown-channel")
        return channel

    def message(self, channel_id: int | str, message_id: int | str) -> StoredMessage:
        """A visible message in the channel, or Discord's Unknown Message."""
        message = self.messages.get(int(message_id))
        if message is None or message.deleted or message.channel_id != int(channel_id):
            raise DiscordError(404, 10008, "Unknown Message", rule="unknown-message")
        if message.ephemeral:
            raise DiscordError(404, 10008, "Unknown Message", rule="ephemeral-message")
        return message

    def open_dm(self, user_id: int) -> Channel:
        """The DM channel between the bot and ``user_id``, created on first use."""
        member = self.members.get(int(user_id))
        if member is None:
            raise DiscordError(404, 10013, "Unknown User", rule="unknown-user")
        for channel in self.channels.values():
            if channel.is_dm and channel.recipient is member:
                return channel
        channel = Channel(self.ids.next(), None, 1, None, 0, member)
        self.channels[channel.id] = channel
        return channel

    # --- permissions --------------------------------------------------------------------

    def member_permissions(self, member: Member) -> int:
        """Guild-level permissions: @everyone plus the member's roles; owner and admin get all."""
        if member.id == self.owner_id:
            return Permissions.ALL
        value = self.roles[self.guild_id].permissions
        for role_id in member.roles:
            role = self.roles.get(role_id)
            value |= role.permissions if role else 0
        return Permissions.ALL if value & Permissions.ADMINISTRATOR else value

    def bot_permissions(self) -> int:
        """The bot's guild-level permissions."""
        return self.member_permissions(self.bot)

    def require_bot_permissions(self, channel: Channel, needed: int) -> None:
        """Discord's 50013 Missing Permissions when the bot lacks any bit of ``needed``."""
        if channel.is_dm:
            return
        missing = needed & ~self.bot_permissions()
        if missing:
            raise DiscordError(
                403, 50013, "Missing Permissions", rule=f"missing-permissions:{missing}"
            )

    # --- messages -----------------------------------------------------------------------

    def _attachments(
        self,
        specs: list[dict[str, Any]] | None,
        files: Sequence[UploadedFile],
        keep: list[Attachment],
    ) -> list[Attachment]:
        if sum(f.size for f in files) > self.attachment_size_limit:
            raise DiscordError(413, 40005, "Request entity too large", rule="attachment-too-large")
        uploads = {f.index: f for f in files}
        out: list[Attachment] = []
        for spec in specs or []:
            ident = int(spec["id"])
            kept = next((a for a in keep if a.id == ident), None)
            if kept is not None:
                out.append(kept)
            elif ident in uploads:
                upload = uploads.pop(ident)
                out.append(
                    self._new_attachment(upload, spec.get("filename"), spec.get("description"))
                )
        out.extend(self._new_attachment(u, None, None) for u in uploads.values())
        return out

    def _new_attachment(
        self, upload: UploadedFile, name: str | None, description: str | None
    ) -> Attachment:
        return Attachment(
            self.ids.next(), name or upload.filename, upload.data, upload.content_type, description
        )

    def create_message(
        self,
        channel: Channel,
        author: Member,
        body: dict[str, Any],
        files: Sequence[UploadedFile] = (),
        **extra: Any,
    ) -> StoredMessage:
        """Store a new message built from a (validated) create body."""
        message = StoredMessage(
            id=self.ids.next(),
            channel_id=channel.id,
            guild_id=channel.guild_id,
            author=author,
            content=body.get("content") or "",
            embeds=copy.deepcopy(body.get("embeds") or []),
            components=self._numbered(body.get("components") or []),
            attachments=self._attachments(body.get("attachments"), list(files), []),
            flags=body.get("flags") or 0,
            allowed_mentions=copy.deepcopy(body.get("allowed_mentions")),
            message_reference=body.get("message_reference"),
            **extra,
        )
        self.messages[message.id] = message
        channel.last_message_id = message.id
        return message

    def edit_message(
        self, message: StoredMessage, body: dict[str, Any], files: Sequence[UploadedFile] = ()
    ) -> None:
        """Apply a (validated) edit body: only the fields present change."""
        if "content" in body:
            message.content = body["content"] or ""
        if "embeds" in body:
            message.embeds = copy.deepcopy(body["embeds"] or [])
        if "components" in body:
            message.components = self._numbered(body["components"] or [])
        if "flags" in body and body["flags"] is not None:
            # Only the suppress-embeds/components-v2 style bits are editable; keep the rest.
            message.flags = (message.flags & StoredMessage.EPHEMERAL) | body["flags"]
        if "allowed_mentions" in body:
            message.allowed_mentions = copy.deepcopy(body["allowed_mentions"])
        if "attachments" in body or files:
            specs = body.get("attachments")
            if specs is None:
                specs = [{"id": a.id} for a in message.attachments]
            message.attachments = self._attachments(specs, list(files), message.attachments)
        message.flags &= ~StoredMessage.LOADING
        message.edited_timestamp = iso_now()

    @staticmethod
    def _numbered(components: list[dict[str, Any]]) -> list[dict[str, Any]]:
        # Discord numbers components that arrive without an ``id``.
        components = copy.deepcopy(components)
        used = {c["id"] for c in walk_components(components) if c.get("id") is not None}
        number = 1
        for component in walk_components(components):
            if component.get("id") is None:
                while number in used:
                    number += 1
                component["id"] = number
                used.add(number)
        return components

    def channel_messages(self, channel_id: int) -> list[StoredMessage]:
        """Messages in a channel, oldest first, ephemeral ones included (for tests to inspect)."""
        return [m for m in self.messages.values() if m.channel_id == channel_id and not m.deleted]

    def message_payload(self, message: StoredMessage) -> dict[str, Any]:
        """The message object as the bot sees it."""
        return message.payload(self.base_url, self.bot.id)

    # --- guild payloads -----------------------------------------------------------------

    def guild_payload(self) -> dict[str, Any]:
        """The guild object (REST shape)."""
        text_channels = [c for c in self.channels.values() if not c.is_dm]
        return {
            "id": str(self.guild_id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 1,
            "explicit_content_filter": 0,
            "roles": [r.payload() for r in self.roles.values()],
            "emojis": [],
            "stickers": [],
            "features": [],
            "mfa_level": 0,
            "system_channel_id": str(text_channels[0].id) if text_channels else None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "safety_alerts_channel_id": None,
            "max_members": 500_000,
            "vanity_url_code": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": "en-US",
            "nsfw_level": 0,
            "premium_progress_bar_enabled": False,
        }

    def guild_create_payload(self, *, all_members: bool) -> dict[str, Any]:
        """GUILD_CREATE: the guild plus channels and members.

        Without the presences intent Discord lists only the bot itself (and voice users), while
        ``member_count`` stays the real total; a bot must not rely on the member cache.
        """
        listed = list(self.members.values()) if all_members else [self.bot]
        return self.guild_payload() | {
            "joined_at": self.bot.joined_at,
            "large": False,
            "unavailable": False,
            "member_count": len(self.members),
            "members": [m.member_payload() for m in listed],
            "channels": [c.payload() for c in self.channels.values() if not c.is_dm],
            "threads": [],
            "presences": [],
            "voice_states": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }
