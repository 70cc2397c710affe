"""What a review reads, each in one statement built once: the team, member and contact with
the author's pitches of the last hour, and a recipient's pitches and interactions (the
near-copy groups are bot/copy_index.py's). And what its transaction already knows, so the
report after a submit reads nothing again.

The statements are module constants with bound parameters, so SQLAlchemy compiles each once
per process and never rebuilds it or its cache key (profiles had that at a third of a review).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import and_, bindparam, func, literal_column, null, select, union_all

from bot.models import Contact, Interaction, Member, Pitch, Team

HISTORY_PITCHES = 200  # the newest pitches to a recipient that a review looks at

_RECENT = (select(func.count()).where(Pitch.author_id == Member.id,
                                      Pitch.created_at >= bindparam("since"))
           .correlate(Member).scalar_subquery())
_CONTEXT = (
    select(Team, Member, Contact, _RECENT).select_from(Team)
    .outerjoin(Member, and_(Member.team_id == Team.id, Member.key == bindparam("member")))
    .outerjoin(Contact, and_(Contact.team_id == Team.id, Contact.handle == bindparam("handle")))
    .where(Team.key == bindparam("team"))
)
_PITCHES = (
    select(literal_column("'p'").label("source"), Pitch.id, Member.key, Member.display_name,
           Pitch.created_at.label("at"), Pitch.state.label("kind"), Pitch.sent_at,
           Pitch.outcome, Pitch.outcome_at)
    .join(Member, Member.id == Pitch.author_id).where(Pitch.contact_id == bindparam("contact"))
    .order_by(Pitch.created_at.desc(), Pitch.id.desc()).limit(HISTORY_PITCHES).subquery()
)
# Pitches and interactions in one statement: the pitch columns carry an interaction's kind
# and time, the rest empty.
_HISTORY = union_all(
    select(_PITCHES),
    select(literal_column("'i'"), null(), null(), null(), Interaction.at, Interaction.kind,
           null(), null(), null()).where(Interaction.contact_id == bindparam("contact")),
)
# The same for many contacts at once (the desk): each one's newest pitches, ranked per contact.
_MANY_PITCHES = (
    select(Pitch.contact_id, literal_column("'p'").label("source"), Pitch.id, Member.key,
           Member.display_name, Pitch.created_at.label("at"), Pitch.state.label("kind"),
           Pitch.sent_at, Pitch.outcome, Pitch.outcome_at,
           func.row_number().over(partition_by=Pitch.contact_id,
                                  order_by=(Pitch.created_at.desc(), Pitch.id.desc())).label("n"))
    .join(Member, Member.id == Pitch.author_id)
    .where(Pitch.contact_id.in_(bindparam("contacts", expanding=True))).subquery()
)
_MANY_HISTORIES = union_all(
    select(*(c for c in _MANY_PITCHES.c if c.name != "n"))
    .where(_MANY_PITCHES.c.n <= HISTORY_PITCHES),
    select(Interaction.contact_id, literal_column("'i'"), null(), null(), null(), Interaction.at,
           Interaction.kind, null(), null(), null())
    .where(Interaction.contact_id.in_(bindparam("contacts", expanding=True))),
)
CHUNK = 500  # contacts per statement: well under any bound-parameter limit


@dataclass(frozen=True)
class PitchFacts:
    """What a review needs of an earlier pitch to the recipient, its author's names too."""

    id: int
    author: str
    author_name: str
    created_at: datetime
    state: str
    sent_at: datetime | None = None
    outcome: str | None = None
    outcome_at: datetime | None = None


@dataclass(frozen=True)
class ContactHistory:
    """A recipient's newest pitches (newest first) and every interaction (kind, at)."""

    pitches: tuple[PitchFacts, ...] = ()
    interactions: tuple[tuple[str, datetime], ...] = ()

    def adding(self, pitch: Pitch, author: Member) -> ContactHistory:
        """The history with a pitch just made, as a fresh read would have it."""
        facts = PitchFacts(pitch.id, author.key, author.display_name, pitch.created_at,
                           pitch.state, pitch.sent_at, pitch.outcome, pitch.outcome_at)
        return ContactHistory((facts, *self.pitches)[:HISTORY_PITCHES], self.interactions)

    def logging(self, kind: str, at: datetime) -> ContactHistory:
        """The history with an interaction just logged, as a fresh read would have it."""
        return ContactHistory(self.pitches, (*self.interactions, (kind, at.astimezone(UTC))))


@dataclass(frozen=True)
class Known:
    """The team, member and contact a command names (None where there is none yet), and how
    many pitches the member submitted since a moment."""

    team: Team | None
    member: Member | None = None
    contact: Contact | None = None
    recent: int = 0


MISSING = object()


class ReviewReads:
    """The review's reads, an area of bot.store.Store (which has `session`), and what its
    transaction already knows."""

    @property
    def _memo(self) -> dict:
        # A Store lives for one transaction: so does this, made on first use.
        memo = self.__dict__.get("_review_memo")
        if memo is None:
            memo = self.__dict__["_review_memo"] = {"found": {}, "primed": {}, "fresh": {}}
        return memo

    def found(self, model: type, team_id: int, key: str | None):
        """A member or contact this transaction looked up or made by key, else MISSING."""
        return self._memo["found"].get((model, team_id, key), MISSING)

    def note_added(self, row) -> None:
        """Remember a row just added: a member or contact by key; a pitch made now, and
        every row added for it (nothing else can refer to it before it commits)."""
        memo = self._memo
        if isinstance(row, Pitch):
            memo["fresh"][row.id] = []
        elif getattr(row, "pitch_id", None) in memo["fresh"]:
            memo["fresh"][row.pitch_id].append(row)
        elif isinstance(row, Member):
            memo["found"][(Member, row.team_id, row.key)] = row
        elif isinstance(row, Contact):
            memo["found"][(Contact, row.team_id, row.handle)] = row

    def fresh_rows(self, pitch: Pitch, model: type) -> list | None:
        """The rows of a kind of a pitch made in this transaction (all it has), oldest first;
        None for a pitch made before."""
        rows = self._memo["fresh"].get(pitch.id)
        if rows is None:
            return None
        return sorted((r for r in rows if isinstance(r, model)), key=lambda r: r.id)

    def review_context(self, team: str, member: str | None, handle: str | None,
                       since: datetime) -> Known:
        """Team, member and contact by key, and the member's pitches since a moment."""
        row = self.session.execute(_CONTEXT, {"team": team, "member": member,
                                              "handle": handle, "since": since}).one_or_none()
        if row is None:
            return Known(None)
        known = Known(*row)
        # Later lookups of the same keys in this transaction need no statement.
        self._memo["found"][(Member, known.team.id, member)] = known.member
        self._memo["found"][(Contact, known.team.id, handle)] = known.contact
        return known

    def contact_history(self, contact: Contact) -> ContactHistory:
        """A contact's newest pitches and their authors, and every interaction."""
        if contact.id in self._memo["primed"]:
            return self._memo["primed"][contact.id]
        rows = self.session.connection().execute(_HISTORY, {"contact": contact.id})
        return _history(rows)

    def prime_histories(self, contacts: list[Contact]) -> None:
        """Read many contacts' histories in a statement per few hundred, for the reads of
        this transaction that follow (the desk's contacts, one view each)."""
        ids = [c.id for c in contacts]
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            rows: dict[int, list] = {i: [] for i in chunk}
            for row in self.session.connection().execute(_MANY_HISTORIES, {"contacts": chunk}):
                rows[row.contact_id].append(row)
            for contact_id, found in rows.items():
                self._memo["primed"][contact_id] = _history(found)

    def prime_history(self, contact: Contact, history: ContactHistory) -> None:
        """Answer the next history reads of a contact from what the caller holds: only for a
        caller that knows it is current (submit, which just read it and added the pitch; a
        log, which just read it and added the interaction)."""
        self._memo["primed"][contact.id] = history


def _history(rows) -> ContactHistory:
    """A contact's history from its rows of the history statements (pitches and
    interactions, in any order)."""
    pitches, interactions = [], []
    for row in rows:
        if row.source == "p":
            pitches.append(PitchFacts(row.id, row.key, row.display_name, row.at, row.kind,
                                      row.sent_at, row.outcome, row.outcome_at))
        else:
            interactions.append((row.kind, row.at))
    pitches.sort(key=lambda p: (p.created_at, p.id), reverse=True)
    return ContactHistory(tuple(pitches), tuple(interactions))
