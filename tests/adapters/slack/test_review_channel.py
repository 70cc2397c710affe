"""Where reviews go: the channel a workspace admin chose with `/review-pitch setup #channel`,
else RAPPORT_REVIEW_CHANNEL (one-workspace mode)."""

from __future__ import annotations

from .conftest import ALICE, CARA, REVIEW, texts

TEAM = "slack:T0TEAM"
WARM = "Hi Liz, I loved your post on sourdough. What do you think of rye?"
CHOSEN = "C0PITCHES"


def test_without_a_choice_reports_go_to_the_configured_channel(slack):
    shown = slack.said("setup", user=ALICE)
    assert "Reviews go to the channel Rapport was set up with: <#C0REVIEW>" in shown
    assert "An admin can choose another with `/review-pitch setup #channel`" in shown
    assert slack.submit(WARM).post.args["channel"] == REVIEW


def test_an_admin_moves_the_reviews_to_another_channel(slack, service):
    # Slack sends "#pitches", picked from its list, as <#C0PITCHES|pitches> (should_escape).
    answer = slack.said(f"setup <#{CHOSEN}|pitches>", user=CARA)
    assert "Reviews will be posted in that channel from now on: <#C0PITCHES>" in answer
    assert "/invite @Rapport" in answer
    assert service.review_channel(TEAM) == CHOSEN
    assert "<#C0PITCHES>" in slack.said("setup", user=ALICE)
    report = slack.submit(WARM)
    assert report.post.args["channel"] == CHOSEN
    # Reactions on the report there work as anywhere.
    slack.client.event(_check(report.ts))
    slack.update(report.pitch_id, "Sendable")


def _check(ts: str) -> dict:
    """Bob's ✅ on the report in the chosen channel."""
    return {"type": "reaction_added", "user": "U0BOB", "reaction": "white_check_mark",
            "item": {"type": "message", "channel": CHOSEN, "ts": ts}, "item_user": "UBOT",
            "event_ts": "1900000000.000100"}


def test_only_an_admin_moves_the_reviews(slack, service):
    assert "Only an admin can choose" in slack.said(f"setup <#{CHOSEN}|pitches>", user=ALICE)
    assert service.review_channel(TEAM) is None
    assert slack.submit(WARM).post.args["channel"] == REVIEW


def test_setup_names_a_channel_slack_knows_or_nothing_happens(slack, service):
    # "#nowhere" that Slack did not turn into a channel: answered at once, nothing written.
    reply, _ = slack.command("setup #nowhere", user=CARA)
    assert "Name one channel, picked from the list Slack shows" in texts(reply.json())
    slack.drain()
    assert service.review_channel(TEAM) is None and slack.outbox.pending() == 0
    # An id pasted as it is works too.
    assert "<#G0PRIVATE>" in slack.said("setup G0PRIVATE", user=CARA)
