"""Starting the gateway worker from settings: what `rapport serve discord` runs."""

from __future__ import annotations

import logging

import aiohttp
import discord
from discord.http import Route

from bot.service import Rapport

from .app import RapportBot
from .core import Core
from .endpoints import point_discord_at
from .jobs import DiscordJobs
from .settings import DiscordSettings, SettingsError
from .worker import WorkerDied


def build(settings: DiscordSettings, service: Rapport | None = None, *,
          outbox_options: dict | None = None, **options) -> RapportBot:
    """A bot for these settings, on the given service or the one DATABASE_URL names, with
    its jobs in that database's outbox (made with `outbox_options`: lease, base_delay, …)."""
    point_discord_at(settings.discord_api_url, settings.discord_gateway_url)
    service = service or Rapport.from_env(auto_enrol=True, database_url=settings.database_url)
    jobs = DiscordJobs.on(service.engine, **(outbox_options or {}))
    core = Core(service, settings.rapport_review_channel, jobs)
    return RapportBot(core, sync_guild_id=settings.discord_guild_id, **options)


def serve(settings: DiscordSettings) -> None:
    """Run until interrupted; a rejected token is one line, not a traceback; WorkerDied
    when the job worker died (the caller exits non-zero so the platform restarts us)."""
    bot = build(settings)
    discord.utils.setup_logging(level=logging.INFO)
    try:
        bot.run(settings.discord_token, log_handler=None)
    except discord.LoginFailure:
        raise SettingsError("Discord refused DISCORD_TOKEN: copy the bot token again from the "
                            "developer portal (Bot → Reset Token)") from None
    except discord.PrivilegedIntentsRequired as exc:  # not expected: Rapport asks for none
        raise SettingsError(str(exc)) from None
    except (OSError, aiohttp.ClientError, discord.GatewayNotFound) as exc:
        # Login is the first call out: a network down, a wrong DISCORD_API_URL or a Discord
        # outage ends here, said in one line rather than a traceback.
        raise SettingsError(f"can't reach Discord at {Route.BASE}: {exc}") from None
    if bot.failure is not None:
        raise WorkerDied(f"the Discord job worker died ({type(bot.failure).__name__}: "
                         f"{bot.failure}); exiting so the process is restarted")
