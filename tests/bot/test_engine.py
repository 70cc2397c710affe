"""The rules engine: registry, verdicts, and what a team's policy changes (DESIGN §3)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.engine import ReviewResult, run_rules
from bot.policy import Policy, parse_policy
from bot.rules import RULES
from bot.rules.base import Finding, History, Recipient, ReviewContext
from bot.text import normalize
from bot.vocabulary import SEVERITIES

NOW = datetime(2024, 6, 3, 12, 0, tzinfo=UTC)
CHARLOTTE = (
    "We're trying to get the word out about a new movement in Charlotte \u2013 "
    "can you please RT my last status?"
)
LIZ = (
    "Liz, I hope you're having a great day, tx for following. I would love you to fill in "
    "the blank: Thought leadership is_? Cheers Craig."
)
DESIGN_TABLE = {
    "stranger-pitch": "error", "blind-amplify": "error", "link-does-the-talking": "warning",
    "canned-copy": "warning", "already-contacted": "warning", "off-audience": "warning",
    "sensitive-topic": "warning", "impersonal": "warning", "cold-public-channel": "warning",
    "after-no": "error", "unanswered-followups": "warning",
    # Issue 13's per-recipient pacing, beside unanswered-followups.
    "recipient-pacing": "warning", "pushy-tone": "warning",
    "no-courtesy": "info", "me-focused": "info", "long-first-contact": "info",
    "burst-sending": "warning",
}


def review(text, channel="other", stage="stranger", recipient=None, history=None,
           policy=None, topic=None, author="ana") -> ReviewResult:
    """Review a text with the whole rule set."""
    if isinstance(policy, dict):
        policy = parse_policy(policy)
    return run_rules(ReviewContext(
        text=normalize(text), channel=channel,
        recipient=recipient or Recipient(handle="@liz", stage=stage),
        history=history or History(), policy=policy or Policy(), now=NOW,
        author=author, topic=topic,
    ))


def rules_of(result: ReviewResult) -> set[str]:
    """The ids of the rules that fired."""
    return {f.rule for f in result.findings}


def test_registry_matches_the_design_table():
    """Every rule in DESIGN §3 is registered once, in table order, at its default level."""
    assert list(RULES) == list(DESIGN_TABLE)
    assert {rule_id: rule.level for rule_id, rule in RULES.items()} == DESIGN_TABLE


@pytest.mark.parametrize("rule", list(RULES.values()), ids=list(RULES))
def test_rule_headers_are_complete(rule):
    """Each rule explains itself and has numeric thresholds."""
    assert rule.message and rule.why and rule.fix
    assert all(isinstance(v, int | float) for v in rule.thresholds.values())


@pytest.mark.parametrize("channel", ["dm", "public-mention", "comment", "email", "other"])
def test_design_charlotte_example_is_blocked(channel):
    """DESIGN §1: the blind RT ask to a stranger is blocked by both rules."""
    result = review(CHARLOTTE, channel=channel)
    assert result.verdict == "blocked"
    assert {"blind-amplify", "stranger-pitch"} <= {f.rule for f in result.errors}


@pytest.mark.parametrize("channel", ["dm", "public-mention", "comment", "email", "other"])
def test_design_engagement_example_is_ready(channel):
    """DESIGN §3: the engagement-first opener passes clean to a stranger on any channel."""
    result = review(LIZ, channel=channel)
    assert result.verdict == "ready"
    assert [f for f in result.findings if f.severity != "info"] == []


@pytest.mark.parametrize(
    ("text", "kwargs", "verdict"),
    [
        pytest.param("Hi Liz, loved your post on remote hiring.", {}, "ready", id="clean"),
        pytest.param("Liz, review my book.", {"stage": "earned"}, "ready", id="info-only"),
        pytest.param("Hi there, I loved your post on remote hiring.", {}, "needs-work",
                     id="warning"),
        pytest.param("Hi Liz, please review my book.", {"stage": "engaged"}, "ready",
                     id="engaged-ask-is-a-tip"),
        pytest.param("Hi Liz, please review my book.", {}, "blocked", id="error"),
    ],
)
def test_verdicts(text, kwargs, verdict):
    """The worst severity decides: error blocks, a warning needs work, info is ready."""
    assert review(text, **kwargs).verdict == verdict


def test_findings_are_sorted_worst_first_and_spans_match_excerpts():
    """Errors first, and every excerpt is the original text under its span."""
    text = "I am writing because we need help!!! Please R\u200bT my post https://x.co/p ASAP"
    result = review(text, channel="dm")
    ranks = [SEVERITIES.index(f.severity) for f in result.findings]
    assert ranks == sorted(ranks)
    for f in result.findings:
        if f.span is not None:
            assert f.excerpt == text[f.span[0]:f.span[1]]


def test_finding_round_trips_as_data():
    """Findings are stored as plain data and rebuilt unchanged."""
    for f in review(CHARLOTTE, channel="dm").findings:
        assert Finding.from_dict(f.as_dict()) == f


@pytest.mark.parametrize(
    ("policy", "present", "absent", "verdict"),
    [
        pytest.param({"rules": {"blind-amplify": {"enabled": False}}}, {"stranger-pitch"},
                     {"blind-amplify"}, "blocked", id="rule-off"),
        pytest.param({"rules": {"blind-amplify": {"enabled": False},
                                "stranger-pitch": {"enabled": False}}},
                     {"cold-public-channel"}, {"blind-amplify", "stranger-pitch"}, "needs-work",
                     id="both-errors-off"),
        pytest.param({"rules": {"blind-amplify": {"severity": "warning"},
                                "stranger-pitch": {"severity": "info"}}},
                     {"blind-amplify", "stranger-pitch"}, set(), "needs-work",
                     id="severities-lowered"),
    ],
)
def test_policy_switches_and_levels(policy, present, absent, verdict):
    """A policy turns rules off and changes their level."""
    result = review(CHARLOTTE, channel="dm", policy=policy)
    assert present <= rules_of(result)
    assert not absent & rules_of(result)
    assert result.verdict == verdict


def test_policy_severity_applies_to_the_finding():
    """The finding carries the level the policy sets."""
    result = review(CHARLOTTE, policy={"rules": {"stranger-pitch": {"severity": "info"}}})
    assert [f.severity for f in result.findings if f.rule == "stranger-pitch"] == ["info"]


def test_policy_raises_a_severity():
    """A team can make a tip blocking."""
    result = review("Liz, review my book.", stage="earned",
                    policy={"rules": {"no-courtesy": {"severity": "error"}}})
    assert result.verdict == "blocked"


def test_policy_threshold():
    """A threshold from the policy replaces the default."""
    text = "Liz, " + "word " * 60
    assert "long-first-contact" not in rules_of(review(text))
    policy = {"rules": {"long-first-contact": {"max_words": 50}}}
    assert "long-first-contact" in rules_of(review(text, policy=policy))


@pytest.mark.parametrize(
    ("lexicon", "word", "text", "rule"),
    [
        pytest.param("asks", "jam session", "Hi Liz, a jam session?", "stranger-pitch",
                     id="asks"),
        pytest.param("amplify", "quack this", "Hi Liz, please quack this.", "blind-amplify",
                     id="amplify"),
        pytest.param("pressure", "chop chop", "Hi Liz, chop chop, thanks.", "pushy-tone",
                     id="pressure"),
        pytest.param("sensitive", "Caf\u00e9 Politique", "Hi Liz, join us at CAFE POLITIQUE.",
                     "sensitive-topic", id="folded-like-the-text"),
        pytest.param("placeholder", "XXX", "Hi Liz, loved XXX.", "impersonal", id="placeholder"),
    ],
)
def test_policy_extends_a_lexicon(lexicon, word, text, rule):
    """Words a team adds match literally, folded like the text."""
    assert rule not in rules_of(review(text))
    assert rule in rules_of(review(text, policy={"lexicons": {lexicon: [word]}}))


def test_policy_words_are_literal_not_regex():
    """A team's word with regex characters matches only itself."""
    policy = {"lexicons": {"asks": ["c.ll"]}}
    assert "stranger-pitch" not in rules_of(review("Hi Liz, a call?", policy=policy))
    assert "stranger-pitch" in rules_of(review("Hi Liz, a c.ll?", policy=policy))


def test_courtesy_lexicon_extension_silences_no_courtesy():
    """Adding a courtesy word ('ta') counts as courtesy."""
    text = "Liz, review my book. Ta!"
    assert "no-courtesy" in rules_of(review(text, stage="earned"))
    policy = {"lexicons": {"courtesy": ["ta"]}}
    assert "no-courtesy" not in rules_of(review(text, stage="earned", policy=policy))


ENGAGEMENT_OPENERS = [
    pytest.param("Hi Liz, thanks for following! What got you into urban sketching?",
                 id="thanks-for-following"),
    pytest.param("Thanks for the follow, Liz! What's the one tool you couldn't work without?",
                 id="thanks-for-the-follow"),
    pytest.param("Liz, I loved your post on remote hiring. The part about async interviews "
                 "made me rethink ours. How did your team react?", id="comment-on-their-work"),
    pytest.param("Hi Liz! I'd love your take on four-day weeks, would you share your thoughts?",
                 id="asks-their-view"),
    pytest.param("@liz your thread on burnout was spot on. What helped you most?",
                 id="public-reply"),
    pytest.param("Liz, congrats on the new book! Which chapter was hardest to write?",
                 id="congrats"),
    pytest.param("Hi Liz, I\u2019ve been following your work for a while and I\u2019d love to "
                 "hear what you think about the new API changes.", id="curly-apostrophes"),
    pytest.param("Hi Liz, your guide has everything you need to know. I immediately shared it "
                 "with my team. Thanks!", id="praise-with-pressure-look-alikes"),
]


@pytest.mark.parametrize("text", ENGAGEMENT_OPENERS)
@pytest.mark.parametrize("channel", ["dm", "public-mention", "comment", "email", "other"])
@pytest.mark.parametrize("stage", ["stranger", "aware"])
def test_engagement_openers_pass_clean(text, channel, stage):
    """DESIGN §3: an engagement-first message has no findings at all, even to a stranger."""
    assert review(text, channel=channel, stage=stage).findings == ()
