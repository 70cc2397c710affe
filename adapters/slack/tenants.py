"""Many workspaces on one deployment: each job runs with its own workspace's bot token.

In many-workspace mode (OAuth) every workspace that added Rapport to Slack has its bot token
in slack_sdk's installation store, in Rapport's database. The core keys all data by team
(`slack:T…`), so a job carries its team; here that team becomes a surface whose Web API
client holds that workspace's token, and whose reports go to that workspace's channel. A
workspace that removed Rapport has no token: its jobs fail at once (NotInstalled).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from sqlalchemy import desc, select
from sqlalchemy.engine import Engine

from bot.db import READ_ONLY

from .jobs import NotInstalled


def installation_store(engine: Engine, client_id: str) -> SQLAlchemyInstallationStore:
    """slack_sdk's installation store on Rapport's database (tables from migration 0006)."""
    return SQLAlchemyInstallationStore(client_id=client_id, engine=engine)


class Installations:
    """The bot token of each installed workspace, found by the core's team key."""

    def __init__(self, store: SQLAlchemyInstallationStore):
        self.store = store

    def bot_token(self, team: str) -> str | None:
        """The newest bot token of the workspace behind `slack:T…` (or the org behind
        `slack:E…`); None when Rapport is not installed there (or was removed)."""
        found = team.removeprefix("slack:")
        bots = self.store.bots.c
        # By team id alone: a workspace of an Enterprise Grid org also has an enterprise id,
        # which the team key does not carry. An org-wide install has no team id.
        where = ((bots.enterprise_id == found) & bots.team_id.is_(None)
                 if found.startswith("E") else bots.team_id == found)
        query = (select(bots.bot_token)
                 .where(bots.client_id == self.store.client_id, where,
                        bots.bot_token.is_not(None))
                 .order_by(desc(bots.installed_at)).limit(1))
        # A read: on SQLite it must not queue for the write lock, which the caller (a job,
        # the clock's claim) may itself be holding on another connection.
        with self.store.engine.connect().execution_options(**{READ_ONLY: True}) as conn:
            return conn.scalar(query)


class Tenants:
    """Each workspace's surface, built once per bot token and kept (up to `keep` of them):
    a reinstall (a new token) gets a new surface, an uninstall none at all."""

    # Each keeps a Web API client and a directory of people: the busiest workspaces stay,
    # a quiet one's surface is built again when it next has work.
    def __init__(self, installations: Installations, build: Callable[[str], object],
                 keep: int = 200):
        self.installations, self.build, self.keep = installations, build, keep
        self._surfaces: OrderedDict[str, tuple[str, object]] = OrderedDict()
        self._lock = threading.Lock()

    def surface(self, team: str):
        """The team's surface, with its workspace's current token; NotInstalled without one."""
        # Looked up for every job: a token revoked a moment ago must not be used.
        token = self.installations.bot_token(team)
        if token is None:
            raise NotInstalled(f"Rapport is not installed in workspace {team} (any more)")
        with self._lock:
            kept = self._surfaces.get(team)
            if kept is not None and kept[0] == token:
                self._surfaces.move_to_end(team)
                return kept[1]
        surface = self.build(token)
        with self._lock:
            self._surfaces[team] = (token, surface)
            if len(self._surfaces) > self.keep:
                self._surfaces.popitem(last=False)
        return surface
