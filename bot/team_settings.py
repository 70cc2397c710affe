"""A team's own settings, set from chat by an admin: where its reviews are posted."""

from __future__ import annotations

from bot import validation
from bot.errors import InvalidInput, NotAllowed
from bot.models import Event
from bot.store import Store

MAX_CHANNEL = 200


class TeamSettingsMixin:
    """The review channel of each team: one deployment serves many workspaces or servers."""

    def set_review_channel(self, team: str, member: str, channel: str) -> str:
        """An admin names the channel this team's reviews are posted in; on the record."""
        channel = validation.storable(channel or "", "channel").strip()
        if not channel or len(channel) > MAX_CHANNEL or any(c.isspace() for c in channel):
            raise InvalidInput("name one channel, e.g. setup #pitch-reviews")

        def work(store: Store) -> str:
            t = store.team(team)
            actor = self.actor(store, t, member)
            if not self.is_admin(actor):
                raise NotAllowed("only an admin can choose where reviews are posted")
            if t.review_channel == channel:
                return "Reviews already go to that channel."
            store.add(Event(team_id=t.id, actor_id=actor.id, kind="review_channel_set",
                            at=self.clock(), detail={"from": t.review_channel, "to": channel}))
            t.review_channel = channel
            return "Reviews will be posted in that channel from now on."
        return self.transaction(work)

    def review_channel(self, team: str) -> str | None:
        """Where this team's reviews go, if an admin chose; None leaves it to the surface."""
        def work(store: Store) -> str | None:
            found = store.find_team(team)
            return found.review_channel if found is not None else None
        return self.read(work)
