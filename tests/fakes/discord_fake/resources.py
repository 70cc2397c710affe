"""Bot-token REST routes: login, gateway info, commands, channels, messages, reactions, DMs."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from .errors import DiscordError, FormErrors
from .model import Permissions, emoji_key
from .rest import Call, Router
from .rules import CHANNEL_MESSAGE_FLAGS, check_commands, check_message

if TYPE_CHECKING:
    from .server import FakeDiscord

__all__ = ["register_resource_routes"]

MAX_REACTION_KINDS = 20


def register_resource_routes(server: FakeDiscord, router: Router) -> None:
    """Add every bot-token route to ``router``."""
    state = server.state

    def require_app(application_id: str) -> None:
        if int(application_id) != server.application_id:
            raise DiscordError(403, 50001, "Missing Access", rule="wrong-application")

    def require_guild(guild_id: str) -> int:
        # A guild the bot is not in is as unknown to it as one that does not exist.
        guild = state.guilds.get(int(guild_id))
        if guild is None or not guild.bot_installed:
            raise DiscordError(404, 10004, "Unknown Guild", rule="unknown-guild")
        return guild.id

    # --- login and gateway ----------------------------------------------------------------

    async def get_current_user(call: Call) -> tuple[int, Any]:
        return 200, server.current_user_payload()

    async def get_application(call: Call) -> tuple[int, Any]:
        owner = state.members.get(state.owner_id) or state.bot
        return 200, {
            "id": str(server.application_id),
            "name": state.bot.username,
            "description": "",
            "icon": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": owner.user_payload(),
            "team": None,
            "verify_key": "0" * 64,
            "flags": 0,
            "summary": "",
            "bot": state.bot.user_payload(),
            "redirect_uris": [],
            "interactions_endpoint_url": None,
            "approximate_guild_count": len(state.installed_guilds()),
            "integration_types_config": {"0": {}},
        }

    async def get_gateway(call: Call) -> tuple[int, Any]:
        return 200, {"url": server.gateway_url}

    async def get_gateway_bot(call: Call) -> tuple[int, Any]:
        limit = {"total": 1000, "remaining": 999, "reset_after": 14_400_000, "max_concurrency": 1}
        return 200, {"url": server.gateway_url, "shards": 1, "session_start_limit": limit}

    for template in ("/oauth2/applications/@me", "/applications/@me"):
        router.add("GET", template, get_application)
    router.add("GET", "/users/@me", get_current_user)
    router.add("GET", "/gateway", get_gateway, auth=False)
    router.add("GET", "/gateway/bot", get_gateway_bot)

    # --- application commands -------------------------------------------------------------

    def overwrite(scope: int | None, body: Any) -> list[dict[str, Any]]:
        if not isinstance(body, list):
            raise DiscordError(
                400,
                50035,
                "Invalid Form Body",
                {
                    "_errors": [
                        {
                            "code": "LIST_TYPE_CONVERT",
                            "message": "Only iterables may be used in a ListType",
                        }
                    ]
                },
                rule="invalid-form-body",
            )
        errors = FormErrors()
        check_commands(body, errors)
        errors.raise_if_any()
        previous = {(c["name"], c.get("type", 1)): c for c in server.commands.get(scope, [])}
        stored = []
        for command in body:
            kind = command.get("type", 1)
            old = previous.get((command["name"], kind))
            # Discord keeps a command's id across overwrites when name and type match.
            ident = old["id"] if old else str(state.ids.next())
            echoed = {
                "id": ident,
                "application_id": str(server.application_id),
                "version": str(state.ids.next()),
                "default_member_permissions": None,
                "type": kind,
                "nsfw": False,
                "integration_types": [0],
                "contexts": None,
            } | copy.deepcopy(command)
            echoed.setdefault("description", "")
            if scope is not None:
                echoed["guild_id"] = str(scope)
            stored.append(echoed)
        server.commands[scope] = stored
        return copy.deepcopy(stored)

    async def put_global_commands(call: Call, application_id: str) -> tuple[int, Any]:
        require_app(application_id)
        return 200, overwrite(None, call.json)

    async def get_global_commands(call: Call, application_id: str) -> tuple[int, Any]:
        require_app(application_id)
        return 200, copy.deepcopy(server.commands.get(None, []))

    async def put_guild_commands(call: Call, application_id: str, guild_id: str) -> tuple[int, Any]:
        require_app(application_id)
        return 200, overwrite(require_guild(guild_id), call.json)

    async def get_guild_commands(call: Call, application_id: str, guild_id: str) -> tuple[int, Any]:
        require_app(application_id)
        return 200, copy.deepcopy(server.commands.get(require_guild(guild_id), []))

    router.add("PUT", "/applications/{application_id}/commands", put_global_commands)
    router.add("GET", "/applications/{application_id}/commands", get_global_commands)
    guild_commands = "/applications/{application_id}/guilds/{guild_id}/commands"
    router.add("PUT", guild_commands, put_guild_commands)
    router.add("GET", guild_commands, get_guild_commands)

    # --- users, guild, channels -----------------------------------------------------------

    async def get_user(call: Call, user_id: str) -> tuple[int, Any]:
        member = state.members.get(int(user_id))
        if member is None:
            raise DiscordError(404, 10013, "Unknown User", rule="unknown-user")
        return 200, member.user_payload()

    async def create_dm(call: Call) -> tuple[int, Any]:
        recipient = (call.json or {}).get("recipient_id")
        if recipient is None:
            errors = FormErrors()
            errors.add(("recipient_id",), "BASE_TYPE_REQUIRED", "This field is required")
            errors.raise_if_any()
        return 200, state.open_dm(int(recipient)).payload()

    async def get_guild(call: Call, guild_id: str) -> tuple[int, Any]:
        guild = require_guild(guild_id)
        count = len(state.guild_members(guild))
        return 200, state.guild_payload(guild) | {"approximate_member_count": count}

    async def get_guild_member(call: Call, guild_id: str, user_id: str) -> tuple[int, Any]:
        guild = require_guild(guild_id)
        member = state.members.get(int(user_id))
        if member is None or not state.in_guild(member.id, guild):
            raise DiscordError(404, 10007, "Unknown Member", rule="unknown-member")
        return 200, state.guild_member_payload(member, guild)

    async def get_guild_channels(call: Call, guild_id: str) -> tuple[int, Any]:
        return 200, [c.payload() for c in state.guild_channels(require_guild(guild_id))]

    async def get_guild_roles(call: Call, guild_id: str) -> tuple[int, Any]:
        return 200, [r.payload() for r in state.guild_roles(require_guild(guild_id))]

    async def get_channel(call: Call, channel_id: str) -> tuple[int, Any]:
        return 200, state.channel(channel_id).payload()

    async def trigger_typing(call: Call, channel_id: str) -> tuple[int, Any]:
        state.channel(channel_id)
        return 204, None

    router.add("GET", "/users/{user_id}", get_user)
    router.add("POST", "/users/@me/channels", create_dm)
    router.add("GET", "/guilds/{guild_id}", get_guild)
    router.add("GET", "/guilds/{guild_id}/members/{user_id}", get_guild_member)
    router.add("GET", "/guilds/{guild_id}/channels", get_guild_channels)
    router.add("GET", "/guilds/{guild_id}/roles", get_guild_roles)
    router.add("GET", "/channels/{channel_id}", get_channel)
    router.add("POST", "/channels/{channel_id}/typing", trigger_typing)

    # --- messages -------------------------------------------------------------------------

    async def create_message(call: Call, channel_id: str) -> tuple[int, Any]:
        channel = state.channel(channel_id)
        body = call.json or {}
        needed = Permissions.VIEW_CHANNEL | Permissions.SEND_MESSAGES
        if call.files:
            needed |= Permissions.ATTACH_FILES
        state.require_bot_permissions(channel, needed)
        if channel.is_dm and (
            channel.recipient is None or channel.recipient.bot or not channel.recipient.accepts_dms
        ):
            raise DiscordError(403, 50007, "Cannot send messages to this user", rule="dm-refused")
        errors = FormErrors()
        reference = body.get("message_reference")
        if reference and int(reference.get("message_id", 0)) not in state.messages and \
                reference.get("fail_if_not_exists", True) is not False:
            errors.add(
                ("message_reference",), "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message"
            )
        check_message(
            body,
            errors,
            creating=True,
            file_count=len(call.files),
            allowed_flags=CHANNEL_MESSAGE_FLAGS,
        )
        message = state.create_message(channel, state.bot, body, call.files)
        await server.echo("MESSAGE_CREATE", server.message_create_payload(message))
        return 200, state.message_payload(message)

    async def get_messages(call: Call, channel_id: str) -> tuple[int, Any]:
        channel = state.channel(channel_id)
        state.require_bot_permissions(channel, Permissions.READ_MESSAGE_HISTORY)
        limit = min(int(call.query.get("limit", 50)), 100)
        visible = [m for m in state.channel_messages(channel.id) if not m.ephemeral]
        return 200, [state.message_payload(m) for m in reversed(visible)][:limit]

    async def get_message(call: Call, channel_id: str, message_id: str) -> tuple[int, Any]:
        channel = state.channel(channel_id)
        state.require_bot_permissions(channel, Permissions.READ_MESSAGE_HISTORY)
        return 200, state.message_payload(state.message(channel_id, message_id))

    async def edit_message(call: Call, channel_id: str, message_id: str) -> tuple[int, Any]:
        message = state.message(channel_id, message_id)
        if message.author.id != state.bot.id:
            raise DiscordError(
                403, 50005, "Cannot edit a message authored by another user", rule="edit-others"
            )
        body = call.json or {}
        check_message(
            body,
            FormErrors(),
            creating=False,
            file_count=len(call.files),
            allowed_flags=CHANNEL_MESSAGE_FLAGS,
        )
        state.edit_message(message, body, call.files)
        await server.echo("MESSAGE_UPDATE", server.message_create_payload(message))
        return 200, state.message_payload(message)

    async def delete_message(call: Call, channel_id: str, message_id: str) -> tuple[int, Any]:
        message = state.message(channel_id, message_id)
        if message.author.id != state.bot.id:
            state.require_bot_permissions(state.channel(channel_id), Permissions.MANAGE_MESSAGES)
        message.deleted = True
        event = {"id": str(message.id), "channel_id": str(message.channel_id)}
        if message.guild_id is not None:
            event["guild_id"] = str(message.guild_id)
        await server.echo("MESSAGE_DELETE", event)
        return 204, None

    messages = "/channels/{channel_id}/messages"
    router.add("POST", messages, create_message)
    router.add("GET", messages, get_messages)
    router.add("GET", messages + "/{message_id}", get_message)
    router.add("PATCH", messages + "/{message_id}", edit_message)
    router.add("DELETE", messages + "/{message_id}", delete_message)

    # --- reactions ------------------------------------------------------------------------

    def reaction_target(channel_id: str, message_id: str, emoji: str) -> tuple[Any, str]:
        message = state.message(channel_id, message_id)
        key = emoji_key(emoji)
        if ":" in key:
            # The fake guild has no custom emojis, so any custom one is unknown.
            raise DiscordError(400, 10014, "Unknown Emoji", rule="unknown-emoji")
        return message, key

    async def add_own_reaction(
        call: Call, channel_id: str, message_id: str, emoji: str
    ) -> tuple[int, Any]:
        message, key = reaction_target(channel_id, message_id, emoji)
        channel = state.channel(channel_id)
        needed = Permissions.READ_MESSAGE_HISTORY
        if not message.reactions.get(key):
            needed |= Permissions.ADD_REACTIONS
            if len([k for k, users in message.reactions.items() if users]) >= MAX_REACTION_KINDS:
                raise DiscordError(
                    400,
                    30010,
                    "Maximum number of reactions reached (20)",
                    rule="too-many-reactions",
                )
        state.require_bot_permissions(channel, needed)
        users = message.reactions.setdefault(key, [])
        if state.bot.id not in users:
            users.append(state.bot.id)
            event = server.reaction_event(state.bot, message, key, adding=True)
            await server.echo("MESSAGE_REACTION_ADD", event)
        return 204, None

    async def remove_reaction(
        call: Call, channel_id: str, message_id: str, emoji: str, user: str
    ) -> tuple[int, Any]:
        message, key = reaction_target(channel_id, message_id, emoji)
        if user == "@me":
            member = state.bot
        else:
            state.require_bot_permissions(state.channel(channel_id), Permissions.MANAGE_MESSAGES)
            member = state.members.get(int(user))
            if member is None:
                raise DiscordError(404, 10013, "Unknown User", rule="unknown-user")
        users = message.reactions.get(key, [])
        if member.id in users:
            users.remove(member.id)
            event = server.reaction_event(member, message, key, adding=False)
            await server.echo("MESSAGE_REACTION_REMOVE", event)
        return 204, None

    async def get_reactions(
        call: Call, channel_id: str, message_id: str, emoji: str
    ) -> tuple[int, Any]:
        message, key = reaction_target(channel_id, message_id, emoji)
        return 200, [state.members[u].user_payload() for u in message.reactions.get(key, [])]

    reactions = messages + "/{message_id}/reactions/{emoji}"
    router.add("PUT", reactions + "/@me", add_own_reaction)
    router.add("DELETE", reactions + "/{user}", remove_reaction)
    router.add("GET", reactions, get_reactions)
