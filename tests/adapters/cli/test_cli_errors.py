"""What goes wrong before Rapport can work is one line on standard error and exit 2."""

from __future__ import annotations

import logging
import os
import stat
import sys

import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route

UNAVAILABLE = "can't reach the database — nothing was saved; try again in a minute"


def one_line(result) -> str:
    """The single error line of a refused command."""
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


@pytest.fixture
def as_a_user(monkeypatch):
    """Permission bits bind as they do for an ordinary user, even when tests run as root
    (root may write anywhere, so its os.access ignores them)."""
    if os.geteuid() != 0:
        return
    real = os.access

    def access(path, mode, **kwargs):
        if mode & os.W_OK and os.path.exists(path):
            return bool(os.stat(path).st_mode & stat.S_IWUSR)
        return real(path, mode, **kwargs)
    monkeypatch.setattr(os, "access", access)


def test_a_sqlite_file_in_a_missing_folder_is_named(cli, tmp_path):
    cli.env["DATABASE_URL"] = f"sqlite:///{tmp_path}/nope/rapport.db"
    line = one_line(cli('submit "Hi Liz" --as ana --to @liz'))
    assert f"{tmp_path}/nope does not exist" in line
    assert not (tmp_path / "nope").exists()


@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_read_only_folder_or_database_file_is_named(cli, tmp_path, as_a_user, what):
    folder = tmp_path / "data"
    folder.mkdir()
    cli.env["DATABASE_URL"] = f"sqlite:///{folder}/rapport.db"
    assert cli('submit "Hi Liz" --as ana --to @liz').exit_code == 0
    target = folder if what == "folder" else folder / "rapport.db"
    target.chmod(0o555 if what == "folder" else 0o444)
    try:
        line = one_line(cli('submit "Hi Bob" --as ana --to @bob'))
    finally:
        target.chmod(0o755 if what == "folder" else 0o644)
    assert "read-only" in line and str(target) in line


def test_a_write_sqlite_refuses_is_one_line(cli, tmp_path):
    """A database SQLite opens read-only (a read-only mount, here a URI asking for it)."""
    cli.env["DATABASE_URL"] = f"sqlite:///{tmp_path}/rapport.db"
    assert cli('submit "Hi Liz" --as ana --to @liz').exit_code == 0
    cli.env["DATABASE_URL"] = f"sqlite:///file:{tmp_path}/rapport.db?mode=ro&uri=true"
    assert "is read-only" in one_line(cli('submit "Hi Bob" --as ana --to @bob'))


def test_a_policy_path_naming_a_folder(cli, tmp_path):
    cli.env["RAPPORT_POLICY"] = str(tmp_path)
    assert "is a folder, not a policy file" in one_line(cli('check "Hi Liz"'))


def test_postgresql_without_its_driver_says_what_to_install(cli, monkeypatch):
    # A plain `pip install .` has no psycopg: importing it fails as it would there.
    monkeypatch.setitem(sys.modules, "psycopg", None)
    cli.env["DATABASE_URL"] = "postgresql://postgres@127.0.0.1:1/test"
    assert "pip install 'rapport[postgres]'" in one_line(cli('check "Hi Liz"'))


@pytest.mark.parametrize("scheme", ["postgres", "postgresql", "postgresql+psycopg"])
def test_every_postgresql_spelling_reaches_postgresql(cli, scheme):
    """Hosting platforms set postgres://; nothing listens on port 1, so each is heard out."""
    cli.env["DATABASE_URL"] = f"{scheme}://postgres@127.0.0.1:1/test"
    assert one_line(cli('check "Hi Liz"')) == f"error: {UNAVAILABLE}"


def test_an_unknown_database_url_is_one_line(cli):
    cli.env["DATABASE_URL"] = "mysqlish://root:secret@db/rapport"
    line = one_line(cli('check "Hi Liz"'))
    assert "not a database Rapport knows" in line and "secret" not in line


@pytest.fixture
def discord_endpoints():
    """serve discord aims discord.py at the configured servers and logs to the runner's
    stream; put Discord's endpoints and the root logger back after."""
    saved = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved
    root.handlers[:] = handlers
    root.setLevel(level)


def test_serve_discord_when_discord_cannot_be_reached(cli, discord_endpoints):
    cli.env.update({"DISCORD_TOKEN": "token", "RAPPORT_REVIEW_CHANNEL": "123",
                    "DISCORD_API_URL": "http://127.0.0.1:1/api/v10",
                    "DISCORD_GATEWAY_URL": "ws://127.0.0.1:1/"})
    result = cli("serve discord")
    # A server logs as it starts; what ends it is one error line, with no traceback.
    assert result.exit_code == 2 and "Traceback" not in result.output
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("error: can't reach Discord at http://127.0.0.1:1/api/v10")
