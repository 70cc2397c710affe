"""What Slack is owed once the core has saved an act, as jobs of their own: a new pitch's
report posted, reports kept current, people told. Each is safe to run twice.

A job that failed part-way is run again from the top: a report already posted (a
report_messages row, or, when the attempt that posted it was cut off before recording it,
its marked message in the channel) is brought up to date instead of posted twice; a notice
already in the member's DM is not sent again (adapters/slack/own_posts.py); and updates
write the pitch as it stands now, so the report ends up matching the database.
"""

from __future__ import annotations

from slack_sdk.errors import SlackApiError

from bot.outbox import Claimed
from bot.views import Notice, PitchView

from .desk import NoReviewChannel
from .home import HomeTell
from .jobs import job, transient
from .surface import SlackSurface, Tell


def _tell(surface: SlackSurface, spec: dict | None) -> Tell | None:
    if spec and spec.get("home"):
        # A click on the Home tab: answered by publishing the desk again.
        return HomeTell(surface, spec["home"], spec["user"])
    return Tell(surface.client, **spec) if spec else None


@job("slack.post_report")
def post_report(surface: SlackSurface, team: str, pitch_id: int, message: str,
                spec: dict | None, job: Claimed | None = None) -> None:
    """Post a new pitch's report, unless an earlier attempt did; then answer the author."""
    tell, desk = _tell(surface, spec), surface.desk_for(job)
    refs = desk.refs(pitch_id)
    if refs:
        desk.refresh(team, pitch_id, refs=refs)
    else:
        try:
            desk.post(surface.service.show(team, pitch_id))
        except NoReviewChannel:
            # Only a race lands here (submissions are refused without a channel): the pitch
            # is saved, its report has nowhere to go; `show` still shows it.
            if tell:
                tell.line(f"{message} Its report was not posted: this workspace has no review "
                          f"channel yet (an admin runs `/review-pitch setup #channel`). "
                          f"`/review-pitch show {pitch_id}` shows it.")
            return
        except SlackApiError as exc:
            if not transient(exc) and tell:
                tell.line(f"{message} It is saved, but its report could not be posted "
                          f"({exc.response.get('error')}): see `/review-pitch show "
                          f"{pitch_id}`.")
            raise  # retried if Slack may get over it, else failed with one log line
    if tell:
        tell.line(f"{message} The report is in the review channel, "
                  "where a teammate approves it.")


@job("slack.settle")
def settle(surface: SlackSurface, team: str, pitch_id: int, refs: list | None,
           notices: list[dict], message: str, spec: dict | None,
           latest: PitchView | None = None, job: Claimed | None = None) -> None:
    """After an act: bring every report of the pitch up to date, tell whom the core named,
    and answer the member who acted. `refs` are the reports the act saw, if it read them;
    `latest` the view the act left, when this runs straight after it."""
    desk, tell = surface.desk_for(job), _tell(surface, spec)
    refs = desk.refs(pitch_id) if refs is None else [tuple(ref) for ref in refs]
    # Straight after the act its view is written first and read once after; a retry has no
    # view, and reads the pitch as it stands now (newer acts may have changed it).
    pitch = desk.refresh(team, pitch_id, latest=latest, refs=refs)
    if notices:
        pitch = pitch or surface.service.show(team, pitch_id)
        for notice in notices:
            desk.port.tell(Notice(**notice), pitch, refs)
    if tell:
        tell.line(message)
