"""What a handled delivery did, so its retry can finish the work: processed_deliveries.outcome
(an act's result) and pitches.delivery_key (the delivery that submitted a pitch)

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this migration."""
    op.add_column('processed_deliveries', sa.Column('outcome', sa.JSON(), nullable=True))
    op.add_column('pitches', sa.Column('delivery_key', sa.String(300), nullable=True))
    op.create_index('ix_pitches_delivery_key', 'pitches', ['delivery_key'], unique=True)


def downgrade() -> None:
    """Revert this migration."""
    op.drop_index('ix_pitches_delivery_key', 'pitches')
    op.drop_column('pitches', 'delivery_key')
    op.drop_column('processed_deliveries', 'outcome')
