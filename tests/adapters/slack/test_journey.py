"""The whole review over HTTP: submit, report, the author's own ✅, a teammate's ✅, sendable."""

from .conftest import ALICE, BOB, REVIEW, header, texts

TEAM = "slack:T0TEAM"
PITCH = "Hi there, I loved your post on sourdough starters, please reply ASAP!!!"


def test_submit_then_teammates_check_mark_makes_it_sendable(slack, mock, service):
    reply, name = slack.command(f"@liz via:email topic:baking {PITCH}", user=ALICE)
    assert reply.status == 200
    assert "Reviewing your pitch to @liz" in reply.body

    assert "Submitted pitch #1: needs-work" in texts(slack.answer(name))
    report = slack.report_post(1)
    shown = texts(report)
    assert report.args["channel"] == REVIEW
    assert header(report) == "Pitch #1 · Pending review"
    assert "Needs work" in shown
    assert "`impersonal`" in shown and "`pushy-tone`" in shown
    assert "*Why:*" in shown and "*Fix:*" in shown
    assert "What the team knows about @liz" in shown and "*Stage:* stranger" in shown
    assert f"```{PITCH}```" in shown
    assert [b["action_id"] for b in report.args["blocks"][-1]["elements"]] == [
        "approve", "request_changes", "revise"]

    # The author's own ✅ changes nothing; the core refuses and they are told privately.
    assert slack.react(ALICE, report.response["ts"]).status == 200
    assert slack.ephemeral(ALICE, "can't approve your own pitch").args["channel"] == REVIEW
    assert slack.updates(1) == []
    assert service.show(TEAM, 1).state == "pending"

    assert slack.react(BOB, report.response["ts"]).status == 200
    update = slack.update(1, "Sendable")
    assert update.args["ts"] == report.response["ts"] and update.args["channel"] == REVIEW
    assert header(update) == "Pitch #1 · Sendable"
    assert ":heavy_check_mark: bob" in texts(update)
    told = slack.dm(ALICE, "is approved and sendable")
    assert "/review-pitch sent 1" in texts(told)
    assert service.show(TEAM, 1).state == "sendable"
    mock.assert_no_violations()
