"""The shared scenario as Discord slash commands gets from the core what the core gives."""

from adapters.discord_bot import delivery
from tests.adapters.same_act import PITCH, Recorder, expected

from .conftest import ANA, BEN

COMMANDS = (
    (ANA, "contact", {"handle": "@liz", "interests": "running, trails", "prefers": "email"}),
    (BEN, "log", {"handle": "@liz", "kind": "met", "note": "coffee at the meetup"}),
    (ANA, "approve", {"pitch": 1}),
    (BEN, "approve", {"pitch": 1}),
    (ANA, "sent", {"pitch": 1}),
    (BEN, "show", {"pitch": 1}),
)


async def test_discord_commands_get_the_cores_outcomes(rig, monkeypatch, core_twin):
    """The form and each command's outcome equal the core's for the same act."""
    recorder = Recorder(monkeypatch, delivery)
    await rig.submit(ANA, text=PITCH)
    for user, sub, options in COMMANDS:
        await rig.ask(user, sub, **options)
    assert recorder.seen == expected(core_twin, "discord:900000000000000001", str(ANA), str(BEN))
