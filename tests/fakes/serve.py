"""Serve a slack-bolt ``App`` over real HTTP on 127.0.0.1 for tests."""

from __future__ import annotations

import threading
from collections.abc import Callable
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

__all__ = ["serve_bolt_app"]


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    # The default backlog of 5 makes bursts of concurrent requests stall for a 1 s SYN retry.
    request_queue_size = 128


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - base signature
        """Keep test output free of access logs."""


def serve_bolt_app(app: App, path: str = "/slack/events") -> tuple[str, Callable[[], None]]:
    """Serve ``app`` through Bolt's WSGI adapter on an ephemeral port; return (events URL, stop)."""
    handler = SlackRequestHandler(app, path=path)
    server = make_server(
        "127.0.0.1",
        0,
        handler,
        server_class=_ThreadingWSGIServer,
        handler_class=_QuietHandler,
    )
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.05},
        name="bolt-wsgi",
        daemon=True,
    )
    thread.start()
    stopped = threading.Event()

    def stop() -> None:
        if stopped.is_set():
            return
        stopped.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

    return f"http://127.0.0.1:{server.server_address[1]}{path}", stop
