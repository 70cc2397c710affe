"""How a hosted guild, and a member of it, look on the wire (REST and GUILD_CREATE)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .guild import Guild
    from .model import Channel, Member, Role

__all__ = ["GuildPayloads"]


class GuildPayloads:
    """GuildState's payload builders, per guild (the first one by default)."""

    if TYPE_CHECKING:
        bot: Member
        members: dict[int, Member]
        roles: dict[int, Role]
        channels: dict[int, Channel]

        def guild(self, guild_id: int | None = None) -> Guild: ...

    def guild_members(self, guild_id: int | None = None) -> list[Member]:
        """The members of a guild, the bot included where it is installed."""
        return [self.members[m] for m in self.guild(guild_id).member_ids]

    def guild_channels(self, guild_id: int | None = None) -> list[Channel]:
        """A guild's text channels, in order."""
        wanted = self.guild(guild_id).id
        return [c for c in self.channels.values() if not c.is_dm and c.guild_id == wanted]

    def guild_roles(self, guild_id: int | None = None) -> list[Role]:
        """A guild's roles, @everyone first."""
        wanted = self.guild(guild_id).id
        return [r for r in self.roles.values() if r.guild_id == wanted]

    def guild_member_payload(
        self, member: Member, guild_id: int | None, permissions: int | None = None
    ) -> dict[str, Any]:
        """The member object in one guild: only that guild's roles are listed."""
        data = member.member_payload(permissions)
        if guild_id is not None:
            mine = {str(r.id) for r in self.guild_roles(guild_id)}
            data["roles"] = [r for r in data["roles"] if r in mine]
        return data

    def guild_payload(self, guild_id: int | None = None) -> dict[str, Any]:
        """The guild object (REST shape)."""
        guild = self.guild(guild_id)
        text_channels = self.guild_channels(guild.id)
        return {
            "id": str(guild.id),
            "name": guild.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(guild.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 1,
            "explicit_content_filter": 0,
            "roles": [r.payload() for r in self.guild_roles(guild.id)],
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

    def guild_create_payload(
        self, *, all_members: bool, guild_id: int | None = None
    ) -> dict[str, Any]:
        """GUILD_CREATE: the guild plus channels and members.

        Without the presences intent Discord lists only the bot itself (and voice users), while
        ``member_count`` stays the real total; a bot must not rely on the member cache.
        """
        guild = self.guild(guild_id)
        members = self.guild_members(guild.id)
        listed = members if all_members else [self.bot]
        return self.guild_payload(guild.id) | {
            "joined_at": self.bot.joined_at,
            "large": False,
            "unavailable": False,
            "member_count": len(members),
            "members": [self.guild_member_payload(m, guild.id) for m in listed],
            "channels": [c.payload() for c in self.guild_channels(guild.id)],
            "threads": [],
            "presences": [],
            "voice_states": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }
