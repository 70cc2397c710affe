"""The product's words live in one module: labels come from it, not from string surgery."""

import json
import re
from pathlib import Path

import pytest

from bot.render import render
from bot.vocabulary import CHANNELS, OPEN_STATES, STATES, Channel, State, label

ROOT = Path(__file__).parents[2]


@pytest.mark.parametrize(
    ("value", "shown"),
    [("changes_requested", "Changes requested"), ("pending", "Pending review"),
     ("no_response", "No response"), ("public-mention", "Public mention or tag"),
     ("stage_changed", "stage changed")],
)
def test_every_word_has_the_label_a_person_reads(value, shown):
    """States and channels read as words; unknown event kinds lose their underscores."""
    assert label(value) == shown


def test_states_and_channels_are_complete_and_ordered():
    """The review states and the channels of outreach, as DESIGN §2 and §5 list them."""
    assert STATES[:5] == ("pending", "changes_requested", "sendable", "sent", "withdrawn")
    assert set(OPEN_STATES) < set(STATES)
    assert CHANNELS == ("email", "dm", "public-mention", "comment", "other")
    assert State("sendable") is State.SENDABLE and Channel("dm").label == "Direct message"


def test_forms_offer_the_channels_with_their_labels():
    """The Slack submit form lists every channel of outreach under its label."""
    modal = json.loads(render("slack/submit_modal.json.j2", metadata="m", channels=CHANNELS,
                              max_text=3000))
    (select,) = [b["element"] for b in modal["blocks"] if b["block_id"] == "channel"]
    assert [(o["value"], o["text"]["text"]) for o in select["options"]] == list(
        Channel.labels().items())


def test_no_underscore_surgery_outside_the_vocabulary():
    """No template or module turns a value into a label by replacing underscores."""
    surgery = re.compile(r"""\.replace\(\s*["']_["']\s*,\s*["'] ["']\s*\)""")
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("bot", "adapters", "templates")
        for path in (ROOT / folder).rglob("*")
        if path.suffix in (".py", ".j2") and path.name != "vocabulary.py"
        and surgery.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
