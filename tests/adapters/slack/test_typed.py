"""With `should_escape` on, Slack sends mentions and links in its own markup: Rapport stores
what the person typed, and `setup` learns the channel's id."""

import pytest

from adapters.slack.typed import as_typed, setup_channel

TEAM = "slack:T0TEAM"


@pytest.mark.parametrize(("sent", "typed"), [
    ("Hi <@U0LIZ|liz>", "Hi @liz"),  # "@liz" that matched a member of the workspace
    ("Hi <@U0LIZ>", "Hi @U0LIZ"),  # no name given: the id, still a mention
    ("see <https://liz.example/rye>", "see https://liz.example/rye"),
    ("see <http://liz.example|liz.example>", "see liz.example"),  # what was typed
    ("mail <mailto:liz@example.com|liz@example.com>", "mail liz@example.com"),
    ("<!here> <!channel> <!subteam^S0DEV|@devs>", "@here @channel @devs"),
    ("in <#C0GEN|general>", "in #general"),
    ("a &amp; b &lt;c&gt; &lt;!here&gt;", "a & b <c> <!here>"),  # typed markup stays as typed
    ("<&> <b> <@nobody>", "<&> <b> <@nobody>"),  # not Slack's markup: left alone
])
def test_slack_markup_comes_back_as_typed(sent, typed):
    assert as_typed(sent) == typed


@pytest.mark.parametrize(("sent", "stored"), [
    ("setup <#C0PITCH|pitch-review>", "setup C0PITCH"),
    ("setup <#C0PITCH|>", "setup C0PITCH"),
    ("SETUP   <#G0PRIV|secret> ", "SETUP G0PRIV"),
    ("setup C0PASTED", "setup C0PASTED"),
    ("setup", "setup"),  # shows the channel
    ("@liz via:email Hi <#C0X|x>", "@liz via:email Hi <#C0X|x>"),  # not setup: untouched
    ("setup #nowhere", None),
    ("setup <#C0A|a> <#C0B|b>", None),
])
def test_setup_takes_one_channel_as_its_id(sent, stored):
    assert setup_channel(sent) == stored


def test_a_pitch_with_slack_markup_is_stored_as_written(slack, service):
    reply, _ = slack.command("<@U0LIZ|liz> via:email Hi Liz, I loved "
                             "<http://liz.example/rye|liz.example/rye>. What do you think?")
    assert reply.status == 200 and "Reviewing your pitch to @liz" in reply.body
    slack.report_post(1)
    pitch = service.show(TEAM, 1)
    assert (pitch.recipient.handle, pitch.text) == (
        "liz", "Hi Liz, I loved liz.example/rye. What do you think?")
