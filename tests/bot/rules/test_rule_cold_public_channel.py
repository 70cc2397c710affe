"""cold-public-channel: a pitch in public or in the DMs of someone the team does not know."""

import pytest

RULE = "cold-public-channel"
PITCH = "Hi Liz, would you please review my book?"
ENGAGE = "Hi Liz, thanks for following! What got you into sketching?"


@pytest.mark.parametrize(
    ("text", "channel", "stage", "fires"),
    [
        pytest.param(PITCH, "dm", "stranger", True, id="dm-stranger"),
        pytest.param(PITCH, "public-mention", "stranger", True, id="mention-stranger"),
        pytest.param(PITCH, "comment", "aware", True, id="comment-aware"),
        pytest.param(PITCH, "email", "stranger", False, id="email-is-the-right-channel"),
        pytest.param(PITCH, "other", "stranger", False, id="other"),
        pytest.param(PITCH, "dm", "engaged", False, id="dm-engaged"),
        pytest.param(PITCH, "public-mention", "earned", False, id="mention-earned"),
        pytest.param(ENGAGE, "dm", "stranger", False, id="engagement-dm"),
        pytest.param(ENGAGE, "public-mention", "stranger", False, id="engagement-mention"),
        pytest.param(ENGAGE, "comment", "stranger", False, id="engagement-comment"),
    ],
)
def test_cold_public_channel(review, fired, text, channel, stage, fires):
    """Only a pitch, only on a cold channel, only without a relationship."""
    hits = fired(review(text, channel=channel, stage=stage), RULE)
    assert bool(hits) is fires
    assert all(f.severity == "warning" for f in hits)
