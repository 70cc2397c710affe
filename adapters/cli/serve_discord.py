"""`rapport serve discord`: the Discord gateway worker (the Procfile's `discord` process)."""

from __future__ import annotations

import typer

from .failure import fail


def register(serve: typer.Typer) -> None:
    """Add `discord` to the serve group; discord.py is only imported when it runs."""

    @serve.command("discord")
    def discord_worker() -> None:
        """Run the Discord bot: /review-pitch, report embeds, ✅/🔁 reactions and buttons."""
        # discord.py loads only for `serve discord`: the other verbs start without it.
        from adapters.discord_bot.runner import serve as run
        from adapters.discord_bot.settings import SettingsError, load_settings
        from adapters.discord_bot.worker import WorkerDied

        try:
            settings = load_settings()
            run(settings)
        except SettingsError as exc:
            fail(str(exc), 2)
        except WorkerDied as exc:
            # Non-zero, unlike a normal stop: the platform restarts the process, and with it
            # the jobs (they are in the database).
            fail(str(exc), 1)
