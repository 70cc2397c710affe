"""Slack users as team members: enrolled with their Slack name and admin flag on first sight."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.service import Rapport

log = logging.getLogger(__name__)


class Directory:
    """Enrols each Slack user once per process, so reports show names rather than user ids."""

    def __init__(self, service: Rapport, client: WebClient, remember: int = 10_000):
        self.service, self.client, self.remember = service, client, remember
        self._seen: OrderedDict[tuple[str, str], None] = OrderedDict()
        self._lock = threading.Lock()

    def ensure(self, team: str, user: str) -> None:
        """Enrol a user on first sight with their display name and whether they are an admin."""
        key = (team, user)
        with self._lock:
            if key in self._seen:
                self._seen.move_to_end(key)
                return
        name, admin = None, None
        try:
            info = self.client.users_info(user=user)["user"]
            profile = info.get("profile") or {}
            name = profile.get("display_name") or profile.get("real_name") or info.get("name")
            admin = bool(info.get("is_admin") or info.get("is_owner"))
        except SlackApiError as exc:
            # Without users:read the member still works, shown by user id.
            log.warning("users.info %s failed: %s", user, exc)
        self.service.enrol(team, user, name, is_admin=admin)
        with self._lock:
            self._seen[key] = None
            if len(self._seen) > self.remember:
                self._seen.popitem(last=False)
