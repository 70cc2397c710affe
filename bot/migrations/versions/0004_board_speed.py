"""board speed: first-once marks on events; an index of two-way interactions

Revision ID: 0004
Revises: 0003

The weekly board credits some things once, ever: a relationship's first move into engaged
and into earned, a member's first review of a pitch, a pitch's first reply or yes. New
events are marked when written (bot/leaderboard/firsts.py); `backfill` marks the ones
already recorded by the same rules (the earliest by time, then id), so an old database
gives the same boards. The board counts each member's two-way interactions of a week from
a partial index of them.
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

MARKS = ('first_engaged', 'first_earned', 'first_review', 'first_success')
BELOW = {'engaged': ('stranger', 'aware'), 'earned': ('stranger', 'aware', 'engaged')}
AT_OR_ABOVE = {'engaged': ('engaged', 'earned'), 'earned': ('earned',)}
REVIEW_KINDS = ('approved', 'changes_requested')
SUCCESS = ('replied', 'accepted')
TWO_WAY_KINDS = "kind IN ('conversation', 'met', 'they-replied')"


def upgrade() -> None:
    """Apply this migration."""
    for mark in MARKS:
        op.add_column('events', sa.Column(mark, sa.Boolean(), server_default=sa.false(),
                                          nullable=False))
    backfill(op.get_bind())
    op.create_index('ix_interactions_two_way', 'interactions',
                    ['team_id', 'member_id', 'at', 'contact_id'], unique=False,
                    postgresql_where=sa.text(TWO_WAY_KINDS), sqlite_where=sa.text(TWO_WAY_KINDS))


def backfill(connection) -> None:
    """Mark every recorded event the board credits once: the earliest of its subject."""
    events = sa.table('events', *(sa.column(name, sa.Integer) for name in (
                          'id', 'contact_id', 'pitch_id', 'actor_id')),
                      sa.column('kind', sa.String), sa.column('at', sa.DateTime),
                      sa.column('detail', sa.JSON), *(sa.column(m, sa.Boolean) for m in MARKS))
    c, detail = events.c, events.c.detail
    connection.execute(events.update().values({mark: False for mark in MARKS}))
    firsts = {
        # mark: (the events it may go to, the subject each is the first of)
        f'first_{stage}': ((c.kind == 'stage_changed', c.contact_id.is_not(None),
                            detail['before'].as_string().in_(BELOW[stage]),
                            detail['after'].as_string().in_(AT_OR_ABOVE[stage])),
                           (c.contact_id,))
        for stage in ('engaged', 'earned')
    }
    firsts['first_review'] = ((c.kind.in_(REVIEW_KINDS), c.pitch_id.is_not(None)),
                              (c.pitch_id, c.actor_id))
    firsts['first_success'] = ((c.kind == 'outcome', c.pitch_id.is_not(None),
                                detail['outcome'].as_string().in_(SUCCESS)), (c.pitch_id,))
    for mark, (which, subject) in firsts.items():
        ranked = sa.select(
            c.id, sa.func.row_number().over(partition_by=subject,
                                            order_by=(c.at, c.id)).label('nth'),
        ).where(*which).subquery()
        connection.execute(events.update()
                           .where(c.id.in_(sa.select(ranked.c.id).where(ranked.c.nth == 1)))
                           .values({mark: True}))


def downgrade() -> None:
    """Undo this migration."""
    op.drop_index('ix_interactions_two_way', table_name='interactions')
    with op.batch_alter_table('events') as batch:
        for mark in reversed(MARKS):
            batch.drop_column(mark)
