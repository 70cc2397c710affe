"""A local fake of Discord's REST API and gateway for end-to-end tests of discord.py bots.

Import it through ``tests/fakes/discord_server.py``; see that module for the overview.
"""

from .errors import DiscordError, FormErrors, MissingIntent
from .gateway import GatewaySession, Intents
from .interactions import InteractionFailed, InteractionRecord
from .model import Attachment, Channel, Member, Permissions, Role, StoredMessage
from .rest import Call, UploadedFile, Violation
from .rules import LIMITS, could_ping
from .server import FakeDiscord

__all__ = [
    "LIMITS",
    "Attachment",
    "Call",
    "Channel",
    "DiscordError",
    "FakeDiscord",
    "FormErrors",
    "GatewaySession",
    "Intents",
    "InteractionFailed",
    "InteractionRecord",
    "Member",
    "MissingIntent",
    "Permissions",
    "Role",
    "StoredMessage",
    "UploadedFile",
    "Violation",
    "could_ping",
]
