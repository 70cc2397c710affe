"""The report's buttons and the modals they open, clicked as Slack sends the clicks."""

import json

from tests.fakes.slack_requests import plain_text_value

from .conftest import ALICE, BOB, REVIEW, header, texts

TEAM = "slack:T0TEAM"
WARM = "Hi Liz, I loved your post on sourdough. What do you think of rye?"
COLD = "Hi Liz, please RT my new ebook! https://example.com/ebook"


def button_value(blocks, action_id):
    """The value Slack sends back for a button of a posted report."""
    return next(e["value"] for b in blocks for e in b.get("elements", [])
                if e.get("action_id") == action_id)


def click(slack, user, report, action_id, **fields):
    """A button on a report as it was posted, clicked; returns the name of its response_url."""
    name = f"{action_id}-{user}-{fields.get('action_ts', 'x')}"
    message = {"type": "message", "ts": report.ts, "text": report.post.args["text"],
               "blocks": report.post.args["blocks"]}
    value = button_value(report.post.args["blocks"], action_id)
    reply = slack.client.action(user_id=user, action_id=action_id, value=value,
                                message=message, channel_id=REVIEW,
                                response_url=slack.mock.response_url(name), **fields)
    assert reply.status == 200
    return name


def opened(slack, callback_id):
    """The modal the app opened, with a callback_id."""
    return slack.mock.wait_for(
        "views.open", lambda c: c.args["view"]["callback_id"] == callback_id)[-1].response["view"]


def submit_modal(slack, user, view, block, value):
    """Submit a modal with one text field filled in."""
    state = {"values": {block: {"value": plain_text_value(value)}}}
    return slack.client.submit_view(user_id=user, view={**view, "state": state})


def test_approve_button_and_a_double_click(slack, service):
    report = slack.submit(WARM)
    first = click(slack, BOB, report, "approve", action_ts="1700000100.000001")
    # The same click delivered twice changes nothing the second time.
    click(slack, BOB, report, "approve", action_ts="1700000100.000001")
    assert "Approved pitch #1." in texts(slack.answer(first))
    slack.update(1, "Sendable")
    slack.drain()
    assert len(slack.updates(1)) == 1
    # A second, separate click is told the approval already stands.
    again = click(slack, BOB, report, "approve", action_ts="1700000100.000002")
    assert texts(slack.answer(again)).startswith("You already approved")
    slack.drain()
    assert len(slack.updates(1)) == 1
    assert len(slack.mock.calls_to("chat.postMessage")) == 2  # the report and one DM


def test_errors_turn_approve_into_an_override_with_a_reason(slack, service):
    report = slack.submit(COLD)
    buttons = report.post.args["blocks"][-1]["elements"]
    assert buttons[0]["action_id"] == "approve_override"
    click(slack, BOB, report, "approve_override")
    modal = opened(slack, "rapport_override")
    assert "stranger-pitch" in texts(modal["blocks"])

    blank = submit_modal(slack, BOB, modal, "reason", "   ")
    assert blank.json()["response_action"] == "errors"
    assert "reason" in blank.json()["errors"]

    assert submit_modal(slack, BOB, modal, "reason", "She asked us for it at the fair").body == ""
    update = slack.update(1, "override: She asked us for it at the fair")
    assert header(update) == "Pitch #1 · Sendable"
    assert json.loads(modal["private_metadata"])["pitch"] == 1


def test_request_changes_button_asks_for_a_comment(slack, service):
    report = slack.submit(WARM)
    click(slack, BOB, report, "request_changes")
    modal = opened(slack, "rapport_request_changes")
    assert submit_modal(slack, BOB, modal, "comment", "").json()["errors"]["comment"]
    submit_modal(slack, BOB, modal, "comment", "Mention her rye post")
    assert header(slack.update(1, "Mention her rye post")) == "Pitch #1 · Changes requested"
    slack.dm(ALICE, "Mention her rye post")


def test_revise_button_is_for_the_author_and_prefills_the_text(slack, service):
    report = slack.submit(WARM)
    slack.react(BOB, report.ts)
    slack.update(1, "Sendable")

    refused = click(slack, BOB, report, "revise")
    assert texts(slack.answer(refused)) == "Only the author of pitch #1 can revise it."

    click(slack, ALICE, report, "revise")
    modal = opened(slack, "rapport_revise")
    assert modal["blocks"][1]["element"]["initial_value"] == WARM
    revised = WARM + " Your rye post was great."
    submit_modal(slack, ALICE, modal, "message", revised)
    update = slack.update(1, "revision 2")
    # A revision dismisses the approval: back to pending.
    assert header(update) == "Pitch #1 · Pending review"
    assert service.show(TEAM, 1).text == revised


def test_revise_button_on_a_pitch_too_long_for_a_form(slack):
    report = slack.submit("Hi Liz, what do you think of rye? " + "Tell me more. " * 300)
    name = click(slack, ALICE, report, "revise")
    assert "/review-pitch revise 1 <new text>" in texts(slack.answer(name)).replace(
        "&lt;", "<").replace("&gt;", ">")
    assert slack.mock.calls_to("views.open") == []


def test_a_click_or_a_reason_for_an_older_revision_approves_nothing(slack, service):
    """An approval is for the revision the reviewer saw: a click on a report still showing
    revision 1, or an override reason from a form opened on it, approves no newer text."""
    report = slack.submit(COLD)
    form = click(slack, BOB, report, "approve_override")
    modal = opened(slack, "rapport_override")
    service.revise(TEAM, 1, ALICE, COLD + " Buy it today, everyone!")  # e.g. from the CLI
    submit_modal(slack, BOB, modal, "reason", "She asked us for it at the fair")
    answer = texts(slack.answer(form))
    assert "revised since you saw it" in answer
    assert "She asked us for it at the fair" in answer  # what they wrote comes back
    warm = slack.submit(WARM)
    service.revise(TEAM, 2, ALICE, WARM + " P.S. congrats!")
    refused = click(slack, BOB, warm, "approve", action_ts="1700000100.000009")
    assert "revised since you saw it" in texts(slack.answer(refused))
    assert [service.show(TEAM, p).state for p in (1, 2)] == ["pending", "pending"]


def test_the_suggested_opener_is_on_a_cold_ask_and_the_author_adopts_it_in_one_click(
        slack, service):
    """A cold ask's report offers an engagement-first opener and a button; a reviewer's click
    is refused; the author's click makes it revision 2, which asks nothing."""
    report = slack.submit(COLD)
    blocks = report.post.args["blocks"]
    assert "Suggested opener" in texts(blocks)
    assert button_value(blocks, "use_suggestion") == "1:r1"
    refused = click(slack, BOB, report, "use_suggestion", action_ts="1700000100.000011")
    assert "only the author" in texts(slack.answer(refused)).lower()
    click(slack, ALICE, report, "use_suggestion", action_ts="1700000100.000012")
    update = slack.update(1, "revision 2")
    assert header(update) == "Pitch #1 · Pending review"
    pitch = service.show(TEAM, 1)
    assert pitch.revision == 2 and pitch.text.startswith("Hi Liz,")
    assert "stranger-pitch" not in {f.rule for f in pitch.findings}
    assert pitch.suggestion is None and "?" in pitch.text


def test_a_warm_message_has_no_suggestion_and_no_button(slack):
    """Nothing says not to ask yet: no opener, no button."""
    blocks = slack.submit(WARM).post.args["blocks"]
    assert "Suggested opener" not in texts(blocks)
    assert all(e.get("action_id") != "use_suggestion"
               for b in blocks for e in b.get("elements", []))
