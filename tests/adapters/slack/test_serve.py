"""`rapport serve slack` as the README starts it: a real server on $PORT, or one clear line."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from adapters.cli.main import app as rapport
from adapters.slack.config import load_settings
from tests.fakes.slack_requests import SlackClient, slash_command

from .conftest import REVIEW, SECRET, TOKEN, texts

RAPPORT = str(Path(sys.executable).with_name("rapport"))


def free_port() -> int:
    """A port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_listening(process: subprocess.Popen, port: int, timeout: float = 30.0) -> None:
    """Poll until the server accepts connections; fail if it exits first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"rapport serve slack exited {process.returncode}: "
                        f"{process.stderr.read().decode()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    pytest.fail("rapport serve slack did not listen in time")


def test_served_app_answers_a_signed_command_on_port(mock, database_url, tmp_path):
    port = free_port()
    env = {**os.environ, "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET,
           "RAPPORT_REVIEW_CHANNEL": REVIEW, "DATABASE_URL": database_url, "PORT": str(port),
           "SLACK_API_URL": mock.base_url}
    process = subprocess.Popen([RAPPORT, "serve", "slack", "--host", "127.0.0.1"], env=env,
                               cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_until_listening(process, port)
        client = SlackClient(f"http://127.0.0.1:{port}/slack/events", SECRET)
        reply = client.command(text="@liz via:email Hi Liz, what do you think of rye?",
                               response_url=mock.response_url("served"))
        assert (reply.status, "Reviewing your pitch to @liz" in reply.body) == (200, True)
        report = mock.wait_for("chat.postMessage", timeout=10)[0]
        assert report.args["channel"] == REVIEW and "Pitch #1" in texts(report)
        assert "Submitted pitch #1" in texts(
            mock.wait_for("response_url", lambda c: c.name == "served")[0])
        assert client.post(*slash_command(text="help"), secret="wrong").status == 401
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=20)
    # uvicorn shuts down gracefully, then lets SIGTERM end the process as it would have.
    assert process.returncode in (0, -signal.SIGTERM), stderr.decode()
    assert b"Finished server process" in stderr and b"Traceback" not in stderr


@pytest.mark.parametrize(("args", "env", "named"), [
    ([], {"SLACK_SIGNING_SECRET": SECRET, "RAPPORT_REVIEW_CHANNEL": REVIEW}, "SLACK_BOT_TOKEN"),
    ([], {"SLACK_BOT_TOKEN": TOKEN, "RAPPORT_REVIEW_CHANNEL": REVIEW}, "SLACK_SIGNING_SECRET"),
    ([], {"SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET}, "RAPPORT_REVIEW_CHANNEL"),
    (["--socket"], {"SLACK_BOT_TOKEN": TOKEN, "RAPPORT_REVIEW_CHANNEL": REVIEW},
     "SLACK_APP_TOKEN"),
    ([], {"SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET,
          "RAPPORT_REVIEW_CHANNEL": REVIEW, "PORT": "eighty"}, "PORT"),
])
def test_a_missing_setting_is_one_line_naming_it(args, env, named, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # no .env from the checkout
    for key in ("RAPPORT_REVIEW_CHANNEL", "PORT"):
        monkeypatch.delenv(key, raising=False)
    result = CliRunner().invoke(rapport, ["serve", "slack", *args], env=env)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and named in lines[0], result.output


def test_slack_review_channel_wins_over_the_shared_one(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RAPPORT_REVIEW_CHANNEL", "123456789012345678")  # Discord's channel
    monkeypatch.setenv("SLACK_REVIEW_CHANNEL", "C0SLACK")
    settings = load_settings(slack_bot_token=TOKEN, slack_signing_secret=SECRET)
    assert settings.rapport_review_channel == "C0SLACK"


def test_a_token_slack_refuses_is_one_line(mock, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    mock.fail("auth.test", "invalid_auth")
    env = {"SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET,
           "RAPPORT_REVIEW_CHANNEL": REVIEW, "SLACK_API_URL": mock.base_url,
           "DATABASE_URL": f"sqlite:///{tmp_path}/rapport.db"}
    result = CliRunner().invoke(rapport, ["serve", "slack"], env=env)
    assert result.exit_code == 2
    assert result.output.strip() == "error: Slack refused SLACK_BOT_TOKEN: invalid_auth"
