"""Only this workspace's people act: other workspaces, bots and deactivated users are refused."""

import json

from tests.fakes.slack_requests import plain_text_value, static_select_value

from .conftest import ALICE, BOB, REVIEW, texts

TEAM = "slack:T0TEAM"
OTHER = "T0OTHER"
WARM = "Hi Liz, I loved your post on sourdough. What do you think of rye?"
ROBOT, GONE, GUEST = "U0ROBOT", "U0GONE", "U0GUEST"


def click(slack, user, report, action_id="approve", team_id="T0TEAM"):
    """A button on a report, clicked; returns the name of its response_url."""
    name = f"{action_id}-{user}-{team_id}"
    message = {"type": "message", "ts": report.ts, "text": report.post.args["text"],
               "blocks": report.post.args["blocks"]}
    reply = slack.client.action(user_id=user, team_id=team_id, action_id=action_id,
                                value=str(report.pitch_id), message=message,
                                channel_id=REVIEW, response_url=slack.mock.response_url(name))
    assert reply.status == 200
    return name


def submit_form(slack, team_id: str):
    """The submit form, filled in and sent, from a workspace."""
    state = {"recipient": {"value": plain_text_value("@liz")},
             "channel": {"value": static_select_value("email")},
             "message": {"value": plain_text_value(WARM)}}
    view = {"callback_id": "rapport_submit", "state": {"values": state},
            "private_metadata": json.dumps({"reply": slack.mock.response_url("form")})}
    return slack.client.submit_view(user_id=ALICE, team_id=team_id, view=view)


def test_a_command_from_another_workspace_gets_a_polite_no_and_leaves_nothing(slack, service):
    reply, name = slack.command("@liz via:email " + WARM, team_id=OTHER)
    assert reply.status == 200
    assert "only in the Slack workspace it was set up for" in texts(reply.json())
    slack.drain()
    assert service.list_pitches(f"slack:{OTHER}") == [] and service.list_pitches(TEAM) == []
    # No report, no answer, nobody looked up, no job.
    assert [c.method for c in slack.mock.calls if c.method != "auth.test"] == []


def test_forms_buttons_and_reactions_from_another_workspace_change_nothing(slack, service):
    report = slack.submit(WARM)
    calls = len(slack.mock.calls)
    assert submit_form(slack, OTHER).status == 200
    click(slack, BOB, report, team_id=OTHER)
    slack.react(BOB, report.ts, team_id=OTHER)
    slack.drain()
    assert service.list_pitches(f"slack:{OTHER}") == []
    assert [p.id for p in service.list_pitches(TEAM)] == [1]
    assert [e.kind for e in service.show(TEAM, 1).history] == ["submitted"]
    assert slack.mock.calls[calls:] == []


def test_bots_deactivated_users_and_other_organisations_cannot_review(slack, mock, service):
    mock.add_user(ROBOT, name="robot", is_bot=True)
    mock.add_user(GONE, name="gone", deleted=True)
    mock.add_user(GUEST, name="guest", team_id="T0PARTNER")  # a shared channel's guest
    report = slack.submit(WARM)
    for user in (ROBOT, GONE, GUEST):
        slack.react(user, report.ts)
        slack.react(user, report.ts, "repeat")
        click(slack, user, report)
        click(slack, user, report, "request_changes")
    slack.drain()
    assert service.show(TEAM, 1).state == "pending"
    assert [e.kind for e in service.show(TEAM, 1).history] == ["submitted"]
    assert slack.updates(1) == [] and mock.calls_to("views.open") == []
    # Each was looked up once, however often they acted.
    looked_up = [c.args["user"] for c in mock.calls_to("users.info")]
    assert all(looked_up.count(user) == 1 for user in (ROBOT, GONE, GUEST)), looked_up
    # A colleague still approves.
    slack.react(BOB, report.ts)
    assert "approved by bob" in texts(slack.update(1, "Sendable"))
