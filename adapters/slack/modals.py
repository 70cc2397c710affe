"""Modal submissions, once checked (acks/modals.py): the form's command run in the core."""

from __future__ import annotations

from .acks.modals import FORMS, VIEW_JOB, metadata_of
from .home import reply_to
from .jobs import job
from .surface import SlackSurface


@job(VIEW_JOB)
def work(surface: SlackSurface, team: str, body: dict) -> None:
    """Run a submitted modal's command and show what it did."""
    user, view = body["user"]["id"], body["view"]
    # The listener found no errors in the form; reading it again gives the same command.
    command, _ = FORMS[view["callback_id"]](view)
    metadata = metadata_of(view)
    # A form opened from the Home tab (its metadata says so) is answered on the desk.
    tell = reply_to(surface, team, user, bool(metadata.get("home")), metadata.get("reply"))
    surface.perform(team, user, command, f"slack:view:{view['id']}", tell)
