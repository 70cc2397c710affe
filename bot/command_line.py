"""The `/review-pitch` subcommands as text: the help, the verbs, and the Command parsed
from what a member typed. Pure: the Slack web process parses with it and loads no core."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from bot.errors import InvalidInput

if TYPE_CHECKING:
    from bot.views import ReportRef

HELP = """\
/review-pitch — earn the relationship first, then pitch.
• /review-pitch — open the form (recipient, channel, topic, message)
• /review-pitch @handle via:dm|email|public-mention|comment|other [topic:word] <message> — submit
• /review-pitch revise ID <new text> — revise your pitch (re-checks, dismisses approvals)
• /review-pitch revise ID --use-suggestion — adopt the suggested engagement-first opener
• /review-pitch approve ID [override reason] — approve a teammate's pitch (or react ✅)
• /review-pitch request-changes ID <comment> — ask for changes (or react 🔁)
• /review-pitch withdraw ID — withdraw your pitch
• /review-pitch sent ID — mark your sendable pitch as sent
• /review-pitch outcome ID replied|accepted|declined|no-response — record what came back
• /review-pitch show ID — the report  •  /review-pitch list [state] — the newest pitches
• /review-pitch log @handle we-engaged|they-replied|conversation|met|intro [note]
• /review-pitch contact @handle interests: a, b; avoid: c; prefers: email; email: yes
• /review-pitch contact @handle do-not-contact  (clear-do-not-contact: admins only)
• /review-pitch contact @handle --history — everything recorded about them, who did it
• /review-pitch leaderboard [last-week|2026-W48] — the weekly board
• /review-pitch leaderboard opt-out|opt-in — leave the board, or come back
• /review-pitch leaderboard anonymous|named — be "a teammate" on the board, or named again
• /review-pitch setup #channel — where this team's reviews are posted (admins only)
• /review-pitch home — your desk: reviews waiting for you, your pitches, reminders, contacts
• /review-pitch help — this list"""

# Typed after `revise ID` (or sent by a button): adopt the report's suggested opener.
USE_SUGGESTION = "--use-suggestion"
_ID_VERBS = ("revise", "approve", "request-changes", "withdraw", "sent", "outcome", "show")
VERBS = (*_ID_VERBS, "log", "contact", "list", "help", "leaderboard", "setup", "home", "submit",
         "form")
_OPTION = re.compile(r"^(via|topic):(\S+)$", re.IGNORECASE)


@dataclass(frozen=True)
class Command:
    """A parsed subcommand: the verb and its arguments."""

    verb: str
    pitch_id: int | None = None
    handle: str | None = None
    text: str | None = None
    channel: str = "other"
    topic: str | None = None
    kind: str | None = None
    args: dict = field(default_factory=dict)
    # When an interaction happened, if not now (the CLI's --at).
    at: datetime | None = None
    # A reaction's report, resolved to its pitch inside the act's own transaction.
    report: ReportRef | None = None
    # What an approver saw: the revision on a button or form, or when they reacted.
    revision: int | None = None
    seen_at: datetime | None = None

    @property
    def target(self) -> int | ReportRef | None:
        """The pitch acted on: by number, or by the report a reaction was left on."""
        return self.report if self.report is not None else self.pitch_id

    @property
    def submits(self) -> bool:
        """A new pitch for review."""
        return self.verb == "submit"

    @property
    def opens_form(self) -> bool:
        """The bare command: the surface opens its submit form."""
        return self.verb == "form"

    @property
    def only_reads(self) -> bool:
        """Shows what is recorded and changes nothing (show, list, home)."""
        return self.verb in ("show", "list", "home")

    @property
    def asks_help(self) -> bool:
        """The command list."""
        return self.verb == "help"

    @property
    def kept_text(self) -> str | None:
        """The user's own writing in the command, handed back if the core refuses it."""
        # An approval's text is the override reason they wrote.
        return self.text if self.verb in ("submit", "revise", "request-changes",
                                          "approve") else None


def _pitch_id(token: str | None, verb: str) -> int:
    if token is None or not token.lstrip("#").isdigit():
        raise InvalidInput(f"`{verb}` needs a pitch number, e.g. `{verb} 12`")
    return int(token.lstrip("#"))


def _contact_args(rest: str) -> dict:
    """Parse `interests: a, b; avoid: c; prefers: email; email: yes; do-not-contact`."""
    args: dict = {}
    for part in filter(None, (p.strip() for p in rest.split(";"))):
        key, _, value = part.partition(":")
        key = key.strip().casefold()
        if key in ("interests", "avoid"):
            args[key] = [v.strip() for v in value.split(",") if v.strip()]
        elif key == "prefers":
            args["prefers"] = value.strip()
        elif key in ("email", "email-known"):
            args["email_known"] = value.strip().casefold() in ("yes", "true", "known", "y")
        elif key in ("do-not-contact", "dnc") and not value:
            args["do_not_contact"] = True
        elif key == "clear-do-not-contact" and not value:
            args["do_not_contact"] = False
        else:
            raise InvalidInput(f"unknown contact field '{key}': see /review-pitch help")
    return args


def parse(text: str) -> Command:
    """Parse the text after /review-pitch into a Command; InvalidInput says what is wrong."""
    # A pitch's text is kept as written, trailing spaces and all: only the command's own
    # words are trimmed.
    written = (text or "").lstrip()
    if not written.strip():
        return Command("form")
    head, _, after = written.partition(" ")
    verb, rest = head.casefold(), after.strip()
    if head.startswith("@"):
        return _parse_submit(written)
    if verb in _ID_VERBS:
        number, _, after = after.lstrip().partition(" ")
        kept = after.lstrip() if verb == "revise" and after.strip() else after.strip()
        # No text is None, as every surface builds it ("approve 1" is Command("approve", 1)).
        command = Command(verb, pitch_id=_pitch_id(number or None, verb), text=kept or None)
        if verb == "revise" and (kept or "").strip() == USE_SUGGESTION:
            return Command(verb, pitch_id=command.pitch_id, args={"use_suggestion": True})
        if verb in ("revise", "request-changes", "outcome") and not command.text:
            need = {"revise": "the new text", "request-changes": "a comment",
                    "outcome": "replied, accepted, declined or no-response"}[verb]
            raise InvalidInput(f"`{verb} {command.pitch_id}` needs {need}")
        return command
    if verb == "log":
        parts = rest.split(maxsplit=2)
        if len(parts) < 2:
            raise InvalidInput("use: log @handle we-engaged|they-replied|conversation|met|intro")
        return Command("log", handle=parts[0], kind=parts[1],
                       text=parts[2] if len(parts) > 2 else None)
    if verb == "contact":
        handle, _, fields = rest.partition(" ")
        if not handle:
            raise InvalidInput("use: contact @handle interests: a, b; avoid: c")
        if fields.strip().casefold() in ("--history", "history"):
            return Command("contact", handle=handle, args={"history": True})
        return Command("contact", handle=handle, args=_contact_args(fields))
    if verb in ("list", "help", "leaderboard", "setup"):
        return Command(verb, text=rest or None)
    if verb == "home":
        return Command("home")  # nothing to add: anything after it is ignored
    raise InvalidInput(f"unknown subcommand '{head}'")


def _parse_submit(text: str) -> Command:
    tokens = text.split(" ")
    handle, options, index = tokens[0], {}, 1
    while index < len(tokens):
        token = tokens[index]
        match = _OPTION.match(token)
        if not token:
            index += 1
            continue
        if match is None:
            break
        options[match.group(1).casefold()] = match.group(2)
        index += 1
    body = " ".join(tokens[index:]).lstrip()
    return Command("submit", handle=handle, text=body, channel=options.get("via", "other"),
                   topic=options.get("topic"))
