"""Where a team's reviews go: set by an admin from chat, per team, on the record."""

import pytest

from bot.command_line import parse
from bot.commands import execute
from bot.errors import InvalidInput, NotAllowed
from bot.outcomes import ReviewChannel


def test_an_admin_sets_the_review_channel_and_anyone_can_see_it(service):
    """`setup #channel` by an admin names the channel; `setup` alone shows it."""
    assert execute(service, "slack:T1", "ana", parse("setup")).channel is None
    done = execute(service, "slack:T1", "cara", parse("setup C0REVIEWS"))
    assert isinstance(done, ReviewChannel) and done.changed and done.channel == "C0REVIEWS"
    assert execute(service, "slack:T1", "ana", parse("setup")) == ReviewChannel(
        "Reviews go to the channel shown.", "C0REVIEWS", changed=False)


def test_each_team_has_its_own_channel(service):
    """Two workspaces on one deployment never share where their reviews go."""
    execute(service, "slack:T1", "cara", parse("setup C1"))
    execute(service, "discord:42", "cara", parse("setup 9001"))
    assert service.review_channel("slack:T1") == "C1"
    assert service.review_channel("discord:42") == "9001"
    assert service.review_channel("slack:T-never-seen") is None


def test_only_an_admin_may_move_reviews_and_a_refusal_changes_nothing(service):
    """A member who is not an admin is refused and the channel stays."""
    execute(service, "slack:T1", "cara", parse("setup C1"))
    with pytest.raises(NotAllowed, match="only an admin"):
        execute(service, "slack:T1", "ben", parse("setup C2"))
    assert service.review_channel("slack:T1") == "C1"


@pytest.mark.parametrize("channel", ["two words", "C1\x00", "x" * 201])
def test_a_channel_that_is_not_one_channel_is_refused_plainly(service, channel):
    """Spaces, a NUL byte or an absurd length get one clear line, and nothing is saved."""
    with pytest.raises(InvalidInput):
        service.set_review_channel("slack:T1", "cara", channel)
    assert service.review_channel("slack:T1") is None


def test_setting_the_same_channel_again_says_so(service):
    """Naming the channel already set changes nothing and says it."""
    execute(service, "slack:T1", "cara", parse("setup C1"))
    again = execute(service, "slack:T1", "cara", parse("setup C1"))
    assert again.message == "Reviews already go to that channel."
