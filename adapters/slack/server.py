"""Running the app: HTTP under uvicorn on $PORT (production), or Socket Mode (development)."""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Callable

import uvicorn
from slack_bolt import App
from slack_bolt.adapter.asgi import SlackRequestHandler
from slack_bolt.adapter.socket_mode import SocketModeHandler

EVENTS_PATH = "/slack/events"


def asgi(app: App, path: str = EVENTS_PATH) -> SlackRequestHandler:
    """The app as an ASGI application answering Slack at `path`."""
    return SlackRequestHandler(app, path=path)


def _until_stopped(run: Callable[[], None], on_exit: Callable[[], None]) -> None:
    # uvicorn re-raises SIGTERM after its graceful shutdown; as SystemExit it lets `on_exit`
    # finish the queued work before the process ends.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        run()
    except KeyboardInterrupt:
        pass
    finally:
        on_exit()


def serve_http(app: App, port: int, host: str = "0.0.0.0",
               on_exit: Callable[[], None] = lambda: None) -> None:
    """Serve the app over HTTP with uvicorn until SIGINT/SIGTERM, then run `on_exit`."""
    config = uvicorn.Config(asgi(app), host=host, port=port, log_level="info",
                            access_log=False, lifespan="off", timeout_graceful_shutdown=10)
    _until_stopped(uvicorn.Server(config).run, on_exit)


def serve_socket(app: App, app_token: str, on_exit: Callable[[], None] = lambda: None) -> None:
    """Connect to Slack over Socket Mode and run until SIGINT/SIGTERM, then run `on_exit`."""
    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s %(message)s")
    _until_stopped(SocketModeHandler(app, app_token).start, on_exit)
