"""Interactions as Discord creates them, and what the bot answered to each."""

from __future__ import annotations

import asyncio
import secrets
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import DiscordError
from .model import Member, StoredMessage, walk_components
from .waiting import Changes

if TYPE_CHECKING:
    from .server import FakeDiscord

__all__ = [
    "InteractionFailed",
    "InteractionRecord",
    "build_command_data",
    "build_modal_submit_components",
]

APPLICATION_COMMAND, MESSAGE_COMPONENT, MODAL_SUBMIT = 2, 3, 5
CALLBACK_NAMES = {
    1: "PONG",
    4: "CHANNEL_MESSAGE_WITH_SOURCE",
    5: "DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE",
    6: "DEFERRED_UPDATE_MESSAGE",
    7: "UPDATE_MESSAGE",
    8: "APPLICATION_COMMAND_AUTOCOMPLETE_RESULT",
    9: "MODAL",
}


class InteractionFailed(AssertionError):  # noqa: N818 - what the Discord client shows the user
    """The bot's first answer was refused, so the user saw "This interaction failed"."""


@dataclass
class InteractionRecord:
    """One interaction sent to the bot, and every answer the bot gave to it."""

    id: int
    token: str
    type: int
    user: Member
    channel_id: int
    payload: dict[str, Any]
    created_at: float = field(default_factory=time.monotonic)
    source_message: StoredMessage | None = None
    opened_by: InteractionRecord | None = None
    response_type: int | None = None
    callback: dict[str, Any] | None = None
    original: StoredMessage | None = None
    modal: dict[str, Any] | None = None
    followups: list[StoredMessage] = field(default_factory=list)
    refused: list[DiscordError] = field(default_factory=list)
    modal_submitted: bool = False
    changes: Changes = field(default_factory=Changes, repr=False)
    _answered: asyncio.Event = field(default_factory=asyncio.Event, repr=False)

    @classmethod
    def new(cls, ident: int, **kwargs: Any) -> InteractionRecord:
        """A record with a fresh random token, as Discord issues them."""
        return cls(id=ident, token=f"aW50ZXJhY3Rpb246{secrets.token_urlsafe(48)}", **kwargs)

    @property
    def acknowledged(self) -> bool:
        """Whether an initial response was accepted."""
        return self.response_type is not None

    @property
    def response_name(self) -> str | None:
        """Name of the accepted callback type, e.g. ``"MODAL"``."""
        return CALLBACK_NAMES.get(self.response_type) if self.response_type else None

    async def response(self, timeout: float = 5.0) -> dict[str, Any]:
        """Wait for the first answer; return the accepted callback or raise InteractionFailed."""
        try:
            await asyncio.wait_for(self._answered.wait(), timeout)
        except TimeoutError:
            raise TimeoutError(
                f"the bot did not answer interaction {self.id} in {timeout}s"
            ) from None
        if self.callback is None:
            raise InteractionFailed(f"the bot's answer was refused: {self.refused[0]}")
        return self.callback

    async def wait_followups(self, count: int = 1, timeout: float = 5.0) -> list[StoredMessage]:
        """Wait until at least ``count`` follow-up messages were sent; return them all."""
        await self.changes.wait_until(
            lambda: len(self.followups) >= count,
            timeout,
            lambda: f"{len(self.followups)} follow-ups after {timeout}s, wanted {count}",
        )
        return list(self.followups)

    def _accept(
        self, response_type: int, body: dict[str, Any], original: StoredMessage | None
    ) -> None:
        self.response_type, self.callback, self.original = response_type, body, original
        self._answered.set()
        self.changes.notify()

    def _refuse(self, error: DiscordError) -> None:
        self.refused.append(error)
        self._answered.set()
        self.changes.notify()

    def _add_followup(self, message: StoredMessage) -> None:
        self.followups.append(message)
        self.changes.notify()


def _find_command(server: FakeDiscord, name: str, guild_id: int | None) -> dict[str, Any]:
    # Guild commands only exist inside their guild, and only where the bot is installed; DMs
    # and guilds where only users added the app see global commands only.
    local = guild_id is not None and server.state.guild(guild_id).bot_installed
    for scope in (guild_id, None) if local else (None,):
        for command in server.commands.get(scope, []):
            if command["name"] == name and command.get("type", 1) == 1:
                return command
    registered = {scope: [c["name"] for c in cmds] for scope, cmds in server.commands.items()}
    raise LookupError(f"no slash command {name!r} is registered (registered: {registered})")


def _resolve_path(
    command: dict[str, Any], subcommand: str | None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Return (schema of the invoked (sub)command's options, wrappers from outermost)."""
    schema = command.get("options") or []
    wrappers: list[dict[str, Any]] = []
    for part in (subcommand or "").split():
        match = next((o for o in schema if o["name"] == part and o["type"] in (1, 2)), None)
        if match is None:
            raise LookupError(f"{command['name']} has no subcommand {part!r}")
        wrappers.append(match)
        schema = match.get("options") or []
    if any(o["type"] in (1, 2) for o in schema):
        raise LookupError(
            f"{command['name']} needs a subcommand; options: {[o['name'] for o in schema]}"
        )
    return schema, wrappers


def _pickable(channel: Any, option: dict[str, Any], guild_id: int | None) -> bool:
    # Discord's channel picker offers the channels of the guild the command runs in, of the
    # option's channel types only.
    types = option.get("channel_types")
    return channel.guild_id == guild_id and (not types or channel.type in types)


def _coerce(
    server: FakeDiscord,
    option: dict[str, Any],
    value: Any,
    resolved: dict[str, Any],
    guild_id: int | None,
) -> Any:
    kind = option["type"]
    if kind == 3:
        value = str(value)
        low, high = option.get("min_length", 0), option.get("max_length", 6000)
        if not low <= len(value) <= high:
            raise ValueError(f"option {option['name']}: length must be in {low}..{high}")
    elif kind == 4:
        value = int(value)
    elif kind == 5:
        value = bool(value)
    elif kind == 10:
        value = float(value)
    elif kind in (6, 9) and int(value) in server.members:
        member = server.members[int(value)]
        resolved.setdefault("users", {})[str(member.id)] = member.user_payload()
        entry = member.member_payload(server.state.member_permissions(member))
        entry.pop("user")
        resolved.setdefault("members", {})[str(member.id)] = entry
        value = str(member.id)
    elif (
        kind == 7
        and int(value) in server.channels
        and _pickable(server.channels[int(value)], option, guild_id)
    ):
        channel = server.channels[int(value)]
        resolved.setdefault("channels", {})[str(channel.id)] = channel.payload() | {
            "permissions": str(server.state.bot_permissions(guild_id))
        }
        value = str(channel.id)
    elif kind in (8, 9) and int(value) in server.roles:
        resolved.setdefault("roles", {})[str(value)] = server.roles[int(value)].payload()
        value = str(value)
    else:
        raise ValueError(f"option {option['name']}: no user/channel/role {value!r} in the guild")
    choices = option.get("choices")
    if choices and value not in [c["value"] for c in choices]:
        raise ValueError(f"option {option['name']}: {value!r} is not one of the choices")
    return value


def build_command_data(
    server: FakeDiscord,
    name: str,
    options: dict[str, Any] | None,
    subcommand: str | None,
    *,
    in_dm: bool = False,
    guild_id: int | None = None,
) -> dict[str, Any]:
    """The ``data`` of an APPLICATION_COMMAND interaction, checked against the registered schema;
    run in ``guild_id`` (the first guild by default) or, ``in_dm``, in a DM."""
    guild_id = None if in_dm else (guild_id if guild_id is not None else server.guild_id)
    command = _find_command(server, name, guild_id)
    schema, wrappers = _resolve_path(command, subcommand)
    given = dict(options or {})
    resolved: dict[str, Any] = {}
    leaf: list[dict[str, Any]] = []
    for option in schema:
        if option["name"] not in given:
            if option.get("required"):
                raise ValueError(f"required option {option['name']!r} missing")
            continue
        value = _coerce(server, option, given.pop(option["name"]), resolved, guild_id)
        leaf.append({"name": option["name"], "type": option["type"], "value": value})
    if given:
        raise ValueError(f"unknown options {sorted(given)} for /{name} {subcommand or ''}".rstrip())
    for wrapper in reversed(wrappers):
        leaf = [{"name": wrapper["name"], "type": wrapper["type"], "options": leaf}]
    data: dict[str, Any] = {"id": command["id"], "name": name, "type": 1}
    if leaf:
        data["options"] = leaf
    if resolved:
        data["resolved"] = resolved
    if command.get("guild_id"):
        data["guild_id"] = command["guild_id"]
    return data


def _submitted(component: dict[str, Any], values: dict[str, Any], used: set[str]) -> dict[str, Any]:
    out: dict[str, Any] = {"type": component["type"], "id": component["id"]}
    custom_id = component.get("custom_id")
    if custom_id is None:
        return out
    out["custom_id"] = custom_id
    if component["type"] == 4:
        value = values.get(custom_id, "")
        used.add(custom_id)
        if not isinstance(value, str):
            raise TypeError(f"text input {custom_id!r} takes a string")
        if component.get("required", True) and not value:
            raise ValueError(f"text input {custom_id!r} is required")
        low, high = component.get("min_length", 0), component.get("max_length", 4000)
        if value and not low <= len(value) <= high:
            raise ValueError(f"text input {custom_id!r}: length must be in {low}..{high}")
        out["value"] = value
    else:
        chosen = values.get(custom_id, [])
        used.add(custom_id)
        out["values"] = [chosen] if isinstance(chosen, str) else list(chosen)
    return out


def build_modal_submit_components(
    modal: dict[str, Any], values: dict[str, Any]
) -> list[dict[str, Any]]:
    """What the Discord client sends back for ``modal`` filled with ``values`` (by custom_id)."""
    # Discord numbers components that came without an id; submissions echo those numbers.
    for number, component in enumerate(walk_components(modal["components"]), start=1):
        component.setdefault("id", number)
    used: set[str] = set()
    out: list[dict[str, Any]] = []
    for top in modal["components"]:
        if top["type"] == 1:
            inner = [_submitted(c, values, used) for c in top.get("components", [])]
            out.append({"type": 1, "id": top["id"], "components": inner})
        elif top["type"] == 18:
            out.append(
                {
                    "type": 18,
                    "id": top["id"],
                    "component": _submitted(top["component"], values, used),
                }
            )
        else:
            out.append({"type": top["type"], "id": top["id"]})
    unknown = set(values) - used
    if unknown:
        raise ValueError(f"modal {modal['custom_id']!r} has no inputs {sorted(unknown)}")
    return out
