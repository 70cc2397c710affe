"""Stages computed from interactions and outcomes (DESIGN §4)."""

from datetime import UTC, datetime, timedelta

import pytest

from bot.errors import InvalidInput, NotAllowed
from bot.policy import LeaderboardPolicy, RelationshipPolicy
from bot.relationships import compute_stage

DAY1 = datetime(2026, 11, 2, 10, tzinfo=UTC)
DAY2 = DAY1 + timedelta(days=1)


@pytest.mark.parametrize("interactions, replies, stage", [
    ([], [], "stranger"),
    ([("we-engaged", DAY1)], [], "aware"),
    ([("intro", DAY1)], [], "aware"),
    ([("we-engaged", DAY1), ("they-replied", DAY1)], [], "engaged"),
    ([], [DAY1], "engaged"),
    ([("met", DAY1)], [], "earned"),
    ([("intro", DAY1), ("they-replied", DAY2)], [], "earned"),
    ([("they-replied", DAY1), ("intro", DAY2)], [], "engaged"),
    ([("conversation", DAY1)] * 3, [], "engaged"),
    ([("conversation", DAY1), ("conversation", DAY1), ("they-replied", DAY2)], [], "earned"),
    ([("conversation", DAY1), ("they-replied", DAY2)], [DAY2], "earned"),
], ids=["nothing", "one-way", "intro-only", "reply", "pitch-reply", "met", "intro+reply",
        "reply-before-intro", "3-same-day", "3-on-2-days", "reply-outcome-counts"])
def test_stage(interactions, replies, stage):
    assert compute_stage(interactions, replies, RelationshipPolicy()) == stage


def test_thresholds_come_from_policy():
    policy = RelationshipPolicy(earned_two_way=1, earned_days=1)
    assert compute_stage([("they-replied", DAY1)], [], policy) == "earned"


def test_logging_moves_the_stage_and_records_who(service):
    first = service.log_interaction("local", "ana", "@Liz", "we-engaged", "liked her post")
    assert first.contact.stage == "aware"
    moved = service.log_interaction("local", "ben", "liz", "met", "coffee at the meetup")
    assert moved.contact.stage == "earned"
    assert "aware → earned" in moved.message


def test_log_refuses_bad_kind_and_future(service, clock):
    with pytest.raises(InvalidInput, match="unknown kind"):
        service.log_interaction("local", "ana", "@liz", "waved")
    with pytest.raises(InvalidInput, match="future"):
        service.log_interaction("local", "ana", "@liz", "met", at=clock.now + timedelta(days=2))


def test_contact_knowledge_feeds_the_review(service):
    service.update_contact("local", "ana", "@liz", interests=["Sports"], avoid=["politics"],
                           prefers="email", email_known=True)
    pid = service.submit("local", "ana", "@liz", "Liz, would you review our election guide?",
                         topic="politics").pitch.id
    view = service.show("local", pid)
    assert view.recipient.interests == ("sports",)
    assert any(f.rule == "off-audience" and f.severity == "error" for f in view.findings)


def test_do_not_contact_set_by_anyone_cleared_by_admin(service):
    service.update_contact("local", "ana", "@liz", do_not_contact=True)
    rules = [f.rule for f in service.check("Liz, thanks for the follow!", to="@liz").findings]
    assert "after-no" in rules
    with pytest.raises(NotAllowed, match="admin"):
        service.update_contact("local", "ben", "@liz", do_not_contact=False)
    service.update_contact("local", "cara", "@liz", do_not_contact=False)
    assert not service.contact("local", "@liz").do_not_contact


def test_a_decline_blocks_the_next_pitch_during_the_cool_off(service, clock):
    pid = service.submit("local", "ana", "@liz", "Liz, what got you started?").pitch.id
    service.approve("local", pid, "ben")
    service.mark_sent("local", pid, "ana")
    service.record_outcome("local", pid, "ana", "declined")
    again = service.check("Liz, how about a guest post?", to="@liz", author="ben")
    assert "after-no" in [f.rule for f in again.errors]
    clock.advance(days=181)
    later = service.check("Liz, how about a guest post?", to="@liz", author="ben")
    assert "after-no" not in [f.rule for f in later.findings]


def test_a_time_without_a_zone_is_the_teams_local_time(make_service):
    """15:00 on a Paris team is 14:00 UTC in November."""
    service = make_service(leaderboard=LeaderboardPolicy(timezone="Europe/Paris"))
    done = service.log_interaction("local", "ana", "@liz", "met", at=datetime(2026, 11, 20, 15))
    assert done.contact.last_contact == datetime(2026, 11, 20, 14, tzinfo=UTC)
