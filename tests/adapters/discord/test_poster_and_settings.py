"""The leaderboard poster (REST only) and the worker's start-up configuration."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from adapters.cli.main import app
from adapters.discord_bot.poster import WrongServer, post_board
from adapters.discord_bot.settings import SettingsError, load_settings

from .conftest import GENERAL, GUILD, ROLE

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
ENV = ("DISCORD_TOKEN", "RAPPORT_REVIEW_CHANNEL", "DISCORD_GUILD_ID", "DISCORD_API_URL",
       "DISCORD_GATEWAY_URL")


async def test_post_board_sends_the_embed_and_chart_without_pinging(rig):
    calls = rig.server.mark()
    message_id = await post_board(
        rig.server.token, GENERAL, content=f"This week's board @everyone <@&{ROLE}>",
        embed={"title": "Leaderboard 2026-W48", "description": "1. Ana — 7 points"},
        png=PNG, guild_id=GUILD, api_url=rig.server.api_url)
    message = rig.server.messages[message_id]
    assert message.channel_id == GENERAL and message.attachments[0].data == PNG
    assert message.embeds[0]["image"]["url"] == "attachment://leaderboard.png"
    assert not rig.server.could_ping_anyone(message)
    # Login and one create-message: no gateway connection was needed.
    assert [c.path for c in rig.server.calls[calls:]][-1] == f"/channels/{GENERAL}/messages"
    rig.server.assert_clean()


async def test_post_board_refuses_a_channel_of_another_server(rig):
    with pytest.raises(WrongServer):
        await post_board(rig.server.token, GENERAL, content="Leaderboard",
                         guild_id=GUILD + 1, api_url=rig.server.api_url)
    assert rig.server.calls_to("POST", r"/channels/\d+/messages") == []


@pytest.fixture
def bare_env(monkeypatch, tmp_path):
    """No Discord settings in the environment and no .env file in the working folder."""
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def test_a_missing_setting_is_one_line_naming_it(bare_env, monkeypatch):
    monkeypatch.setenv("RAPPORT_REVIEW_CHANNEL", "123")
    result = CliRunner().invoke(app, ["serve", "discord"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "missing setting DISCORD_TOKEN" in lines[0]


def test_an_empty_env_file_entry_counts_as_missing(bare_env, tmp_path):
    (tmp_path / ".env").write_text("DISCORD_TOKEN= \nRAPPORT_REVIEW_CHANNEL=\n")
    with pytest.raises(SettingsError, match="^missing setting DISCORD_TOKEN "):
        load_settings()


def test_the_review_channel_is_optional_for_many_servers(bare_env):
    # Each server's admin chooses its own with /review-pitch setup: no channel to configure.
    assert load_settings(discord_token="t").rapport_review_channel is None


def test_a_malformed_channel_id_is_named(bare_env):
    with pytest.raises(SettingsError, match="RAPPORT_REVIEW_CHANNEL is not valid"):
        load_settings(discord_token="t", rapport_review_channel="#review")
