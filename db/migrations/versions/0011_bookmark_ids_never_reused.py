"""bookmarks.id AUTOINCREMENT: a removed bookmark's id is never handed to another one

Without AUTOINCREMENT, SQLite gives a new row the largest id plus one, so the id of the last bookmark
removed went to the next one added; undoing the removal then found its id taken by another bookmark.
SQLite cannot change a primary key in place: the table is rebuilt (batch mode copies its rows, with their
ids, into the new table and recreates its indexes). Migrations run with foreign keys off (db/migrate.py),
so dropping the old table neither cascades into `annotations` and `bookmark_tags` nor sets anything to
NULL: their rows keep pointing at the same ids, now in the new table. Copying the rows sets the table's
sequence to the largest id kept.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("bookmarks", recreate="always", table_kwargs={"sqlite_autoincrement": True}):
        pass


def downgrade() -> None:
    with op.batch_alter_table("bookmarks", recreate="always", table_kwargs={"sqlite_autoincrement": False}):
        pass
