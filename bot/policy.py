"""The team's policy: which rules run at what level, thresholds, lexicons, workflow and scoring."""

from __future__ import annotations

import os
import re
import tomllib
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from bot.config import POLICY_FILE, policy_path
from bot.errors import PolicyError
from bot.policy_words import describe, threshold_problem
from bot.rules import RULES
from bot.rules.lexicons import LEXICONS
from bot.vocabulary import Channel, Severity

# A role is a name the policy file both gives (under [members]) and asks for (in routes):
# lowercase, so "Comms" in one place and "comms" in the other can't silently differ.
ROLE_NAME = re.compile(r"[a-z][a-z0-9_-]{0,39}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RuleSettings(_Strict):
    """One rule's switch, level and thresholds (thresholds are rule-specific keys)."""

    model_config = ConfigDict(extra="allow")
    enabled: StrictBool = True
    severity: Severity | None = None


def _role_name(value: str) -> str:
    if not ROLE_NAME.fullmatch(value):
        raise ValueError(f"'{value}' is not a role name: use lowercase letters, digits, - or _, "
                         "starting with a letter, at most 40 characters (like \"comms\")")
    return value


RoleName = Annotated[StrictStr, AfterValidator(_role_name)]


class Route(_Strict):
    """Who must approve a pitch, by its channel and its contact's interests (first match wins)."""

    tags: list[StrictStr] = []          # any of the contact's interests; empty: any contact
    channels: list[Channel] = []        # empty: any channel
    approvals: StrictInt = Field(ge=1, le=10)
    from_role: RoleName | None = None
    from_role_count: StrictInt = Field(1, ge=1, le=10)
    # When set, approvals from members with none of these roles are recorded but don't count.
    only_roles: list[RoleName] | None = None

    # Each check below refuses a route that would leave its pitches waiting for ever. A
    # field's validator sees the fields declared before it, in `info.data`.
    @field_validator("from_role_count")
    @classmethod
    def _count_fits(cls, value: int, info: ValidationInfo) -> int:
        if info.data.get("from_role") is None:
            raise ValueError("needs a from_role: whose approvals to count")
        approvals = info.data.get("approvals")
        if approvals is not None and value > approvals:
            raise ValueError(f"can't be more than approvals ({approvals})")
        return value

    @field_validator("only_roles")
    @classmethod
    def _someone_counts(cls, value: list[str] | None, info: ValidationInfo) -> list[str] | None:
        if value is not None and not value:
            raise ValueError("is empty, so nobody's approval would count: leave it out to "
                             "count everyone's")
        role = info.data.get("from_role")
        if value and role and role not in value:
            raise ValueError(f"must include from_role '{role}', or its approvals would not "
                             "count")
        return value


class WorkflowPolicy(_Strict):
    """How many approvals, from whom, and when overrides and reminders apply."""

    approvals_needed: StrictInt = Field(1, ge=1, le=10)
    reviewers_only: StrictBool = False
    allow_overrides: StrictBool = True
    reminder_hours: float = Field(48, gt=0)
    # Member keys (as in [members]) asked to review a pitch still pending at the reminder.
    backup_reviewers: list[str] = []
    # Approval rules by audience; a pitch no route matches follows the settings above.
    routes: list[Route] = []


class RelationshipPolicy(_Strict):
    """Thresholds that turn interactions into stages (DESIGN §4)."""

    earned_two_way: StrictInt = Field(3, ge=1)
    earned_days: StrictInt = Field(2, ge=1)


class LeaderboardPolicy(_Strict):
    """Scoring weights, caps and the posting schedule of the weekly board."""

    timezone: str = "UTC"
    post_weekday: StrictInt = Field(0, ge=0, le=6)
    post_hour: StrictInt = Field(9, ge=0, le=23)
    channel: str | None = None
    # How many members the board lists; each member who asks also sees their own place.
    top: StrictInt = Field(10, ge=1)
    engaged: StrictInt = Field(2, ge=0)
    earned: StrictInt = Field(5, ge=0)
    two_way: StrictInt = Field(1, ge=0)
    two_way_cap_per_contact: StrictInt = Field(3, ge=0)
    pitch_success: StrictInt = Field(5, ge=0)
    review: StrictInt = Field(1, ge=0)
    review_cap: StrictInt = Field(5, ge=0)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone '{value}' (use e.g. Europe/Paris)") from None
        return value


class MemberEntry(_Strict):
    """A member of the local (CLI) team and their roles."""

    # "admin" and "reviewer" mean something everywhere; a team's own ("comms") only to routes.
    roles: list[RoleName] = []
    display_name: str | None = None


class Policy(_Strict):
    """The whole policy file, validated."""

    rules: dict[str, RuleSettings] = {}
    lexicons: dict[str, list[str]] = {}
    workflow: WorkflowPolicy = WorkflowPolicy()
    relationships: RelationshipPolicy = RelationshipPolicy()
    leaderboard: LeaderboardPolicy = LeaderboardPolicy()
    members: dict[str, MemberEntry] = {}

    def rule(self, rule_id: str) -> RuleSettings:
        """The settings for one rule (defaults when the file does not mention it)."""
        return self.rules.get(rule_id) or RuleSettings()

    def threshold(self, rule_id: str, key: str, default: float) -> float:
        """A rule's numeric threshold from the file, or its default."""
        value = (self.rule(rule_id).model_extra or {}).get(key, default)
        return value

    def roles(self, key: str) -> frozenset[str]:
        """The roles the roster gives a member key (none when it does not list them)."""
        entry = self.members.get(key)
        return frozenset(entry.roles) if entry else frozenset()

    def words(self, lexicon: str) -> tuple[str, ...]:
        """Extra words the team added to one lexicon."""
        return tuple(w.casefold() for w in self.lexicons.get(lexicon, ()))


def parse_policy(data: dict, source: str = "policy") -> Policy:
    """Validate policy data, checking rule ids and threshold names against the registry."""
    try:
        policy = Policy.model_validate(data)
    except ValidationError as exc:
        raise PolicyError(f"{source}: {describe(exc.errors()[0])}") from None
    for rule_id, settings in policy.rules.items():
        rule = RULES.get(rule_id)
        if rule is None:
            raise PolicyError(f"{source}: rules.{rule_id}: no such rule")
        for key, value in (settings.model_extra or {}).items():
            if key not in rule.thresholds:
                raise PolicyError(f"{source}: rules.{rule_id}.{key}: unknown setting")
            problem = threshold_problem(key, value)
            if problem:
                raise PolicyError(f"{source}: rules.{rule_id}.{key}: {problem}")
    for name in policy.lexicons:
        if name not in LEXICONS:
            raise PolicyError(f"{source}: lexicons.{name}: no such lexicon")
    _routes_can_be_met(policy, source)
    return policy


def _routes_can_be_met(policy: Policy, source: str) -> None:
    # A route asking for a role no one holds would leave its pitches waiting for ever; only
    # "admin" may also come from the chat platform's own admin flag.
    held = {role for entry in policy.members.values() for role in entry.roles} | {"admin"}
    for n, route in enumerate(policy.workflow.routes):
        for key, roles in (("from_role", [route.from_role] if route.from_role else []),
                           ("only_roles", route.only_roles or [])):
            missing = next((role for role in roles if role not in held), None)
            if missing:
                raise PolicyError(
                    f"{source}: workflow.routes.{n}.{key}: no member holds the role "
                    f"'{missing}', so its pitches would wait for ever: give it to someone "
                    "under [members]")


def load_policy(path: str | os.PathLike | None = None) -> Policy:
    """Load the policy from a path, $RAPPORT_POLICY, or the nearest rapport.toml; else defaults."""
    file = policy_path(path)
    if file is None:
        return Policy()
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PolicyError(f"{file}: policy file not found") from None
    except IsADirectoryError:
        raise PolicyError(f"{file}: is a folder, not a policy file: name the "
                          f"{POLICY_FILE} inside it") from None
    except OSError as exc:
        raise PolicyError(f"{file}: cannot read the policy file ({exc.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PolicyError(f"{file}: not valid TOML ({exc})") from None
    return parse_policy(data, str(file))
