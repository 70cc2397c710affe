"""The weekly board on Slack: one message, its chart uploaded in the message's thread."""

from slack_sdk import WebClient

from adapters.slack.poster import post_board

from .conftest import REVIEW, TOKEN

BLOCKS = [{"type": "section", "text": {"type": "mrkdwn", "text": "*1.* Ana — 7 points"}}]


def test_board_and_chart_are_posted(mock):
    client = WebClient(token=TOKEN, base_url=mock.base_url)
    ts = post_board(client, REVIEW, "Leaderboard 2026-W48: <Ana> leads", BLOCKS, b"\x89PNG...")
    [board] = mock.calls_to("chat.postMessage")
    assert board.args["blocks"] == BLOCKS and board.response["ts"] == ts
    assert board.args["text"] == "Leaderboard 2026-W48: &lt;Ana&gt; leads"
    [file_id] = mock.uploads
    assert mock.uploads[file_id] == b"\x89PNG..."
    [done] = mock.calls_to("files.completeUploadExternal")
    assert (done.args["channel_id"], done.args["thread_ts"]) == (REVIEW, ts)
    mock.assert_no_violations()


def test_no_chart_no_upload(mock):
    post_board(WebClient(token=TOKEN, base_url=mock.base_url), REVIEW, "Board", BLOCKS, None)
    assert [c.method for c in mock.calls] == ["chat.postMessage"]
