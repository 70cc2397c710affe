"""The suggested opener: engagement first, no ask, the same every time, offered only where a
finding says not to ask yet, and adopted as a revision through the one road."""

from datetime import UTC, datetime

import pytest

from bot.command_line import USE_SUGGESTION, Command, parse
from bot.commands import execute
from bot.errors import InvalidInput
from bot.openers import opener
from bot.views import ContactView

TEAM = "local"


@pytest.mark.parametrize("channel", ["email", "dm", "public-mention", "comment", "other"])
@pytest.mark.parametrize("recipient", [
    ContactView(handle="liz", stage="stranger"),
    ContactView(handle="liz", stage="aware", interests=("night markets",),
                last_contact=datetime(2026, 11, 1, tzinfo=UTC)),
    ContactView(handle="acme_corp", stage="stranger", interests=("b2b saas",)),
], ids=["nothing-known", "interests-and-contact", "handle-not-a-name"])
def test_the_opener_asks_nothing_and_passes_clean_to_a_stranger(service, recipient, channel):
    """Whatever is known, the opener reads as engagement: no finding at warning or error."""
    text = opener(recipient, channel)
    assert text == opener(recipient, channel)           # deterministic
    result = service.check(text, to=f"@{recipient.handle}", channel=channel)
    assert [f.rule for f in result.findings if f.severity != "info"] == []


def test_it_uses_what_the_team_knows():
    """Interests become the topic; a handle that is a first name greets by it."""
    text = opener(ContactView(handle="liz", stage="aware", interests=("night markets",)), "email")
    assert text.startswith("Hi Liz,") and "night markets" in text


def test_a_cold_ask_offers_it_and_the_author_adopts_it_by_typing(service):
    """`revise 1 --use-suggestion` on a chat surface is the same command as the button."""
    pid = service.submit(TEAM, "ana", "@liz", "please RT my last status").pitch.id
    suggestion = service.show(TEAM, pid).suggestion
    assert suggestion is not None
    typed = parse(f"revise {pid} {USE_SUGGESTION}")
    assert typed == Command("revise", pitch_id=pid, args={"use_suggestion": True})
    execute(service, TEAM, "ana", typed)
    pitch = service.show(TEAM, pid)
    assert (pitch.revision, pitch.text, pitch.suggestion) == (2, suggestion, None)


def test_the_flag_typed_as_a_revisions_text_adopts_it_too(service):
    """Discord's `/review-pitch revise pitch:1 text:--use-suggestion` builds the command from
    its options, not the parser: the flag as the text still adopts the opener."""
    pid = service.submit(TEAM, "ana", "@liz", "please RT my last status").pitch.id
    suggestion = service.show(TEAM, pid).suggestion
    execute(service, TEAM, "ana", Command("revise", pitch_id=pid, text=f" {USE_SUGGESTION} "))
    assert service.show(TEAM, pid).text == suggestion


def test_a_warm_message_has_none_and_asking_for_it_says_so(service):
    """No finding says not to ask yet: no suggestion, and adopting one is refused plainly."""
    pid = service.submit(TEAM, "ana", "@liz", "Liz, loved your talk. What got you started?")
    assert service.show(TEAM, pid.pitch.id).suggestion is None
    with pytest.raises(InvalidInput, match="no suggested opener"):
        execute(service, TEAM, "ana", parse(f"revise {pid.pitch.id} {USE_SUGGESTION}"))
