"""The guilds the fake hosts: members, roles, channels, messages; no I/O here.

One guild is made with the fake; more can be added (``add_guild``), each with its own
channels, members, roles and owner, so a bot serving several servers can be tested. Users,
channels, roles and messages have ids unique across guilds, so each lives in one dict.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import DiscordError
from .guild_messages import GuildMessages
from .guild_payloads import GuildPayloads
from .model import Channel, Member, Permissions, Role, Snowflakes, StoredMessage

__all__ = ["Guild", "GuildState"]


@dataclass
class Guild:
    """One guild: its name, owner, who is in it, and whether the bot was installed there."""

    id: int
    name: str
    owner_id: int
    member_ids: list[int] = field(default_factory=list)
    # False: a guild where only users added the app (user install); the bot is not a member.
    bot_installed: bool = True


class GuildState(GuildMessages, GuildPayloads):
    """Everything Discord stores about the guilds and the bot's DMs."""

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
        self.attachment_size_limit = attachment_size_limit
        self.base_url = ""
        self.roles: dict[int, Role] = {}
        self.members: dict[int, Member] = {}
        self.channels: dict[int, Channel] = {}
        self.messages: dict[int, StoredMessage] = {}
        self.guilds: dict[int, Guild] = {}
        self.bot = Member(bot_user_id, bot_username, bot=True)
        self.members[bot_user_id] = self.bot
        self.add_guild(
            guild_id,
            name=guild_name,
            channel_ids=channel_ids,
            members=members,
            owner_id=owner_id,
            roles=roles,
            everyone_permissions=everyone_permissions,
            bot_permissions=bot_permissions,
        )

    def add_guild(
        self,
        guild_id: int,
        *,
        name: str,
        channel_ids: Sequence[int],
        members: Iterable[dict[str, Any]],
        owner_id: int | None = None,
        roles: Iterable[dict[str, Any]] = (),
        everyone_permissions: int = Permissions.EVERYONE_DEFAULT,
        bot_permissions: int = Permissions.BOT_DEFAULT,
        bot_installed: bool = True,
    ) -> Guild:
        """Host another guild; its first channel is #general. Users already known (in
        another guild) join this one too, with this guild's roles added to theirs."""
        if guild_id in self.guilds:
            raise ValueError(f"guild {guild_id} exists already")
        self.roles[guild_id] = Role(guild_id, "@everyone", everyone_permissions, guild_id=guild_id)
        for position, spec in enumerate(roles, start=1):
            role = Role(
                int(spec["id"]), spec["name"], int(spec.get("permissions", 0)), position,
                guild_id=guild_id,
            )
            self.roles[role.id] = role
        joined = [self._join(spec) for spec in members]
        joined = [m for m in joined if m is not self.bot]
        if bot_installed:
            bot_role = Role(
                self.ids.next(), self.bot.username, bot_permissions, len(self.roles), True,
                self.bot.id, guild_id,
            )
            self.roles[bot_role.id] = bot_role
            self.bot.roles.append(bot_role.id)
            joined.append(self.bot)
        humans = [m.id for m in joined if not m.bot]
        owner = owner_id if owner_id is not None else (humans[0] if humans else self.bot.id)
        guild = Guild(guild_id, name, owner, [m.id for m in joined], bot_installed)
        self.guilds[guild_id] = guild
        for position, channel_id in enumerate(channel_ids):
            channel_name = "general" if position == 0 else f"channel-{position + 1}"
            self.channels[channel_id] = Channel(channel_id, channel_name, 0, guild_id, position)
        return guild

    def _join(self, spec: dict[str, Any]) -> Member:
        member = self.members.get(int(spec["id"]))
        if member is None:
            member = Member(
                id=int(spec["id"]),
                username=spec["username"],
                bot=bool(spec.get("bot", False)),
                nick=spec.get("nick"),
                global_name=spec.get("global_name"),
                accepts_dms=bool(spec.get("accepts_dms", True)),
            )
            self.members[member.id] = member
        member.roles.extend(int(r) for r in spec.get("roles", []))
        if member.id == self.bot.id:
            # The bot listed as a member: its name and flags, but it is always a bot.
            member.bot = True
        return member

    # --- the first guild, as the one-guild fake always had it ---------------------------

    @property
    def name(self) -> str:
        """The first guild's name."""
        return self.guilds[self.guild_id].name

    @property
    def owner_id(self) -> int:
        """The first guild's owner."""
        return self.guilds[self.guild_id].owner_id

    # --- lookups ------------------------------------------------------------------------

    def guild(self, guild_id: int | None = None) -> Guild:
        """A hosted guild (the first one by default)."""
        return self.guilds[int(guild_id) if guild_id is not None else self.guild_id]

    def installed_guilds(self) -> list[Guild]:
        """The guilds the bot is a member of, in the order they were added."""
        return [g for g in self.guilds.values() if g.bot_installed]

    def in_guild(self, user_id: int, guild_id: int | None) -> bool:
        """Whether a user is a member of a guild (anyone is "in" a DM's no-guild)."""
        return guild_id is None or int(user_id) in self.guild(guild_id).member_ids

    def member(self, user_id: int) -> Member:
        """A known user, for test helpers (a typo in a test is a LookupError, not a 404)."""
        try:
            return self.members[int(user_id)]
        except KeyError:
            raise LookupError(f"user {user_id} is not a member of any guild here") from None

    def channel(self, channel_id: int | str) -> Channel:
        """A channel the bot can see, or Discord's Unknown Channel / Missing Access."""
        channel = self.channels.get(int(channel_id))
        if channel is None:
            raise DiscordError(404, 10003, "Unknown Channel", rule="unknown-channel")
        if channel.guild_id is not None and not self.guild(channel.guild_id).bot_installed:
            raise DiscordError(403, 50001, "Missing Access", rule="not-in-guild")
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

    def member_permissions(self, member: Member, guild_id: int | None = None) -> int:
        """Guild-level permissions in a guild (the first by default): @everyone plus the
        member's roles there; the owner and administrators get all."""
        guild = self.guild(guild_id)
        if member.id == guild.owner_id:
            return Permissions.ALL
        value = self.roles[guild.id].permissions
        for role_id in member.roles:
            role = self.roles.get(role_id)
            if role is not None and role.guild_id == guild.id:
                value |= role.permissions
        return Permissions.ALL if value & Permissions.ADMINISTRATOR else value

    def bot_permissions(self, guild_id: int | None = None) -> int:
        """The bot's guild-level permissions in a guild (the first by default)."""
        return self.member_permissions(self.bot, guild_id)

    def require_bot_permissions(self, channel: Channel, needed: int) -> None:
        """Discord's 50013 Missing Permissions when the bot lacks any bit of ``needed``."""
        if channel.is_dm:
            return
        missing = needed & ~self.bot_permissions(channel.guild_id)
        if missing:
            raise DiscordError(
                403, 50013, "Missing Permissions", rule=f"missing-permissions:{missing}"
            )
