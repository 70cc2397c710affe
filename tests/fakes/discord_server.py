"""A fake Discord (REST API + gateway websocket) on 127.0.0.1 for end-to-end bot tests.

A real, unpatched ``discord.Client``/``commands.Bot`` logs into it::

    server = FakeDiscord(guild_id=G, channel_ids=[C], members=[{"id": U, "username": "ann"}],
                         bot_user_id=B, application_id=A)
    await server.start()
    server.point_discord_py_here()          # Route.BASE and DEFAULT_GATEWAY
    await bot.login(server.token)
    task = asyncio.create_task(bot.connect())
    await bot.wait_until_ready()
    ix = await server.slash_command(U, "review-pitch", subcommand="help")
    await ix.response()
    ...
    await bot.close(); await task
    server.restore_discord_py()
    await server.stop()

More servers: ``server.add_guild(G2, channel_ids=[...], members=[...], roles=[...])`` before
the bot connects hosts another guild with its own channels, members, roles and owner (and,
``bot_installed=False``, one where only users added the app); ``slash_command(...,
force=True)`` and ``click_button(..., forged=True)`` send what Discord's own client would not.

It records every REST call (``server.calls``), enforces Discord's limits and interaction
rules (``server.violations``, with Discord's real error codes sent back to the bot), and only
delivers gateway events the bot identified the intents for. The implementation lives in the
``tests/fakes/discord_fake/`` package (not named ``discord``: that would shadow discord.py
whenever ``tests/fakes`` is on ``sys.path``, e.g. ``python -m pytest`` run from there).
"""

from .discord_fake import (
    LIMITS,
    Attachment,
    Call,
    Channel,
    DiscordError,
    FakeDiscord,
    Intents,
    InteractionFailed,
    InteractionRecord,
    Member,
    MissingIntent,
    Permissions,
    StoredMessage,
    UploadedFile,
    Violation,
    could_ping,
)

__all__ = [
    "LIMITS",
    "Attachment",
    "Call",
    "Channel",
    "DiscordError",
    "FakeDiscord",
    "Intents",
    "InteractionFailed",
    "InteractionRecord",
    "Member",
    "MissingIntent",
    "Permissions",
    "StoredMessage",
    "UploadedFile",
    "Violation",
    "could_ping",
]
