"""Every /review-pitch subcommand, typed in Slack and answered privately; reports follow changes."""

from .conftest import ALICE, BOB, CARA, header, texts

TEAM = "slack:T0TEAM"
WARM = "Hi Liz, I loved your post on sourdough. What do you think of rye?"
COLD = "Hi Liz, please RT my new ebook! https://example.com/ebook"


def test_help_and_unknown_input_answer_at_once_with_the_help(slack, mock):
    help_reply, _ = slack.command("help")
    assert help_reply.status == 200
    assert "/review-pitch revise ID" in texts(help_reply.json())
    assert "&lt;new text&gt;" in texts(help_reply.json())

    unknown, _ = slack.command("frobnicate 12")
    shown = texts(unknown.json())
    assert "I don't know “frobnicate”" in shown
    assert "/review-pitch log @handle" in shown
    assert unknown.json().get("response_type", "ephemeral") == "ephemeral"


def test_bad_input_is_one_line_and_gives_the_text_back(slack, service):
    typed = "@liz via:fax Hi Liz, I loved your post on sourdough, what flour do you use?"
    reply, _ = slack.command(typed)
    shown = texts(reply.json())
    assert shown.splitlines()[0] == (
        "Unknown channel 'fax': use one of email, dm, public-mention, comment, other")
    assert f"```/review-pitch {typed}```" in shown
    assert service.list_pitches(TEAM) == []


def test_show_list_and_missing_pitch(slack):
    slack.submit(WARM)
    reply, name = slack.command("show 1", user=BOB)
    report = slack.answer(name)
    assert "Pitch #1 · Pending review" in texts(report) and WARM in texts(report)
    # Buttons live on the channel's report only.
    assert all(b["type"] != "actions" for b in report.args["blocks"])
    listed = slack.said("list", user=BOB)
    assert "*#1* · @liz via email · Pending review · Ready · by alice" in listed
    assert slack.said("show 99") == "There is no pitch #99 on this team"
    assert slack.said("list nonsense").startswith("Unknown state 'nonsense'")


def test_approve_sent_and_outcome_by_command_update_the_report(slack):
    slack.submit(WARM)
    assert slack.said("approve 1", user=BOB) == "Approved pitch #1."
    assert header(slack.update(1, "Sendable")) == "Pitch #1 · Sendable"
    slack.dm(ALICE, "is approved and sendable")

    assert slack.said("sent 1", user=BOB) == "Only the author of pitch #1 can mark it as sent"
    assert slack.said("sent 1") == "Marked pitch #1 as sent."
    assert header(slack.update(1, "· Sent")) == "Pitch #1 · Sent"
    assert slack.said("outcome 1 replied") == "Recorded replied for pitch #1."
    replied = slack.update(1, "*outcome:* replied")
    assert header(replied) == "Pitch #1 · Replied"
    assert replied.args["blocks"][-1]["type"] != "actions"  # review over, no buttons


def test_request_changes_then_revise_by_command(slack, service):
    slack.submit(WARM)
    assert slack.said("request-changes 1 Mention her rye bread post", user=BOB) == (
        "Requested changes on pitch #1.")
    asked = slack.update(1, "Mention her rye bread post")
    assert header(asked) == "Pitch #1 · Changes requested"
    slack.dm(ALICE, "asked for changes on pitch #1: Mention her rye bread post")

    refused = slack.said("revise 1 New text", user=BOB).splitlines()
    assert refused[0] == "Only the author of pitch #1 can revise it"
    assert refused[-1] == "```New text```"  # given back: Slack has cleared the box
    revised = WARM + " Your rye bread post was great."
    assert slack.said(f"revise 1 {revised}") == "Pitch #1 is now at revision 2: ready."
    update = slack.update(1, "revision 2")
    assert header(update) == "Pitch #1 · Pending review"
    assert "_(outdated by a revision)_" in texts(update)
    slack.dm(BOB, "Pitch #1 was revised after your request.")
    assert service.show(TEAM, 1).text == revised


def test_withdraw_removes_the_buttons(slack):
    slack.submit(WARM)
    assert slack.said("withdraw 1", user=BOB) == "Only the author of pitch #1 can withdraw it"
    assert slack.said("withdraw 1") == "Withdrew pitch #1."
    update = slack.update(1, "Withdrawn")
    assert all(b["type"] != "actions" for b in update.args["blocks"])


def test_an_error_blocks_approval_without_an_override_reason(slack, service):
    slack.submit(COLD)
    assert "blocks approval: approve with an override reason" in slack.said("approve 1", BOB)
    assert slack.said("approve 1 We met her at the bakery fair", BOB) == "Approved pitch #1."
    update = slack.update(1, "override: We met her at the bakery fair")
    assert header(update) == "Pitch #1 · Sendable"


def test_log_and_contact_show_what_the_team_knows(slack):
    logged = slack.said("log @liz met coffee at the meetup")
    assert logged.startswith("Logged met with @liz. Stage: stranger → earned.")
    assert "*Stage:* earned" in logged
    updated = slack.said("contact @liz interests: baking, rye; avoid: politics; prefers: email")
    assert updated.startswith("Updated @liz.")
    assert "*Interests:* baking, rye" in updated and "*Avoid:* politics" in updated
    shown = slack.said("contact @liz", user=BOB)
    assert "*Prefers:* email" in shown
    assert slack.said("contact @liz clear-do-not-contact", BOB).startswith("Nothing new for @liz.")
    assert slack.said("contact @liz do-not-contact", user=BOB).startswith("Updated @liz.")
    refused = slack.said("contact @liz clear-do-not-contact", user=BOB)
    assert refused == "Only an admin can lift a do-not-contact mark"
    # Slack workspace admins are Rapport admins.
    assert slack.said("contact @liz clear-do-not-contact", user=CARA).startswith("Updated")


def test_leaderboard_shows_the_week(slack):
    assert "Relationship leaderboard" in slack.said("leaderboard")
    assert "off the leaderboard" in slack.said("leaderboard opt-out")


def test_the_report_says_the_next_step_with_the_recipient(slack):
    """The coach's advice sits with what the team knows: a stranger is read first."""
    report = slack.submit(WARM)
    assert "*Next step:* observe" in texts(report.post.args["blocks"])


def test_a_contacts_history_on_chat(slack):
    """`contact @liz --history` on Slack shows what was recorded and who did it."""
    slack.said("log @liz met coffee at the meetup")
    slack.said("contact @liz do-not-contact", user=BOB)
    shown = slack.said("contact @liz --history", user=BOB)
    assert "*History*" in shown and "coffee at the meetup" in shown
    assert "do-not-contact" in shown.split("*History*", 1)[1]
