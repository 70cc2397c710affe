"""The relationship coach: for every contact, the next step the team should take.

The thesis in one function: earn the relationship first, then you have the right to pitch.
A stranger is read before anyone writes; an aware contact is engaged with, never asked; an
engaged one may get an invitation with an easy out; an earned one may be pitched. A "no",
a do-not-contact mark or a run of unanswered pitches means waiting, whatever the stage.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

STEPS = ("observe", "engage", "soft-ask", "pitch", "wait")


@dataclass(frozen=True)
class Facts:
    """What the coach reads about a contact."""

    stage: str
    do_not_contact: bool = False
    declined_at: datetime | None = None
    unanswered: int = 0
    known: bool = False  # anything recorded: interests, interactions, pitches


@dataclass(frozen=True)
class NextStep:
    """One of STEPS, and what to do in plain words."""

    step: str
    advice: str


def next_step(facts: Facts, now: datetime, cool_off_days: int = 180,
              unanswered_limit: int = 3) -> NextStep:
    """The next step with a contact, from its stage, its history and the team's cool-offs."""
    if facts.do_not_contact:
        return NextStep("wait", "Marked do-not-contact: send nothing at all.")
    if facts.declined_at is not None:
        until = facts.declined_at + timedelta(days=cool_off_days)
        if now < until:
            return NextStep("wait", f"They said no on {facts.declined_at:%Y-%m-%d}: engage with "
                                    f"their work, ask nothing, until {until:%Y-%m-%d}.")
    if unanswered_limit and facts.unanswered >= unanswered_limit:
        return NextStep("wait", f"{facts.unanswered} pitches went unanswered: ask nothing more; "
                                "comment on their work instead.")
    if facts.stage == "earned":
        return NextStep("pitch", "The relationship is earned: pitch, briefly and specifically.")
    if facts.stage == "engaged":
        return NextStep("soft-ask", "They talk back: an invitation with an easy out is fine, "
                                    "saying why it fits them and that no is fine.")
    if facts.stage == "stranger" and not facts.known:
        return NextStep("observe", "Nothing known yet: read their recent work first — what "
                                   "they write about, what they share.")
    return NextStep("engage", "Comment on their work, thank them, or ask their view — no ask "
                              "yet.")
