"""User text is data on every surface: escaped so it can neither format nor ping."""

import pytest

from bot.render import escape_discord, escape_mrkdwn

CROWD_PINGS = ["@here", "@channel", "@everyone", "@Here please", "<!here>", "<!channel|x>",
               "<@U0ALICE>", "<#C0REVIEW>", "<https://evil.example|click>"]


@pytest.mark.parametrize("text", CROWD_PINGS)
def test_slack_text_cannot_mention_anyone_or_link(text):
    """Nothing in a comment or a pitch becomes a Slack mention, a channel link or a link."""
    shown = escape_mrkdwn(f"please look {text} now")
    assert "<" not in shown and ">" not in shown
    for word in ("here", "channel", "everyone"):
        assert f"@{word}" not in shown.casefold()


@pytest.mark.parametrize("text", ["@everyone", "@here", "<@123>", "<@&456>", "<#789>"])
def test_discord_text_cannot_mention_anyone(text):
    """Nothing in user text becomes a Discord mention."""
    shown = escape_discord(f"please look {text} now")
    assert text not in shown


def test_plain_words_stay_readable():
    """An address or a word with 'here' in it is left alone."""
    assert escape_mrkdwn("mail me at liz@heretic.org") == "mail me at liz@heretic.org"
