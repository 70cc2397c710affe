"""The persistence contract: every query the core makes, each in one place."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bot.copy_index import CopyIndex
from bot.export import RecordReads
from bot.leaderboard.claims import BoardClaims
from bot.leaderboard.queries import BoardReads
from bot.leaderboard.tallies import TallyWrites
from bot.models import (
    Approval,
    ChangeRequest,
    Contact,
    Event,
    Interaction,
    Member,
    Pitch,
    ProcessedDelivery,
    ReportMessage,
    Revision,
    Team,
    utcnow,
)
from bot.review_reads import MISSING, ReviewReads

# One statement claims a delivery: a key seen before inserts nothing (no savepoint needed).
_CLAIM = {name: dialect.insert(ProcessedDelivery).on_conflict_do_nothing()
          .returning(ProcessedDelivery.key)
          for name, dialect in (("sqlite", sqlite), ("postgresql", postgresql))}


class DuplicateDelivery(Exception):
    """This platform delivery was handled before."""


class Store(BoardReads, BoardClaims, TallyWrites, RecordReads, ReviewReads, CopyIndex):
    """Every query, over one open session; the service owns the transaction. The board's
    reads and claims, the export's, a review's and the near-copy index are areas of it, in
    bot/leaderboard/queries.py, claims.py, bot/export.py, bot/review_reads.py and
    bot/copy_index.py."""

    def __init__(self, session: Session):
        self.session = session
        # The session's identity map holds rows weakly; views keep no ORM objects, so rows
        # looked up by id for many pitches would be loaded again and again without this.
        self._by_id: dict[tuple[type, int], object] = {}

    def _get(self, model: type, row_id: int):
        key = (model, row_id)
        if key not in self._by_id:
            self._by_id[key] = self.session.get_one(model, row_id)
        return self._by_id[key]

    # Teams, members, contacts -------------------------------------------------------------
    def find_team(self, key: str) -> Team | None:
        """The team with this key, if it exists (reading writes nothing)."""
        return self.session.scalar(select(Team).where(Team.key == key))

    def team_keys(self) -> list[str]:
        """Every team's key, in order."""
        return list(self.session.scalars(select(Team.key).order_by(Team.key)))

    def pitch_total(self, team: Team) -> int:
        """How many pitches a team has, in every state."""
        return self.session.scalar(select(func.count()).where(Pitch.team_id == team.id))

    def team(self, key: str) -> Team:
        """The team with this key, created on first use."""
        team = self.find_team(key)
        if team is None:
            team = Team(key=key)
            self.session.add(team)
            self.session.flush()
        return team

    def member(self, team: Team, key: str) -> Member | None:
        """A member of a team by platform key or CLI name."""
        if (found := self.found(Member, team.id, key)) is not MISSING:
            return found
        return self.session.scalar(
            select(Member).where(Member.team_id == team.id, Member.key == key)
        )

    def members(self, team: Team) -> list[Member]:
        """Every member of a team."""
        return list(self.session.scalars(select(Member).where(Member.team_id == team.id)))

    def member_by_id(self, member_id: int) -> Member:
        """A member by database id."""
        return self._get(Member, member_id)

    def add(self, row) -> None:
        """Add a new row and give it its id."""
        self.session.add(row)
        self.session.flush()
        self.note_added(row)

    def contact(self, team: Team, handle: str) -> Contact | None:
        """A contact by normalised handle."""
        if (found := self.found(Contact, team.id, handle)) is not MISSING:
            return found
        return self.session.scalar(
            select(Contact).where(Contact.team_id == team.id, Contact.handle == handle)
        )

    def contact_by_id(self, contact_id: int) -> Contact:
        """A contact by database id."""
        return self._get(Contact, contact_id)

    # Relationship history ------------------------------------------------------------------
    def contact_record(self, contact: Contact) -> tuple[list[Interaction], list[Event]]:
        """Every interaction logged with a contact and every event about them, oldest first."""
        interactions = self.session.scalars(select(Interaction).where(
            Interaction.contact_id == contact.id).order_by(Interaction.at, Interaction.id))
        events = self.session.scalars(select(Event).where(
            Event.contact_id == contact.id).order_by(Event.at, Event.id))
        return list(interactions), list(events)

    def interaction_keys(self, contact_ids: list[int]) -> set[tuple]:
        """(contact id, kind, at, note) of every interaction with these contacts (imports)."""
        found = set()
        for start in range(0, len(contact_ids), 500):  # well under any bound-parameter limit
            found.update(tuple(row) for row in self.session.execute(
                select(Interaction.contact_id, Interaction.kind, Interaction.at, Interaction.note)
                .where(Interaction.contact_id.in_(contact_ids[start:start + 500]))))
        return found

    def pitches_to(self, contact: Contact, exclude: int | None = None, limit: int = 200):
        """The newest pitches to a contact, other than the one under review."""
        query = select(Pitch).where(Pitch.contact_id == contact.id)
        if exclude is not None:
            query = query.where(Pitch.id != exclude)
        return list(self.session.scalars(query.order_by(Pitch.created_at.desc()).limit(limit)))

    def pitch_count_since(self, author: Member, since: datetime, exclude: int | None) -> int:
        """How many pitches an author submitted since a moment."""
        query = select(func.count()).where(Pitch.author_id == author.id, Pitch.created_at >= since)
        if exclude is not None:
            query = query.where(Pitch.id != exclude)
        return self.session.scalar(query) or 0

    # Pitches -------------------------------------------------------------------------------
    def pitch(self, team: Team, pitch_id: int, lock: bool = False) -> Pitch | None:
        """A team's pitch by id, locked for update when asked (PostgreSQL row lock)."""
        query = select(Pitch).where(Pitch.id == pitch_id, Pitch.team_id == team.id)
        if lock:
            query = query.with_for_update()
        return self.session.scalar(query)

    def pitches(self, team: Team, state: str | None = None, limit: int = 200) -> list[Pitch]:
        """A team's newest pitches, optionally in one state."""
        query = select(Pitch).where(Pitch.team_id == team.id)
        if state:
            query = query.where(Pitch.state == state)
        return list(self.session.scalars(query.order_by(Pitch.id.desc()).limit(limit)))

    def revision(self, pitch: Pitch, number: int | None = None) -> Revision:
        """One revision of a pitch, the current one by default."""
        number = number or pitch.revision
        for made in self.fresh_rows(pitch, Revision) or ():
            if made.number == number:
                return made
        return self.session.scalars(
            select(Revision).where(Revision.pitch_id == pitch.id, Revision.number == number)
        ).one()

    def current_revisions(self, pitches: list[Pitch]) -> dict[int, Revision]:
        """The current revision of each pitch, in one query (for lists)."""
        rows = self.session.scalars(
            select(Revision).join(Pitch, and_(Pitch.id == Revision.pitch_id,
                                              Pitch.revision == Revision.number))
            .where(Pitch.id.in_([p.id for p in pitches]))
        )
        return {r.pitch_id: r for r in rows}

    def approvals(self, pitch: Pitch, revision: int | None = None) -> list[Approval]:
        """Active approvals of a revision (the current one by default)."""
        if self.fresh_rows(pitch, Approval) == []:
            return []
        return list(self.session.scalars(
            select(Approval).where(
                Approval.pitch_id == pitch.id,
                Approval.revision == (revision or pitch.revision),
                Approval.active.is_(True),
            ).order_by(Approval.id)
        ))

    def approval(self, pitch: Pitch, member: Member) -> Approval | None:
        """A member's approval row for the current revision, active or withdrawn."""
        return self.session.scalar(
            select(Approval).where(
                Approval.pitch_id == pitch.id,
                Approval.revision == pitch.revision,
                Approval.member_id == member.id,
            )
        )

    def change_requests(self, pitch: Pitch, status: str | None = None) -> list[ChangeRequest]:
        """A pitch's change requests, optionally only those in one status."""
        if self.fresh_rows(pitch, ChangeRequest) == []:
            return []
        query = select(ChangeRequest).where(ChangeRequest.pitch_id == pitch.id)
        if status:
            query = query.where(ChangeRequest.status == status)
        return list(self.session.scalars(query.order_by(ChangeRequest.id)))

    def events(self, pitch: Pitch) -> list[Event]:
        """A pitch's event record, oldest first."""
        if (made := self.fresh_rows(pitch, Event)) is not None:
            return made
        return list(self.session.scalars(
            select(Event).where(Event.pitch_id == pitch.id).order_by(Event.id)
        ))

    def pending_since(self, before: datetime) -> list[Pitch]:
        """Pitches pending since before a moment that have had no reminder."""
        return list(self.session.scalars(
            select(Pitch).where(
                Pitch.state == "pending", Pitch.updated_at < before, Pitch.reminded_at.is_(None)
            ).order_by(Pitch.id)
        ))

    def team_by_id(self, team_id: int) -> Team:
        """A team by database id."""
        return self._get(Team, team_id)

    # Deliveries and report messages --------------------------------------------------------
    def claim_delivery(self, key: str) -> None:
        """Record a platform delivery; DuplicateDelivery if it was handled already."""
        claim = _CLAIM[self.session.get_bind().dialect.name].values(key=key, at=utcnow())
        if self.session.execute(claim).scalar() is None:
            raise DuplicateDelivery(key)

    def keep_outcome(self, key: str, outcome: dict) -> None:
        """Write beside a delivery what its act did, in the act's own transaction."""
        self.session.execute(update(ProcessedDelivery).where(ProcessedDelivery.key == key)
                             .values(outcome=outcome))

    def kept_outcome(self, key: str) -> dict | None:
        """What a handled delivery's act did, if it was kept."""
        return self.session.scalar(select(ProcessedDelivery.outcome)
                                   .where(ProcessedDelivery.key == key))

    def pitch_id_by_delivery(self, key: str) -> int | None:
        """The pitch a platform delivery submitted, if one did."""
        return self.session.scalar(select(Pitch.id).where(Pitch.delivery_key == key))

    def report_message(self, surface: str, channel: str, ref: str) -> ReportMessage | None:
        """The report posted at a platform message, if it is one."""
        return self.session.scalar(select(ReportMessage).where(
            ReportMessage.surface == surface, ReportMessage.channel == channel,
            ReportMessage.message_ref == ref,
        ))

    def report_locations(self, pitch_id: int) -> tuple[tuple[str, str, str], ...]:
        """(surface, channel, message) of every report of a pitch, oldest first."""
        rows = self.session.execute(
            select(ReportMessage.surface, ReportMessage.channel, ReportMessage.message_ref)
            .where(ReportMessage.pitch_id == pitch_id).order_by(ReportMessage.id))
        return tuple((surface, channel, ref) for surface, channel, ref in rows)

    # A member's desk (bot/home.py) ---------------------------------------------------------
    def desk_pitches(self, team: Team, member: Member) -> list[Pitch]:
        """A member's open or sent pitches, and others' pending ones they have not approved."""
        approved = select(Approval.id).where(
            Approval.pitch_id == Pitch.id, Approval.revision == Pitch.revision,
            Approval.member_id == member.id, Approval.active.is_(True))
        mine = and_(Pitch.author_id == member.id,
                    Pitch.state.in_(("pending", "changes_requested", "sendable", "sent")))
        theirs = and_(Pitch.author_id != member.id, Pitch.state == "pending", ~approved.exists())
        return list(self.session.scalars(select(Pitch).where(
            Pitch.team_id == team.id, or_(mine, theirs)).order_by(Pitch.updated_at, Pitch.id)))

    def member_contacts(self, team: Team, member: Member) -> list[Contact]:
        """Contacts a member logged an interaction with or pitched, in handle order."""
        logged = select(Interaction.contact_id).where(Interaction.member_id == member.id)
        pitched = select(Pitch.contact_id).where(Pitch.author_id == member.id)
        return list(self.session.scalars(select(Contact).where(
            Contact.team_id == team.id, or_(Contact.id.in_(logged), Contact.id.in_(pitched)))
            .order_by(Contact.handle)))
