"""teams.review_channel: the channel an admin chose for a team's reviews

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this migration."""
    op.add_column('teams', sa.Column('review_channel', sa.String(length=200), nullable=True))


def downgrade() -> None:
    """Revert this migration."""
    # A plain DROP COLUMN (SQLite 3.35+): rebuilding `teams` would trip the foreign keys
    # every other table holds on it.
    op.drop_column('teams', 'review_channel')
