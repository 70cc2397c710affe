"""The policy file: defaults, and clear errors that name the bad key."""

from __future__ import annotations

import pytest

from bot.policy import Policy, PolicyError, load_policy, parse_policy


def test_defaults():
    """With no file every rule runs at its default level and thresholds."""
    policy = Policy()
    assert policy.rule("pushy-tone").enabled
    assert policy.rule("pushy-tone").severity is None
    assert policy.threshold("after-no", "cool_off_days", 180) == 180
    assert policy.words("asks") == ()


def test_valid_policy():
    """Rules, thresholds and lexicons are read as given."""
    policy = parse_policy({
        "rules": {"pushy-tone": {"enabled": False},
                  "after-no": {"severity": "warning", "cool_off_days": 90}},
        "lexicons": {"asks": ["Collab"]},
    })
    assert not policy.rule("pushy-tone").enabled
    assert policy.rule("after-no").severity == "warning"
    assert policy.threshold("after-no", "cool_off_days", 180) == 90
    assert policy.words("asks") == ("collab",)


@pytest.mark.parametrize(
    ("data", "key"),
    [
        pytest.param({"rules": {"no-such-rule": {"enabled": False}}}, "rules.no-such-rule",
                     id="unknown-rule"),
        pytest.param({"rules": {"pushy-tone": {"max_bangs": 3}}}, "rules.pushy-tone.max_bangs",
                     id="unknown-threshold"),
        pytest.param({"rules": {"pushy-tone": {"severity": "fatal"}}},
                     "rules.pushy-tone.severity", id="bad-severity"),
        pytest.param({"rules": {"pushy-tone": {"max_exclamations": "three"}}},
                     "rules.pushy-tone.max_exclamations", id="threshold-not-a-number"),
        pytest.param({"rules": {"pushy-tone": {"max_exclamations": True}}},
                     "rules.pushy-tone.max_exclamations", id="threshold-bool"),
        pytest.param({"rules": {"pushy-tone": {"max_exclamations": -1}}},
                     "rules.pushy-tone.max_exclamations", id="threshold-negative"),
        pytest.param({"rules": {"pushy-tone": {"enabled": "maybe"}}},
                     "rules.pushy-tone.enabled", id="enabled-not-bool"),
        pytest.param({"rules": {"pushy-tone": "off"}}, "rules.pushy-tone", id="rule-not-a-table"),
        pytest.param({"lexicons": {"swears": ["heck"]}}, "lexicons.swears",
                     id="unknown-lexicon"),
        pytest.param({"lexicons": {"asks": "collab"}}, "lexicons.asks", id="lexicon-not-a-list"),
        pytest.param({"colour": "blue"}, "colour", id="unknown-top-level-key"),
        pytest.param({"workflow": {"approvals_needed": "many"}}, "workflow.approvals_needed",
                     id="bad-type-elsewhere"),
    ],
)
def test_invalid_policy_names_the_key(data, key):
    """Each mistake is a PolicyError that names the source and the key."""
    with pytest.raises(PolicyError) as caught:
        parse_policy(data, source="team.toml")
    message = str(caught.value)
    assert message.startswith("team.toml: ")
    assert key in message


def test_load_policy_from_file(tmp_path):
    """A TOML file on disk is parsed and validated."""
    path = tmp_path / "rapport.toml"
    path.write_text('[rules.pushy-tone]\nenabled = false\n\n[lexicons]\nasks = ["collab"]\n')
    policy = load_policy(path)
    assert not policy.rule("pushy-tone").enabled
    assert policy.words("asks") == ("collab",)


def test_toml_syntax_error_names_the_file(tmp_path):
    """Broken TOML is a PolicyError naming the file, not a traceback."""
    path = tmp_path / "broken.toml"
    path.write_text("[rules.pushy-tone\nenabled = false\n")
    with pytest.raises(PolicyError, match="broken.toml"):
        load_policy(path)


def test_invalid_file_names_file_and_key(tmp_path):
    """Validation errors from a file name the file and the key."""
    path = tmp_path / "team.toml"
    path.write_text('[rules.pushy-tone]\nseverity = "fatal"\n')
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert "team.toml" in str(caught.value)
    assert "rules.pushy-tone.severity" in str(caught.value)


def test_missing_file(tmp_path):
    """A policy path that does not exist is a clear error."""
    with pytest.raises(PolicyError, match="not found"):
        load_policy(tmp_path / "nope.toml")


def test_no_file_means_defaults(tmp_path, monkeypatch):
    """Without a path, $RAPPORT_POLICY or ./rapport.toml, the defaults apply."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("RAPPORT_POLICY", raising=False)
    assert load_policy() == Policy()


def test_environment_variable_points_at_the_file(tmp_path, monkeypatch):
    """$RAPPORT_POLICY chooses the file."""
    path = tmp_path / "env.toml"
    path.write_text("[rules.me-focused]\nratio = 5\n")
    monkeypatch.setenv("RAPPORT_POLICY", str(path))
    assert load_policy().threshold("me-focused", "ratio", 3) == 5


@pytest.mark.parametrize(("data", "message"), [
    ({"rules": {"canned-copy": {"similarity": 1.5}}},
     "rules.canned-copy.similarity: must be between 0 and 1"),
    ({"rules": {"long-first-contact": {"max_words": 80.5}}},
     "rules.long-first-contact.max_words: must be a whole number"),
    ({"rules": {"pushy-tone": {"enabled": "yes"}}},
     "rules.pushy-tone.enabled: must be true or false"),
    ({"rules": {"pushy-tone": {"enabled": 1}}}, "rules.pushy-tone.enabled: must be true or false"),
    ({"workflow": {"approvals_needed": 2.5}}, "workflow.approvals_needed: must be a whole number"),
    ({"workflow": {"approvals_needed": 0}}, "workflow.approvals_needed: must be at least 1"),
    ({"workflow": {"reminder_hours": 0}}, "workflow.reminder_hours: must be more than 0"),
    ({"leaderboard": {"post_hour": 24}}, "leaderboard.post_hour: must be at most 23"),
    ({"colour": "blue"}, "colour: unknown setting"),
    ({"lexicons": {"asks": "collab"}}, 'lexicons.asks: must be a list, like ["a", "b"]'),
])
def test_out_of_range_values_are_refused_in_plain_words(data, message):
    """The file's own terms, never the validator's wording."""
    with pytest.raises(PolicyError) as caught:
        parse_policy(data, source="rapport.toml")
    assert str(caught.value) == f"rapport.toml: {message}"


def test_the_policy_file_is_found_in_a_parent_folder(tmp_path, monkeypatch):
    """As git and ruff find theirs: the working folder, else the nearest parent."""
    (tmp_path / "rapport.toml").write_text("[rules.me-focused]\nratio = 5\n")
    (tmp_path / "a" / "b").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "a" / "b")
    monkeypatch.delenv("RAPPORT_POLICY", raising=False)
    assert load_policy().threshold("me-focused", "ratio", 3) == 5
