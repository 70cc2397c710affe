"""Approval rules by audience: the route a pitch falls under and whether its approvals meet it
(with no route matching, `approvals_needed` and `reviewers_only`, as always)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.models import Member, Pitch
from bot.policy import Policy, Route
from bot.store import Store

# Role names read as people in a sentence ("from reviewers"); a team's own ("comms") as given.
_PEOPLE = {"reviewer": "reviewers", "admin": "admins"}


@dataclass(frozen=True)
class Requirement:
    """What a pitch needs: how many approvals, how many from one role, and whose count."""

    approvals: int
    from_role: str | None = None
    from_role_count: int = 0
    only_roles: tuple[str, ...] | None = None  # None: everyone's approval counts
    audience: str = ""  # the route in words: "a pitch to press contacts via email"
    reviewers_only: bool = False  # the default path's rule, for the report's words

    def counts(self, roles: frozenset[str]) -> bool:
        """Whether an approval from a member with these roles counts."""
        return self.only_roles is None or bool(roles & set(self.only_roles))


@dataclass(frozen=True)
class Tally:
    """The approvals of the current revision against a requirement."""

    requirement: Requirement
    counted: int  # approvals that count
    role_needed: int  # how many more must come from the required role
    still_needed: int  # how many more that count are needed, the role's included
    ignored: frozenset[int]  # members whose approval is recorded but doesn't count

    @property
    def met(self) -> bool:
        """Enough approvals count for the pitch to be sendable."""
        return self.still_needed == 0

    @property
    def progress(self) -> int:
        """How much of the total is met ("1" of 2); never all while the role still lacks one."""
        return self.requirement.approvals - self.still_needed


def route_for(policy: Policy, channel: str, interests: Iterable[str]) -> Route | None:
    """The first route matching the channel and any of the interests; None when none does."""
    have = {i.casefold() for i in interests}
    return next((r for r in policy.workflow.routes
                 if (not r.channels or channel in r.channels)
                 and (not r.tags or have & {t.casefold() for t in r.tags})), None)


def requirement(policy: Policy, channel: str, interests: Iterable[str]) -> Requirement:
    """What a pitch by this channel to a contact with these interests needs."""
    route = route_for(policy, channel, interests)
    if route is None:
        flow = policy.workflow
        return Requirement(flow.approvals_needed, reviewers_only=flow.reviewers_only)
    audience = "a pitch" + (f" to {_either(route.tags)} contacts" if route.tags else "") + \
        (f" via {_either(route.channels)}" if route.channels else "")
    return Requirement(route.approvals, route.from_role,
                       route.from_role_count if route.from_role else 0,
                       tuple(route.only_roles) if route.only_roles else None,
                       "every pitch" if audience == "a pitch" else audience)


def requirement_for(store: Store, pitch: Pitch, policy: Policy) -> Requirement:
    """What a stored pitch needs, by its channel and its contact's interests now."""
    return requirement(policy, pitch.channel, store.contact_by_id(pitch.contact_id).interests)


def roles_of(policy: Policy, member: Member) -> frozenset[str]:
    """A member's roles: the roster's, read now, and the reviewer flag their last act set."""
    return policy.roles(member.key) | ({"reviewer"} if member.is_reviewer else frozenset())


def tally(need: Requirement, approvers: Iterable[tuple[int, frozenset[str]]]) -> Tally:
    """Count approvals, given as (member id, roles), against a requirement."""
    approvers = list(approvers)
    ignored = frozenset(m for m, roles in approvers if not need.counts(roles))
    counting = [roles for m, roles in approvers if m not in ignored]
    from_role = sum(need.from_role in roles for roles in counting)
    role_needed = max(0, need.from_role_count - from_role)
    still = max(need.approvals - len(counting), role_needed)
    return Tally(need, len(counting), role_needed, still, ignored)


def tally_pitch(store: Store, pitch: Pitch, policy: Policy) -> Tally:
    """The active approvals of a pitch's current revision against what it needs."""
    return tally(requirement_for(store, pitch, policy),
                 [(a.member_id, roles_of(policy, store.member_by_id(a.member_id)))
                  for a in store.approvals(pitch)])


def needs_words(t: Tally) -> str:
    """The report's line: "Needs 2 approvals, at least 1 from comms: 1 more, from comms."."""
    need = t.requirement
    line = f"Needs {need.approvals} approval{'s' if need.approvals != 1 else ''}"
    if need.only_roles or need.reviewers_only:
        line += f" from {who(need.only_roles or ['reviewer'])}"
    if need.from_role:
        line += f", at least {need.from_role_count} from {who([need.from_role])}"
    return f"{line}: {still_words(t)}."


def still_words(t: Tally) -> str:
    """How many more and from whom: "1 more, from comms", "2 more, at least 1 from comms"."""
    need, more = t.requirement, t.still_needed
    if more == 0:
        return "none more needed"
    if t.role_needed:
        at_least = "" if t.role_needed == more else f"at least {t.role_needed} "
        return f"{more} more, {at_least}from {who([need.from_role])}"
    return f"{more} more, from {who(need.only_roles)}" if need.only_roles else f"{more} more"


def who(roles: Iterable[str]) -> str:
    """Role names as people: "reviewers", "comms or legal"."""
    return _either(_PEOPLE.get(r, r) for r in roles)


def _either(words: Iterable[str]) -> str:
    words = [str(w) for w in words]
    return " or ".join(words) if len(words) < 3 else f"{', '.join(words[:-1])} or {words[-1]}"
