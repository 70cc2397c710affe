"""A member's desk (home): what waits for them on the team, in one view every surface shows.

Reviews waiting for them (pending pitches by others they have not approved on the current
revision, when they may review), their own pitches by state with what each needs next, the
reminders that are due, and the contacts they worked on by stage with the relationship
coach's next step. Slack's App Home, Discord's `/review-pitch home` and `rapport home` all
render this one DeskView.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot import routing
from bot.drafts import contact_view
from bot.models import Member, Pitch, Revision, Team
from bot.policy import Policy
from bot.render import clip
from bot.store import Store
from bot.views import ContactView, DeskGroup, DeskPitch, DeskView
from bot.vocabulary import Stage, State

CAP = 10  # items shown per list; the rest are counted ("and 4 more")
PREVIEW = 120
COMMENT = 200
# A member's own pitches, in the order they move through review.
MY_STATES = (State.PENDING, State.CHANGES_REQUESTED, State.SENDABLE, State.SENT)
# Contacts nearest to a pitch first: that is where the coach's next step is an ask.
STAGES = (Stage.EARNED, Stage.ENGAGED, Stage.AWARE, Stage.STRANGER)


class HomeMixin:
    """The desk, read in one transaction (mixed into Rapport)."""

    def home(self, team: str, member: str) -> DeskView:
        """A member's desk: reviews waiting for them (never their own), their pitches by
        state with what each needs next, reminders due, and their contacts by stage."""
        self.require_member(member)  # for reading one's desk as for acting

        def work(store: Store) -> DeskView:
            t = self.read_team(store, team)
            return build_desk(store, t, member, store.member(t, member), self.policy,
                              self.clock())
        return self.read(work)


def build_desk(store: Store, team: Team, key: str, member: Member | None, policy: Policy,
               now: datetime) -> DeskView:
    """The desk of `key`; `member` is None before their first act (nothing of theirs yet,
    but their teammates' pitches already wait for them)."""
    flow = policy.workflow
    entry = policy.members.get(key)
    name = member.display_name if member else (entry and entry.display_name) or key
    # Id 0 matches no row: a stand-in, never added to the session (reading writes nothing).
    member = member or Member(id=0, team_id=team.id, key=key, display_name=name)
    may_review = not flow.reviewers_only or "reviewer" in policy.roles(key)
    pitches = store.desk_pitches(team, member)
    current = store.current_revisions(pitches) if pitches else {}
    mine = [p for p in pitches if p.author_id == member.id]
    roles = routing.roles_of(policy, member)

    def counts(pitch: Pitch) -> bool:
        # Under a route that counts only some roles, the others have nothing to review.
        need = routing.requirement_for(store, pitch, policy)
        return need.counts(roles) and (not need.reviewers_only or "reviewer" in roles)
    theirs = [p for p in pitches if p.author_id != member.id and counts(p)]
    # The clock's reminder age; the desk shows each due pitch until it moves.
    overdue = now - timedelta(hours=flow.reminder_hours)
    due = [p for p in pitches if p.state == State.PENDING and p.updated_at <= overdue
           and (p in theirs or p.author_id == member.id)]

    def item(pitch: Pitch, needs: str) -> DeskPitch:
        return desk_pitch(store, pitch, current[pitch.id], now, needs)

    def review(pitch: Pitch) -> DeskPitch:
        blocked = _has_errors(current[pitch.id])
        return item(pitch, "approving it needs an override reason: it has an error finding"
                    if blocked and flow.allow_overrides else "")

    def reminder(pitch: Pitch) -> DeskPitch:
        return item(pitch, "yours: ask a teammate to review it" if pitch in mine
                    else "waiting for your review")

    groups = tuple(capped(state.value, [p for p in mine if p.state == state],
                          lambda p: item(p, needs_next(store, p, current[p.id], policy, now)))
                   for state in MY_STATES if any(p.state == state for p in mine))
    return DeskView(team=team.key, member=key, member_name=name, may_review=may_review,
                    allow_overrides=flow.allow_overrides, reminder_hours=flow.reminder_hours,
                    reviews=capped("reviews", theirs, review),
                    reminders=capped("reminders", due, reminder), pitches=groups,
                    contacts=contacts_by_stage(store, team, member, policy, now))


def capped(key: str, rows: list, build) -> DeskGroup:
    """The first CAP rows built into items, and how many more there were."""
    return DeskGroup(key, tuple(build(row) for row in rows[:CAP]), max(0, len(rows) - CAP))


def desk_pitch(store: Store, pitch: Pitch, revision: Revision, now: datetime,
               needs: str) -> DeskPitch:
    """One pitch as the desk lists it."""
    author = store.member_by_id(pitch.author_id)
    return DeskPitch(
        id=pitch.id, author=author.key, author_name=author.display_name,
        recipient=store.contact_by_id(pitch.contact_id).handle, channel=pitch.channel,
        state=pitch.state, revision=pitch.revision, verdict=revision.verdict,
        errors=_has_errors(revision), preview=clip(" ".join(revision.text.split()), PREVIEW),
        since=pitch.updated_at, waited=waited(now, pitch.updated_at), needs=needs)


def needs_next(store: Store, pitch: Pitch, revision: Revision, policy: Policy,
               now: datetime) -> str:
    """What the author's pitch needs next, in plain words."""
    flow = policy.workflow
    if pitch.state == State.PENDING:
        if _has_errors(revision):
            return ("revise it, or a reviewer approves with an override reason: an error "
                    "finding blocks approval" if flow.allow_overrides else
                    "revise it: an error finding blocks approval on this team")
        tally = routing.tally_pitch(store, pitch, policy)
        need, have = tally.requirement, f"({tally.progress} of {tally.requirement.approvals})"
        if need.only_roles is None and need.from_role is None:
            who = "a reviewer's" if need.reviewers_only else "a teammate's"
            return f"waiting for {who} approval {have}"
        # Under a route that names roles, say whose approval it still needs.
        return f"waiting for approval {have}: {routing.still_words(tally)}"
    if pitch.state == State.CHANGES_REQUESTED:
        asked = store.change_requests(pitch, "open")
        if not asked:
            return "revise it"
        first = asked[-1]
        return (f"revise it: {store.member_by_id(first.member_id).display_name} asked for "
                f"changes — {clip(first.comment, COMMENT)}")
    if pitch.state == State.SENDABLE:
        return "approved: send it yourself, then mark it sent"
    sent = pitch.sent_at or pitch.updated_at
    return (f"sent {waited(now, sent)} ago: record what came back (replied, accepted, "
            "declined or no response)")


def contacts_by_stage(store: Store, team: Team, member: Member, policy: Policy,
                      now: datetime) -> tuple[DeskGroup, ...]:
    """The contacts a member logged or pitched, by stage, most recently in touch first."""
    contacts = store.member_contacts(team, member)
    store.prime_histories(contacts)  # one read for all of them, not one each
    views = [contact_view(store, c, c.handle, policy, now) for c in contacts]
    groups = []
    for stage in STAGES:
        found = sorted((v for v in views if v.stage == stage), key=_recent_first)
        if found:
            groups.append(capped(stage.value, found, lambda view: view))
    return tuple(groups)


def _recent_first(view: ContactView) -> tuple:
    # Never in touch sorts last; ties by handle, so the order is stable.
    return (view.last_contact is None, -(view.last_contact.timestamp()
                                         if view.last_contact else 0), view.handle)


def _has_errors(revision: Revision) -> bool:
    return any(f.get("severity") == "error" for f in revision.findings)


def waited(now: datetime, since: datetime) -> str:
    """How long ago, in words a person reads: "under an hour", "5 hours", "3 days"."""
    hours = int(max(0.0, (now - since).total_seconds()) // 3600)
    if hours < 1:
        return "under an hour"
    if hours < 48:
        return f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{hours // 24} days"
