"""after-no: a decline within the cool-off (default 180 days), or do-not-contact."""

from datetime import timedelta

import pytest

from bot.rules.base import Recipient

RULE = "after-no"
TEXT = "Hi Liz, could you share our remote hiring guide with your readers?"
ENGAGEMENT = "Hi Liz, loved your post on remote hiring."


@pytest.mark.parametrize(
    ("days_ago", "do_not_contact", "policy", "fires"),
    [
        pytest.param(None, False, None, False, id="never-declined"),
        pytest.param(30, False, None, True, id="declined-a-month-ago"),
        pytest.param(179, False, None, True, id="inside-cool-off"),
        pytest.param(180, False, None, False, id="cool-off-over-at-180-days"),
        pytest.param(400, False, None, False, id="long-ago"),
        pytest.param(None, True, None, True, id="do-not-contact"),
        pytest.param(400, True, None, True, id="do-not-contact-ignores-cool-off"),
        pytest.param(200, False, {"cool_off_days": 365}, True, id="policy-longer-cool-off"),
        pytest.param(10, False, {"cool_off_days": 7}, False, id="policy-shorter-cool-off"),
    ],
)
def test_after_no(review, fired, now, days_ago, do_not_contact, policy, fires):
    """Error on a recent no or a do-not-contact mark, at any stage, even without an ask."""
    declined = now - timedelta(days=days_ago) if days_ago is not None else None
    who = Recipient(handle="@liz", stage="earned", declined_at=declined,
                    do_not_contact=do_not_contact)
    result = review(TEXT, recipient=who, policy={"rules": {RULE: policy}} if policy else None)
    hits = fired(result, RULE)
    assert [f.severity for f in hits] == (["error"] if fires else [])
    if fires:
        assert result.verdict == "blocked"


@pytest.mark.parametrize(
    ("do_not_contact", "fires"),
    [pytest.param(False, False, id="engagement-after-a-no-is-fine"),
     pytest.param(True, True, id="do-not-contact-means-no-message-at-all")],
)
def test_engagement_after_no(review, fired, now, do_not_contact, fires):
    """After a decline, a message with no ask passes; do-not-contact blocks every message."""
    who = Recipient(handle="@liz", stage="earned", declined_at=now - timedelta(days=3),
                    do_not_contact=do_not_contact)
    assert bool(fired(review(ENGAGEMENT, recipient=who), RULE)) is fires


def test_detail_says_which(review, fired, now):
    """The reviewer sees whether it was a mark or a dated no."""
    dnc = fired(review(TEXT, recipient=Recipient(do_not_contact=True)), RULE)[0]
    assert "do-not-contact" in dnc.message
    declined = Recipient(declined_at=now - timedelta(days=3))
    assert (now - timedelta(days=3)).strftime("%Y-%m-%d") in fired(
        review(TEXT, recipient=declined), RULE
    )[0].message
