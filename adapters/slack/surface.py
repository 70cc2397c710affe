"""What every Slack listener shares: the core, the Web API client, the review desk, replies."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING

from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError
from slack_sdk.webhook import WebhookClient

from bot.command_line import Command
from bot.commands import execute
from bot.desk import ReportDesk
from bot.errors import NotAReport, RapportError, Unavailable
from bot.outbox import Claimed
from bot.outcomes import Changed, Home, Outcome, ReviewChannel, Submitted
from bot.service import Rapport

from .answers import friendly, message_blocks, plain_line
from .blocks import home_view, reply_blocks
from .directory import Directory
from .jobs import SlackJobs, transient
from .redact import RESPONSE_URL_LOG, redacted

if TYPE_CHECKING:
    from .tenants import Tenants

log = logging.getLogger(__name__)
TROUBLE = ("Something went wrong on Rapport's side. Check the report before trying again; "
           "if it keeps happening, tell whoever runs Rapport.")
NO_REVIEW_CHANNEL = ("Rapport has no review channel in this workspace yet, so nothing was saved. "
                     "A workspace admin chooses one with `/review-pitch setup #channel` (and "
                     "invites @Rapport there); then send your pitch again.")
SET_UP_CHANNEL = "Reviews go to the channel Rapport was set up with."


@dataclass
class Tell:
    """A private message to one user: via a response_url, else ephemeral in a channel, else a DM."""

    client: WebClient
    user: str
    response_url: str | None = None
    channel: str | None = None

    def send(self, text: str, blocks: list) -> None:
        """Send blocks with a fallback text, by the first route that works; never raises."""
        routes = ([self._by_response_url] if self.response_url else []) + (
            [self._ephemeral] if self.channel else []) + [self._direct]
        for route in routes:
            try:
                if route(text, blocks):
                    return
            except (SlackClientError, OSError, ValueError) as exc:
                # An expired response_url (30 minutes), a channel they left: try the next.
                # The error may quote the response_url, a credential: it is logged cut short.
                log.warning("could not reply to %s by %s: %s", self.user, route.__name__,
                            redacted(str(exc)))

    def _by_response_url(self, text: str, blocks: list) -> bool:
        answer = WebhookClient(self.response_url, logger=RESPONSE_URL_LOG).send(
            text=text, blocks=blocks, response_type="ephemeral", replace_original=False)
        if answer.status_code != 200:
            log.warning("response_url %s answered %s: %s", redacted(self.response_url),
                        answer.status_code, redacted(answer.body))
        return answer.status_code == 200

    def _ephemeral(self, text: str, blocks: list) -> bool:
        self.client.chat_postEphemeral(channel=self.channel, user=self.user, text=text,
                                       blocks=blocks)
        return True

    def _direct(self, text: str, blocks: list) -> bool:
        self.client.chat_postMessage(channel=self.user, text=text, blocks=blocks)
        return True

    def line(self, message: str, kept: str | None = None) -> None:
        """One line (escaped), and the user's own text given back when given."""
        self.send(plain_line(message), message_blocks(message, kept=kept))

    def spec(self) -> dict:
        """Where this reply goes, as plain data a job can carry."""
        return {"user": self.user, "response_url": self.response_url, "channel": self.channel}


@contextmanager
def reporting(tell: Tell, kept: str | None = None) -> Iterator[None]:
    """Turn a refusal into one private line, and a crash into an apology; `kept` goes back."""
    try:
        yield
    except NotAReport:
        pass  # a reaction on some other message of the bot's: nothing to say
    except Unavailable:
        raise  # the job is tried again once the database is back: nothing is lost
    except RapportError as exc:
        tell.line(friendly(exc), kept)
    except Exception as exc:
        if transient(exc):
            raise  # Slack or the network away for now: the job is tried again later
        log.exception("Slack listener failed")
        tell.line(TROUBLE, kept)


@dataclass
class SlackSurface:
    """The core as Slack sees it: run a command for a member and show what it did."""

    service: Rapport
    client: WebClient
    desk: ReportDesk
    directory: Directory
    jobs: SlackJobs | None = None
    # Many-workspace mode: each workspace's own surface, with its own bot token.
    tenants: Tenants | None = None

    def for_team(self, team: str) -> SlackSurface:
        """The surface to do a team's work on: this one, or (many workspaces) the team's own;
        raises NotInstalled for a workspace that removed Rapport."""
        return self if self.tenants is None else self.tenants.surface(team)

    def desk_for(self, job: Claimed | None) -> ReportDesk:
        """The review desk for one job's attempt: its posts marked as the job's, and a retry
        adopting what an earlier, cut-off attempt posted (adapters/slack/own_posts.py)."""
        if job is None:
            return self.desk
        return ReportDesk(self.service, self.desk.port.for_job(job.id, job.attempt))

    def review_channel(self, team: str) -> str | None:
        """Where the team's reports go now; None when no one chose a channel yet."""
        return self.desk.port.where(team)

    def follow(self, kind: str, *args, dedupe: str | None = None, **fresh) -> None:
        """Write a follow-up job and run it now (with `fresh`, what this process knows
        already); if it fails, it stays for a retry, which reads what it needs again."""
        job_id = self.jobs.enqueue(kind, args, dedupe)
        if job_id is not None:
            self.jobs.run_one(self, job_id, **fresh)

    def run(self, team: str, user: str, command: Command, dedupe: str | None) -> Outcome:
        """Enrol the member if new, then run the command in the core."""
        self.directory.ensure(team, user)
        return execute(self.service, team, user, command, dedupe=dedupe)

    def perform(self, team: str, user: str, command: Command, dedupe: str, tell: Tell,
                answer: bool = True) -> Outcome | None:
        """Run a command for a member and deliver its outcome; a refusal is one private line
        to `tell` (with the member's own writing handed back). None when it was refused.
        `answer=False` delivers without answering (a reaction's report speaks for it) and
        hands nothing back (a reaction's text is the bot's, not theirs)."""
        with reporting(tell, command.kept_text if answer else None):
            if command.submits and self.review_channel(team) is None:
                # Saved, it would be a pitch no reviewer sees: refused, the text handed back.
                tell.line(NO_REVIEW_CHANNEL, command.kept_text)
                return None
            outcome = self.run(team, user, command, dedupe)
            self.deliver(team, outcome, tell if answer else None, dedupe)
            return outcome
        return None

    def deliver(self, team: str, outcome: Outcome, tell: Tell | None,
                dedupe: str | None = None) -> None:
        """Post or update the report, notify whom the core says, and answer the user.

        The core has saved the act: what Slack is still owed becomes a job of its own, with
        the pitch's number, so a failed post or update is retried, not lost with this one.
        It is keyed by the act's delivery: a retry of the act, given the act's outcome again
        by the core, writes it only if the first run could not."""
        spec = tell.spec() if tell else None
        match outcome:
            case Submitted(result=None):
                return  # the same submission delivered twice
            case Submitted(message=message, pitch=pitch):
                self.follow("slack.post_report", team, pitch.id, message, spec,
                            dedupe=f"slack:report:{pitch.id}")
            case Changed(message=message, result=result) if (result.changed
                                                             or result.notices):
                self.follow("slack.settle", team, result.pitch.id,
                            result.reports_on(self.desk.port.surface),
                            [asdict(n) for n in result.notices], message, spec,
                            dedupe=dedupe and f"slack:settle:{dedupe}", latest=result.pitch)
            case Changed(message=message) if tell:
                tell.line(message)
            case Home(desk=desk) if tell:
                # Typed: the desk goes where its buttons act in place, the Home tab.
                self.client.views_publish(user_id=desk.member, view=home_view(desk))
                tell.send(plain_line(outcome.message), reply_blocks(outcome))
            case ReviewChannel(channel=None) if tell and self.desk.port.default:
                # No admin chose one: the reports go to RAPPORT_REVIEW_CHANNEL.
                shown = replace(outcome, message=SET_UP_CHANNEL, channel=self.desk.port.default)
                tell.send(plain_line(shown.message), reply_blocks(shown))
            case _ if tell:
                tell.send(plain_line(outcome.message), reply_blocks(outcome))
