"""The App Home tab: each member's desk (bot/home.py), published when they open the tab and
again after every act from it.

The desk's buttons are the report's own (same action ids, same values, same jobs in
buttons.py and modals.py), so a click on the Home tab takes the same road as one on a
report; only the answer differs: the desk is published again with the answer on top, where
the member clicked, instead of a message in the Messages tab.
"""

from __future__ import annotations

import logging

from bot.command_line import Command
from bot.outcomes import Home

from .acks.home import HOME_TAB, OPENED_JOB
from .answers import message_blocks, plain_line
from .blocks import home_view
from .jobs import job
from .surface import SlackSurface, Tell

log = logging.getLogger(__name__)


def from_home(body: dict) -> bool:
    """Whether an interaction came from a Home tab (a click on a desk's button)."""
    return (body.get("view") or {}).get("type") == HOME_TAB


def publish(surface: SlackSurface, team: str, user: str, notice: str | None = None) -> None:
    """Publish a member's desk on their Home tab; `notice`, escaped already, on top."""
    match surface.run(team, user, Command("home"), None):
        case Home(desk=desk):
            surface.client.views_publish(user_id=user, view=home_view(desk, notice))


class HomeTell(Tell):
    """The answer to a click on the Home tab: the desk published again, the answer on top."""

    def __init__(self, surface: SlackSurface, team: str, user: str):
        super().__init__(surface.client, user)
        self.surface, self.team = surface, team

    def send(self, text: str, blocks: list) -> None:
        """Publish the desk again with `text` (escaped) on top; never raises, as Tell.send."""
        try:
            publish(self.surface, self.team, self.user, notice=text)
        except Exception as exc:  # noqa: BLE001 - the act is saved; a lost answer is logged
            log.warning("could not publish the Home tab of %s: %s", self.user, exc)

    def line(self, message: str, kept: str | None = None) -> None:
        """One line on the desk; their own writing, if refused, comes back by direct message
        (the Home tab has no room for it, and nothing they wrote may be lost)."""
        if kept:
            super().send(plain_line(message), message_blocks(message, kept=kept))
        self.send(plain_line(message), [])

    def spec(self) -> dict:
        """As Tell's, marked as the Home tab's (delivery.py and modals.py rebuild it)."""
        return {**super().spec(), "home": self.team}


def reply_to(surface: SlackSurface, team: str, user: str, home: bool,
             response_url: str | None) -> Tell:
    """How to answer a click or a form: on the desk when it came from the Home tab (`home`),
    else privately through the response_url (or by direct message)."""
    if home:
        return HomeTell(surface, team, user)
    return Tell(surface.client, user, response_url=response_url)


@job(OPENED_JOB)
def opened(surface: SlackSurface, team: str, user: str) -> None:
    """A member opened the Home tab: publish their desk as it stands now."""
    if surface.directory.may_act(team, user):
        publish(surface, team, user)
