"""`rapport serve slack [--socket]`: the Slack app (the Procfile's `web` process)."""

from __future__ import annotations

import multiprocessing

import typer

from .failure import fail


def register(serve: typer.Typer) -> None:
    """Add `slack` to the serve group; slack-bolt is only imported when it runs."""

    @serve.command("slack")
    def slack(
        socket: bool = typer.Option(False, "--socket",
                                    help="Socket Mode (needs SLACK_APP_TOKEN) instead of HTTP"),
        host: str = typer.Option("0.0.0.0", "--host", help="the interface to serve HTTP on"),
        workers: int = typer.Option(2, "--workers", min=0,
                                    help="worker processes started alongside (0: leave the "
                                         "jobs to `rapport worker` processes)"),
    ) -> None:
        """Run Rapport on Slack: HTTP on $PORT at /slack/events, or Socket Mode with --socket."""
        # Slack's stack loads only for `serve slack`: `rapport check` and the other verbs
        # start fast and small without it. The core stays out of this process: its
        # listeners only answer and write jobs, and the work runs in worker processes.
        from slack_sdk.errors import SlackApiError

        from adapters.slack.answering import Answering
        from adapters.slack.client import web_client
        from adapters.slack.config import SettingsError, load_settings
        from adapters.slack.jobs import SlackJobs
        from adapters.slack.server import serve_http, serve_socket
        from adapters.slack.web import listening_app
        from adapters.slack.workers import ProcessWorkers, worker_surface
        from bot.config import database_url_in_use
        from bot.db import open_database
        from bot.outbox import Outbox

        try:
            settings = load_settings(socket)
        except SettingsError as exc:
            fail(str(exc), 2)
        engine = open_database(database_url_in_use(settings.database_url))
        client = web_client(settings)
        try:
            # Many workspaces: no token of its own; each workspace's is checked per request.
            if not settings.many_workspaces:
                client.auth_test()
        except SlackApiError as exc:
            fail(f"Slack refused SLACK_BOT_TOKEN: {exc.response.get('error')}", 2)
        except OSError as exc:
            fail(f"cannot reach Slack at SLACK_API_URL {settings.slack_api_url}: {exc}", 2)
        jobs = SlackJobs(Outbox(engine, kinds="slack."))
        # Workers on this host let the web process answer first (adapters/slack/answering.py).
        answering = Answering(multiprocessing.get_context("spawn"))
        pool = (ProcessWorkers(settings, worker_surface, workers, answering=answering)
                if workers else None)
        app = listening_app(settings, engine, client, jobs)
        on_exit = pool.close if pool else (lambda: None)
        if socket:
            serve_socket(app, settings.slack_app_token, on_exit=on_exit)
        else:
            serve_http(app, settings.port, host, on_exit=on_exit, answering=answering)
