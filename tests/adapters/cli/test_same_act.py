"""The shared scenario through `rapport` verbs gets from the core what the core gives."""

from adapters.cli import contacts, pitches
from tests.adapters.same_act import PITCH, Recorder, expected

VERBS = (
    f'submit "{PITCH}" --as ana --to @liz --via email',
    "contact @liz --interests 'running, trails' --prefers email --as ana",
    "log @liz met 'coffee at the meetup' --as ben",
    "approve 1 --as ana",
    "approve 1 --as ben",
    "sent 1 --as ana",
    "show 1",
)


def test_cli_verbs_get_the_cores_outcomes(cli, monkeypatch, core_twin):
    """Each verb's outcome equals the core's for the same act (the refusal included)."""
    recorder = Recorder(monkeypatch, pitches, contacts)
    for line in VERBS:
        cli(line)
    assert recorder.seen == expected(core_twin, "cli:local", "ana", "ben")
