"""`rapport serve slack` and `rapport worker` in many-workspace mode (SLACK_CLIENT_ID and
SLACK_CLIENT_SECRET): started as the README says, the OAuth pages served, settings checked."""

from __future__ import annotations

import os
import subprocess

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from typer.testing import CliRunner

from adapters.cli.main import app as rapport
from adapters.slack.config import load_settings
from adapters.slack.tenants import installation_store
from tests.fakes.slack_requests import SlackClient
from tests.fakes.slack_tenants import browse

from .conftest import REVIEW, SECRET, TOKEN, texts
from .test_serve import RAPPORT, free_port, wait_until_listening

MANY = {"SLACK_CLIENT_ID": "1111.2222", "SLACK_CLIENT_SECRET": "oauth-client-secret"}


def test_the_served_app_offers_add_to_slack_and_refuses_strangers(mock, database_url,
                                                                    tmp_path):
    port = free_port()
    env = {**os.environ, **MANY, "SLACK_SIGNING_SECRET": SECRET, "DATABASE_URL": database_url,
           "PORT": str(port), "SLACK_API_URL": mock.base_url}
    process = subprocess.Popen([RAPPORT, "serve", "slack", "--host", "127.0.0.1",
                                "--workers", "0"], env=env, cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_until_listening(process, port)
        page = browse(f"http://127.0.0.1:{port}/slack/install")
        assert page.status == 200 and "Add to Slack" in page.body
        assert "slack-app-oauth-state=" in page.headers["set-cookie"]
        assert "client_id=1111.2222" in page.body and "scope=commands" in page.body
        client = SlackClient(f"http://127.0.0.1:{port}/slack/events", SECRET)
        reply = client.command(text="help", response_url=mock.response_url("x"))
        assert reply.status == 200 and "not installed" in texts(reply.json())
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=20)
    assert b"Traceback" not in stderr
    assert mock.calls_to("auth.test") == []  # no token of its own to check at start-up


@pytest.mark.parametrize(("args", "env", "said"), [
    ([], {**MANY, "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET},
     "SLACK_BOT_TOKEN is set as well as SLACK_CLIENT_ID and SLACK_CLIENT_SECRET"),
    ([], {"SLACK_CLIENT_ID": "1111.2222", "SLACK_SIGNING_SECRET": SECRET},
     "missing setting: SLACK_CLIENT_SECRET"),
    ([], MANY, "missing setting: SLACK_SIGNING_SECRET"),
    (["--socket"], {**MANY, "SLACK_APP_TOKEN": "xapp-1"}, "Socket Mode serves the one workspace"),
])
def test_a_wrong_many_workspace_setting_is_one_line(args, env, said, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # no .env from the checkout
    result = CliRunner().invoke(rapport, ["serve", "slack", *args], env=env)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and said in lines[0], result.output


def test_many_workspace_mode_needs_no_token_and_ignores_a_shared_review_channel(monkeypatch,
                                                                                tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RAPPORT_REVIEW_CHANNEL", REVIEW)  # one workspace's channel (or Discord's)
    settings = load_settings(slack_client_id="1111.2222", slack_client_secret="s",
                             slack_signing_secret=SECRET)
    assert settings.many_workspaces and settings.rapport_review_channel == ""
    assert load_settings(worker=True, **{k.lower(): v for k, v in MANY.items()}).many_workspaces


def test_migration_0006_makes_the_tables_slack_sdk_describes(engine):
    # The library's own table definitions, against what the migration made (types included),
    # on SQLite and on PostgreSQL.
    for metadata in (installation_store(engine, "1111.2222").metadata,
                     SQLAlchemyOAuthStateStore(expiration_seconds=600, engine=engine).metadata):
        ours = set(metadata.tables)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={
                "compare_type": True,
                "include_name": lambda name, kind, _, ours=ours: kind != "table" or name in ours})
            assert compare_metadata(context, metadata) == [], ours
