"""The App Home tab: a member's desk, published on app_home_opened, its buttons acting in place."""

import time

from tests.fakes.slack_requests import plain_text_value

from .conftest import ALICE, BOB, CARA, header, texts

TEAM = "slack:T0TEAM"
WARM = "Hi Liz, I loved your post on sourdough. What do you think of rye?"
COLD = "Hi Liz, please RT my new ebook! https://example.com/ebook"


def home_opened(slack, user, tab="home"):
    """A signed app_home_opened event, as Slack sends it when `user` opens Rapport's tab."""
    event = {"type": "app_home_opened", "user": user, "channel": f"D{user}", "tab": tab,
             "event_ts": f"{time.time():.6f}"}
    reply = slack.client.event(event)
    assert reply.status == 200


def published(slack, user, contains="", after=0):
    """The views.publish of `user`'s desk showing `contains` (after the first `after`)."""
    return slack.mock.wait_for(
        "views.publish", lambda c: c.args["user_id"] == user and contains in texts(c.args["view"])
        and c in slack.mock.calls_to("views.publish")[after:])[0]


def buttons(view):
    """(action_id, value) of every button on a published view."""
    return [(e["action_id"], e["value"]) for b in view["blocks"] if b["type"] == "actions"
            for e in b["elements"]]


def press(slack, user, call, action_id, value):
    """Click a button of a published Home view, as Slack sends the click (no response_url)."""
    view = {**call.response["view"], "type": "home"}
    reply = slack.client.action(user_id=user, action_id=action_id, value=value, view=view,
                                block_id=f"desk_{value.split(':')[0]}")
    assert reply.status == 200


def test_opening_the_home_tab_publishes_my_desk(slack):
    slack.submit(WARM)
    home_opened(slack, BOB)
    call = published(slack, BOB, "Reviews waiting for you")
    view = call.args["view"]
    assert view["type"] == "home" and view["blocks"][0]["text"]["text"] == "Your desk · bob"
    shown = texts(view)
    assert "*#1* to @liz via email" in shown and "by alice" in shown
    assert buttons(view) == [("approve", "1:r1"), ("request_changes", "1:r1")]
    assert call.ok
    slack.mock.assert_no_violations()


def test_my_own_pitch_is_never_in_my_reviews(slack):
    slack.submit(WARM)
    home_opened(slack, ALICE)
    view = published(slack, ALICE, "Your pitches").args["view"]
    assert buttons(view) == []
    shown = texts(view)
    assert "Nothing is waiting for your review." in shown
    assert "*Pending review* (1)" in shown and "waiting for a teammate's approval (0 of 1)" in shown
    assert "*Stranger* (1)" in shown and "@liz — *observe*" in shown


def test_the_messages_tab_publishes_nothing(slack):
    home_opened(slack, BOB, tab="messages")
    slack.drain()
    assert slack.mock.calls_to("views.publish") == []


def test_approve_on_the_desk_approves_and_publishes_it_again(slack, service):
    report = slack.submit(WARM)
    home_opened(slack, BOB)
    first = published(slack, BOB, "*#1*")
    press(slack, BOB, first, "approve", "1:r1")
    # The same road as the report's button: the report is updated, the author told...
    assert header(slack.update(1, "Sendable")) == "Pitch #1 · Sendable"
    slack.dm(ALICE, "approved and sendable")
    # ... and the desk is published again, the answer on top, the review gone.
    again = published(slack, BOB, "Approved pitch #1.", after=1).args["view"]
    assert buttons(again) == [] and "Nothing is waiting for your review." in texts(again)
    assert service.show(TEAM, 1).state == "sendable"
    # No message went to the clicker's Messages tab for it.
    assert [c for c in slack.mock.calls_to("chat.postMessage") if c.args["channel"] == BOB] == []
    assert report.ts


def test_a_refusal_on_the_desk_is_said_on_the_desk(slack, service):
    slack.submit(WARM)
    home_opened(slack, BOB)
    first = published(slack, BOB, "*#1*")
    service.revise(TEAM, 1, ALICE, WARM + " Thanks!")  # e.g. from another surface
    press(slack, BOB, first, "approve", "1:r1")
    again = published(slack, BOB, "revised since you saw it", after=1).args["view"]
    # The desk now shows the new revision to approve.
    assert buttons(again) == [("approve", "1:r2"), ("request_changes", "1:r2")]
    assert service.show(TEAM, 1).state == "pending"


def test_request_changes_on_the_desk_opens_the_form_and_answers_on_the_desk(slack, service):
    slack.submit(WARM)
    home_opened(slack, BOB)
    first = published(slack, BOB, "*#1*")
    press(slack, BOB, first, "request_changes", "1:r1")
    modal = slack.mock.wait_for("views.open")[0].response["view"]
    state = {"values": {"comment": {"value": plain_text_value("Mention her rye post")}}}
    assert slack.client.submit_view(user_id=BOB, view={**modal, "state": state}).status == 200
    assert header(slack.update(1, "Mention her rye post")) == "Pitch #1 · Changes requested"
    published(slack, BOB, "Requested changes on pitch #1.", after=1)
    home_opened(slack, ALICE)
    mine = texts(published(slack, ALICE, "Changes requested").args["view"])
    assert "revise it: bob asked for changes — Mention her rye post" in mine


def test_an_error_finding_makes_approve_the_override_form(slack):
    slack.submit(COLD)
    home_opened(slack, CARA)
    view = published(slack, CARA, "*#1*").args["view"]
    assert buttons(view)[0] == ("approve_override", "1:r1")


def test_typed_home_publishes_the_desk_and_points_to_it(slack):
    slack.submit(WARM)
    answer = slack.said("home", user=BOB)
    assert "1 review(s) waiting for you" in answer and "*Home* tab" in answer
    assert buttons(published(slack, BOB, "*#1*").args["view"])[0] == ("approve", "1:r1")


def test_nobody_is_pinged_from_a_desk(slack, mock):
    slack.submit("Hi Liz <!channel> <!here> <@U0BOB> @everyone & co, what do you think of rye?",
                 to="@here")
    home_opened(slack, BOB)
    call = published(slack, BOB, "*#1*")
    assert mock.pings({"blocks": call.args["view"]["blocks"]}) == []
    shown = texts(call.args["view"])
    # Typed mentions and crowd words are broken (a zero-width space), & < > escaped.
    assert "Liz @\u200bchannel @\u200bhere @U0BOB @\u200beveryone &amp; co" in shown
    assert "to @\u200bhere via email" in shown and "@here" not in shown
    mock.assert_no_violations()
