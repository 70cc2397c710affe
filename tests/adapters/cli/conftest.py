"""Driving the real `rapport` CLI in-process, on this test's database and a roster policy."""

import json
import os
import shlex

import pytest
from typer.testing import CliRunner

from adapters.cli.main import app

POLICY = """
[members]
ana = { display_name = "Ana" }
ben = { roles = ["reviewer"] }
cara = { roles = ["admin"] }
"""


class Cli:
    """Runs `rapport ...` lines; result has exit_code, stdout, stderr and .json()."""

    def __init__(self, env: dict):
        self.env = env
        self.runner = CliRunner()

    def __call__(self, line: str, stdin: bytes | str | None = None):
        """Run one command line, as a user would type it after `rapport`."""
        result = self.runner.invoke(app, shlex.split(line), env=self.env, input=stdin)
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        result.json = lambda: json.loads(result.stdout)
        return result


@pytest.fixture
def cli(database_url, tmp_path, monkeypatch):
    """The CLI on this test's database, with a policy file listing ana, ben and cara."""
    policy = tmp_path / "rapport.toml"
    policy.write_text(POLICY)
    monkeypatch.chdir(tmp_path)
    for key in [k for k in os.environ if k.startswith(("SLACK_", "DISCORD_", "RAPPORT_"))]:
        monkeypatch.delenv(key)
    return Cli({"DATABASE_URL": database_url, "RAPPORT_POLICY": str(policy)})


@pytest.fixture
def service_policy_text():
    """A policy file's text naming the backup reviewers (a TOML list) of the workflow."""
    return lambda backups: f"[workflow]\nbackup_reviewers = {backups}\n"
