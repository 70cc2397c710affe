"""`rapport leaderboard` through the real CLI: JSON, text, the chart file, opting out, bad input."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image

from bot.leaderboard.weeks import IsoWeek

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def last_week(cli):
    """Last week's record: ana earns a relationship, ben reviews her pitch; the week's name."""
    when = datetime.now(UTC) - timedelta(days=7)
    for kind in ("they-replied", "met"):
        cli(f"log @liz {kind} --as ana --at {when.isoformat()}")
    cli(f"log @max conversation --as ben --at {when.isoformat()}")
    return str(IsoWeek.containing(when, UTC))


def test_json_board(cli, last_week):
    board = cli("leaderboard --last-week --format json").json()
    assert board["week"] == last_week and board["team"] == "local"
    assert [(r["rank"], r["member"], r["points"]) for r in board["rows"]] == [
        (1, "ana", 9), (2, "ben", 3)]
    assert [(i["kind"], i["points"], i["label"]) for i in board["rows"][0]["items"]] == [
        ("earned", 5, "moved @liz to earned"),
        ("engaged", 2, "moved @liz to engaged"),
        ("two_way", 2, "2 two-way interactions with @liz"),
    ]
    assert board["relationship_first_rate"] is None
    assert cli(f"leaderboard --week {last_week} --format json").json() == board
    assert cli("leaderboard --format json").json()["rows"] == []     # this week: nothing yet


def test_text_board(cli, last_week):
    out = cli(f"leaderboard --week {last_week}")
    assert out.exit_code == 0
    assert f"Relationship leaderboard · {last_week}" in out.stdout
    assert "1. Ana (ana) — 9 points" in out.stdout
    assert "+5  moved @liz to earned" in out.stdout
    assert "Relationship-first rate: no pitches sent this week." in out.stdout


def test_chart_file_is_a_real_png(cli, last_week, tmp_path):
    path = tmp_path / "board.png"
    out = cli(f"leaderboard --last-week --chart {path} --format json")
    assert out.exit_code == 0 and out.json()["week"] == last_week    # stdout stays pure JSON
    data = path.read_bytes()
    assert data.startswith(PNG) and len(data) > 1000
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG" and image.size[0] == 640 and image.size[1] >= 100


def test_opting_out_on_the_cli(cli, last_week):
    out = cli("leaderboard --opt-out --as ben")
    assert out.exit_code == 0 and "off the leaderboard" in out.stdout
    rows = cli("leaderboard --last-week --format json").json()["rows"]
    assert [r["member"] for r in rows] == ["ana"]
    cli("leaderboard --opt-in --as ben")
    rows = cli("leaderboard --last-week --format json").json()["rows"]
    assert [r["member"] for r in rows] == ["ana", "ben"]


@pytest.mark.parametrize(("line", "message"), [
    ("leaderboard --week 2026-W99", "2026 has no week 99"),
    ("leaderboard --week last-tuesday", "is not a week"),
    ("leaderboard --week 2999-W01", "has not started yet"),
    ("leaderboard --week 2026-W01 --last-week", "not both"),
    ("leaderboard --opt-out", "--as MEMBER"),
    ("leaderboard --opt-out --as zoe", "unknown member 'zoe'"),
    ("leaderboard --chart /no/such/folder/board.png", "cannot write the chart"),
])
def test_bad_input_exits_2_with_one_clear_line(cli, line, message):
    out = cli(line)
    assert out.exit_code == 2
    assert message in out.stderr and out.stdout == ""


def test_a_member_hides_behind_a_teammate_and_still_sees_their_place(cli):
    """`--anonymous --as` takes effect on the board others see; `--named` undoes it."""
    cli("log @liz met 'coffee' --as ana")
    assert "a teammate" in cli("leaderboard --anonymous --as ana").stdout
    shown = cli("leaderboard").stdout
    assert "a teammate" in shown and "Ana" not in shown
    assert "Ana" in cli("leaderboard --as ana").stdout
    cli("leaderboard --named --as ana")
    assert "Ana" in cli("leaderboard").stdout
