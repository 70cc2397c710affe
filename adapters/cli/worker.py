"""`rapport worker`: the Procfile's `worker` process, doing the Slack work web processes
acknowledged (the jobs in the database's outbox)."""

from __future__ import annotations

import signal
import threading

import typer

from adapters.signals import stop_on

from .failure import fail


def register(app: typer.Typer) -> None:
    """Add the `worker` verb; slack-bolt is only imported when it runs."""

    @app.command("worker")
    def worker(
        processes: int = typer.Option(1, "--processes", min=1,
                                      help="worker processes to run (and replace if one dies)"),
    ) -> None:
        """Claim and run the jobs Slack's web processes wrote, until SIGTERM or Ctrl-C."""
        # Slack's stack loads only for this verb: the other verbs start fast without it.
        from slack_sdk.errors import SlackApiError

        from adapters.slack.app import build_surface
        from adapters.slack.client import web_client
        from adapters.slack.config import SettingsError, load_settings
        from adapters.slack.workers import ProcessWorkers
        from bot.service import Rapport

        try:
            settings = load_settings(worker=True)
        except SettingsError as exc:
            fail(str(exc), 2)
        Rapport.from_env(database_url=settings.database_url)  # the schema, checked once
        try:
            # Many workspaces: no token of its own; each job uses its workspace's token.
            if not settings.many_workspaces:
                web_client(settings).auth_test()
        except SlackApiError as exc:
            fail(f"Slack refused SLACK_BOT_TOKEN: {exc.response.get('error')}", 2)
        except OSError as exc:
            fail(f"cannot reach Slack at SLACK_API_URL {settings.slack_api_url}: {exc}", 2)
        stopping = threading.Event()
        stop_on(stopping, signal.SIGTERM, signal.SIGINT)
        pool = ProcessWorkers(settings, build_surface, processes)
        typer.echo(f"rapport worker: {processes} process(es) running Slack jobs", err=True)
        stopping.wait()
        pool.close()  # each worker finishes its current job first
