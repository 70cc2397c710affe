"""The board on every surface: the chat subcommand, each template's escaping, and the chart."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from rich.console import Console

from adapters.discord_bot.board import board_embed_dict as board_embed
from adapters.slack.board import board_blocks
from bot.command_line import HELP, parse
from bot.commands import execute
from bot.errors import InvalidInput
from bot.leaderboard.chart import chart_png
from bot.leaderboard.present import board_summary, board_text
from bot.outcomes import Board, Text
from tests.bot.leaderboard.conftest import nov

NASTY = "<!channel> @everyone [bold]*Ana*[/bold] & co"


@pytest.fixture
def chat(make_service, clock):
    """A Slack-style team whose members enrol on first use; one with a hostile display name."""
    service = make_service(auto_enrol=True)
    clock.now = nov(24)
    service.enrol("slack:T1", "U1", NASTY)
    service.log_interaction("slack:T1", "U1", "<@U999>", "met")
    service.log_interaction("slack:T1", "U2", "max", "conversation")
    return service


def run(service, text, member="U1"):
    return execute(service, "slack:T1", member, parse(text))


def test_the_chat_subcommand_gives_the_board_as_data(chat):
    reply = run(chat, "leaderboard")
    assert isinstance(reply, Board) and reply.board.week == "2026-W48"
    assert [r.member for r in reply.board.rows] == ["U1", "U2"]
    assert reply.message == f"Relationship leaderboard 2026-W48: {NASTY} leads with 8 points."
    assert run(chat, "leaderboard last-week").board.week == "2026-W47"
    assert run(chat, "leaderboard 2026-W45").board.week == "2026-W45"
    with pytest.raises(InvalidInput, match="not a week"):
        run(chat, "leaderboard yesterday")
    assert "leaderboard opt-out" in HELP


def test_opting_out_and_back_in_from_chat(chat):
    out = run(chat, "leaderboard opt-out", member="U2")
    assert isinstance(out, Text) and not out.help
    assert [r.member for r in run(chat, "leaderboard").board.rows] == ["U1"]
    assert "already off" in run(chat, "leaderboard opt-out", member="U2").message
    run(chat, "leaderboard opt-in", member="U2")
    assert [r.member for r in run(chat, "leaderboard").board.rows] == ["U1", "U2"]


def test_user_text_is_escaped_for_each_surface(chat):
    board = run(chat, "leaderboard").board
    blocks = board_blocks(board)
    slack = "\n".join(b["text"]["text"] for b in blocks if b["type"] == "section")
    assert "&lt;!channel&gt;" in slack and "<!channel>" not in slack
    assert "&lt;@u999&gt;" in slack and "&amp; co" in slack
    assert len(blocks) <= 50

    embed = board_embed(board)
    discord = embed["fields"][0]["name"] + embed["fields"][0]["value"]
    assert "@\u200beveryone" in discord and "@everyone" not in discord
    assert "<\u200b@u999" in discord and "<@" not in discord

    printed = io.StringIO()
    Console(file=printed, no_color=True, soft_wrap=True).print(board_text(board))
    assert "[bold]*Ana*[/bold] & co" in printed.getvalue()


def test_a_long_board_stays_within_chat_limits(make_service, clock):
    service = make_service(auto_enrol=True, leaderboard={"top": 20})
    clock.now = nov(24)
    for n in range(20):
        for c in range(5):
            service.log_interaction("slack:T1", f"U{n:02d}", f"c{n}x{c}", "they-replied")
    board = service.leaderboard("slack:T1")
    assert len(board.rows) == 20 and len(board.rows[0].items) == 10
    blocks = board_blocks(board)
    assert len(blocks) <= 50
    assert all(len(b["text"]["text"]) <= 3000 for b in blocks if b["type"] == "section")
    assert "5 more member(s)" in str(blocks)
    embed = board_embed(board)
    assert len(embed["fields"]) <= 25 and all(len(f["value"]) <= 1024 for f in embed["fields"])
    assert embed["fields"][0]["value"].endswith("… and 2 more")
    assert board_summary(board) == "Relationship leaderboard 2026-W48: U00 leads with 15 points."


def test_the_chart_is_a_png_with_a_bar_per_member(chat):
    board = run(chat, "leaderboard").board
    image = Image.open(io.BytesIO(chart_png(board)))
    assert image.format == "PNG" and image.width == 640
    empty = Image.open(io.BytesIO(chart_png(run(chat, "leaderboard 2026-W40").board)))
    assert empty.height < image.height
