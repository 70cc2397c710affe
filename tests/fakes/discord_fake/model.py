"""What Discord itself keeps about a guild: users, roles, channels, messages and reactions."""

from __future__ import annotations

import itertools
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

__all__ = [
    "Attachment",
    "Channel",
    "Member",
    "Permissions",
    "Role",
    "Snowflakes",
    "StoredMessage",
    "iso_now",
]

DISCORD_EPOCH_MS = 1_420_070_400_000


class Permissions:
    """Permission bits the fake checks or hands out."""

    CREATE_INSTANT_INVITE = 1 << 0
    ADMINISTRATOR = 1 << 3
    MANAGE_GUILD = 1 << 5
    ADD_REACTIONS = 1 << 6
    VIEW_CHANNEL = 1 << 10
    SEND_MESSAGES = 1 << 11
    MANAGE_MESSAGES = 1 << 13
    EMBED_LINKS = 1 << 14
    ATTACH_FILES = 1 << 15
    READ_MESSAGE_HISTORY = 1 << 16
    MENTION_EVERYONE = 1 << 17
    USE_EXTERNAL_EMOJIS = 1 << 18
    CHANGE_NICKNAME = 1 << 26
    USE_APPLICATION_COMMANDS = 1 << 31
    SEND_MESSAGES_IN_THREADS = 1 << 38
    ALL = (1 << 53) - 1

    # Close to what a new guild's @everyone role gets.
    EVERYONE_DEFAULT = (
        CREATE_INSTANT_INVITE
        | ADD_REACTIONS
        | VIEW_CHANNEL
        | SEND_MESSAGES
        | EMBED_LINKS
        | ATTACH_FILES
        | READ_MESSAGE_HISTORY
        | USE_EXTERNAL_EMOJIS
        | CHANGE_NICKNAME
        | USE_APPLICATION_COMMANDS
        | SEND_MESSAGES_IN_THREADS
    )
    # What an invite link with the usual "send messages, embed, attach, react" scopes grants.
    BOT_DEFAULT = (
        ADD_REACTIONS
        | VIEW_CHANNEL
        | SEND_MESSAGES
        | EMBED_LINKS
        | ATTACH_FILES
        | READ_MESSAGE_HISTORY
        | USE_APPLICATION_COMMANDS
        | SEND_MESSAGES_IN_THREADS
    )


def iso_now() -> str:
    """The current time as Discord's ISO-8601 timestamp."""
    return datetime.now(UTC).isoformat()


class Snowflakes:
    """Hands out increasing snowflake ids that decode to the current time."""

    def __init__(self) -> None:
        self._counter = itertools.count()
        self._last = 0

    def next(self) -> int:
        """A fresh id, strictly greater than every id handed out before."""
        stamp = (int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22
        value = max(stamp | (next(self._counter) & 0xFFF), self._last + 1)
        self._last = value
        return value


@dataclass
class Role:
    """A guild role."""

    id: int
    name: str
    permissions: int
    position: int = 0
    managed: bool = False
    bot_id: int | None = None
    # The guild the role belongs to: role ids are unique, so one dict holds every guild's.
    guild_id: int | None = None

    def payload(self) -> dict[str, Any]:
        """The role object."""
        data: dict[str, Any] = {
            "id": str(self.id),
            "name": self.name,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "position": self.position,
            "permissions": str(self.permissions),
            "managed": self.managed,
            "mentionable": False,
            "flags": 0,
        }
        if self.bot_id is not None:
            data["tags"] = {"bot_id": str(self.bot_id)}
        return data


@dataclass
class Member:
    """A user and their membership of the guild."""

    id: int
    username: str
    bot: bool = False
    roles: list[int] = field(default_factory=list)
    nick: str | None = None
    global_name: str | None = None
    accepts_dms: bool = True
    joined_at: str = field(default_factory=iso_now)

    def user_payload(self) -> dict[str, Any]:
        """The user object."""
        data: dict[str, Any] = {
            "id": str(self.id),
            "username": self.username,
            "discriminator": "0",
            "global_name": self.global_name,
            "avatar": None,
            "public_flags": 0,
            "flags": 0,
            "banner": None,
            "accent_color": None,
            "avatar_decoration_data": None,
            "collectibles": None,
            "primary_guild": None,
        }
        if self.bot:
            data["bot"] = True
        return data

    def member_payload(self, permissions: int | None = None) -> dict[str, Any]:
        """The guild member object; ``permissions`` is set only inside interactions."""
        data: dict[str, Any] = {
            "user": self.user_payload(),
            "nick": self.nick,
            "avatar": None,
            "banner": None,
            "roles": [str(r) for r in self.roles],
            "joined_at": self.joined_at,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
        }
        if permissions is not None:
            data["permissions"] = str(permissions)
        return data


@dataclass
class Channel:
    """A guild text channel (type 0) or a DM channel (type 1)."""

    id: int
    name: str | None
    type: int = 0
    guild_id: int | None = None
    position: int = 0
    recipient: Member | None = None
    last_message_id: int | None = None

    @property
    def is_dm(self) -> bool:
        """Whether this is a direct-message channel."""
        return self.type == 1

    def payload(self) -> dict[str, Any]:
        """The channel object."""
        data: dict[str, Any] = {
            "id": str(self.id),
            "type": self.type,
            "last_message_id": str(self.last_message_id) if self.last_message_id else None,
            "flags": 0,
        }
        if self.is_dm:
            data["recipients"] = [self.recipient.user_payload()] if self.recipient else []
            return data
        data.update(
            guild_id=str(self.guild_id),
            name=self.name,
            position=self.position,
            permission_overwrites=[],
            parent_id=None,
            nsfw=False,
            topic=None,
            rate_limit_per_user=0,
        )
        return data


@dataclass
class Attachment:
    """A file uploaded with a message; the bytes are kept so ``Attachment.read()`` works."""

    id: int
    filename: str
    data: bytes
    content_type: str | None = None
    description: str | None = None

    @property
    def size(self) -> int:
        """Size in bytes."""
        return len(self.data)

    def payload(self, base_url: str, channel_id: int) -> dict[str, Any]:
        """The attachment object, with URLs served by the fake."""
        url = f"{base_url}/attachments/{channel_id}/{self.id}/{self.filename}"
        data: dict[str, Any] = {
            "id": str(self.id),
            "filename": self.filename,
            "size": self.size,
            "url": url,
            "proxy_url": url,
        }
        if self.content_type:
            data["content_type"] = self.content_type
        if self.description:
            data["description"] = self.description
        return data


_MENTION = re.compile(r"<@(!|&)?(\d+)>|@(everyone|here)")


@dataclass
class StoredMessage:
    """A message as Discord stores it, with its reactions."""

    id: int
    channel_id: int
    guild_id: int | None
    author: Member
    content: str = ""
    embeds: list[dict[str, Any]] = field(default_factory=list)
    components: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    flags: int = 0
    type: int = 0
    allowed_mentions: dict[str, Any] | None = None
    message_reference: dict[str, Any] | None = None
    webhook_id: int | None = None
    application_id: int | None = None
    interaction_metadata: dict[str, Any] | None = None
    timestamp: str = field(default_factory=iso_now)
    edited_timestamp: str | None = None
    deleted: bool = False
    # emoji key -> user ids, in the order they reacted
    reactions: dict[str, list[int]] = field(default_factory=dict)

    EPHEMERAL = 1 << 6
    LOADING = 1 << 7

    @property
    def ephemeral(self) -> bool:
        """Whether only the interaction's user can see it."""
        return bool(self.flags & self.EPHEMERAL)

    @property
    def custom_ids(self) -> list[str]:
        """Every component custom_id on the message, in order."""
        return [c["custom_id"] for c in walk_components(self.components) if "custom_id" in c]

    def find_component(self, custom_id: str) -> dict[str, Any] | None:
        """The component with ``custom_id``, if the message has one."""
        for component in walk_components(self.components):
            if component.get("custom_id") == custom_id:
                return component
        return None

    def mentioned(self) -> dict[str, Any]:
        """Who the content mentions: ``{"users": [...], "roles": [...], "everyone": bool}``."""
        users: list[int] = []
        roles: list[int] = []
        everyone = False
        for match in _MENTION.finditer(self.content or ""):
            kind, ident, word = match.groups()
            if word:
                everyone = True
            elif kind == "&":
                roles.append(int(ident))
            else:
                users.append(int(ident))
        return {"users": users, "roles": roles, "everyone": everyone}

    def reaction_payloads(self, me_id: int) -> list[dict[str, Any]]:
        """The ``reactions`` array as seen by user ``me_id``."""
        out = []
        for key, users in self.reactions.items():
            if not users:
                continue
            out.append(
                {
                    "emoji": emoji_payload(key),
                    "count": len(users),
                    "count_details": {"burst": 0, "normal": len(users)},
                    "burst_colors": [],
                    "me_burst": False,
                    "burst_me": False,
                    "me": me_id in users,
                    "burst_count": 0,
                }
            )
        return out

    def payload(self, base_url: str, me_id: int) -> dict[str, Any]:
        """The message object as the REST API and gateway send it."""
        data: dict[str, Any] = {
            "id": str(self.id),
            "channel_id": str(self.channel_id),
            "author": self.author.user_payload(),
            "content": self.content,
            "timestamp": self.timestamp,
            "edited_timestamp": self.edited_timestamp,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [a.payload(base_url, self.channel_id) for a in self.attachments],
            "embeds": self.embeds,
            "pinned": False,
            "type": self.type,
            "flags": self.flags,
            "components": self.components,
        }
        if self.guild_id is not None:
            data["guild_id"] = str(self.guild_id)
        reactions = self.reaction_payloads(me_id)
        if reactions:
            data["reactions"] = reactions
        if self.webhook_id is not None:
            data["webhook_id"] = str(self.webhook_id)
        if self.application_id is not None:
            data["application_id"] = str(self.application_id)
        if self.interaction_metadata is not None:
            data["interaction_metadata"] = self.interaction_metadata
        if self.message_reference is not None:
            data["message_reference"] = self.message_reference
        return data


def emoji_key(emoji: str | dict[str, Any]) -> str:
    """Normalise an emoji (``"✅"``, ``"<:name:id>"``, ``"name:id"``, a dict) to one key."""
    if isinstance(emoji, dict):
        return f"{emoji['name']}:{emoji['id']}" if emoji.get("id") else emoji["name"]
    # discord.py sends custom emojis as ":name:id" (it strips the angle brackets only).
    parts = emoji.strip("<>").split(":")
    if len(parts) >= 2 and parts[-1].isdigit():
        return f"{parts[-2]}:{parts[-1]}"
    return emoji


def emoji_payload(key: str) -> dict[str, Any]:
    """The partial emoji object for an emoji key."""
    name, _, ident = key.partition(":")
    if ident:
        return {"id": ident, "name": name, "animated": False}
    return {"id": None, "name": key}


def walk_components(components: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every component in a tree (rows, labels, sections, containers), depth first."""
    out: list[dict[str, Any]] = []
    for component in components or []:
        out.append(component)
        out.extend(walk_components(component.get("components", [])))
        for key in ("component", "accessory"):
            if isinstance(component.get(key), dict):
                out.extend(walk_components([component[key]]))
    return out
