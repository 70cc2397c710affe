"""Interaction callbacks and the interaction webhook (follow-ups, @original), with their rules."""

from __future__ import annotations

import copy
import time
from typing import TYPE_CHECKING, Any

from .errors import DiscordError, FormErrors
from .interactions import APPLICATION_COMMAND, MESSAGE_COMPONENT, MODAL_SUBMIT, InteractionRecord
from .model import StoredMessage
from .rest import Call, Router
from .rules import check_message, check_modal

if TYPE_CHECKING:
    from .server import FakeDiscord

__all__ = ["register_webhook_routes"]

PING, AUTOCOMPLETE = 1, 4
MESSAGE_TYPE_CHAT_INPUT_COMMAND = 20


def _allowed_callbacks(ix: InteractionRecord) -> set[int]:
    if ix.type == APPLICATION_COMMAND:
        return {4, 5, 9}
    if ix.type == MESSAGE_COMPONENT:
        return {4, 5, 6, 7, 9}
    if ix.type == MODAL_SUBMIT:
        # Updating "the message" only makes sense when the modal came from a message's button.
        return {4, 5, 6, 7} if ix.source_message is not None else {4, 5}
    if ix.type == AUTOCOMPLETE:
        return {8}
    return {1} if ix.type == PING else set()


def _truthy(value: str | None) -> bool:
    return (value or "").lower() in ("1", "true")


def register_webhook_routes(server: FakeDiscord, router: Router) -> None:
    """Add the interaction callback and interaction webhook routes to ``router``."""
    state = server.state

    def metadata(ix: InteractionRecord) -> dict[str, Any]:
        return {
            "id": str(ix.id),
            "type": ix.type,
            "user": ix.user.user_payload(),
            "authorizing_integration_owners": ix.payload.get(
                "authorizing_integration_owners", {"0": str(server.guild_id)}
            ),
        }

    def post_as_app(
        ix: InteractionRecord, body: dict[str, Any], call: Call, kind: int
    ) -> StoredMessage:
        channel = state.channels[ix.channel_id]
        return state.create_message(
            channel,
            state.bot,
            body,
            call.files,
            type=kind,
            webhook_id=server.application_id,
            application_id=server.application_id,
            interaction_metadata=metadata(ix),
        )

    async def announce(message: StoredMessage, event: str = "MESSAGE_CREATE") -> None:
        if not message.ephemeral:
            await server.echo(event, server.message_create_payload(message))

    # --- initial response -----------------------------------------------------------------

    def apply_callback(ix: InteractionRecord, call: Call) -> tuple[int, StoredMessage | None]:
        body = call.json if isinstance(call.json, dict) else {}
        kind = body.get("type")
        data = body.get("data") or {}
        allowed = _allowed_callbacks(ix)
        if kind not in allowed:
            errors = FormErrors()
            errors.add(
                ("type",),
                "INTERACTION_RESPONSE_TYPE_INVALID",
                f"Response type {kind} is not valid for interaction type {ix.type}; "
                f"use one of {sorted(allowed)}",
            )
            errors.raise_if_any()
        if kind == 4:
            check_message(data, FormErrors(), ("data",), creating=True, file_count=len(call.files))
            message_type = MESSAGE_TYPE_CHAT_INPUT_COMMAND if ix.type == APPLICATION_COMMAND else 0
            return kind, post_as_app(ix, data, call, message_type)
        if kind == 5:
            loading = {
                "flags": StoredMessage.LOADING
                | ((data.get("flags") or 0) & StoredMessage.EPHEMERAL)
            }
            message_type = MESSAGE_TYPE_CHAT_INPUT_COMMAND if ix.type == APPLICATION_COMMAND else 0
            return kind, post_as_app(ix, loading, call, message_type)
        if kind == 6:
            return kind, ix.source_message
        if kind == 7:
            assert ix.source_message is not None
            check_message(data, FormErrors(), ("data",), creating=False, file_count=len(call.files))
            state.edit_message(ix.source_message, data, call.files)
            return kind, ix.source_message
        if kind == 9:
            errors = FormErrors()
            check_modal(data, errors, ("data",))
            errors.raise_if_any()
            ix.modal = copy.deepcopy(data)
        return kind, None

    async def interaction_callback(call: Call, interaction_id: str, token: str) -> tuple[int, Any]:
        ix = server.interactions.get(int(interaction_id))
        if ix is None or ix.token != token:
            raise DiscordError(404, 10062, "Unknown interaction", rule="unknown-interaction")
        try:
            if ix.acknowledged:
                raise DiscordError(
                    400,
                    40060,
                    "Interaction has already been acknowledged.",
                    rule="already-acknowledged",
                )
            if time.monotonic() - ix.created_at > server.interaction_deadline:
                raise DiscordError(404, 10062, "Unknown interaction", rule="interaction-deadline")
            kind, message = apply_callback(ix, call)
        except DiscordError as error:
            ix._refuse(error)
            raise
        # Accept before any await so a concurrent second answer sees the acknowledgement.
        ix._accept(kind, call.json, message)
        if message is not None and kind in (4, 5):
            await announce(message)
        elif message is not None and kind == 7:
            await announce(message, "MESSAGE_UPDATE")
        if not _truthy(call.query.get("with_response")):
            return 204, None
        summary: dict[str, Any] = {"id": str(ix.id), "type": ix.type}
        if message is not None:
            summary["response_message_id"] = str(message.id)
            summary["response_message_loading"] = kind == 5
            summary["response_message_ephemeral"] = message.ephemeral
        resource: dict[str, Any] = {"type": kind}
        if message is not None and kind in (4, 7):
            resource["message"] = state.message_payload(message)
        return 200, {"interaction": summary, "resource": resource}

    router.add(
        "POST", "/interactions/{interaction_id}/{token}/callback", interaction_callback, auth=False
    )

    # --- the interaction's webhook --------------------------------------------------------

    def webhook_interaction(application_id: str, token: str) -> InteractionRecord:
        ix = next((i for i in server.interactions.values() if i.token == token), None)
        if ix is None or int(application_id) != server.application_id:
            raise DiscordError(404, 10015, "Unknown Webhook", rule="unknown-webhook")
        if time.monotonic() - ix.created_at > server.token_lifetime:
            raise DiscordError(401, 50027, "Invalid Webhook Token", rule="token-expired")
        if not ix.acknowledged:
            # Discord only creates the webhook once the interaction was acknowledged.
            raise DiscordError(404, 10015, "Unknown Webhook", rule="followup-before-response")
        return ix

    def webhook_message(ix: InteractionRecord, message_ref: str) -> StoredMessage:
        if message_ref == "@original":
            found = ix.original
        elif message_ref.isdigit():
            candidates = [ix.original, *ix.followups]
            found = next((m for m in candidates if m and m.id == int(message_ref)), None)
        else:
            found = None
        if found is None or found.deleted:
            raise DiscordError(404, 10008, "Unknown Message", rule="unknown-message")
        return found

    async def execute_webhook(call: Call, application_id: str, token: str) -> tuple[int, Any]:
        ix = webhook_interaction(application_id, token)
        body = call.json or {}
        check_message(body, FormErrors(), creating=True, file_count=len(call.files))
        original = ix.original
        if (
            ix.response_type == 5
            and original is not None
            and original.flags & StoredMessage.LOADING
        ):
            # The first follow-up after a "thinking" defer replaces the loading message.
            state.edit_message(original, body, call.files)
            message = original
            await announce(message, "MESSAGE_UPDATE")
        else:
            message = post_as_app(ix, body, call, 0)
            await announce(message)
        ix._add_followup(message)
        if not _truthy(call.query.get("wait")):
            return 204, None
        return 200, state.message_payload(message)

    async def get_webhook_message(
        call: Call, application_id: str, token: str, message_ref: str
    ) -> tuple[int, Any]:
        ix = webhook_interaction(application_id, token)
        return 200, state.message_payload(webhook_message(ix, message_ref))

    async def edit_webhook_message(
        call: Call, application_id: str, token: str, message_ref: str
    ) -> tuple[int, Any]:
        ix = webhook_interaction(application_id, token)
        message = webhook_message(ix, message_ref)
        body = call.json or {}
        check_message(body, FormErrors(), creating=False, file_count=len(call.files))
        state.edit_message(message, body, call.files)
        await announce(message, "MESSAGE_UPDATE")
        server.changes.notify()
        return 200, state.message_payload(message)

    async def delete_webhook_message(
        call: Call, application_id: str, token: str, message_ref: str
    ) -> tuple[int, Any]:
        ix = webhook_interaction(application_id, token)
        message = webhook_message(ix, message_ref)
        message.deleted = True
        server.changes.notify()
        return 204, None

    webhook = "/webhooks/{application_id}/{token}"
    router.add("POST", webhook, execute_webhook, auth=False)
    router.add("GET", webhook + "/messages/{message_ref}", get_webhook_message, auth=False)
    router.add("PATCH", webhook + "/messages/{message_ref}", edit_webhook_message, auth=False)
    router.add("DELETE", webhook + "/messages/{message_ref}", delete_webhook_message, auth=False)
