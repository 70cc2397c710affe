"""One entrance: every command runs through execute and comes back as a typed outcome."""

import pytest

from bot.command_line import Command, parse
from bot.commands import execute
from bot.errors import NotAllowed, NotAReport
from bot.outcomes import Board, Changed, ContactShown, Listed, Shown, Submitted, Text
from bot.views import ReportRef

TEAM = "local"
PITCH = "Hi Liz, loved your talk on night markets. What got you into them?"


@pytest.mark.parametrize(
    ("text", "member", "kind"),
    [
        ("help", "ana", Text),
        (f"@liz via:email {PITCH}", "ana", Submitted),
        ("approve 1", "ben", Changed),
        ("show 1", "ben", Shown),
        ("list", "ben", Listed),
        ("contact @liz", "ben", ContactShown),
        ("log @liz met coffee at the meetup", "ben", ContactShown),
        ("leaderboard", "ben", Board),
        ("leaderboard opt-out", "ben", Text),
    ],
)
def test_each_command_comes_back_as_its_outcome_type(service, text, member, kind):
    """Typed text and its outcome type, in the order a team would use them."""
    if not text.startswith(("help", "@")):
        execute(service, TEAM, "ana", parse(f"@liz via:email {PITCH}"))
    assert isinstance(execute(service, TEAM, member, parse(text)), kind)


def test_the_same_act_from_any_surface_is_the_same_command_and_outcome(service, make_service):
    """A typed slash command, a button's or reaction's Command and a CLI verb are one act."""
    typed = parse("approve 1")
    built = Command("approve", pitch_id=1)  # what a ✅, a button and `rapport approve` build
    assert typed == built
    execute(service, TEAM, "ana", parse(f"@liz via:email {PITCH}"))
    outcome = execute(service, TEAM, "ben", built)
    assert isinstance(outcome, Changed) and outcome.pitch.state == "sendable"


def test_the_authors_own_approval_is_refused_in_the_core(service):
    """Whatever surface it comes from, the author's own approval counts for nothing."""
    execute(service, TEAM, "ana", parse(f"@liz via:email {PITCH}"))
    with pytest.raises(NotAllowed, match="can't approve your own pitch"):
        execute(service, TEAM, "ana", Command("approve", pitch_id=1))
    assert service.show(TEAM, 1).state == "pending"


def test_a_repeated_log_delivery_is_handled_once(service):
    """The same platform delivery twice logs once and says so the second time."""
    command = parse("log @liz met coffee at the meetup")
    first = execute(service, TEAM, "ben", command, dedupe="slack:command:T1")
    again = execute(service, TEAM, "ben", command, dedupe="slack:command:T1")
    assert isinstance(first, ContactShown) and first.changed
    assert isinstance(again, ContactShown) and again.changed is False


def test_a_reaction_names_its_report_and_the_core_finds_the_pitch(service):
    """A reaction's command names the message; the act finds the report's pitch itself, and a
    message that is no report of this team is NotAReport (which surfaces keep quiet)."""
    execute(service, TEAM, "ana", parse(f"@liz via:email {PITCH}"))
    service.attach_report(1, "slack", "C1", "1700.1")
    done = execute(service, TEAM, "ben", Command("approve", report=ReportRef("slack", "C1",
                                                                             "1700.1")))
    assert isinstance(done, Changed) and done.pitch.id == 1 and done.pitch.state == "sendable"
    for elsewhere in (ReportRef("slack", "C1", "1700.2"), ReportRef("discord", "C1", "1700.1")):
        with pytest.raises(NotAReport):
            execute(service, TEAM, "ben", Command("withdraw-approval", report=elsewhere))
    with pytest.raises(NotAReport):  # another team's report
        execute(service, "other", "ben", Command("withdraw-approval",
                                                 report=ReportRef("slack", "C1", "1700.1")))
    assert service.show(TEAM, 1).state == "sendable"


def test_the_same_request_for_changes_twice_is_one_request(service):
    """A re-delivered 🔁 or a double click asks once; new words on it are a second request."""
    execute(service, TEAM, "ana", parse(f"@liz via:email {PITCH}"))
    first = execute(service, TEAM, "ben", parse("request-changes 1 mention her talk"))
    again = execute(service, TEAM, "ben", parse("request-changes 1 mention her talk"))
    assert first.result.changed and not again.result.changed
    execute(service, TEAM, "ben", parse("request-changes 1 and her city"))
    assert len(service.show(TEAM, 1).change_requests) == 2


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        pytest.param("@liz via:dm Hi Liz, hello  ", "Hi Liz, hello  ", id="submit"),
        pytest.param("  @liz Hi Liz\n", "Hi Liz\n", id="submit-leading-space-is-not-text"),
        pytest.param("revise 3 New text ", "New text ", id="revise"),
    ],
)
def test_a_pitch_text_is_kept_as_written(typed, text):
    """The pitch's own text keeps its trailing spaces; only the command's words are trimmed."""
    assert parse(typed).text == text


def test_a_full_length_pitch_ending_in_a_space_is_stored_whole(service):
    """40,000 characters ending in a space are 40,000 characters on the record."""
    text = ("Hi Liz, what got you into night markets? " * 1000)[:39_999] + " "
    done = execute(service, TEAM, "ana", parse(f"@liz via:email {text}"))
    assert len(service.show(TEAM, done.pitch.id).text) == 40_000
