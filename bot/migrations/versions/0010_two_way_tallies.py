"""two-way interactions counted as they are logged: two_way_tallies, two_way_weeks,
tally_bases

Revision ID: 0010
Revises: 0009

The board reads a week's two-way interactions from tallies kept per member, contact and week
(bot/leaderboard/tallies.py). They are built per team at its next two-way interaction, or by
`rapport`'s store (`rebuild_two_way_tallies`); until then the board counts the interactions
themselves, as before.
"""
import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this migration."""
    op.create_table(
        'two_way_tallies',
        sa.Column('team_id', sa.Integer(), sa.ForeignKey('teams.id'), nullable=False),
        sa.Column('week_start', sa.DateTime(timezone=True), nullable=False),
        sa.Column('member_id', sa.Integer(), sa.ForeignKey('members.id'), nullable=False),
        sa.Column('contact_id', sa.Integer(), sa.ForeignKey('contacts.id'), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('team_id', 'week_start', 'member_id', 'contact_id'))
    op.create_index('ix_two_way_tallies_rank', 'two_way_tallies',
                    ['team_id', 'week_start', 'member_id', 'n', 'contact_id'])
    op.create_table(
        'two_way_weeks',
        sa.Column('team_id', sa.Integer(), sa.ForeignKey('teams.id'), nullable=False),
        sa.Column('week_start', sa.DateTime(timezone=True), nullable=False),
        sa.Column('member_id', sa.Integer(), sa.ForeignKey('members.id'), nullable=False),
        sa.Column('contacts', sa.Integer(), nullable=False),
        sa.Column('interactions', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('team_id', 'week_start', 'member_id'))
    op.create_table(
        'tally_bases',
        sa.Column('team_id', sa.Integer(), sa.ForeignKey('teams.id'), nullable=False),
        sa.Column('zone', sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint('team_id'))


def downgrade() -> None:
    """Revert this migration."""
    op.drop_table('tally_bases')
    op.drop_table('two_way_weeks')
    op.drop_index('ix_two_way_tallies_rank', 'two_way_tallies')
    op.drop_table('two_way_tallies')
