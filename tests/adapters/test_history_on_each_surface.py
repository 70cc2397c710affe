"""The Slack report and the Discord embed say what the core's history says: the override
beside the verdict, and the outcome on its history line."""

import json

from adapters.discord_bot.embeds import report_embed
from adapters.slack.blocks import report_blocks

TEAM = "local"
COLD = "please RT my last status"


def test_slack_and_discord_show_the_same_override_and_notes(service):
    """The Slack report and the Discord embed carry the override beside the verdict and the
    history notes the core wrote."""
    pid = service.submit(TEAM, "ana", "@liz", COLD).pitch.id
    service.approve(TEAM, pid, "ben", "client asked")
    service.mark_sent(TEAM, pid, "ana")
    service.record_outcome(TEAM, pid, "ana", "declined")
    pitch = service.show(TEAM, pid)
    slack = json.dumps(report_blocks(pitch, buttons=False), ensure_ascii=False)
    assert "approved over it by Ben: client asked" in slack and ": declined" in slack
    embed = report_embed(pitch).to_dict()
    fields = " ".join(f["value"] for f in embed["fields"])
    assert "approved over it by Ben: client asked" in embed["description"]
    assert ": declined" in fields
