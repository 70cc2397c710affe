"""The app served for tests as `rapport serve slack` serves it: uvicorn on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import uvicorn
from slack_bolt import App

from adapters.slack.server import EVENTS_PATH, asgi


def serve_asgi(app: App, timeout: float = 10.0) -> tuple[str, Callable[[], None]]:
    """Serve `app` through the production ASGI entry on a free port; return (events URL, stop)."""
    # log_config=None: uvicorn's own loggers propagate, so a test sees any traceback it logs.
    config = uvicorn.Config(asgi(app), host="127.0.0.1", port=0, lifespan="off",
                            log_config=None, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]

    def stop() -> None:
        """Stop serving and wait for the server thread."""
        server.should_exit = True
        thread.join(timeout=10)

    return f"http://127.0.0.1:{port}{EVENTS_PATH}", stop
