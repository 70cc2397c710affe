"""Approval rules by audience: which route a pitch falls under, the tally of its approvals
against it in plain words, and the policy file's checks on routes and role names."""

from __future__ import annotations

import pytest

from bot.policy import PolicyError, parse_policy
from bot.routing import Requirement, needs_words, requirement, route_for, tally

ROUTES = parse_policy({"members": {"cara": {"roles": ["comms"]}},
                       "workflow": {"approvals_needed": 1, "routes": [
    {"tags": ["Press", "media"], "channels": ["email"], "approvals": 2, "from_role": "comms"},
    {"tags": ["press"], "approvals": 1, "only_roles": ["comms"]},
    {"channels": ["dm"], "approvals": 3},
]}})


@pytest.mark.parametrize(("channel", "interests", "route"), [
    pytest.param("email", ["press"], 0, id="tag-and-channel"),
    pytest.param("email", ["PRESS"], 0, id="tags-ignore-case"),
    pytest.param("email", ["music", "media"], 0, id="any-of-the-tags"),
    pytest.param("dm", ["press"], 1, id="first-match-wins"),
    pytest.param("comment", ["press"], 1, id="no-channels-means-any-channel"),
    pytest.param("dm", ["music"], 2, id="no-tags-means-any-contact"),
    pytest.param("dm", [], 2, id="a-contact-with-no-interests"),
    pytest.param("email", ["music"], None, id="none-matches"),
    pytest.param("email", [], None, id="none-matches-no-interests"),
])
def test_the_first_route_matching_channel_and_interests_applies(channel, interests, route):
    found = route_for(ROUTES, channel, interests)
    assert (None if found is None else ROUTES.workflow.routes.index(found)) == route


def test_with_no_route_matching_the_workflow_settings_apply():
    policy = parse_policy({"workflow": {"approvals_needed": 2, "reviewers_only": True}})
    assert requirement(policy, "email", ["press"]) == Requirement(2, reviewers_only=True)


def test_a_route_says_its_audience_in_words():
    assert requirement(ROUTES, "email", ["press"]).audience == \
        "a pitch to Press or media contacts via email"
    assert requirement(ROUTES, "dm", []).audience == "a pitch via dm"


COMMS_2 = Requirement(2, "comms", 1)
ONLY = Requirement(2, only_roles=("comms", "legal"))
BOTH = Requirement(3, "comms", 2, only_roles=("comms", "legal"))
REVIEWER = frozenset({"reviewer"})
COMMS = frozenset({"comms"})


@pytest.mark.parametrize(("need", "roles", "met", "progress", "words"), [
    (COMMS_2, [], False, 0,
     "Needs 2 approvals, at least 1 from comms: 2 more, at least 1 from comms."),
    (COMMS_2, [REVIEWER], False, 1,
     "Needs 2 approvals, at least 1 from comms: 1 more, from comms."),
    # Two approvals, but neither from comms: still one more, and it must be from comms.
    (COMMS_2, [REVIEWER, frozenset()], False, 1,
     "Needs 2 approvals, at least 1 from comms: 1 more, from comms."),
    (COMMS_2, [COMMS], False, 1, "Needs 2 approvals, at least 1 from comms: 1 more."),
    (COMMS_2, [COMMS, REVIEWER], True, 2,
     "Needs 2 approvals, at least 1 from comms: none more needed."),
    (ONLY, [REVIEWER], False, 0,
     "Needs 2 approvals from comms or legal: 2 more, from comms or legal."),
    (ONLY, [COMMS, frozenset({"legal", "x"})], True, 2,
     "Needs 2 approvals from comms or legal: none more needed."),
    (BOTH, [frozenset({"legal"}), frozenset({"legal"}), COMMS], False, 2,
     "Needs 3 approvals from comms or legal, at least 2 from comms: 1 more, from comms."),
    (Requirement(1), [], False, 0, "Needs 1 approval: 1 more."),
    (Requirement(1, reviewers_only=True), [], False, 0, "Needs 1 approval from reviewers: 1 more."),
    (Requirement(2, "reviewer", 1), [COMMS], False, 1,
     "Needs 2 approvals, at least 1 from reviewers: 1 more, from reviewers."),
])
def test_the_tally_says_how_many_more_and_from_whom(need, roles, met, progress, words):
    counted = tally(need, list(enumerate(roles)))
    assert (counted.met, counted.progress, needs_words(counted)) == (met, progress, words)


def test_approvals_from_other_roles_are_set_aside_under_only_roles():
    counted = tally(ONLY, [(7, REVIEWER), (8, COMMS), (9, frozenset())])
    assert (counted.counted, counted.ignored) == (1, {7, 9})
    # Without only_roles everyone's approval counts.
    assert tally(COMMS_2, [(7, REVIEWER)]).ignored == frozenset()


def test_a_policy_file_route_and_custom_roles_are_read():
    policy = parse_policy({
        "members": {"cara": {"roles": ["comms", "reviewer"]}, "ben": {"roles": ["legal_2"]}},
        "workflow": {"routes": [{"tags": ["press"], "channels": ["email"], "approvals": 2,
                                 "from_role": "comms", "from_role_count": 2}]}})
    assert policy.roles("cara") == {"comms", "reviewer"}
    assert requirement(policy, "email", ["press"]) == Requirement(
        2, "comms", 2, audience="a pitch to press contacts via email")


@pytest.mark.parametrize(("data", "message"), [
    ({"members": {"cara": {"roles": ["Comms"]}}},
     "members.cara.roles.0: 'Comms' is not a role name: use lowercase letters, digits, - or _, "
     'starting with a letter, at most 40 characters (like "comms")'),
    ({"members": {"cara": {"roles": ["press office"]}}},
     "members.cara.roles.0: 'press office' is not a role name"),
    ({"members": {"cara": {"roles": [1]}}}, "members.cara.roles.0: must be text in quotes"),
    ({"workflow": {"routes": [{"tags": ["press"]}]}}, "workflow.routes.0.approvals: is required"),
    ({"workflow": {"routes": [{"approvals": 0}]}},
     "workflow.routes.0.approvals: must be at least 1"),
    ({"workflow": {"routes": [{"approvals": 11}]}},
     "workflow.routes.0.approvals: must be at most 10"),
    ({"workflow": {"routes": [{"approvals": 1.5}]}},
     "workflow.routes.0.approvals: must be a whole number"),
    ({"workflow": {"routes": [{"approvals": 1}, {"approvals": 1, "channels": ["fax"]}]}},
     "workflow.routes.1.channels.0: must be one of 'email', 'dm', 'public-mention', 'comment' "
     "or 'other'"),
    ({"workflow": {"routes": [{"approvals": 1, "tags": "press"}]}},
     'workflow.routes.0.tags: must be a list, like ["a", "b"]'),
    ({"workflow": {"routes": [{"approvals": 2, "from_role": "comms", "from_role_count": 3}]}},
     "workflow.routes.0.from_role_count: can't be more than approvals (2)"),
    ({"workflow": {"routes": [{"approvals": 2, "from_role_count": 1}]}},
     "workflow.routes.0.from_role_count: needs a from_role: whose approvals to count"),
    ({"workflow": {"routes": [{"approvals": 1, "from_role": "Comms"}]}},
     "workflow.routes.0.from_role: 'Comms' is not a role name"),
    ({"workflow": {"routes": [{"approvals": 1, "only_roles": []}]}},
     "workflow.routes.0.only_roles: is empty, so nobody's approval would count"),
    ({"workflow": {"routes": [{"approvals": 1, "from_role": "comms", "only_roles": ["legal"]}]}},
     "workflow.routes.0.only_roles: must include from_role 'comms', or its approvals would "
     "not count"),
    ({"workflow": {"routes": [{"approvals": 1, "role": "comms"}]}},
     "workflow.routes.0.role: unknown setting"),
    ({"members": {"cara": {"roles": ["legal"]}},
      "workflow": {"routes": [{"approvals": 2, "from_role": "comms"}]}},
     "workflow.routes.0.from_role: no member holds the role 'comms', so its pitches would "
     "wait for ever"),
    ({"workflow": {"routes": [{"approvals": 1, "only_roles": ["reviewer"]}]}},
     "workflow.routes.0.only_roles: no member holds the role 'reviewer'"),
    ({"workflow": {"routes": {"approvals": 1}}},
     'workflow.routes: must be a list, like ["a", "b"]'),
])
def test_bad_routes_and_role_names_are_refused_naming_the_key(data, message):
    with pytest.raises(PolicyError) as caught:
        parse_policy(data, source="rapport.toml")
    assert str(caught.value).startswith(f"rapport.toml: {message}")
