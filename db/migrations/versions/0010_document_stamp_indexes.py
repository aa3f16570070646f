"""indexes on documents.content_generation and documents.facts_stale

The index sync reads every document's stamp before each update, and the open-time repair looks for
documents with stale facts. Both columns were added after `normalised_text`, so without an index each
read walked through every document's text: 20 ms at 3,000 documents, most of adding one report.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_documents_content_generation", "documents", ["content_generation"])
    op.create_index("ix_documents_facts_stale", "documents", ["facts_stale"])


def downgrade() -> None:
    op.drop_index("ix_documents_facts_stale", table_name="documents")
    op.drop_index("ix_documents_content_generation", table_name="documents")
