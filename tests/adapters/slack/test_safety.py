"""Safety: forged or stale requests change nothing; user text pings nobody and is never cut."""

import logging
import socket
import time

from tests.fakes.slack_requests import event_callback, reaction_added, slash_command

from .conftest import ALICE, BOB, REVIEW, texts

TEAM = "slack:T0TEAM"
OPENING = "Hi Liz, what do you think of rye?\n"
MENTIONS = ("Hi Liz <!channel> <!here> <@U123> <#C999> a & b < c > d &lt;typed&gt; *bold* "
            "`code` ```fence```")


def test_forged_unsigned_and_stale_requests_get_401_and_change_nothing(slack, mock, service):
    body, kind = slash_command(text="@liz via:email Hi Liz, what do you think of rye?")
    assert slack.client.post(body, kind, secret="not-the-secret").status == 401
    assert slack.client.post(body, kind, signed=False).status == 401
    assert slack.client.post(body, kind, timestamp=time.time() - 6 * 60).status == 401
    assert slack.client.post(body, kind, headers={"X-Slack-Signature": "v0=00"}).status == 401
    slack.drain()
    assert service.list_pitches(TEAM) == [] and slack.outbox.pending() == 0
    assert [c.method for c in mock.calls if c.method not in ("auth.test", "users.info")] == []


def test_a_forged_reaction_approves_nothing(slack, service):
    report = slack.submit("Hi Liz, I loved your post on sourdough. What do you think of rye?")
    event = reaction_added(BOB, "white_check_mark", REVIEW, report.ts)
    forged = slack.client.post(*event_callback(event), secret="guessed")
    assert forged.status == 401
    slack.drain()
    assert service.show(TEAM, 1).state == "pending"


def test_a_failing_response_url_is_logged_without_its_secret_part(slack, mock, caplog):
    caplog.set_level(logging.INFO)
    with socket.socket() as probe:  # a port nothing listens on: the response_url fails
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    secret_url = f"http://127.0.0.1:{port}/commands/T0TEAM/1234/s3cretT0ken"
    reply = slack.client.command(text="list", user_id=ALICE, response_url=secret_url)
    assert reply.status == 200
    # The answer finds another way: a direct message.
    mock.wait_for("chat.postMessage", lambda c: c.args["channel"] == ALICE)
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert f"127.0.0.1:{port}/commands/" in logged  # which URL failed is still told
    assert "s3cretT0ken" not in logged and "T0TEAM/1234" not in logged


def slack_escaped(text: str) -> str:
    """Text as Slack sends a slash command's: &, <, > as entities."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_user_text_comes_out_literally_and_pings_nobody(slack, mock, service):
    mock.add_user(BOB, name="<!channel> bob", real_name="Bob")
    report = slack.submit(slack_escaped(MENTIONS))
    slack.said(slack_escaped("request-changes 1 Ask <!here> and <@U0ALICE> & co"), user=BOB)
    slack.update(1, "Changes requested")
    slack.dm(ALICE, "asked for changes")
    # Stored as typed: Slack's entities undone, and "&lt;" typed literally stays "&lt;".
    assert service.show(TEAM, 1).text == MENTIONS
    assert service.show(TEAM, 1).change_requests[0].comment == "Ask <!here> and <@U0ALICE> & co"
    shown = texts(report.post)
    assert ("Hi Liz &lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;#C999&gt; a &amp; b &lt; c "
            "&gt; d &amp;lt;typed&amp;gt;") in shown
    # Inside a code block *bold* and `code` stay as typed; a ``` cannot close it early.
    assert "*bold* `code` `\u200b`\u200b`fence`\u200b`\u200b`\u200b```" in shown
    messages = [c for c in mock.calls if c.method in (
        "chat.postMessage", "chat.update", "chat.postEphemeral", "response_url")]
    assert len(messages) >= 5
    for call in messages:
        assert mock.pings(call) == [], call.brief()
    mock.assert_no_violations()


def test_a_40000_character_pitch_fits_slack_and_stays_whole(slack, mock, service):
    # Escaped for Slack, this text is 3.5 times as long: too long for 50 blocks.
    text = OPENING + ("<&> " * 10_000)[:40_000 - len(OPENING)]
    assert len(text) == 40_000
    report = slack.submit(text)
    blocks = report.post.args["blocks"]
    assert len(blocks) == 50
    assert all(len(b["text"]["text"]) <= 3000 for b in blocks if b["type"] == "section")
    assert "more characters are not shown here" in texts(report.post)
    assert service.show(TEAM, 1).text == text
    # The report stays within limits after every update too.
    slack.react(BOB, report.ts)
    slack.update(1, "Sendable")
    mock.assert_no_violations()


def test_an_ordinary_40000_character_pitch_is_shown_whole(slack, mock):
    text = OPENING + ("I bake every morning. " * 2000)[:40_000 - len(OPENING)]
    report = slack.submit(text)
    shown = "".join(b["text"]["text"].strip("`") for b in report.post.args["blocks"][6:]
                    if b["type"] == "section" and b["text"]["text"].startswith("```"))
    assert shown == text
    mock.assert_no_violations()
