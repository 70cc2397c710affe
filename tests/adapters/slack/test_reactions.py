"""Reactions on reports: ✅ approves, 🔁 asks for changes, un-✅ withdraws; the rest is ignored."""

from tests.fakes.slack_requests import BOT_USER_ID, reaction_added, reaction_removed

from .conftest import ALICE, BOB, CARA, REVIEW, header, texts

TEAM = "slack:T0TEAM"
WARM = "Hi Liz, I loved your post on sourdough. What do you think of rye?"


def test_repeat_requests_changes_and_points_to_the_thread(slack, service):
    report = slack.submit(WARM)
    slack.react(BOB, report.ts, "repeat")
    update = slack.update(report.pitch_id, "Requested with 🔁")
    assert header(update) == "Pitch #1 · Changes requested"
    assert "in the report's thread" in texts(slack.ephemeral(BOB, "Requested changes on"))
    slack.dm(ALICE, "asked for changes on pitch #1")


def test_removing_the_check_mark_withdraws_the_approval(slack, service):
    report = slack.submit(WARM)
    slack.react(BOB, report.ts)
    slack.update(report.pitch_id, "Sendable")
    slack.client.event(reaction_removed(BOB, "white_check_mark", REVIEW, report.ts))
    back = slack.update(report.pitch_id, "approval withdrawn")
    assert header(back) == "Pitch #1 · Pending review"
    assert "*approvals:* 0/1" in texts(back)
    assert service.show(TEAM, 1).approvals == ()


def test_a_redelivered_event_changes_nothing_the_second_time(slack, service, mock):
    report = slack.submit(WARM)
    assert slack.react(BOB, report.ts, event_id="Ev0APPROVE").status == 200
    slack.update(report.pitch_id, "Sendable")
    slack.client.event(reaction_removed(BOB, "white_check_mark", REVIEW, report.ts))
    slack.update(report.pitch_id, "approval withdrawn")
    updates = len(slack.updates(1))

    # Slack thinks the first delivery failed and sends the same event again.
    again = slack.react(BOB, report.ts, event_id="Ev0APPROVE", retry_num=1)
    assert again.status == 200
    slack.drain()
    assert service.show(TEAM, 1).state == "pending"
    assert len(slack.updates(1)) == updates
    # A retry of an event never seen before is still handled.
    slack.react(CARA, report.ts, event_id="Ev0NEW", retry_num=2)
    slack.update(report.pitch_id, "approved by cara")


def test_bot_reactions_other_messages_and_other_emoji_are_ignored(slack, service, mock):
    report = slack.submit(WARM)
    slack.react(BOT_USER_ID, report.ts)
    slack.react(BOB, "1700000000.999999")  # a message that is not a report
    slack.react(BOB, report.ts, "tada")
    slack.client.event(reaction_removed(BOB, "repeat", REVIEW, report.ts))
    slack.drain()
    assert slack.updates(1) == []
    assert mock.calls_to("chat.postEphemeral") == []
    assert service.show(TEAM, 1).state == "pending"
    assert [e.kind for e in service.show(TEAM, 1).history] == ["submitted"]


def test_a_reaction_from_another_workspace_is_ignored(slack, service):
    report = slack.submit(WARM)
    slack.client.event(
        {"type": "reaction_added", "user": "U0STRANGER", "reaction": "white_check_mark",
         "item": {"type": "message", "channel": REVIEW, "ts": report.ts},
         "item_user": BOT_USER_ID, "event_ts": "1700000001.000000"},
        team_id="T0OTHER")
    slack.drain()
    assert slack.updates(1) == []
    assert service.show(TEAM, 1).state == "pending"


def test_a_check_mark_costs_two_transactions_and_none_on_a_colleagues_message(
        slack, service, monkeypatch):
    report = slack.submit(WARM)
    slack.said("list", user=BOB)  # Bob is known to the team from here on
    transactions = []
    real = service.transaction
    monkeypatch.setattr(service, "transaction",
                        lambda *args, **kwargs: transactions.append(1) or real(*args, **kwargs))
    # A colleague's own message: not the bot's, so not a report, so not looked up.
    slack.client.event(reaction_added(BOB, "white_check_mark", REVIEW, "1700000000.000001",
                                      item_user="U0HUMAN"))
    slack.react(BOB, report.ts)
    slack.dm(ALICE, "is approved and sendable")  # the desk has settled and told the author
    # The act finds the report's pitch in its own transaction; the job that settles the
    # report, run straight after, writes the act's view and reads the pitch once more to see
    # that nothing changed meanwhile (a retry, run later, would read it first).
    assert len(transactions) == 2


def test_a_check_mark_made_before_a_revision_approves_nothing(slack, service, clock):
    """Slack delivers a ✅ late (a retry), after the author revised: it was given to the old
    text, so it approves nothing, and the reviewer is told why."""
    report = slack.submit(WARM)
    reacted = clock.advance(minutes=1).timestamp()
    clock.advance(minutes=1)
    service.revise(TEAM, 1, ALICE, WARM + " P.S. congrats on the bakery award!")
    slack.client.event(reaction_added(BOB, "white_check_mark", REVIEW, report.ts,
                                      event_ts=f"{reacted:.6f}"))
    assert "revised since you saw it" in texts(slack.ephemeral(BOB, "revised since"))
    assert service.show(TEAM, 1).state == "pending"
