"""The shared scenario typed as /review-pitch gets from the core what the core gives."""

from adapters.slack import surface
from tests.adapters.same_act import ACTS, Recorder, expected

from .conftest import ALICE, BOB


def test_slash_commands_get_the_cores_outcomes(slack, monkeypatch, core_twin):
    """Each command's outcome equals the core's for the same act (the refusal included)."""
    recorder = Recorder(monkeypatch, surface)
    for who, typed in ACTS:
        slack.said(typed, user=ALICE if who == "author" else BOB)
    assert recorder.seen == expected(core_twin, "slack:T0TEAM", ALICE, BOB)
