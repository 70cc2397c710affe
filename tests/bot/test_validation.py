"""Text the database cannot keep is refused at the edge, clearly, before anything is written."""

import pytest

from bot.errors import InvalidInput

READY = "Hi Liz, loved your talk on night markets. What got you into them?"
COLD = "Hi Liz, please RT my last status"
BAD = ["a\x00b", "broken \ud83d emoji"]


def _submit(service, text=READY, to="@liz", topic=None):
    return service.submit("local", "ana", to, text, channel="email", topic=topic)


ACTS = [
    pytest.param(lambda s, bad: _submit(s, text=READY + bad), id="message"),
    pytest.param(lambda s, bad: _submit(s, to="@li" + bad), id="handle"),
    pytest.param(lambda s, bad: _submit(s, topic="baking " + bad), id="topic"),
    pytest.param(lambda s, bad: s.request_changes("local", _submit(s).pitch.id, "ben", bad),
                 id="comment"),
    pytest.param(lambda s, bad: s.approve("local", _submit(s, text=COLD).pitch.id, "ben",
                                          override="she asked " + bad), id="override-reason"),
    pytest.param(lambda s, bad: s.log_interaction("local", "ben", "@liz", "met", bad),
                 id="log-note"),
    pytest.param(lambda s, bad: s.update_contact("local", "ben", "@liz", interests=[bad]),
                 id="interests"),
]


@pytest.mark.parametrize("bad", BAD, ids=["nul", "lone-surrogate"])
@pytest.mark.parametrize("act", ACTS)
def test_unstorable_text_is_refused_in_words_and_leaves_no_trace(service, act, bad):
    """A NUL or half an emoji gets one clear line; the act it came with changes nothing."""
    with pytest.raises(InvalidInput, match="cannot be stored"):
        act(service, bad)
    for pitch in service.list_pitches("local"):  # only the pitch the act was for, untouched
        assert [e.kind for e in service.show("local", pitch.id).history] == ["submitted"]
    liz = service.contact("local", "@liz")
    assert liz.stage == "stranger" and liz.interests == ()
