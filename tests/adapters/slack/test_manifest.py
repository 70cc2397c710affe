"""The app manifest a team creates the Slack app from asks for what the adapter uses, no more."""

import json
from pathlib import Path

from adapters.slack.acks.slash import COMMAND
from adapters.slack.config import BOT_SCOPES
from adapters.slack.server import EVENTS_PATH

MANIFEST = json.loads((Path(__file__).parents[3] / "slack-manifest.json").read_text())
# Bolt's OAuth flow paths, which the server answers in many-workspace mode.
INSTALL_PATH, REDIRECT_PATH = "/slack/install", "/slack/oauth_redirect"


def test_manifest_routes_the_command_events_and_buttons_to_the_app():
    [command] = MANIFEST["features"]["slash_commands"]
    assert command["command"] == COMMAND
    # "#channel" must arrive as Slack's <#C…|name> (setup learns the id); typed.as_typed turns
    # the rest back into what was typed.
    assert command["should_escape"] is True
    settings = MANIFEST["settings"]
    assert settings["event_subscriptions"]["bot_events"] == [
        "reaction_added", "reaction_removed", "app_home_opened", "app_uninstalled",
        "tokens_revoked"]
    assert settings["interactivity"]["is_enabled"] is True
    for url in (command["url"], settings["event_subscriptions"]["request_url"],
                settings["interactivity"]["request_url"]):
        assert url.endswith(EVENTS_PATH)
    assert settings["socket_mode_enabled"] is False


def test_manifest_sends_installers_back_to_the_oauth_redirect():
    [url] = MANIFEST["oauth_config"]["redirect_urls"]
    assert url.endswith(REDIRECT_PATH)
    assert url.removesuffix(REDIRECT_PATH) == MANIFEST["settings"]["interactivity"][
        "request_url"].removesuffix(EVENTS_PATH)  # the same server
    assert MANIFEST["settings"]["token_rotation_enabled"] is False  # bot tokens do not expire


def test_manifest_asks_for_the_least_scopes():
    assert sorted(MANIFEST["oauth_config"]["scopes"]["bot"]) == [
        "channels:history", "chat:write", "commands", "files:write", "groups:history",
        "im:history", "im:write", "reactions:read", "users:read"]
    # The OAuth flow asks for exactly the manifest's scopes.
    assert sorted(BOT_SCOPES) == sorted(MANIFEST["oauth_config"]["scopes"]["bot"])
    assert "user" not in MANIFEST["oauth_config"]["scopes"]
    # Direct messages to authors go to the app's Messages tab.
    assert MANIFEST["features"]["app_home"]["messages_tab_enabled"] is True


def test_manifest_turns_on_the_home_tab_for_the_desk():
    """Each member's desk is published on the App Home tab when they open it."""
    home = MANIFEST["features"]["app_home"]
    assert home["home_tab_enabled"] is True
    assert "app_home_opened" in MANIFEST["settings"]["event_subscriptions"]["bot_events"]


def test_the_socket_mode_manifest_is_the_same_app_without_public_urls():
    """slack-manifest.socket.json (development, one workspace): the same command, scopes,
    events and Home tab, delivered over Socket Mode, with no URL to expose."""
    socket = json.loads((Path(__file__).parents[3] / "slack-manifest.socket.json").read_text())
    assert socket["settings"]["socket_mode_enabled"] is True
    assert "https://" not in json.dumps(socket)
    assert socket["oauth_config"]["scopes"] == MANIFEST["oauth_config"]["scopes"]
    assert socket["features"]["app_home"] == MANIFEST["features"]["app_home"]
    assert [c["command"] for c in socket["features"]["slash_commands"]] == ["/review-pitch"]
    events = set(socket["settings"]["event_subscriptions"]["bot_events"])
    assert {"reaction_added", "reaction_removed", "app_home_opened"} <= events
