"""`rapport clock` as real processes on one database: each team's board goes out once a week."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.policy import MemberEntry, Policy
from tests.bot.leaderboard.conftest import claim_statuses

RAPPORT = Path(sys.executable).with_name("rapport")
ROSTER = {"ana": MemberEntry(display_name="Ana"), "ben": MemberEntry(display_name="Ben")}


def clock_command(database_url: str, policy: Path, now: str, out: Path, *options: str,
                  **settings: str) -> tuple[list[str], dict[str, str]]:
    """`rapport clock --once` (or with `options`) pretending it is `now`: argv, env."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SLACK_", "DISCORD_", "RAPPORT_"))}
    env.update(DATABASE_URL=database_url, RAPPORT_POLICY=str(policy), RAPPORT_NOW=now,
               **settings)
    command = [str(RAPPORT)] if RAPPORT.exists() else [sys.executable, "-m", "adapters.cli.main"]
    return [*command, "clock", *(options or ("--once",)), "--out", str(out)], env


def clock_process(database_url: str, policy: Path, now: str, out: Path, *options: str,
                  **settings: str) -> subprocess.Popen:
    """Start `rapport clock` (see clock_command) as a real process."""
    argv, env = clock_command(database_url, policy, now, out, *options, **settings)
    return subprocess.Popen(argv, env=env, cwd=out.parent, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def finish(*processes: subprocess.Popen) -> str:
    """Wait for the processes; all must succeed; their output, joined."""
    outputs = []
    for process in processes:
        stdout, stderr = process.communicate(timeout=60)
        assert process.returncode == 0, stderr
        outputs.append(stdout)
    return "\n".join(outputs)


def boards_written(*folders: Path) -> Counter:
    """How many times each board file was written, over every clock's output folder."""
    return Counter(p.name for folder in folders if folder.exists() for p in folder.glob("*.txt")
                   if not p.name.endswith("-reminders.txt"))


@pytest.fixture
def setup(make_service, clock, tmp_path):
    """Week 48 activity on two CLI teams and a pitch waiting for review; the policy file."""
    def make(timezone: str = "UTC"):
        service = make_service(policy=Policy(members=ROSTER,
                                             leaderboard={"timezone": timezone}))
        clock.now = datetime(2026, 11, 25, 12, tzinfo=UTC)
        for team in ("local", "acme"):
            service.log_interaction(team, "ana", "liz", "met")
            service.log_interaction(team, "ben", "max", "they-replied")
        service.submit("local", "ana", "liz", "Liz, loved your talk. What got you started?")
        policy = tmp_path / "rapport.toml"
        policy.write_text('[members]\nana = {}\nben = {}\n[leaderboard]\n'
                          f'timezone = "{timezone}"\n')
        return service, policy
    return make



def test_two_clocks_started_together_post_each_board_once_and_a_restart_adds_nothing(
        setup, database_url, tmp_path):
    service, policy = setup()
    due = "2026-11-30T09:00:05+00:00"      # Monday, just after 09:00 UTC
    one, two = tmp_path / "one", tmp_path / "two"
    output = finish(clock_process(database_url, policy, due, one),
                    clock_process(database_url, policy, due, two))
    assert boards_written(one, two) == {"local-2026-W48.txt": 1, "acme-2026-W48.txt": 1}
    assert output.count("board local 2026-W48: posted") == 1
    assert output.count("board acme 2026-W48: posted") == 1
    assert output.count("reminded local: pitch #1") == 1
    assert claim_statuses(service) == {("local", "2026-W48"): "posted",
                                       ("acme", "2026-W48"): "posted"}
    board = next(p for p in (one, two) if (p / "local-2026-W48.txt").exists())
    assert "1. Ana (ana) — 8 points" in (board / "local-2026-W48.txt").read_text()
    assert (board / "local-2026-W48.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")

    # A restart an hour later, and a later one in the week: nothing is posted again.
    again = tmp_path / "again"
    for now in ("2026-11-30T10:00+00:00", "2026-12-03T18:00+00:00"):
        output = finish(clock_process(database_url, policy, now, again))
        assert "posted" not in output and "reminded" not in output
    assert boards_written(again) == {}


def test_a_first_run_posts_only_last_weeks_board_and_prints_no_internal_ids(
        setup, database_url, tmp_path, clock):
    """A new install with weeks of history: its first tick posts last week's board only (no
    backlog of older boards), and says what it did without a worker id, host or pid."""
    service, policy = setup()
    for day in (4, 11, 18):                 # weeks 45-47, before the clock ever ran
        clock.now = datetime(2026, 11, day, 12, tzinfo=UTC)
        service.log_interaction("local", "ben", f"old{day}", "met")
    out = tmp_path / "first"
    output = finish(clock_process(database_url, policy, "2026-11-30T09:00:05+00:00", out))
    assert boards_written(out) == {"local-2026-W48.txt": 1, "acme-2026-W48.txt": 1}
    assert str(os.getpid()) not in output and socket.gethostname() not in output
    assert output.splitlines()[0] == "Rapport clock: posting to local"


def test_a_clock_down_at_nine_catches_up_once_when_back(setup, database_url, tmp_path):
    service, policy = setup("America/New_York")
    out = tmp_path / "boards"
    # Monday 08:59 in New York (13:59 UTC): week 48's board is not due yet.
    early = finish(clock_process(database_url, policy, "2026-11-30T08:59-05:00", out))
    assert "2026-W48" not in early and boards_written(out) == {}
    # Down at 09:00; back on Tuesday afternoon: it posts the board it missed, once.
    back = finish(clock_process(database_url, policy, "2026-12-01T15:00-05:00", out))
    assert back.count("2026-W48: posted") == 2
    later = finish(clock_process(database_url, policy, "2026-12-02T09:00-05:00", out))
    assert "posted" not in later
    assert boards_written(out) == {"local-2026-W48.txt": 1, "acme-2026-W48.txt": 1}
    assert claim_statuses(service)[("local", "2026-W48")] == "posted"



def test_a_running_clock_ticks_each_interval_and_stops_cleanly_on_sigterm(
        setup, database_url, tmp_path):
    _, policy = setup()
    out = tmp_path / "boards"
    process = clock_process(database_url, policy, "2026-11-30T09:00+00:00", out,
                            "--interval", "1")
    lines = []
    deadline = time.monotonic() + 30
    while len([x for x in lines if "posted" in x]) < 2 and time.monotonic() < deadline:
        lines.append(process.stdout.readline())
    time.sleep(3)      # three more ticks: they must post nothing again
    process.send_signal(signal.SIGTERM)
    stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr
    output = "".join(lines) + stdout
    assert output.count("2026-W48: posted") == 2 and "tick failed" not in stderr
    assert boards_written(out) == {"local-2026-W48.txt": 1, "acme-2026-W48.txt": 1}


def test_a_bad_start_time_is_refused(cli):
    out = cli("clock --once --now 'next monday'")
    assert out.exit_code == 2 and "not an ISO date-time with a zone" in out.stderr
