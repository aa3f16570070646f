"""score_editions and scores: the Index's published scores per edition, country and indicator

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "score_editions",
        sa.Column("edition", sa.Integer(), primary_key=True),
        sa.Column("source_name", sa.String(500), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "scores",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "edition",
            sa.Integer(),
            sa.ForeignKey("score_editions.edition", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("country_iso", sa.String(2), nullable=False),
        sa.Column("country_name", sa.String(200), nullable=False),
        sa.Column("key", sa.String(60), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.UniqueConstraint("edition", "country_iso", "key"),
    )
    op.create_index("ix_scores_key_country", "scores", ["key", "country_iso"])


def downgrade() -> None:
    op.drop_index("ix_scores_key_country", "scores")
    op.drop_table("scores")
    op.drop_table("score_editions")
