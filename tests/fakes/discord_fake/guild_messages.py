"""The messages of the hosted guilds and DMs: created, edited and shown as the bot sees them."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .errors import DiscordError
from .model import Attachment, Channel, Member, StoredMessage, iso_now, walk_components
from .rest import UploadedFile

if TYPE_CHECKING:
    from .model import Snowflakes

__all__ = ["GuildMessages"]


class GuildMessages:
    """GuildState's message store."""

    if TYPE_CHECKING:
        ids: Snowflakes
        attachment_size_limit: int
        base_url: str
        bot: Member
        messages: dict[int, StoredMessage]

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
