"""The CLI behaves as command-line tools do: a version, standard input, forgiving spellings,
a policy file found in a parent folder, and reads that leave nothing behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

READY = "Liz, loved your post on community building. What got you started?"


def test_version(cli):
    result = cli("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"rapport {version('rapport')}"


def test_check_jsonl_reads_standard_input(cli):
    lines = "\n".join(json.dumps({"id": i, "text": t, "channel": "email",
                                  "relationship": "earned"})
                      for i, t in ((1, READY), (2, "please RT my last status")))
    result = cli("check --jsonl - --format json", stdin=lines)
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [1, 2]


@pytest.mark.parametrize("spelling", ["changes-requested", "changes_requested",
                                      "Changes-Requested"])
def test_list_state_takes_either_spelling(cli, spelling):
    pid = cli(f'submit "{READY}" --as ana --to @liz --format json').json()["pitch"]["id"]
    cli(f'request-changes {pid} --as ben --comment "mention her talk"')
    assert [p["id"] for p in cli(f"list --state {spelling} --format json").json()] == [pid]


def test_an_empty_filter_says_how_many_there_are(cli):
    for to in ("@liz", "@bob"):
        cli(f'submit "{READY}" --as ana --to {to}')
    result = cli("list --state sent")
    assert result.exit_code == 0 and result.stdout.strip() == "No pitches in that state (2 in all)."


def test_the_policy_file_is_found_in_a_parent_with_the_database_beside_it(cli, tmp_path,
                                                                          monkeypatch):
    project = tmp_path / "project"
    (project / "drafts" / "week").mkdir(parents=True)
    (project / "rapport.toml").write_text('[members]\nzed = { display_name = "Zed" }\n')
    monkeypatch.chdir(project / "drafts" / "week")
    for key in ("DATABASE_URL", "RAPPORT_POLICY"):
        del cli.env[key]
        monkeypatch.delenv(key, raising=False)
    assert cli(f'submit "{READY}" --as zed --to @liz').exit_code == 0
    assert (project / "rapport.db").exists()
    assert not (project / "drafts" / "week" / "rapport.db").exists()


@pytest.mark.parametrize("line", ['check "Hi Liz"', "list", "show 1", "leaderboard",
                                  "contact @liz"])
def test_reads_create_no_database_file(cli, tmp_path, line):
    cli.env["DATABASE_URL"] = f"sqlite:///{tmp_path}/fresh.db"
    result = cli(line)
    assert result.exit_code in (0, 2) and "Traceback" not in result.output
    assert not (tmp_path / "fresh.db").exists()


@pytest.mark.parametrize("line", ['check "Hi Liz" --team locl', "list --team locl",
                                  "show 1 --team locl", "leaderboard --team locl",
                                  "contact @liz --team locl"])
def test_a_mistyped_team_is_told_which_teams_exist_and_not_created(cli, line):
    cli(f'submit "{READY}" --as ana --to @liz')
    result = cli(line)
    assert result.exit_code == 2
    assert "there is no team 'locl': the teams here are local" in result.stderr
    assert "there is no team 'locl'" in cli("list --team locl").stderr


def test_db_upgrade_says_which_migrations_it_applied(cli, tmp_path):
    cli.env["DATABASE_URL"] = f"sqlite:///{tmp_path}/new.db"
    first = cli("db upgrade").stdout
    assert "Applied 0001: initial schema" in first and "Applied 0002: leaderboard" in first
    assert "already up to date: nothing to apply" in cli("db upgrade").stdout


def test_shell_completion_offers_verbs_and_options():
    """The installed `rapport` completes its verbs and their options in bash, as click does
    for any tool; `rapport --install-completion` installs the script."""
    rapport = str(Path(sys.executable).parent / "rapport")

    def complete(words: str) -> list[str]:
        env = {**os.environ, "_RAPPORT_COMPLETE": "complete_bash", "COMP_WORDS": words,
               "COMP_CWORD": str(len(words.split()) - 1)}
        done = subprocess.run([rapport], env=env, capture_output=True, text=True, timeout=60)
        return done.stdout.split()

    assert {"check", "clock"} <= set(complete("rapport c"))
    assert "--state" in complete("rapport list --st")
    # The script `--install-completion` writes (and `--show-completion` prints in a shell it
    # detects), asked for by name: a test has no interactive shell to detect.
    script = subprocess.run([rapport], env={**os.environ, "_RAPPORT_COMPLETE": "source_bash"},
                            capture_output=True, text=True, timeout=60).stdout
    assert "complete" in script and "_RAPPORT_COMPLETE" in script
