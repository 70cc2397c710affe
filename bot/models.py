"""The database tables, as SQLAlchemy 2 typed ORM classes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bot.schema import JOBS, METADATA, UTCDateTime, utcnow

# The two-way interaction kinds (bot.relationships.TWO_WAY), as the predicate of the partial
# index the weekly board counts them from.
TWO_WAY_KINDS = "kind IN ('conversation', 'met', 'they-replied')"
# Revisions that are members of a near-copy group (the rest are its centers).
COPY_MEMBER = "copy_center IS NOT NULL"


class Base(DeclarativeBase):
    """The declarative base of every table."""

    metadata = METADATA
    type_annotation_map = {datetime: UTCDateTime()}


class Team(Base):
    """A team: a Slack workspace, a Discord guild, or the local CLI team."""

    __tablename__ = "teams"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Set by an admin (`setup #channel`); None leaves it to the surface's configuration.
    review_channel: Mapped[str | None] = mapped_column(String(200))


class Member(Base):
    """A person on a team; `key` is the platform's user id or the CLI name."""

    __tablename__ = "members"
    __table_args__ = (UniqueConstraint("team_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"))
    key: Mapped[str] = mapped_column(String(200))
    display_name: Mapped[str] = mapped_column(String(200))
    is_admin: Mapped[bool] = mapped_column(default=False)
    is_reviewer: Mapped[bool] = mapped_column(default=False)
    opted_out: Mapped[bool] = mapped_column(default=False)
    # On the board as "a teammate": their own choice (`leaderboard anonymous`).
    anonymous: Mapped[bool] = mapped_column(default=False, server_default=false())


class Contact(Base):
    """Someone the team reaches out to, and what the team knows about them."""

    __tablename__ = "contacts"
    __table_args__ = (UniqueConstraint("team_id", "handle"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"))
    handle: Mapped[str] = mapped_column(String(200))
    email_known: Mapped[bool] = mapped_column(default=False)
    interests: Mapped[list] = mapped_column(JSON, default=list)
    avoid: Mapped[list] = mapped_column(JSON, default=list)
    prefers: Mapped[str | None] = mapped_column(String(40))
    do_not_contact: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Interaction(Base):
    """A logged piece of relationship building (DESIGN §4)."""

    __tablename__ = "interactions"
    __table_args__ = (
        Index("ix_interactions_team_at", "team_id", "at"),
        Index("ix_interactions_contact_at", "contact_id", "at"),
        # The weekly board counts each member's two-way interactions (bot/leaderboard/two_way.py)
        # from this index alone; the kinds are bot.relationships.TWO_WAY.
        Index("ix_interactions_two_way", "team_id", "member_id", "at", "contact_id",
              postgresql_where=text(TWO_WAY_KINDS), sqlite_where=text(TWO_WAY_KINDS)),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class TwoWayTally(Base):
    """A member's two-way interactions with one contact in one of the team's weeks, counted
    when each is logged (bot/leaderboard/tallies.py), so a week's board reads no raw rows."""

    __tablename__ = "two_way_tallies"
    __table_args__ = (
        # A member's contacts of the week, most interactions first: the board's shown items.
        Index("ix_two_way_tallies_rank", "team_id", "week_start", "member_id", "n",
              "contact_id"),
    )
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), primary_key=True)
    # The week's first instant (local Monday 00:00 in TallyBasis.zone), in UTC.
    week_start: Mapped[datetime] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), primary_key=True)
    n: Mapped[int]


class TwoWayWeek(Base):
    """A member's week of two-way interactions in all: how many contacts, how many logged."""

    __tablename__ = "two_way_weeks"
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), primary_key=True)
    week_start: Mapped[datetime] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    contacts: Mapped[int]
    interactions: Mapped[int]


class TallyBasis(Base):
    """The time zone a team's tallies are cut into weeks by; tallies of another zone are
    not read (and are rebuilt at the next two-way interaction logged)."""

    __tablename__ = "tally_bases"
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), primary_key=True)
    zone: Mapped[str] = mapped_column(String(100))


class Pitch(Base):
    """A planned outreach message and where it stands in review."""

    __tablename__ = "pitches"
    __table_args__ = (
        Index("ix_pitches_team_state", "team_id", "state"),
        Index("ix_pitches_contact", "contact_id", "created_at"),
        Index("ix_pitches_author_created", "author_id", "created_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"))
    channel: Mapped[str] = mapped_column(String(40))
    topic: Mapped[str | None] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(30))
    revision: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(String(20))
    outcome_at: Mapped[datetime | None]
    reminded_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(default=1)
    # The platform delivery that submitted it: a retry of that delivery finds it again.
    delivery_key: Mapped[str | None] = mapped_column(String(300), index=True, unique=True)

    __mapper_args__ = {"version_id_col": version}


class Revision(Base):
    """One version of a pitch's text and what the rules found in it."""

    __tablename__ = "revisions"
    __table_args__ = (
        UniqueConstraint("pitch_id", "number"),
        # A near-copy group's members (bot/copy_groups.py), read whole from the index alone.
        Index("ix_revisions_copy_members", "copy_center", "contact_id", "copy_removed",
              "copy_keys", sqlite_where=text(COPY_MEMBER), postgresql_where=text(COPY_MEMBER)),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    pitch_id: Mapped[int] = mapped_column(ForeignKey("pitches.id"))
    number: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    findings: Mapped[list] = mapped_column(JSON, default=list)
    verdict: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The near-copy index: the pitch's recipient (copies are counted by recipient), and
    # either the text's own shingle keys (a group's center: copy_center is None) or its
    # difference from its center's (copy_removed keys taken out, then the keys put in).
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    copy_center: Mapped[int | None] = mapped_column(ForeignKey("revisions.id"))
    copy_removed: Mapped[int | None]
    copy_keys: Mapped[bytes | None] = mapped_column(LargeBinary)


class Approval(Base):
    """A member's approval of one revision; withdrawing it keeps the row."""

    __tablename__ = "approvals"
    __table_args__ = (UniqueConstraint("pitch_id", "revision", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    pitch_id: Mapped[int] = mapped_column(ForeignKey("pitches.id"))
    revision: Mapped[int]
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    override_reason: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ChangeRequest(Base):
    """A reviewer's request for changes; open until a new revision makes it outdated."""

    __tablename__ = "change_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    pitch_id: Mapped[int] = mapped_column(ForeignKey("pitches.id"), index=True)
    revision: Mapped[int]
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    comment: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="open")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Event(Base):
    """An append-only record of every transition: who, when, which revision, why."""

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_team_at", "team_id", "at"),
        Index("ix_events_pitch", "pitch_id", "id"),
        Index("ix_events_team_kind_at", "team_id", "kind", "at"),
        # The leaderboard looks up a contact's earlier stage changes (first reach only).
        Index("ix_events_contact_kind_at", "contact_id", "kind", "at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"))
    pitch_id: Mapped[int | None] = mapped_column(ForeignKey("pitches.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    kind: Mapped[str] = mapped_column(String(40))
    revision: Mapped[int | None]
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    # What the weekly board credits once, ever, marked when the event is written
    # (bot/leaderboard/firsts.py), so a week's board reads only that week's events: a stage
    # change that is the contact's first reach of engaged / earned, a member's first review
    # of a pitch, a pitch's first reply or yes.
    first_engaged: Mapped[bool] = mapped_column(default=False, server_default=false())
    first_earned: Mapped[bool] = mapped_column(default=False, server_default=false())
    first_review: Mapped[bool] = mapped_column(default=False, server_default=false())
    first_success: Mapped[bool] = mapped_column(default=False, server_default=false())


class ProcessedDelivery(Base):
    """A platform delivery (event id, action id) already handled, so a retry changes nothing."""

    __tablename__ = "processed_deliveries"
    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    # What the act did (its pitch, message, notices): a retry of a job that ran the act but
    # could not write what it owed the platform finds it here and writes it then.
    outcome: Mapped[dict | None] = mapped_column(JSON, default=None)


class ReportMessage(Base):
    """Where a pitch's report was posted on a chat surface, so reactions find the pitch."""

    __tablename__ = "report_messages"
    __table_args__ = (UniqueConstraint("surface", "channel", "message_ref"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    pitch_id: Mapped[int] = mapped_column(ForeignKey("pitches.id"), index=True)
    surface: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(100))
    message_ref: Mapped[str] = mapped_column(String(100))


class CopyBand(Base):
    """A locality-sensitive band of a near-copy group's MinHashes: one row per distinct band
    of its members, pointing at the group's center (the primary key covers the lookup)."""

    __tablename__ = "copy_bands"
    __table_args__ = {"sqlite_with_rowid": False}
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), primary_key=True)
    band: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("revisions.id"), primary_key=True)


class BoardPost(Base):
    """A weekly board's posting, claimed once per team and week: the exactly-once guarantee."""

    __tablename__ = "board_posts"
    __table_args__ = (UniqueConstraint("team_id", "week"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"))
    week: Mapped[str] = mapped_column(String(8))
    # posting (claimed, in flight) | retry (a post failed) | posted | empty | failed (gave up)
    status: Mapped[str] = mapped_column(String(20))
    worker: Mapped[str] = mapped_column(String(200))
    attempts: Mapped[int] = mapped_column(default=1)
    claimed_at: Mapped[datetime]
    lease_until: Mapped[datetime]
    posted_at: Mapped[datetime | None]
    error: Mapped[str | None] = mapped_column(Text)


class Job(Base):
    """Work promised to a platform (bot/outbox.py): the Core table bot/schema.py defines."""

    __table__ = JOBS
