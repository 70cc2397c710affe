"""The persistence contract: every query the core makes, each in one place."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.export import RecordReads
from bot.leaderboard.claims import BoardClaims
from bot.leaderboard.queries import BoardReads
from bot.models import (
    Approval,
    ChangeRequest,
    Contact,
    CopyBand,
    Event,
    Interaction,
    Member,
    Pitch,
    ProcessedDelivery,
    ReportMessage,
    Revision,
    Team,
)


class DuplicateDelivery(Exception):
    """This platform delivery was handled before."""


class Store(BoardReads, BoardClaims, RecordReads):
    """Every query, over one open session; the service owns the transaction. The board's
    reads and claims, and the export's, are areas of it, in bot/leaderboard/queries.py,
    claims.py and bot/export.py."""

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

    def contact(self, team: Team, handle: str) -> Contact | None:
        """A contact by normalised handle."""
        return self.session.scalar(
            select(Contact).where(Contact.team_id == team.id, Contact.handle == handle)
        )

    def contact_by_id(self, contact_id: int) -> Contact:
        """A contact by database id."""
        return self._get(Contact, contact_id)

    # Relationship history ------------------------------------------------------------------
    def interactions(self, contact: Contact) -> list[tuple[str, datetime]]:
        """(kind, at) of every interaction logged with a contact."""
        rows = self.session.execute(
            select(Interaction.kind, Interaction.at).where(Interaction.contact_id == contact.id)
        )
        return [(kind, at) for kind, at in rows]

    def contact_record(self, contact: Contact) -> tuple[list[Interaction], list[Event]]:
        """Every interaction logged with a contact and every event about them, oldest first."""
        interactions = self.session.scalars(select(Interaction).where(
            Interaction.contact_id == contact.id).order_by(Interaction.at, Interaction.id))
        events = self.session.scalars(select(Event).where(
            Event.contact_id == contact.id).order_by(Event.at, Event.id))
        return list(interactions), list(events)

    def last_interaction(self, contact: Contact) -> datetime | None:
        """When the team last logged an interaction with a contact."""
        return self.session.scalar(
            select(func.max(Interaction.at)).where(Interaction.contact_id == contact.id)
        )

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
        return self.session.scalars(
            select(Revision).where(
                Revision.pitch_id == pitch.id, Revision.number == (number or pitch.revision)
            )
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
        query = select(ChangeRequest).where(ChangeRequest.pitch_id == pitch.id)
        if status:
            query = query.where(ChangeRequest.status == status)
        return list(self.session.scalars(query.order_by(ChangeRequest.id)))

    def events(self, pitch: Pitch) -> list[Event]:
        """A pitch's event record, oldest first."""
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

    # Near-copy index -----------------------------------------------------------------------
    def copy_candidates(self, team: Team, bands: list[int], exclude_contact: int | None,
                        limit: int) -> list[tuple[bytes, int]]:
        """(signature, contact id) of revisions sharing a band, for other recipients."""
        hits = (
            select(CopyBand.revision_id, CopyBand.contact_id)
            .where(CopyBand.team_id == team.id, CopyBand.band.in_(bands))
        )
        if exclude_contact is not None:
            hits = hits.where(CopyBand.contact_id != exclude_contact)
        hits = hits.distinct().limit(limit).subquery()
        rows = self.session.execute(
            select(Revision.signature, hits.c.contact_id)
            .join(hits, Revision.id == hits.c.revision_id)
        )
        return [(sig, contact_id) for sig, contact_id in rows]

    def index_copy(self, team: Team, revision: Revision, contact: Contact, bands: list[int]):
        """Put a revision's bands in the near-copy index."""
        self.session.add_all(
            CopyBand(team_id=team.id, band=b, revision_id=revision.id, contact_id=contact.id)
            for b in bands
        )

    # Deliveries and report messages --------------------------------------------------------
    def claim_delivery(self, key: str) -> None:
        """Record a platform delivery; DuplicateDelivery if it was handled already."""
        try:
            with self.session.begin_nested():
                self.session.add(ProcessedDelivery(key=key))
                self.session.flush()
        except IntegrityError:
            raise DuplicateDelivery(key) from None

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
