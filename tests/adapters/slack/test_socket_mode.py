"""Socket Mode: the same app over a WebSocket, as `rapport serve slack --socket` runs it."""

import json
import threading
from urllib.parse import parse_qsl

from slack_bolt.adapter.socket_mode import SocketModeHandler

from tests.fakes.slack_requests import event_callback, reaction_added, slash_command

from .conftest import ALICE, BOB, REVIEW, header, texts
from .socket_link import SocketModeLink

APP_TOKEN = "xoxa-test-app-token"  # the mock accepts only xox… tokens


def test_command_and_reaction_over_socket_mode(settings, service, mock, make_app):
    link = SocketModeLink()
    mock.respond_with("apps.connections.open", {"url": link.url})
    handler = SocketModeHandler(make_app(), APP_TOKEN)
    handler.connect()
    try:
        assert link.connected.wait(5)
        body, _ = slash_command(text="@liz via:email Hi Liz, what do you think of rye?",
                                response_url=mock.response_url("socket"))
        sent = link.send({"type": "slash_commands", "accepts_response_payload": True,
                          "payload": dict(parse_qsl(body.decode()))})
        assert "Reviewing your pitch to @liz" in link.ack(sent)["payload"]["text"]
        report = mock.wait_for("chat.postMessage", lambda c: c.args["channel"] == REVIEW)[0]
        assert header(report) == "Pitch #1 · Pending review"
        assert "Submitted pitch #1" in texts(
            mock.wait_for("response_url", lambda c: c.name == "socket")[0])

        event = json.loads(event_callback(
            reaction_added(BOB, "white_check_mark", REVIEW, report.response["ts"]))[0])
        link.ack(link.send({"type": "events_api", "accepts_response_payload": False,
                            "payload": event}))
        update = mock.wait_for("chat.update")[0]
        assert header(update) == "Pitch #1 · Sendable"
        mock.wait_for("chat.postMessage", lambda c: c.args["channel"] == ALICE)
    finally:
        link.close()
        # slack_sdk's close waits out its polling intervals (about 3 s); nothing depends on it.
        threading.Thread(target=handler.close, daemon=True).start()
