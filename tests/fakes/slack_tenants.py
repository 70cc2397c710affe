"""Many Slack workspaces behind one MockSlackApi, and a browser going through "Add to Slack".

Each workspace installs the app through ``oauth.v2.access`` (its own code) and gets its own
bot token, which ``auth.test`` then names; a token nobody issued, or one revoked, is refused
with ``invalid_auth``. ``add_to_slack`` drives Bolt's OAuth flow over real HTTP as an
admin's browser does: the install page (its state cookie), then Slack's redirect back.
"""

from __future__ import annotations

import re
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from html import unescape
from typing import Any, NamedTuple
from urllib.parse import parse_qs, urlencode, urlsplit

from tests.fakes.slack_api import Call, MockSlackApi

__all__ = ["Page", "Workspace", "Workspaces", "add_to_slack", "browse"]

SCOPES = ("commands,chat:write,reactions:read,users:read,files:write,channels:history,"
          "groups:history,im:history,im:write")


@dataclass(frozen=True)
class Workspace:
    """One Slack workspace: its team, the code Slack gives its installer, and its bot."""

    team_id: str
    name: str
    installer: str
    code: str
    token: str
    bot_user_id: str
    bot_id: str


class Workspaces:
    """Answers ``oauth.v2.access`` and ``auth.test`` on ``mock`` per workspace."""

    def __init__(self, mock: MockSlackApi, app_id: str = "A0APP"):
        self.mock, self.app_id = mock, app_id
        self._by_code: dict[str, Workspace] = {}
        self._by_token: dict[str, Workspace] = {}
        self._lock = threading.Lock()
        mock.respond_with("oauth.v2.access", self._access)
        mock.respond_with("auth.test", self._auth_test)

    def add(self, team_id: str, name: str, installer: str) -> Workspace:
        """A workspace whose admin `installer` will add the app (a workspace admin)."""
        tail = team_id.lower()
        space = Workspace(team_id, name, installer, code=f"code-{tail}",
                          token=f"xoxb-{tail}-bot", bot_user_id=f"UBOT{team_id[2:]}",
                          bot_id=f"BBOT{team_id[2:]}")
        with self._lock:
            self._by_code[space.code] = space
            self._by_token[space.token] = space
        self.member(space, installer, name=installer.lower(), is_admin=True)
        return space

    def member(self, space: Workspace, user: str, **fields: Any) -> None:
        """A member of the workspace, as users.info reports them."""
        self.mock.add_user(user, team_id=space.team_id, **fields)

    def revoke(self, space: Workspace) -> None:
        """Slack no longer accepts the workspace's token (it removed the app)."""
        with self._lock:
            self._by_token.pop(space.token, None)

    def calls_by(self, space: Workspace, method: str) -> list[Call]:
        """The calls to `method` made with the workspace's token."""
        return [c for c in self.mock.calls_to(method) if c.token == space.token]

    def _access(self, call: Call) -> dict[str, Any]:
        with self._lock:
            space = self._by_code.get(str(call.args.get("code")))
        if space is None:
            return {"ok": False, "error": "invalid_code"}
        return {"app_id": self.app_id, "authed_user": {"id": space.installer},
                "scope": SCOPES, "token_type": "bot", "access_token": space.token,
                "bot_user_id": space.bot_user_id,
                "team": {"id": space.team_id, "name": space.name},
                "enterprise": None, "is_enterprise_install": False}

    def _auth_test(self, call: Call) -> dict[str, Any]:
        with self._lock:
            space = self._by_token.get(call.token or "")
        if space is None:
            return {"ok": False, "error": "invalid_auth"}
        return {"url": f"https://{space.team_id.lower()}.slack.com/", "team": space.name,
                "user": "rapport", "team_id": space.team_id, "user_id": space.bot_user_id,
                "bot_id": space.bot_id, "is_enterprise_install": False}


class Page(NamedTuple):
    """A page the server sent a browser."""

    status: int
    body: str
    headers: dict[str, str]  # names in lower case


def browse(url: str, cookie: str | None = None) -> Page:
    """GET a page as a browser would, over loopback only (no proxy), without redirects."""
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        """Hands a redirect back as the answer: the test reads where it points."""

        def redirect_request(self, *args, **kwargs):
            """Follow no redirect."""
            return None

    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), NoRedirect)
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with opener.open(request, timeout=10) as answer:
            return Page(answer.status, answer.read().decode(), _lower(answer.headers))
    except urllib.error.HTTPError as error:
        return Page(error.code, error.read().decode(), _lower(error.headers))


def _lower(headers) -> dict[str, str]:
    return {name.lower(): value for name, value in headers.items()}


def add_to_slack(server: str, space: Workspace, state: str | None = None) -> Page:
    """An admin of `space` opens /slack/install, clicks "Add to Slack", allows it, and Slack
    sends their browser back to /slack/oauth_redirect with a code; returns that last page.
    `state` replaces the one the install page issued (a forged or stale redirect)."""
    page = browse(f"{server}/slack/install")
    assert page.status == 200, page
    link = unescape(re.search(r'href="(https://slack\.com/oauth/v2/authorize\?[^"]+)"',
                              page.body).group(1))
    issued = parse_qs(urlsplit(link).query)["state"][0]
    cookie = page.headers["set-cookie"].split(";")[0]  # slack-app-oauth-state=<state>
    query = urlencode({"code": space.code, "state": state or issued})
    return browse(f"{server}/slack/oauth_redirect?{query}", cookie=cookie)
