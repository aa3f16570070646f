"""paragraphs.ocr_confidence: the recogniser's mean confidence for paragraphs read from scanned pages

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("paragraphs") as batch_op:
        batch_op.add_column(sa.Column("ocr_confidence", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("paragraphs") as batch_op:
        batch_op.drop_column("ocr_confidence")
