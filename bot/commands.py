"""The `/review-pitch` subcommands run the same way on every chat surface (parsed in
bot/command_line.py)."""

from __future__ import annotations

from bot import validation
from bot.command_line import HELP, USE_SUGGESTION, Command
from bot.errors import InvalidInput
from bot.leaderboard.present import board_summary
from bot.outcomes import (
    Board,
    Changed,
    ContactShown,
    Home,
    Listed,
    Outcome,
    ReviewChannel,
    Shown,
    Submitted,
    Text,
)
from bot.service import Rapport


def execute(service: Rapport, team: str, member: str, command: Command,
            dedupe: str | None = None) -> Outcome:
    """Run a parsed command for a member of a team; adapters render the outcome by its type."""
    verb, pid = command.verb, command.target
    if verb in ("help", "form"):
        return Text(HELP, help=True)
    if verb == "submit":
        result = service.submit(team, member, command.handle, command.text or "",
                                channel=command.channel, topic=command.topic, dedupe=dedupe)
        return Submitted(result.message if result else "Already handled.", result)
    actions = {
        "revise": lambda: service.revise(team, pid, member, command.text, dedupe,
                                         use_suggestion=_adopts_opener(command)),
        "approve": lambda: service.approve(team, pid, member, command.text or None, dedupe,
                                           command.revision, command.seen_at),
        "request-changes": lambda: service.request_changes(team, pid, member, command.text,
                                                           dedupe),
        "withdraw": lambda: service.withdraw(team, pid, member, dedupe),
        # Not typed: surfaces send it when a reviewer takes their ✅ back.
        "withdraw-approval": lambda: service.withdraw_approval(team, pid, member, dedupe),
        "sent": lambda: service.mark_sent(team, pid, member, dedupe),
        "outcome": lambda: service.record_outcome(team, pid, member, command.text, dedupe),
    }
    if verb in actions:
        result = actions[verb]()
        return Changed(result.message, result)
    if verb == "show":
        return Shown(f"Pitch #{pid}", service.show(team, pid))
    if verb == "list":
        state = validation.state(command.text)
        pitches = tuple(service.list_pitches(team, state))
        if pitches:
            message = f"{len(pitches)} pitch(es)"
        elif state:
            message = f"No pitches in that state ({service.pitch_count(team)} in all)."
        else:
            message = "No pitches yet."
        return Listed(message, pitches, state)
    if verb == "log":
        done = service.log_interaction(team, member, command.handle, command.kind,
                                       command.text, at=command.at, dedupe=dedupe)
        if done is None:
            return Text("Already handled.")  # the same delivery twice
        return ContactShown(done.message, done.contact, changed=done.changed)
    if verb == "contact":
        if not command.args or command.args == {"history": True}:
            view = service.contact(team, command.handle, history=bool(command.args))
            return ContactShown(f"@{view.handle}", view)
        done = service.update_contact(team, member, command.handle, **command.args)
        return ContactShown(done.message, done.contact, changed=done.changed)
    if verb == "leaderboard":
        return _leaderboard(service, team, member, command.text)
    if verb == "setup":
        return _setup(service, team, member, command.text)
    if verb == "home":
        return _home(service, team, member)
    raise InvalidInput(f"`{verb}` is not available here yet")


def _leaderboard(service: Rapport, team: str, member: str, arg: str | None) -> Outcome:
    """The board, or opting out of / back into it."""
    choice = (arg or "").strip().casefold()
    if choice in ("opt-out", "opt-in"):
        return Text(service.set_leaderboard_opt_out(team, member, choice == "opt-out"))
    if choice in ("anonymous", "named"):
        return Text(service.set_leaderboard_anonymous(team, member, choice == "anonymous"))
    board = service.leaderboard(team, arg, viewer=member)
    return Board(board_summary(board), board)


def _setup(service: Rapport, team: str, member: str, channel: str | None) -> Outcome:
    """Where reviews go: shown to anyone, changed by an admin."""
    if not channel:
        current = service.review_channel(team)
        message = ("Reviews go to the channel shown." if current else
                   "No review channel is set for this team: an admin sets one with "
                   "/review-pitch setup #channel.")
        return ReviewChannel(message, current, changed=False)
    return ReviewChannel(service.set_review_channel(team, member, channel), channel, changed=True)


def _home(service: Rapport, team: str, member: str) -> Outcome:
    """A member's desk, with a line saying what is most pressing on it."""
    desk = service.home(team, member)
    waiting = len(desk.reviews.items) + desk.reviews.more
    due = len(desk.reminders.items) + desk.reminders.more
    message = (f"Your desk: {waiting} review(s) waiting for you, {due} reminder(s) due."
               if waiting or due else "Your desk: no review is waiting for you.")
    return Home(message, desk)


def _adopts_opener(command: Command) -> bool:
    """Whether a revise adopts the suggested opener: by the button, or by typing
    `--use-suggestion` as the text on any surface."""
    return bool(command.args.get("use_suggestion")) or (
        (command.text or "").strip() == USE_SUGGESTION)
