"""`/review-pitch` with no text opens the form; its submission is checked, then reviewed."""

import json

from slack_sdk.webhook import WebhookClient

from tests.fakes.slack_requests import plain_text_value, static_select_value

from .conftest import ALICE, header, texts

TEAM = "slack:T0TEAM"
WARM = "Hi Liz,\n\nI loved your post on sourdough.\nWhat do you think of rye?"


def form(slack, name):
    """Open the form with an empty /review-pitch; return the modal the app opened."""
    reply = slack.client.command(text="", user_id=ALICE, response_url=slack.mock.response_url(name))
    assert (reply.status, reply.body) == (200, "")
    return slack.mock.wait_for("views.open")[-1].response["view"]


def filled(view, recipient, channel, topic, message):
    """The form as Slack submits it, with these values."""
    values = {
        "recipient": {"value": plain_text_value(recipient)},
        "channel": {"value": static_select_value(channel) if channel else
                    {"type": "static_select", "selected_option": None}},
        "topic": {"value": plain_text_value(topic)},
        "message": {"value": plain_text_value(message)},
    }
    return {**view, "state": {"values": values}}


def test_empty_command_opens_the_form_and_submitting_it_reviews(slack, service):
    view = form(slack, "form")
    assert view["callback_id"] == "rapport_submit"
    assert [b["block_id"] for b in view["blocks"]] == ["recipient", "channel", "topic", "message"]
    options = view["blocks"][1]["element"]["options"]
    assert [o["value"] for o in options] == ["email", "dm", "public-mention", "comment", "other"]
    assert view["blocks"][3]["element"]["multiline"] is True

    done = slack.client.submit_view(user_id=ALICE,
                                    view=filled(view, "@Liz", "email", "baking", WARM))
    assert (done.status, done.body) == (200, "")
    report = slack.report_post(1)
    assert header(report) == "Pitch #1 · Pending review"
    assert "@liz via email · *topic:* baking" in texts(report)
    # The answer goes back to where /review-pitch was typed.
    assert "Submitted pitch #1: ready" in texts(slack.answer("form"))
    pitch = service.show(TEAM, 1)
    assert (pitch.text, pitch.channel, pitch.topic) == (WARM, "email", "baking")


def test_bad_fields_are_shown_in_the_form_and_nothing_is_stored(slack, service, mock):
    view = form(slack, "bad")
    refused = slack.client.submit_view(user_id=ALICE, view=filled(view, "  ", None, "", "   "))
    answer = refused.json()
    assert answer["response_action"] == "errors"
    assert set(answer["errors"]) == {"recipient", "message"}
    assert "say who the pitch is for" in answer["errors"]["recipient"]
    slack.drain()
    assert service.list_pitches(TEAM) == []
    assert [c for c in mock.calls_to("chat.postMessage")] == []


def test_the_same_submission_twice_is_one_pitch(slack, service):
    view = form(slack, "twice")
    submission = filled(view, "@liz", "dm", "", WARM)
    slack.client.submit_view(user_id=ALICE, view=submission)
    slack.client.submit_view(user_id=ALICE, view=submission)
    slack.report_post(1)
    slack.drain()
    assert len(service.list_pitches(TEAM)) == 1
    assert len([c for c in slack.mock.calls_to("chat.postMessage")]) == 1
    assert json.loads(view["private_metadata"])["reply"].endswith("/response/twice")


def test_an_answer_still_reaches_you_after_the_response_url_expired(slack, mock):
    view = form(slack, "expired")
    for _ in range(5):  # Slack takes five posts to a response_url, then refuses
        WebhookClient(mock.response_url("expired")).send(text="earlier")
    slack.client.submit_view(user_id=ALICE, view=filled(view, "@liz", "email", "", WARM))
    assert "Submitted pitch #1" in texts(slack.dm(ALICE, "Submitted pitch #1"))
