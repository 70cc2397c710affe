"""The Slack adapter served for real on 127.0.0.1, its Web API calls caught by MockSlackApi."""

from __future__ import annotations

import itertools
import os
import re
import time

import pytest

from adapters.slack.app import create_app
from adapters.slack.config import load_settings
from adapters.slack.jobs import SlackJobs
from adapters.slack.workers import ThreadWorkers
from bot.outbox import Outbox
from tests.fakes.slack_api import Call, MockSlackApi
from tests.fakes.slack_requests import CHANNEL_ID, SlackClient, reaction_added

from .served import serve_asgi

SECRET = "test-signing-secret"
TOKEN = "xoxb-test-token"
REVIEW = CHANNEL_ID
ALICE, BOB, CARA = "U0ALICE", "U0BOB", "U0CARA"
_names = itertools.count(1)


# SLACK_* variables switch Bolt into OAuth mode or point the app elsewhere, and slack_sdk
# sends even loopback calls through a proxy from the environment.
FOREIGN_ENV = re.compile(r"SLACK_.*|(http|https|all)_proxy", re.IGNORECASE)
USERS = {ALICE: ("alice", False), BOB: ("bob", False), CARA: ("cara", True)}


@pytest.fixture(autouse=True)
def _no_foreign_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in filter(FOREIGN_ENV.fullmatch, list(os.environ)):
        monkeypatch.delenv(key)


@pytest.fixture
def mock():
    """The mock Slack Web API, knowing alice, bob and cara (a workspace admin)."""
    with MockSlackApi() as api:
        for user, (name, admin) in USERS.items():
            api.add_user(user, name=name, is_admin=admin)
        yield api


@pytest.fixture
def settings(mock):
    """Settings as the environment would give them, pointing the Web API at the mock."""
    return load_settings(slack_bot_token=TOKEN, slack_signing_secret=SECRET,
                         rapport_review_channel=REVIEW, slack_api_url=mock.base_url)


@pytest.fixture
def workers():
    """Work threads: one keeps the order of work, so "nothing happened" can be checked."""
    return 1


@pytest.fixture
def service(make_service):
    """The core as chat surfaces use it: members enrol on first use."""
    return make_service(auto_enrol=True)


@pytest.fixture
def outbox(engine):
    """The jobs table, as production uses it but with retries 50 ms apart, not seconds."""
    return Outbox(engine, base_delay=0.05)


@pytest.fixture
def make_app(service, settings, workers, outbox):
    """Build the app on this test's core, its jobs run by worker threads of this process
    through the outbox, as production's worker processes run them; stopped before the mock."""
    running = []

    def make(threads: int | None = None):
        """A new app with its own worker thread(s) (none: jobs wait in the outbox)."""
        jobs = SlackJobs(outbox)
        app = create_app(service, settings, jobs=jobs)
        count = workers if threads is None else threads
        if count:
            running.append(ThreadWorkers(jobs, app.surface, count, poll=0.02).start())
        return app
    yield make
    for pool in running:
        pool.close()


@pytest.fixture
def slack(make_app, mock, outbox):
    """The app served over HTTP as in production, driven by signed requests."""
    url, stop = serve_asgi(make_app())
    yield Driver(SlackClient(url, SECRET), mock, outbox)
    stop()


def texts(node) -> str:
    """Every text a message or view shows, joined by newlines, for assertions."""
    if isinstance(node, Call):
        node = node.args
    found: list[str] = []

    def walk(value):
        """Collect every "text" string below value."""
        if isinstance(value, dict):
            if isinstance(value.get("text"), str):
                found.append(value["text"])
            for key, item in value.items():
                if key != "text" or not isinstance(item, str):
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
    walk(node.get("blocks") if isinstance(node, dict) and "blocks" in node else node)
    return "\n".join(found)


def header(call: Call) -> str:
    """The report's header line, e.g. "Pitch #1 · Pending review"."""
    return call.args["blocks"][0]["text"]["text"]


class Driver:
    """Sends what Slack sends and finds what the app did in the mock."""

    def __init__(self, client: SlackClient, mock: MockSlackApi, outbox: Outbox | None = None):
        self.client, self.mock, self.outbox = client, mock, outbox

    def command(self, text: str, user: str = ALICE, **fields):
        """A signed /review-pitch; returns (HTTP reply, name of its response_url)."""
        name = f"cmd-{next(_names)}"
        reply = self.client.command(text=text, user_id=user,
                                    response_url=self.mock.response_url(name), **fields)
        return reply, name

    def answer(self, name: str, timeout: float = 5.0) -> Call:
        """The (first) message the app sent to a response_url."""
        return self.mock.wait_for("response_url", lambda c: c.name == name, timeout)[0]

    def said(self, text: str, user: str = ALICE) -> str:
        """Run a command and return what the app answered through its response_url."""
        reply, name = self.command(text, user)
        assert reply.status == 200
        return texts(self.answer(name))

    def submit(self, text: str, to: str = "@liz", via: str = "email", user: str = ALICE) -> Report:
        """Submit one-line and wait for the report in the review channel."""
        answer = self.said(f"{to} via:{via} {text}", user)
        pitch_id = int(re.search(r"Submitted pitch #(\d+)", answer).group(1))
        return Report(pitch_id, self.report_post(pitch_id))

    def report_post(self, pitch_id: int) -> Call:
        """The chat.postMessage that posted a pitch's report (not one Slack refused)."""
        return self.mock.wait_for(
            "chat.postMessage", lambda c: c.args["text"].startswith(f"Pitch #{pitch_id} to")
            and c.status == 200 and c.response.get("ok"))[0]

    def update(self, pitch_id: int, contains: str, timeout: float = 5.0) -> Call:
        """The first chat.update of a pitch's report showing `contains`."""
        return self.mock.wait_for(
            "chat.update",
            lambda c: c.args["text"].startswith(f"Pitch #{pitch_id} to") and contains in texts(c),
            timeout)[0]

    def updates(self, pitch_id: int) -> list[Call]:
        """Every chat.update of a pitch's report so far."""
        return [c for c in self.mock.calls_to("chat.update")
                if c.args["text"].startswith(f"Pitch #{pitch_id} to")]

    def react(self, user: str, ts: str, name: str = "white_check_mark", **kwargs):
        """A reaction added to the review channel's message at `ts`, as Slack delivers it."""
        return self.client.event(reaction_added(user, name, REVIEW, ts), **kwargs)

    def drain(self, timeout: float = 10.0) -> None:
        """Wait until every job written so far has been done (or has failed)."""
        deadline = time.monotonic() + timeout
        while self.outbox.pending():
            assert time.monotonic() < deadline, "jobs still pending"
            time.sleep(0.01)

    def ephemeral(self, user: str, contains: str) -> Call:
        """A chat.postEphemeral to a user showing `contains`."""
        return self.mock.wait_for(
            "chat.postEphemeral", lambda c: c.args["user"] == user and contains in texts(c))[0]

    def dm(self, user: str, contains: str) -> Call:
        """A direct message from the bot to a user showing `contains`."""
        return self.mock.wait_for(
            "chat.postMessage", lambda c: c.args["channel"] == user and contains in texts(c))[0]


class Report:
    """A posted report: its pitch and the message."""

    def __init__(self, pitch_id: int, post: Call):
        self.pitch_id, self.post, self.ts = pitch_id, post, post.response["ts"]
