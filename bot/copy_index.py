"""The near-copy index in the database (bot/similarity.py, bot/copy_groups.py): the groups
that share a band with a text, read a group to a row, and a revision's bands, written in one
statement. Both statements are built once, for each dialect.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Engine,
    LargeBinary,
    bindparam,
    cast,
    event,
    func,
    literal_column,
    select,
    union_all,
)
from sqlalchemy.dialects import postgresql, sqlite

from bot.copy_shape import BANDS
from bot.models import CopyBand, Revision

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
        agg = func.array_agg
        keys = func.string_agg(Revision.copy_keys, literal_column("''::bytea"))
    else:
        agg = func.group_concat
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


class CopyIndex:
    """The near-copy index, an area of bot.store.Store (which has `session`)."""

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
