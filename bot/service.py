"""The application service: the one API every surface (CLI, Slack, Discord) calls."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from bot import validation, workflow
from bot.config import IN_MEMORY, database_exists, in_use
from bot.contacts import ContactsMixin
from bot.db import READ_ONLY, open_database, raise_plainly
from bot.drafts import NO_HISTORY, Draft, Gathered, review_draft, store_revision
from bot.engine import ReviewResult
from bot.errors import InvalidInput, NotAReport, NotFound
from bot.export import ExportMixin
from bot.home import HomeMixin
from bot.leaderboard.service import LeaderboardMixin
from bot.models import Contact, Member, Pitch, Team, utcnow
from bot.pitch_view import build_pitch_view, suggested_opener
from bot.policy import Policy, load_policy
from bot.report_locations import ReportsMixin
from bot.store import DuplicateDelivery, Store
from bot.team_settings import TeamSettingsMixin
from bot.text import content_hash
from bot.views import ActionResult, PitchView, ReportRef

RETRIES = 8


class Rapport(ContactsMixin, LeaderboardMixin, ReportsMixin, ExportMixin, TeamSettingsMixin,
              HomeMixin):
    """Rapport's core: review pitches, run the approval workflow, keep relationships."""

    def __init__(self, engine: Engine, policy: Policy | None = None, *,
                 clock: Callable[[], datetime] = utcnow, auto_enrol: bool = False):
        self.engine = engine
        self.policy = policy or Policy()
        self.clock = clock
        # Chat surfaces enrol whoever uses them; the CLI only knows the policy's roster.
        self.auto_enrol = auto_enrol
        # Loaded objects stay usable after commit.
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def from_env(cls, *, auto_enrol: bool = False, database_url: str | None = None,
                 check_schema: bool = True, create: bool = True) -> Rapport:
        """The service on $DATABASE_URL (SQLite beside the policy file by default) with the
        team's policy file; `create=False` for reads, which never create a database file.

        A worker started by a process that already checked the schema passes
        `check_schema=False`, so N workers do not run the same check N times."""
        url, policy_file = in_use(database_url)
        if not create and not database_exists(url):
            # A read on a fresh install: an empty database in memory answers it, and no
            # file appears for having looked.
            url = IN_MEMORY
        engine = open_database(url, check_schema or url == IN_MEMORY)
        return cls(engine, load_policy(policy_file), auto_enrol=auto_enrol)

    # Transactions --------------------------------------------------------------------------
    def transaction(self, work: Callable[[Store], object], dedupe: str | None = None,
                    read_only: bool = False):
        """Run work in one transaction, retried on lock conflicts; DuplicateDelivery passes."""
        for attempt in range(RETRIES):
            try:
                with self._sessions() as session, session.begin():
                    if read_only:
                        session.connection(execution_options={READ_ONLY: True})
                    store = Store(session)
                    if dedupe:
                        store.claim_delivery(dedupe)
                    return work(store)
            except (OperationalError, StaleDataError) as exc:
                raise_plainly(exc, self.engine)
                if attempt == RETRIES - 1 or not _retryable(exc):
                    raise
            except IntegrityError:
                # A concurrent first-time insert (team, member, contact) won the race.
                if attempt == RETRIES - 1:
                    raise
            time.sleep(0.01 * (attempt + 1))
        raise AssertionError("unreachable")

    def read(self, work: Callable[[Store], object]):
        """Run read-only work in a transaction that takes no write lock up front."""
        return self.transaction(work, read_only=True)

    # Members and contacts ------------------------------------------------------------------
    def require_member(self, key: str) -> None:
        """Refuse someone off the roster where the roster is the membership (the CLI),
        whatever the database remembers of them; chat surfaces enrol members as they come."""
        if not self.auto_enrol and key not in self.policy.members:
            raise NotFound(f"unknown member '{key}': add them under [members] in rapport.toml")

    def actor(self, store: Store, team: Team, key: str) -> Member:
        """The member acting, enrolled on first use on chat surfaces or from the roster.

        The roster is read on every command, so a role or a member taken out of the policy
        file is gone from the next command on."""
        member = store.member(team, key)
        entry = self.policy.members.get(key)
        self.require_member(key)
        if member is None:
            member = Member(team_id=team.id, key=key, display_name=key)
            store.add(member)
        roles = self.policy.roles(key)
        if not self.auto_enrol:
            # Chat platforms report their own admins (enrol); the CLI has only the roster.
            member.is_admin = "admin" in roles
        # No platform grants the reviewer role: the roster alone does, on every surface.
        member.is_reviewer = "reviewer" in roles
        if entry is not None and entry.display_name:
            member.display_name = entry.display_name
        return member

    def is_admin(self, member: Member) -> bool:
        """An admin by the roster, or (on chat) by the platform's own admin flag."""
        return member.is_admin or "admin" in self.policy.roles(member.key)

    def enrol(self, team: str, key: str, display_name: str | None = None, *,
              is_admin: bool | None = None) -> None:
        """Record a chat member's display name and admin flag as the platform reports them."""
        def work(store: Store):
            member = self.actor(store, store.team(team), key)
            if display_name:
                member.display_name = display_name[:200]
            if is_admin is not None:
                member.is_admin = is_admin
        self.transaction(work)

    def contact_for(self, store: Store, team: Team, handle: str, create: bool) -> Contact | None:
        """A contact by handle, created when asked."""
        contact = store.contact(team, handle)
        if contact is None and create:
            contact = Contact(team_id=team.id, handle=handle, interests=[], avoid=[])
            store.add(contact)
        return contact

    # Pitches -------------------------------------------------------------------------------
    def check(self, text: str, *, team: str = "local", to: str | None = None,
              channel: str = "other", stage: str | None = None, topic: str | None = None,
              interests: list[str] | None = None, avoid: list[str] | None = None,
              author: str | None = None) -> ReviewResult:
        """Review a text without submitting it; given facts stand instead of the record."""
        text, channel, topic = validation.pitch_text(text, stored=False), \
            validation.channel(channel), validation.topic(topic)
        handle = validation.handle(to) if to else None
        override = {}
        if stage is not None:
            override["stage"] = validation.stage(stage)
        if interests is not None:
            override["interests"] = tuple(i.casefold() for i in interests)
        if avoid is not None:
            override["avoid"] = tuple(a.casefold() for a in avoid)

        def work(store: Store):
            now = self.clock()
            # Team, member, contact and the author's last hour in one statement; the
            # recipient's history in one more, and only if the team knows them.
            known = store.review_context(team, author, handle, now - timedelta(hours=1))
            t = known.team or self.read_team(store, team)
            history = store.contact_history(known.contact) if known.contact else NO_HISTORY
            result, _ = review_draft(store, t, self.policy, now,
                                     Draft(text, channel, topic, handle), known.contact,
                                     known.member, recipient_override=override,
                                     gathered=Gathered(history, known.recent))
            return result
        return self.read(work)

    def submit(self, team: str, author: str, to: str, text: str, *, channel: str = "other",
               topic: str | None = None, dedupe: str | None = None) -> ActionResult:
        """Submit a pitch for review: run the checks, open it for a teammate's approval."""
        text, handle = validation.pitch_text(text), validation.handle(to)
        channel, topic = validation.channel(channel), validation.topic(topic)

        def work(store: Store):
            now = self.clock()
            known = store.review_context(team, author, handle, now - timedelta(hours=1))
            t = known.team or store.team(team)
            # The member and contact lookups below are answered from what was just read.
            member = self.actor(store, t, author)
            contact = self.contact_for(store, t, handle, create=True)
            history = store.contact_history(contact) if known.contact else NO_HISTORY
            result, copies = review_draft(store, t, self.policy, now,
                                          Draft(text, channel, topic, handle), contact, member,
                                          gathered=Gathered(history, known.recent))
            pitch = Pitch(team_id=t.id, author_id=member.id, contact_id=contact.id,
                          channel=channel, topic=topic, state="pending", created_at=now,
                          updated_at=now, delivery_key=dedupe)
            store.add(pitch)
            store_revision(store, t, pitch, contact, 1, text, content_hash(text), result,
                           copies, at=now)
            act = workflow.Act(store, t, pitch, member, self.policy, now)
            act.record("submitted", verdict=result.verdict)
            # The report reads the recipient's history again: it is what was read, and
            # this pitch (the store knows the new pitch's own rows the same way).
            store.prime_history(contact, history.adding(pitch, member))
            view = build_pitch_view(store, t, pitch, self.policy, self.clock())
            return ActionResult(view, True, submitted(view))

        return self._deduped(work, dedupe, team, None)

    def act(self, team: str, pitch_id: int | ReportRef, member: str,
            step: Callable[[workflow.Act], str | None], dedupe: str | None = None,
            nothing: str = "Nothing changed.") -> ActionResult:
        """Run one workflow step on a locked pitch and report the pitch after it."""
        def work(store: Store):
            t = store.team(team)
            actor = self.actor(store, t, member)
            pitch = self._pitch(store, t, pitch_id, lock=True)
            act = workflow.Act(store, t, pitch, actor, self.policy, self.clock())
            message = step(act)
            view = build_pitch_view(store, t, pitch, self.policy, self.clock())
            return ActionResult(view, message is not None, message or nothing,
                                tuple(act.notices), store.report_locations(pitch.id))

        return self._deduped(work, dedupe, team, pitch_id)

    def approve(self, team: str, pitch_id: int | ReportRef, member: str,
                override: str | None = None, dedupe: str | None = None,
                revision: int | None = None, seen_at: datetime | None = None) -> ActionResult:
        """A teammate approves the current revision: exactly `revision`, or the one current
        at `seen_at`, when given."""
        return self.act(team, pitch_id, member,
                        lambda a: workflow.approve(a, override, revision, seen_at), dedupe,
                        nothing="You already approved this revision.")

    def withdraw_approval(self, team: str, pitch_id: int | ReportRef, member: str,
                          dedupe: str | None = None) -> ActionResult:
        """A reviewer takes back their approval (removing the ✅)."""
        return self.act(team, pitch_id, member, workflow.withdraw_approval, dedupe,
                        nothing="You had no approval on this revision to withdraw.")

    def request_changes(self, team: str, pitch_id: int | ReportRef, member: str, comment: str,
                        dedupe: str | None = None) -> ActionResult:
        """A reviewer asks for changes, with a comment."""
        return self.act(team, pitch_id, member,
                        lambda a: workflow.request_changes(a, comment), dedupe,
                        nothing="You already asked for these changes on this revision.")

    def revise(self, team: str, pitch_id: int, member: str, text: str | None,
               dedupe: str | None = None, use_suggestion: bool = False) -> ActionResult:
        """The author revises the text, or adopts the report's suggested opener (read in the
        same transaction); an unchanged text dismisses nothing."""
        if not use_suggestion:
            validation.pitch_text(text)

        def step(act: workflow.Act) -> str | None:
            new = adopted_opener(act) if use_suggestion else text
            return workflow.revise(act, new)
        return self.act(team, pitch_id, member, step, dedupe,
                        nothing="The text is unchanged: no new revision, approvals stand.")

    def withdraw(self, team: str, pitch_id: int, member: str,
                 dedupe: str | None = None) -> ActionResult:
        """The author withdraws the pitch."""
        return self.act(team, pitch_id, member, workflow.withdraw, dedupe)

    def mark_sent(self, team: str, pitch_id: int, member: str,
                  dedupe: str | None = None) -> ActionResult:
        """The author sent the approved pitch."""
        return self.act(team, pitch_id, member, workflow.mark_sent, dedupe)

    def record_outcome(self, team: str, pitch_id: int, member: str, outcome: str,
                       dedupe: str | None = None) -> ActionResult:
        """Record the reply, yes, no or silence that a sent pitch got."""
        validation.outcome(outcome)
        return self.act(team, pitch_id, member, lambda a: workflow.record_outcome(a, outcome),
                        dedupe, nothing="That outcome was already recorded.")

    def show(self, team: str, pitch_id: int | ReportRef) -> PitchView:
        """A pitch's full report."""
        def work(store: Store):
            t = self.read_team(store, team)
            return build_pitch_view(store, t, self._pitch(store, t, pitch_id), self.policy,
                                    self.clock())
        return self.read(work)

    def list_pitches(self, team: str, state: str | None = None) -> list[PitchView]:
        """A team's newest pitches, optionally in one state (changes-requested or
        changes_requested alike)."""
        state = validation.state(state)

        def work(store: Store):
            t = self.read_team(store, team)
            pitches = store.pitches(t, state)
            current = store.current_revisions(pitches)
            return [build_pitch_view(store, t, p, self.policy, self.clock(), brief=True,
                                     current=current[p.id])
                    for p in pitches]
        return self.read(work)

    def pitch_count(self, team: str) -> int:
        """How many pitches a team has, in every state."""
        def work(store: Store):
            t = self.read_team(store, team)
            return store.pitch_total(t)
        return self.read(work)

    def read_team(self, store: Store, key: str) -> Team:
        """A team to read from, never created by reading; the CLI hears which teams exist."""
        found = store.find_team(key)
        if found is not None:
            return found
        known = store.team_keys()
        if self.auto_enrol or not known:
            # A chat team before its first act, or a fresh database: nothing to show yet.
            # Id 0 matches no row.
            return Team(id=0, key=key)
        raise NotFound(f"there is no team '{key}': the teams here are {', '.join(known)}")

    # Helpers -------------------------------------------------------------------------------
    def _deduped(self, work, dedupe: str | None, team: str, pitch_id: int | ReportRef | None):
        """Run an act or a submission once per platform delivery. Its retry gets back what
        the first run did, so a surface can still write what it owed the platform (a report,
        an update, notices; keyed by the delivery, so written once) if the first run could
        not: an act's result is kept beside the delivery, a pitch names its delivery."""
        def keeping(store: Store):
            result = work(store)
            if dedupe and pitch_id is not None:
                store.keep_outcome(dedupe, result.kept())
            return result

        try:
            return self.transaction(keeping, dedupe)
        except DuplicateDelivery:
            if pitch_id is None:
                submitted_by = self.read(lambda store: store.pitch_id_by_delivery(dedupe))
                return None if submitted_by is None else ActionResult(
                    view := self.show(team, submitted_by), True, submitted(view))
            kept = self.read(lambda store: store.kept_outcome(dedupe))
            if kept is not None:
                return ActionResult.replayed(kept, self.show(team, kept["pitch"]))
            return ActionResult(self.show(team, pitch_id), False, "Already handled.")

    @staticmethod
    def _pitch(store: Store, team: Team, pitch_id: int | ReportRef,
               lock: bool = False) -> Pitch:
        if isinstance(pitch_id, ReportRef):
            # A reaction's message: found here, in the act's transaction, not looked up first.
            row = store.report_message(*pitch_id)
            pitch = store.pitch(team, row.pitch_id, lock=lock) if row is not None else None
            if pitch is None:
                raise NotAReport("that message is not one of this team's reports")
            return pitch
        pitch = store.pitch(team, pitch_id, lock=lock)
        if pitch is None:
            raise NotFound(f"there is no pitch #{pitch_id} on this team")
        return pitch





def _retryable(exc: Exception) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return isinstance(exc, StaleDataError) or any(
        word in text for word in ("locked", "busy", "deadlock", "could not serialize")
    )


def submitted(view: PitchView) -> str:
    """What the author hears once a pitch is saved."""
    return f"Submitted pitch #{view.id}: {view.verdict}."


def adopted_opener(act: workflow.Act) -> str:
    """The suggested opener the author adopts; refused plainly when there is none."""
    opener = suggested_opener(act.store, act.pitch, act.policy, act.now)
    if opener is None:
        raise InvalidInput(f"pitch #{act.pitch.id} has no suggested opener: one is offered "
                           "when a finding says not to ask yet")
    return opener
