"""Running the app: HTTP under uvicorn on $PORT (production; with many workspaces also the
"Add to Slack" pages), or Socket Mode (development)."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import signal
import sys
from collections.abc import Callable
from contextlib import nullcontext

import uvicorn
from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.adapter.asgi import SlackRequestHandler
from slack_bolt.adapter.asgi.http_request import AsgiHttpRequest
from slack_bolt.adapter.socket_mode import SocketModeHandler

from .answering import Answering
from .signed import RawBodyVerifier, Refused, admit

EVENTS_PATH = "/slack/events"
log = logging.getLogger(__name__)


class SignedFirst(SlackRequestHandler):
    """Bolt's ASGI handler, with Slack's signature and the body checked before Bolt reads it."""

    def __init__(self, app: App, signing_secret: str, path: str = EVENTS_PATH,
                 answering: Answering | None = None):
        super().__init__(app, path=path)
        self.verifier = RawBodyVerifier(signing_secret)
        self.answering = answering

    async def dispatch(self, request: AsgiHttpRequest) -> BoltResponse:
        """Refuse what Slack did not sign or Bolt cannot read (one log line); Bolt runs the rest."""
        # Header bytes as latin-1, which cannot fail (Bolt's UTF-8 decoding can, on junk).
        headers = {name.decode("latin-1").lower(): value.decode("latin-1")
                   for name, value in request.raw_headers}
        try:
            bolt_request = admit(self.verifier, await _raw_body(request), request.query_string,
                                 headers)
        except Refused as refused:
            log.warning("refused a request to %s with HTTP %s: %s", self.path, refused.status,
                        refused.reason)
            return BoltResponse(status=refused.status, body="")
        # In a thread, so requests arriving together are acknowledged together: their jobs
        # share one commit (bot/group_commit.py) instead of queueing for the event loop.
        # Workers started beside this process wait while it answers.
        with self.answering.answering() if self.answering else nullcontext():
            return await asyncio.to_thread(self.app.dispatch, bolt_request)

    async def handle_callback(self, request: AsgiHttpRequest) -> BoltResponse:
        """Slack's redirect after "Add to Slack" (many workspaces): Bolt's OAuth flow."""
        bolt_request = BoltRequest(body=await request.get_raw_body(),
                                   query=request.query_string, headers=request.get_headers())
        # In a thread: it waits for Slack (oauth.v2.access, auth.test) and writes the
        # installation, and requests being acknowledged meanwhile must not wait with it.
        return await asyncio.to_thread(self.app.oauth_flow.handle_callback, bolt_request)


async def _raw_body(request: AsgiHttpRequest) -> bytes:
    # Bolt's reader decodes the body as UTF-8, raising on junk before any signature check.
    chunks = bytearray()
    while True:
        message = await request.receive()
        if message["type"] != "http.request":
            raise Refused(400, "the client went away mid-request")
        chunks.extend(message.get("body", b""))
        if not message.get("more_body", False):
            return bytes(chunks)


def asgi(app: App, path: str = EVENTS_PATH, signing_secret: str | None = None,
         answering: Answering | None = None) -> SignedFirst:
    """The app as an ASGI application answering Slack at `path`, signatures checked first.

    The secret is the app's own (create_app keeps it), else SLACK_SIGNING_SECRET as Bolt reads.
    """
    secret = (signing_secret or getattr(app, "signing_secret", None)
              or os.environ.get("SLACK_SIGNING_SECRET", ""))
    return SignedFirst(app, secret, path, answering)


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
               on_exit: Callable[[], None] = lambda: None,
               answering: Answering | None = None) -> None:
    """Serve the app over HTTP with uvicorn until SIGINT/SIGTERM, then run `on_exit`;
    `answering` counts the requests in hand for the workers started beside it."""
    # What start-up built lives as long as the process: the collector need not walk it
    # again and again while requests wait (a full pass over it stalled answers).
    gc.collect()
    gc.freeze()
    config = uvicorn.Config(asgi(app, answering=answering), host=host, port=port, log_level="info",
                            access_log=False, lifespan="off", timeout_graceful_shutdown=10)
    _until_stopped(uvicorn.Server(config).run, on_exit)


def serve_socket(app: App, app_token: str, on_exit: Callable[[], None] = lambda: None) -> None:
    """Connect to Slack over Socket Mode and run until SIGINT/SIGTERM, then run `on_exit`."""
    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s %(message)s")
    _until_stopped(SocketModeHandler(app, app_token).start, on_exit)
