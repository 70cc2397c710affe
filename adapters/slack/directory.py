"""Slack users as team members: looked up once per process, enrolled with their Slack name."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.service import Rapport

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Person:
    """What users.info says of a Slack user, as far as Rapport cares."""

    name: str | None = None
    admin: bool | None = None
    bot: bool = False
    deleted: bool = False
    # The workspace they belong to, and their Enterprise Grid organisation if any.
    homes: frozenset[str] = frozenset()

    @classmethod
    def from_info(cls, info: dict) -> Person:
        """A person from a users.info `user` object."""
        profile = info.get("profile") or {}
        homes = {info.get("team_id"), (info.get("enterprise_user") or {}).get("enterprise_id")}
        return cls(name=profile.get("display_name") or profile.get("real_name") or info.get("name"),
                   admin=bool(info.get("is_admin") or info.get("is_owner")),
                   bot=bool(info.get("is_bot")), deleted=bool(info.get("deleted")),
                   homes=frozenset(h for h in homes if h))

    def why_not(self, team: str) -> str | None:
        """Why this person may not act for `team` (a bot, deactivated, from elsewhere), or None."""
        if self.bot:
            return "a bot"
        if self.deleted:
            return "a deactivated user"
        if self.homes and team.removeprefix("slack:") not in self.homes:
            return "from another workspace"
        return None


# users.info failed (no users:read): the member still works, shown by user id.
UNKNOWN = Person()


class Directory:
    """Looks each Slack user up once per process; enrols them, so reports show names."""

    def __init__(self, service: Rapport, client: WebClient, remember: int = 10_000):
        self.service, self.client, self.remember = service, client, remember
        self._people: OrderedDict[str, Person] = OrderedDict()
        self._enrolled: OrderedDict[tuple[str, str], None] = OrderedDict()
        self._lock = threading.Lock()

    def person(self, user: str) -> Person:
        """What users.info says of a user, asked once and then remembered."""
        with self._lock:
            if user in self._people:
                self._people.move_to_end(user)
                return self._people[user]
        try:
            person = Person.from_info(self.client.users_info(user=user)["user"])
        except SlackApiError as exc:
            log.warning("users.info %s failed: %s", user, exc)
            person = UNKNOWN
        with self._lock:
            _remember(self._people, user, person, self.remember)
        return person

    def may_act(self, team: str, user: str) -> bool:
        """Whether a user may review for a team (no bot, deactivated user or outside guest)."""
        # A shared channel brings in people of other workspaces; Slack delivers their
        # reactions and clicks like anyone's. One line in the log for each one ignored.
        why = self.person(user).why_not(team)
        if why:
            log.info("ignored %s: %s", user, why)
        return why is None

    def ensure(self, team: str, user: str) -> None:
        """Enrol a user on first sight with their display name and whether they are an admin."""
        with self._lock:
            if (team, user) in self._enrolled:
                self._enrolled.move_to_end((team, user))
                return
        person = self.person(user)
        self.service.enrol(team, user, person.name, is_admin=person.admin)
        with self._lock:
            _remember(self._enrolled, (team, user), None, self.remember)


def _remember(cache: OrderedDict, key, value, size: int) -> None:
    cache[key] = value
    if len(cache) > size:
        cache.popitem(last=False)
