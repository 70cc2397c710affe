"""members.anonymous: a member shown on the weekly board as "a teammate"

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this migration."""
    op.add_column('members', sa.Column('anonymous', sa.Boolean(), nullable=False,
                                       server_default=sa.false()))


def downgrade() -> None:
    """Revert this migration."""
    # A plain DROP COLUMN (SQLite 3.35+): rebuilding the table would trip its foreign keys.
    op.drop_column('members', 'anonymous')
