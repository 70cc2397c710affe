"""The Slack test kit drives a real slack-bolt App over real HTTP, fully offline."""

from __future__ import annotations

import os
import threading
import time

import pytest
from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.signature import SignatureVerifier
from slack_sdk.webhook import WebhookClient

from .serve import serve_bolt_app
from .slack_api import LIMITS, MockSlackApi, block_problems, view_problems
from .slack_requests import (
    CHANNEL_ID,
    SlackClient,
    plain_text_value,
    reaction_added,
    sign,
    slash_command,
    url_verification,
)

SECRET = "test-signing-secret"
TOKEN = "xoxb-test-token"


@pytest.fixture(autouse=True)
def _offline_env(monkeypatch: pytest.MonkeyPatch) -> None:
    # SLACK_CLIENT_ID/SECRET flip App() into OAuth mode, and slack_sdk sends even loopback
    # calls through HTTP(S)_PROXY (it ignores NO_PROXY).
    for key in list(os.environ):
        if key.startswith("SLACK_") or key.lower() in ("http_proxy", "https_proxy", "all_proxy"):
            monkeypatch.delenv(key)


@pytest.fixture
def mock():
    with MockSlackApi() as api:
        yield api


def _client(mock: MockSlackApi, **kwargs) -> WebClient:
    return WebClient(token=TOKEN, base_url=mock.base_url, **kwargs)


@pytest.fixture
def app(mock: MockSlackApi) -> App:
    # The token must sit on the WebClient: App(client=...) ignores App(token=...).
    return App(signing_secret=SECRET, client=_client(mock))


@pytest.fixture
def slack(app: App):
    url, stop = serve_bolt_app(app)
    yield SlackClient(url, SECRET)
    stop()


def _blocks(n: int) -> list[dict]:
    return [{"type": "section", "text": {"type": "mrkdwn", "text": f"item {i}"}} for i in range(n)]


# -- requests reaching listeners ------------------------------------------------------------


def test_signed_slash_command_is_acked_and_listener_posts(app, mock, slack):
    seen: list[str] = []

    @app.command("/review-pitch")
    def review(ack, command, client):
        seen.append(command["text"])
        ack("Checking your pitch...")
        client.chat_postMessage(channel=command["channel_id"], text=f"Review: {command['text']}")

    reply = slack.command(text="@liz via:dm Hi Liz", response_url=mock.response_url("cmd"))

    assert reply.status == 200
    # ack("...") with plain text answers text/plain, not JSON; Slack shows it ephemerally.
    assert reply.body == "Checking your pitch..."
    assert seen == ["@liz via:dm Hi Liz"]
    [post] = mock.wait_for("chat.postMessage")
    assert post.args["channel"] == CHANNEL_ID
    assert post.args["text"] == "Review: @liz via:dm Hi Liz"
    assert post.headers["authorization"] == f"Bearer {TOKEN}"
    assert post.response["ts"].startswith("17")
    assert mock.calls[0].method == "auth.test"
    mock.assert_no_violations()


def test_bad_signature_is_rejected_before_any_listener(app, mock, slack):
    seen: list[str] = []

    @app.command("/review-pitch")
    def review(ack, command):
        seen.append(command["text"])
        ack()

    assert slack.post(*slash_command(text="forged"), secret="not-the-secret").status == 401
    assert slack.post(*slash_command(text="unsigned"), signed=False).status == 401
    # A listener starts before Bolt answers, so a signed request proves the path is live.
    assert slack.command(text="genuine").status == 200
    assert seen == ["genuine"]


def test_stale_timestamp_is_rejected(app, slack):
    @app.command("/review-pitch")
    def review(ack):
        ack()

    body, ctype = slash_command(text="replayed")
    assert slack.post(body, ctype, timestamp=time.time() - 6 * 60).status == 401
    assert slack.post(body, ctype, timestamp=time.time() - 4 * 60).status == 200


def test_reaction_added_event_reaches_listener_with_retry_headers(app, mock, slack):
    retries: list[list[str] | None] = []

    @app.event("reaction_added")
    def on_reaction(event, client, request):
        retries.append(request.headers.get("x-slack-retry-num"))
        item = event["item"]
        client.chat_postMessage(
            channel=item["channel"],
            thread_ts=item["ts"],
            text=f"{event['user']} reacted :{event['reaction']}:",
        )

    event = reaction_added("U0BOB", "white_check_mark", CHANNEL_ID, "1700000000.000100")
    assert slack.event(event, event_id="Ev1").status == 200
    assert slack.event(event, event_id="Ev1", retry_num=1).status == 200

    posts = mock.wait_for("chat.postMessage", lambda c: c.args["thread_ts"], count=2)
    assert {p.args["text"] for p in posts} == {"U0BOB reacted :white_check_mark:"}
    assert sorted(retries, key=str) == [None, ["1"]]


def test_block_action_reaches_listener_and_response_url(app, mock, slack):
    @app.action("approve")
    def approve(ack, body, action, client, respond):
        ack()
        client.chat_update(
            channel=body["channel"]["id"],
            ts=body["message"]["ts"],
            text=f"Approved by <@{body['user']['id']}> ({action['value']})",
        )
        respond("Thanks for reviewing", replace_original=False)

    reply = slack.action(
        user_id="U0BOB",
        action_id="approve",
        value="pitch-42",
        message={"type": "message", "ts": "1700000000.000500", "text": "Pitch 42"},
        response_url=mock.response_url("approve"),
    )

    assert reply.status == 200
    [update] = mock.wait_for("chat.update")
    assert update.args["ts"] == "1700000000.000500"
    assert update.args["text"] == "Approved by <@U0BOB> (pitch-42)"
    [answer] = mock.wait_for("response_url", lambda c: c.name == "approve")
    assert answer.args == {"text": "Thanks for reviewing", "replace_original": False}


def test_view_submission_reaches_listener(app, mock, slack):
    @app.view("review_pitch")
    def submitted(ack, view, body, client):
        values = view["state"]["values"]
        text = values["message"]["text"]["value"]
        if not text.strip():
            ack(response_action="errors", errors={"message": "Write the message first"})
            return
        ack()
        client.chat_postMessage(channel=view["private_metadata"], text=f"<@{body['user']['id']}>")

    def submit(text: str):
        state = {"values": {"message": {"text": plain_text_value(text)}}}
        view = {"callback_id": "review_pitch", "private_metadata": CHANNEL_ID, "state": state}
        return slack.submit_view(user_id="U0BOB", view=view)

    blank = submit("  ")
    assert blank.status == 200
    assert blank.json() == {
        "response_action": "errors",
        "errors": {"message": "Write the message first"},
    }
    assert submit("Hi Liz").status == 200
    [post] = mock.wait_for("chat.postMessage")
    assert post.args == {"channel": CHANNEL_ID, "text": "<@U0BOB>", "team_id": "T0TEAM"}


def test_url_verification_echoes_challenge(slack):
    reply = slack.post(*url_verification("abc123"))
    assert (reply.status, reply.json()) == (200, {"challenge": "abc123"})


# -- the mock Web API -------------------------------------------------------------------


def test_files_upload_v2_works_against_mock(mock):
    client = _client(mock)

    result = client.files_upload_v2(
        channel=CHANNEL_ID, content="week 47 board", filename="board.txt", title="Board"
    )

    file_id = result["file"]["id"]
    assert mock.uploads[file_id] == b"week 47 board"
    assert result["file"]["title"] == "Board"
    assert result["file"]["channels"] == [CHANNEL_ID]
    assert [c.method for c in mock.calls] == [
        "files.getUploadURLExternal",
        "upload",
        "files.completeUploadExternal",
    ]


def test_51_blocks_are_refused_and_50_accepted(mock):
    client = _client(mock)

    assert client.chat_postMessage(channel=CHANNEL_ID, text="ok", blocks=_blocks(50))["ok"]
    with pytest.raises(SlackApiError) as refused:
        client.chat_postMessage(channel=CHANNEL_ID, text="too many", blocks=_blocks(51))

    assert refused.value.response["error"] == "invalid_blocks"
    [violation] = mock.violations
    assert violation.method == "chat.postMessage"
    assert "at most 50 items" in violation.problems[0]
    assert "[json-pointer:/blocks]" in violation.problems[0]


def _section(text: str) -> list[dict]:
    return [{"type": "section", "text": {"type": "mrkdwn", "text": text}}]


def _button(**fields) -> list[dict]:
    button = {"type": "button", "text": {"type": "plain_text", "text": "Go"}, "action_id": "go"}
    button.update(fields)
    return [{"type": "actions", "block_id": "acts", "elements": [button]}]


def _input(max_length: int) -> dict:
    element = {"type": "plain_text_input", "action_id": "text", "max_length": max_length}
    return {"type": "input", "block_id": "b", "label": _plain("Message"), "element": element}


def _plain(text: str) -> dict:
    return {"type": "plain_text", "text": text}


@pytest.mark.parametrize(
    ("good", "bad"),
    [
        (_section("x" * 3000), _section("x" * 3001)),
        (_section("x"), _section("")),
        (
            [{"type": "header", "text": _plain("h" * 150)}],
            [{"type": "header", "text": _plain("h" * 151)}],
        ),
        (_button(text=_plain("b" * 75)), _button(text=_plain("b" * 76))),
        (_button(action_id="a" * 255), _button(action_id="a" * 256)),
        (_button(value="v" * 2000), _button(value="v" * 2001)),
        (
            [{"type": "divider", "block_id": "d" * 255}],
            [{"type": "divider", "block_id": "d" * 256}],
        ),
        (
            [{"type": "divider", "block_id": "a"}, {"type": "divider", "block_id": "b"}],
            [{"type": "divider", "block_id": "a"}, {"type": "divider", "block_id": "a"}],
        ),
        ([{"type": "divider"}], [{"type": "sectoin", "text": _plain("typo")}]),
    ],
    ids=[
        "section-3000",
        "section-empty",
        "header-150",
        "button-text-75",
        "action-id-255",
        "button-value-2000",
        "block-id-255",
        "duplicate-block-id",
        "unknown-type",
    ],
)
def test_block_limits_are_enforced_over_http(mock, good, bad):
    client = _client(mock)
    assert block_problems(good) == []
    assert client.chat_postMessage(channel=CHANNEL_ID, text="t", blocks=good)["ok"]

    with pytest.raises(SlackApiError) as refused:
        client.chat_postMessage(channel=CHANNEL_ID, text="t", blocks=bad)
    assert refused.value.response["error"] == "invalid_blocks"
    assert refused.value.response["response_metadata"]["messages"] == block_problems(bad)


def test_text_over_40000_chars_is_msg_too_long(mock):
    client = _client(mock)
    assert client.chat_postMessage(channel=CHANNEL_ID, text="x" * LIMITS["message_text"])["ok"]
    with pytest.raises(SlackApiError) as refused:
        client.chat_postMessage(channel=CHANNEL_ID, text="x" * 40_001)
    assert refused.value.response["error"] == "msg_too_long"
    assert [v.error for v in mock.violations] == ["msg_too_long"]


def test_modal_limits_are_enforced(mock):
    client = _client(mock)
    modal = {
        "type": "modal",
        "callback_id": "review_pitch",
        "title": _plain("t" * 24),
        "submit": _plain("Submit"),
        "blocks": [_input(3000)],
    }
    assert view_problems(modal) == []
    opened = client.views_open(trigger_id="1.2.abc", view=modal)
    assert opened["view"]["id"].startswith("V")
    updated = client.views_update(view_id=opened["view"]["id"], view=modal)
    assert updated["view"]["id"] == opened["view"]["id"]

    too_long_title = {**modal, "title": _plain("t" * 25)}
    too_many_blocks = {**modal, "blocks": [{"type": "divider"}] * 101}
    input_too_long = {**modal, "blocks": [_input(3001)]}
    no_submit = {k: v for k, v in modal.items() if k != "submit"}
    for view in (too_long_title, too_many_blocks, input_too_long, no_submit):
        with pytest.raises(SlackApiError) as refused:
            client.views_open(trigger_id="1.2.abc", view=view)
        assert refused.value.response["error"] == "invalid_arguments"
    assert len(mock.violations) == 4


def test_rate_limit_is_retried_with_rate_limit_handler(mock):
    mock.ratelimit("chat.postMessage", retry_after=0)
    patient = _client(mock, retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=1)])

    assert patient.chat_postMessage(channel=CHANNEL_ID, text="hello")["ok"]
    assert [c.status for c in mock.calls_to("chat.postMessage")] == [429, 200]

    mock.ratelimit("chat.postMessage", retry_after=7)
    with pytest.raises(SlackApiError) as limited:
        _client(mock).chat_postMessage(channel=CHANNEL_ID, text="hello")
    assert limited.value.response.status_code == 429
    assert limited.value.response.headers["retry-after"] == "7"


def test_listener_client_inherits_retry_handlers(mock):
    patient = _client(mock, retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=1)])
    app = App(signing_secret=SECRET, client=patient)

    @app.command("/review-pitch")
    def review(ack, client):
        ack()
        client.chat_postMessage(channel=CHANNEL_ID, text="after a 429")

    url, stop = serve_bolt_app(app)
    try:
        mock.ratelimit("chat.postMessage", retry_after=0)
        assert SlackClient(url, SECRET).command(text="x").status == 200
        posts = mock.wait_for("chat.postMessage", count=2)
        assert [p.status for p in posts] == [429, 200]
    finally:
        stop()


def test_pings_finds_every_mention_a_message_could_trigger(mock):
    client = _client(mock)
    blocks = [
        {"type": "section", "text": {"type": "mrkdwn", "text": "cc <!subteam^S0REV|reviewers>"}},
        {"type": "section", "text": {"type": "plain_text", "text": "<!everyone> is inert here"}},
        {
            "type": "context",
            "elements": [{"type": "mrkdwn", "text": "by <@U0ALICE|alice> &lt;!channel&gt;"}],
        },
        {
            "type": "rich_text",
            "elements": [
                {
                    "type": "rich_text_section",
                    "elements": [{"type": "broadcast", "range": "channel"}],
                }
            ],
        },
    ]
    client.chat_postMessage(channel=CHANNEL_ID, text="<!here|here> new pitch", blocks=blocks)
    client.chat_postMessage(channel=CHANNEL_ID, text="Hi &lt;!here&gt; and @here")
    client.chat_postMessage(channel=CHANNEL_ID, text="ping @channel", link_names=True)

    first, escaped, linked = mock.calls_to("chat.postMessage")
    assert mock.pings(first) == ["<!here>", "<!subteam^S0REV>", "<@U0ALICE>", "<!channel>"]
    assert mock.pings(escaped) == []
    assert mock.pings(linked) == ["<!channel>"]


def test_response_url_allows_five_posts(mock):
    hook = WebhookClient(mock.response_url("slash"))
    statuses = [hook.send(text=f"update {i}").status_code for i in range(6)]
    assert statuses == [200] * 5 + [404]
    assert [v.error for v in mock.violations] == ["used_too_often"]


def test_wait_for_times_out_with_listing(mock):
    _client(mock).chat_postMessage(channel=CHANNEL_ID, text="only this")
    started = time.monotonic()
    with pytest.raises(AssertionError) as missing:
        mock.wait_for("chat.update", timeout=0.2)
    assert time.monotonic() - started < 1
    assert "chat.postMessage -> ok" in str(missing.value)
    assert "only this" in str(missing.value)


def test_unknown_method_missing_token_and_users(mock):
    mock.add_user("U0ADMIN", name="ada", is_admin=True, tz="Europe/Paris")
    client = _client(mock)

    with pytest.raises(SlackApiError) as unknown:
        client.api_call("pitches.approve")
    assert unknown.value.response["error"] == "unknown_method"
    assert mock.calls_to("pitches.approve")

    with pytest.raises(SlackApiError) as anonymous:
        WebClient(base_url=mock.base_url).auth_test()
    assert anonymous.value.response["error"] == "not_authed"

    assert client.users_info(user="U0ADMIN")["user"]["is_admin"] is True
    assert client.users_info(user="U0ADMIN")["user"]["tz"] == "Europe/Paris"
    assert client.users_info(user="U0BOB")["user"]["is_admin"] is False
    dm = client.conversations_open(users="U0BOB")["channel"]["id"]
    assert dm.startswith("D")
    assert client.chat_postMessage(channel="U0BOB", text="psst")["channel"] == dm
    assert client.chat_postEphemeral(channel=CHANNEL_ID, user="U0BOB", text="e")["message_ts"]
    link = client.chat_getPermalink(channel=CHANNEL_ID, message_ts="1700000000.000100")
    assert link["permalink"].endswith("/archives/C0REVIEW/p1700000000000100")
    client.reactions_add(channel=CHANNEL_ID, timestamp="1700000000.000100", name="eyes")
    with pytest.raises(SlackApiError) as again:
        client.reactions_add(channel=CHANNEL_ID, timestamp="1700000000.000100", name="eyes")
    assert again.value.response["error"] == "already_reacted"


def test_concurrent_posts_get_unique_increasing_ts(mock):
    client = _client(mock)
    stamps: list[str] = []

    def post(i: int) -> None:
        stamps.append(client.chat_postMessage(channel=CHANNEL_ID, text=str(i))["ts"])

    threads = [threading.Thread(target=post, args=(i,)) for i in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(set(stamps)) == 20
    recorded = [c.response["ts"] for c in mock.calls_to("chat.postMessage")]
    assert recorded == sorted(recorded, key=float)


def test_sign_matches_slack_sdk_verifier():
    body, _ = slash_command(text="hi")
    headers = sign(SECRET, body)
    verifier = SignatureVerifier(SECRET)
    assert verifier.is_valid(
        body=body.decode(),
        timestamp=headers["X-Slack-Request-Timestamp"],
        signature=headers["X-Slack-Signature"],
    )
