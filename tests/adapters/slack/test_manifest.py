"""The app manifest a team creates the Slack app from asks for what the adapter uses, no more."""

import json
from pathlib import Path

from adapters.slack.server import EVENTS_PATH
from adapters.slack.slash import COMMAND

MANIFEST = json.loads((Path(__file__).parents[3] / "slack-manifest.json").read_text())


def test_manifest_routes_the_command_events_and_buttons_to_the_app():
    [command] = MANIFEST["features"]["slash_commands"]
    assert command["command"] == COMMAND
    assert command["should_escape"] is False  # "@liz" must arrive as typed
    settings = MANIFEST["settings"]
    assert settings["event_subscriptions"]["bot_events"] == ["reaction_added", "reaction_removed"]
    assert settings["interactivity"]["is_enabled"] is True
    for url in (command["url"], settings["event_subscriptions"]["request_url"],
                settings["interactivity"]["request_url"]):
        assert url.endswith(EVENTS_PATH)
    assert settings["socket_mode_enabled"] is False


def test_manifest_asks_for_the_least_scopes():
    assert sorted(MANIFEST["oauth_config"]["scopes"]["bot"]) == [
        "chat:write", "commands", "files:write", "reactions:read", "users:read"]
    assert "user" not in MANIFEST["oauth_config"]["scopes"]
    # Direct messages to authors go to the app's Messages tab, which needs no im:write.
    assert MANIFEST["features"]["app_home"]["messages_tab_enabled"] is True
