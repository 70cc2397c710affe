"""review speed: near-copy groups judged by exact Jaccard; bands per group, not per revision

Revision ID: 0007
Revises: 0006

A revision now carries its recipient (`contact_id`) and its part of the near-copy index
(bot/copy_groups.py): a group's center keeps its masked 3-shingle keys, a member keeps only
its difference from its center's (`copy_center`, `copy_removed`, `copy_keys`), and members
are read from an index that holds all four columns. `copy_bands` becomes one row per
distinct band of a group, keyed (team, band, center), and `signature` holds the 128-value
MinHash the bands come from. `backfill` rebuilds all of it from every revision's text, oldest
first, with the service's own functions, so an old database holds what the service would
have written. The downgrade rebuilds the 0006 index (64 values, 16 bands) from the texts.
"""
import hashlib
from functools import lru_cache

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

COPY_MEMBER = 'copy_center IS NOT NULL'
MEMBER_COLUMNS = ['copy_center', 'contact_id', 'copy_removed', 'copy_keys']
PAGE = 2000


def upgrade() -> None:
    """Apply this migration."""
    op.drop_table('copy_bands')
    with op.batch_alter_table('revisions') as batch:
        batch.add_column(sa.Column('contact_id', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('copy_center', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('copy_removed', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('copy_keys', sa.LargeBinary(), nullable=True))
        batch.create_foreign_key('fk_revisions_contact_id', 'contacts', ['contact_id'], ['id'])
        batch.create_foreign_key('fk_revisions_copy_center', 'revisions', ['copy_center'],
                                 ['id'])
    op.create_table(
        'copy_bands',
        sa.Column('team_id', sa.Integer(), nullable=False),
        sa.Column('band', sa.BigInteger(), nullable=False),
        sa.Column('revision_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['revision_id'], ['revisions.id']),
        sa.ForeignKeyConstraint(['team_id'], ['teams.id']),
        sa.PrimaryKeyConstraint('team_id', 'band', 'revision_id'),
        sqlite_with_rowid=False,
    )
    backfill(op.get_bind())
    op.create_index('ix_revisions_copy_members', 'revisions', MEMBER_COLUMNS, unique=False,
                    sqlite_where=sa.text(COPY_MEMBER), postgresql_where=sa.text(COPY_MEMBER))
    if op.get_bind().dialect.name == 'postgresql':
        # Statistics now, not at autovacuum's next pass: without them the planner reads a
        # whole team's bands for every review.
        op.execute('ANALYZE revisions')
        op.execute('ANALYZE copy_bands')


def _pages(connection):
    """Every revision with its team, recipient and handle, oldest first, a page at a time."""
    last = 0
    while True:
        rows = connection.execute(sa.text(
            'SELECT r.id, r.text, p.team_id, p.contact_id, c.handle FROM revisions r '
            'JOIN pitches p ON p.id = r.pitch_id JOIN contacts c ON c.id = p.contact_id '
            'WHERE r.id > :last ORDER BY r.id LIMIT :page'), {'last': last, 'page': PAGE}).all()
        if not rows:
            return
        yield rows
        last = rows[-1].id


def backfill(connection) -> None:
    """Index every revision as the service would have, one after another."""
    # The service's own index, so old rows hold what new ones would.
    from bot import copy_groups, similarity

    groups: dict[int, dict[int, set[int]]] = {}  # team → band → centers
    centers: dict[int, bytes] = {}
    for rows in _pages(connection):
        updates, new_bands = [], []
        for row in rows:
            keys, sig = similarity.text_keys(row.text, row.handle)
            bands = groups.setdefault(row.team_id, {})
            near = set().union(*(bands.get(b, ()) for b in similarity.bands(sig)))
            heads = [copy_groups.center_row(c, centers[c]) for c in near]
            entry = copy_groups.judge(keys, sig, heads, 1.0, None).entry()
            center = row.id if entry.center is None else entry.center
            if entry.center is None:
                centers[row.id] = entry.stored
            for band in entry.bands:
                if center not in bands.setdefault(band, set()):
                    bands[band].add(center)
                    new_bands.append({'team': row.team_id, 'band': band, 'center': center})
            updates.append({'id': row.id, 'contact': row.contact_id, 'center': entry.center,
                            'removed': entry.removed, 'keys': entry.stored,
                            'sig': similarity.to_bytes(sig)})
        connection.execute(sa.text(
            'UPDATE revisions SET contact_id = :contact, copy_center = :center, '
            'copy_removed = :removed, copy_keys = :keys, signature = :sig WHERE id = :id'),
            updates)
        if new_bands:
            connection.execute(sa.text('INSERT INTO copy_bands (team_id, band, revision_id) '
                                       'VALUES (:team, :band, :center)'), new_bands)


def downgrade() -> None:
    """Undo this migration: the 0006 index, rebuilt from the texts."""
    op.drop_index('ix_revisions_copy_members', table_name='revisions')
    op.drop_table('copy_bands')
    with op.batch_alter_table('revisions') as batch:
        batch.drop_constraint('fk_revisions_copy_center', type_='foreignkey')
        batch.drop_constraint('fk_revisions_contact_id', type_='foreignkey')
        for column in reversed(MEMBER_COLUMNS):
            batch.drop_column(column)
    op.create_table(
        'copy_bands',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('team_id', sa.Integer(), nullable=False),
        sa.Column('band', sa.BigInteger(), nullable=False),
        sa.Column('revision_id', sa.Integer(), nullable=False),
        sa.Column('contact_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['contact_id'], ['contacts.id']),
        sa.ForeignKeyConstraint(['revision_id'], ['revisions.id']),
        sa.ForeignKeyConstraint(['team_id'], ['teams.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_copy_bands_lookup', 'copy_bands', ['team_id', 'band'], unique=False)
    connection = op.get_bind()
    for rows in _pages(connection):
        sigs = {row.id: _old_signature(row.text, row.handle) for row in rows}
        connection.execute(sa.text('UPDATE revisions SET signature = :sig WHERE id = :id'),
                           [{'id': i, 'sig': s.astype('<u4').tobytes()} for i, s in sigs.items()])
        connection.execute(sa.text(
            'INSERT INTO copy_bands (team_id, band, revision_id, contact_id) '
            'VALUES (:team, :band, :id, :contact)'),
            [{'team': row.team_id, 'band': band, 'id': row.id, 'contact': row.contact_id}
             for row in rows for band in _old_bands(sigs[row.id])])


# The 0006 index, frozen here: 64 MinHash values of blake2b-hashed shingles, 16 bands of 4.
# numpy loads only when the index is rebuilt: every process that checks the schema reads
# this file, and most (the Slack web process) never hash a text.
@lru_cache(maxsize=1)
def _old_permutations():
    import numpy as np

    old = np.random.default_rng(20261123)
    return (old.integers(1, 2**63, size=64, dtype=np.uint64) | np.uint64(1),
            old.integers(0, 2**63, size=64, dtype=np.uint64))


def _old_signature(text: str, handle: str):
    import numpy as np

    from bot.similarity import copy_tokens

    tokens = copy_tokens(text, handle)
    shingles = ({' '.join(tokens[i:i + 3]) for i in range(len(tokens) - 2)}
                if len(tokens) >= 3 else {' '.join(tokens)})
    keys = np.array([int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(),
                                    'little') for s in shingles], dtype=np.uint64)
    old_a, old_b = _old_permutations()
    with np.errstate(over='ignore'):
        hashed = (keys[:, None] * old_a[None, :] + old_b[None, :]) >> np.uint64(32)
    return hashed.min(axis=0).astype(np.uint32)


def _old_bands(sig) -> list[int]:
    return [int.from_bytes(hashlib.blake2b(bytes([band]) + sig[band * 4:band * 4 + 4].tobytes(),
                                           digest_size=8).digest(), 'little', signed=True)
            for band in range(16)]
