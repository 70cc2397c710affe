"""Two workspaces on one deployment (many-workspace mode), served for real on 127.0.0.1.

The app runs as `rapport serve slack` runs it with SLACK_CLIENT_ID and SLACK_CLIENT_SECRET
set: Bolt's OAuth flow on our server, each workspace's token in the database, jobs done by a
worker thread through the outbox. The mock Web API tells the workspaces apart by token.
"""

from __future__ import annotations

import json
import re

from sqlalchemy import column, func, inspect, select, table

from adapters.slack.app import create_app
from adapters.slack.config import load_settings
from adapters.slack.jobs import SlackJobs
from adapters.slack.server import EVENTS_PATH
from adapters.slack.workers import ThreadWorkers
from tests.fakes.slack_api import Call, MockSlackApi
from tests.fakes.slack_requests import SlackClient, event_callback, reaction_added
from tests.fakes.slack_tenants import Page, Workspace, Workspaces, add_to_slack

from .conftest import SECRET, Driver, texts
from .served import serve_asgi

CLIENT_ID, CLIENT_SECRET = "1111.2222", "oauth-client-secret"
# Alpha: anna installs it (an admin), abel is a member. Beta: bruno installs it, bea too.
ANNA, ABEL, BRUNO, BEA = "U0ANNA", "U0ABEL", "U0BRUNO", "U0BEA"
ALPHA_REVIEW, BETA_REVIEW = "C0ALPHAREV", "C0BETAREV"
WARM = "Hi Liz, I loved your post on sourdough. What do you think of rye?"


def rows(*engines) -> dict[str, int]:
    """How many rows each table of each database holds (the jobs may have a file of their own)."""
    counts = {}
    for number, engine in enumerate(dict.fromkeys(engines)):
        with engine.connect() as conn:
            for name in inspect(conn).get_table_names():
                counts[f"{number}:{name}"] = conn.scalar(
                    select(func.count()).select_from(table(name)))
    return counts


class World:
    """Alpha and Beta, with one Rapport between them; `.mock` records every Web API call."""

    def __init__(self, mock: MockSlackApi, service, outbox):
        self.mock, self.service, self.outbox = mock, service, outbox
        self.spaces = Workspaces(mock)
        self.a = self.spaces.add("T0ALPHA", "Alpha", ANNA)
        self.b = self.spaces.add("T0BETA", "Beta", BRUNO)
        self.spaces.member(self.a, ABEL, name="abel")
        self.spaces.member(self.b, BEA, name="bea")
        self.settings = load_settings(
            slack_client_id=CLIENT_ID, slack_client_secret=CLIENT_SECRET,
            slack_signing_secret=SECRET, slack_api_url=mock.base_url)
        self.jobs = SlackJobs(outbox)
        self.app = create_app(service, self.settings, jobs=self.jobs)
        self.workers = ThreadWorkers(self.jobs, self.app.surface, 1, poll=0.02).start()
        url, self._stop = serve_asgi(self.app)
        self.server = url.removesuffix(EVENTS_PATH)
        self.driver = Driver(SlackClient(url, SECRET), mock, outbox)
        self.client = self.driver.client

    def close(self) -> None:
        """Stop serving, then the worker."""
        self._stop()
        self.workers.close()

    def install(self, *spaces: Workspace) -> list[Page]:
        """Each workspace's admin adds Rapport to Slack."""
        return [add_to_slack(self.server, space) for space in spaces]

    def command(self, space: Workspace, user: str, text: str):
        """A signed /review-pitch from a workspace; (HTTP reply, its response_url's name)."""
        return self.driver.command(text, user, team_id=space.team_id,
                                   team_domain=space.name.lower())

    def said(self, space: Workspace, user: str, text: str) -> str:
        """What Rapport answered a command, through its response_url."""
        reply, name = self.command(space, user, text)
        assert reply.status == 200, reply
        return texts(self.driver.answer(name))

    def setup(self, space: Workspace, channel: str) -> str:
        """The workspace's admin names its review channel, as Slack sends `#channel`."""
        return self.said(space, space.installer, f"setup <#{channel}|pitch-review>")

    def submit(self, space: Workspace, user: str, text: str = WARM) -> tuple[int, Call]:
        """A pitch from a member; (its id, the chat.postMessage that posted its report)."""
        answer = self.said(space, user, f"@liz via:email {text}")
        pitch_id = int(re.search(r"Submitted pitch #(\d+)", answer).group(1))
        return pitch_id, self.driver.report_post(pitch_id)

    def react(self, space: Workspace, user: str, channel: str, ts: str):
        """A ✅ on a message, as Slack delivers it to the app from that workspace."""
        return self.client.event(reaction_added(user, "white_check_mark", channel, ts,
                                                item_user=space.bot_user_id),
                                 team_id=space.team_id, bot_user_id=space.bot_user_id)

    def click(self, space: Workspace, user: str, pitch_id: int, channel: str, ts: str,
              name: str):
        """The Approve button of pitch `pitch_id`'s report (message `ts` in `channel`),
        clicked from a workspace; its answers go to the response_url called `name`."""
        message = {"type": "message", "ts": ts, "text": f"Pitch #{pitch_id}", "blocks": []}
        return self.client.action(user_id=user, team_id=space.team_id, action_id="approve",
                                  value=f"{pitch_id}:r1", message=message, channel_id=channel,
                                  response_url=self.mock.response_url(name))

    def token_calls(self, space: Workspace) -> list[Call]:
        """Every Web API call made with a workspace's bot token."""
        return [c for c in self.mock.calls if c.token == space.token]

    def removal(self, space: Workspace, kind: str = "app_uninstalled"):
        """Slack's news that a workspace removed Rapport (or revoked its bot token)."""
        event = {"type": kind, "event_ts": "1700000000.000100"}
        if kind == "tokens_revoked":
            event["tokens"] = {"oauth": [], "bot": [space.bot_user_id]}
        return self.client.post(*event_callback(event, team_id=space.team_id,
                                                bot_user_id=space.bot_user_id))

    def installed(self) -> set[tuple[str, str]]:
        """(table, team id) of every installation row."""
        found = set()
        with self.service.engine.connect() as conn:
            for name in ("slack_bots", "slack_installations"):
                rows_of = table(name, column("team_id"))
                found |= {(name, team) for team in conn.scalars(select(rows_of.c.team_id))}
        return found

    def answer_json(self, reply) -> str:
        """The text of a command's immediate (HTTP) answer."""
        return texts(json.loads(reply.body)) if reply.body else ""
