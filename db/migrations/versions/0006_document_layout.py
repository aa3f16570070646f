"""documents.layout and documents.stated_scores: how a report was read, and the scores it prints

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("layout", sa.String(40), nullable=False, server_default="generic"))
    op.add_column("documents", sa.Column("stated_scores", sa.JSON(), nullable=False, server_default="{}"))
    # Until now the Index profile read only its PDF summaries.
    op.execute("UPDATE documents SET layout = 'pdf summary' WHERE profile = 'ocindex'")


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("stated_scores")
        batch.drop_column("layout")
