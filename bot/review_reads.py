"""What a review reads and writes, each in one statement built once: the team, member and
contact with the author's pitches of the last hour; a recipient's pitches and interactions;
the near-copy groups that share a band with a text; and a revision's bands.

The statements are module constants with bound parameters, so SQLAlchemy compiles each once
per process and never rebuilds it or its cache key (profiles had that at a third of a review).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Engine,
    LargeBinary,
    and_,
    bindparam,
    cast,
    event,
    func,
    literal_column,
    null,
    select,
    union_all,
)
from sqlalchemy.dialects import postgresql, sqlite

from bot.models import Contact, CopyBand, Interaction, Member, Pitch, Revision, Team
from bot.similarity import BANDS

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
# One parameter per band, not an expanding list: the statement's text never changes.
BAND_PARAMS = [f"b{i}" for i in range(BANDS)]
_CENTERS = select(CopyBand.revision_id).where(
    CopyBand.team_id == bindparam("team"),
    CopyBand.band.in_([bindparam(name, type_=BigInteger) for name in BAND_PARAMS]))
_ZERO = literal_column("0")
_RECIPIENT = func.coalesce(Revision.contact_id, _ZERO)


def _copies(dialect: str):
    """The centers that share a band, and their members, a group to a row (one value per
    column, not a row per member: a group may hold hundreds); rows for copy_groups.judge."""
    if dialect == "postgresql":
        agg = lambda column: func.array_agg(column)  # noqa: E731
        keys = func.string_agg(Revision.copy_keys, literal_column("''::bytea"))
    else:
        agg = lambda column: func.group_concat(column)  # noqa: E731
        keys = cast(func.group_concat(Revision.copy_keys, ""), LargeBinary)
    row = (agg(_RECIPIENT), agg(func.coalesce(Revision.copy_removed, _ZERO)),
           agg(func.length(Revision.copy_keys)), keys)
    # A member's id is not read, so the members come from their index alone.
    return union_all(
        select(Revision.id, _ZERO, *row).where(Revision.id.in_(_CENTERS))
        .group_by(Revision.id),
        select(_ZERO, Revision.copy_center, *row).where(Revision.copy_center.in_(_CENTERS))
        .group_by(Revision.copy_center),
    )


_COPIES = {name: _copies(name) for name in ("sqlite", "postgresql")}
# psycopg reads a group's keys as they are, not as hex text to decode (half the time).
BINARY = "rapport_binary_results"


@event.listens_for(Engine, "do_execute")
def _binary_results(cursor, statement, parameters, context):
    """Run a statement that asks for it with binary results (PostgreSQL)."""
    if context.execution_options.get(BINARY) and context.dialect.name == "postgresql":
        cursor.execute(statement, parameters, binary=True)
        return True
    return None


_BANDS = {name: dialect.insert(CopyBand).on_conflict_do_nothing()
          for name, dialect in (("sqlite", sqlite), ("postgresql", postgresql))}


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
    """The review's statements, an area of bot.store.Store (which has `session`), and what
    its transaction already knows, so the report after a submit reads nothing again."""

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
        pitches, interactions = [], []
        for row in self.session.connection().execute(_HISTORY, {"contact": contact.id}):
            if row.source == "p":
                pitches.append(PitchFacts(row.id, row.key, row.display_name, row.at, row.kind,
                                          row.sent_at, row.outcome, row.outcome_at))
            else:
                interactions.append((row.kind, row.at))
        pitches.sort(key=lambda p: (p.created_at, p.id), reverse=True)
        return ContactHistory(tuple(pitches), tuple(interactions))

    def prime_history(self, contact: Contact, history: ContactHistory) -> None:
        """Answer the next history reads of a contact from what the caller holds: only for a
        caller that knows it is current (submit, which just read it and added the pitch)."""
        self._memo["primed"][contact.id] = history

    def copy_groups(self, team_id: int, bands: list[int]) -> list[tuple]:
        """The near-copy groups that share a band with a text (see _copies)."""
        if not team_id:
            return []
        params = dict(zip(BAND_PARAMS, bands, strict=True))
        params["team"] = team_id
        connection = self.session.connection()
        return connection.execute(_COPIES[connection.dialect.name], params,
                                  execution_options={BINARY: True}).all()

    def index_copy(self, team_id: int, center_id: int, bands: list[int]) -> None:
        """Point a text's bands at its group's center, in one statement."""
        self.session.connection().execute(
            _BANDS[self.session.get_bind().dialect.name],
            [{"team_id": team_id, "band": band, "revision_id": center_id} for band in bands])
