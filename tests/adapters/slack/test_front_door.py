"""The front door: a request's signature is checked before anything reads its body."""

import logging
import time

from tests.fakes.slack_requests import FORM, JSON, slash_command, url_verification

from .conftest import BOB, texts

TEAM = "slack:T0TEAM"
# Bodies Slack never sends; each used to crash Bolt's parser (HTTP 500 and a traceback).
JUNK = {
    "payload that is not JSON": (b"payload=%7Bnot+json", FORM),
    "payload that is a JSON string": (b"payload=%22hello%22", FORM),
    "JSON array": (b'[{"type": "event_callback"}]', JSON),
    "invalid UTF-8": (b"token=x&command=%2Freview-pitch&text=\xff\xfe", FORM),
    "form sent as JSON": (slash_command(text="help")[0], JSON),
    "deeply nested JSON": (b"[" * 100_000, JSON),
}
# Ways a request is not signed by Slack: header overrides, or a wrong secret.
UNSIGNED = {
    "no signature": {"signed": False},
    "wrong secret": {"secret": "guessed"},
    "timestamp abc": {"headers": {"X-Slack-Request-Timestamp": "abc"}},
    "timestamp six minutes old": {"timestamp": time.time() - 6 * 60},
    "signature garbage": {"headers": {"X-Slack-Signature": "v0=\u00e9"}},
}


def one_line(caplog, case: str) -> str:
    """The single log line a refused request left (no traceback); the log is then cleared."""
    records = caplog.records
    assert len(records) == 1, (case, [r.getMessage() for r in records])
    message = records[0].getMessage()
    assert records[0].exc_info is None and "\n" not in message, case
    caplog.clear()
    return message


def test_unsigned_junk_gets_401_and_one_log_line(slack, caplog):
    caplog.set_level(logging.INFO)
    for junk, (body, kind) in JUNK.items():
        for how, unsigned in UNSIGNED.items():
            case = f"{junk}, {how}"
            assert slack.client.post(body, kind, **unsigned).status == 401, case
            assert "401" in one_line(caplog, case)


def test_signed_junk_gets_400_and_one_log_line(slack, caplog):
    caplog.set_level(logging.INFO)
    for junk, (body, kind) in JUNK.items():
        assert slack.client.post(body, kind).status == 400, junk
        assert "400" in one_line(caplog, junk)


def test_a_refused_request_changes_nothing(slack, mock, service, caplog):
    command, _ = slash_command(text="@liz via:email Hi Liz, what do you think of rye?")
    assert slack.client.post(command, JSON).status == 400
    assert slack.client.post(command + b"\xff", FORM).status == 400
    assert slack.client.post(command + b"&", FORM, secret="guessed").status == 401
    slack.drain()
    assert service.list_pitches(TEAM) == [] and slack.outbox.pending() == 0
    assert [c.method for c in mock.calls if c.method not in ("auth.test", "users.info")] == []


def test_the_word_payload_in_a_command_reaches_rapport(slack, service):
    typed = "@liz our payload team loved your post on rye. What flour do you use?"
    reply, name = slack.command(typed)
    assert reply.status == 200 and "Reviewing your pitch to @liz" in reply.body
    assert "Submitted pitch #1" in texts(slack.answer(name))
    assert "payload team" in service.show(TEAM, 1).text
    slack.report_post(1)


def test_a_signed_payload_field_is_still_an_interaction(slack, service):
    report = slack.submit("Hi Liz, I loved your post on sourdough. What do you think of rye?")
    message = {"type": "message", "ts": report.ts, "text": report.post.args["text"],
               "blocks": report.post.args["blocks"]}
    reply = slack.client.action(user_id=BOB, action_id="approve", value="1",
                                message=message)
    assert reply.status == 200
    slack.update(1, "Sendable")


def test_url_verification_still_answers_the_challenge(slack):
    reply = slack.client.post(*url_verification("c-123"))
    assert reply.status == 200 and "c-123" in reply.body
