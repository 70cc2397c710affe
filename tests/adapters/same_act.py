"""One scenario of acts, run on every surface: each must get from the core what the core
gives when it is called directly. A surface records its outcomes by wrapping `execute`
where its modules call it."""

from __future__ import annotations

from bot.command_line import parse
from bot.commands import execute
from bot.outcomes import Board, Changed, ContactShown, Listed, Outcome, Shown, Submitted, Text

PITCH = "Hi Liz, your trail running post was great. What got you into ultras? Thanks, Ana"
# (who, the act as typed on Slack): the author submits and marks sent; a teammate does the rest.
ACTS = (
    ("author", f"@liz via:email {PITCH}"),
    ("author", "contact @liz interests: running, trails; prefers: email"),
    ("reviewer", "log @liz met coffee at the meetup"),
    ("author", "approve 1"),
    ("reviewer", "approve 1"),
    ("author", "sent 1"),
    ("reviewer", "show 1"),
)


def summary(outcome: Outcome | Exception) -> tuple:
    """What a user would notice of an outcome, without the surface's member ids."""
    match outcome:
        case Exception():
            return ("refused", str(outcome))
        case Submitted() | Changed() | Shown():
            pitch = outcome.pitch
            return (type(outcome).__name__, outcome.message, pitch.id, pitch.state,
                    pitch.verdict, pitch.revision, [f.rule for f in pitch.findings])
        case ContactShown():
            c = outcome.contact
            return ("ContactShown", outcome.message, c.handle, c.stage, tuple(c.interests),
                    c.prefers, outcome.changed)
        case Listed():
            return ("Listed", outcome.message, [p.id for p in outcome.pitches])
        case Board() | Text():
            return (type(outcome).__name__, outcome.message)


def expected(service, team: str, author: str, reviewer: str) -> list[tuple]:
    """The scenario run straight on the core."""
    seen = []
    for who, typed in ACTS:
        try:
            seen.append(summary(execute(service, team, author if who == "author" else reviewer,
                                        parse(typed))))
        except Exception as refused:  # noqa: BLE001 — a refusal is an outcome too
            seen.append(summary(refused))
    return seen


class Recorder:
    """Wraps `execute` in the given adapter modules and keeps what each call returned."""

    def __init__(self, monkeypatch, *modules):
        self.seen: list[tuple] = []
        for module in modules:
            monkeypatch.setattr(module, "execute", self._wrap(module.execute))

    def _wrap(self, real):
        def recorded(*args, **kwargs):
            try:
                outcome = real(*args, **kwargs)
            except Exception as refused:
                self.seen.append(summary(refused))
                raise
            self.seen.append(summary(outcome))
            return outcome
        return recorded
