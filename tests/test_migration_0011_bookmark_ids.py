"""Migration 0011 (bookmark ids never reused): a library made at 0010, with bookmarks, notes and tags,
is upgraded with every row kept; the downgrade keeps them too; after it, a removed id is never given to
a new bookmark, and a restore whose id was given away before the upgrade comes back under a fresh one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db.engine import make_engine
from db.library import Library
from db.migrate import SCHEMA_REVISION, alembic_config, foreign_keys, stored_revision
from db.services.bookmarks import (
    BookmarkDraft,
    add_bookmark,
    list_bookmarks,
    remove_bookmark,
    restore_bookmark,
)
from db.services.documents import outline
from tests.conftest import import_report
from tests.snapshots import library_rows
from tests.test_bookmark_undo_integrity import ENGLISH, FRENCH

BOOKMARK_TABLES = ("bookmarks", "annotations", "bookmark_tags", "tags")


def _migrate(library_dir: Path, revision: str, down: bool) -> None:
    """As the library migrates: foreign keys off, so that rebuilding `bookmarks` cascades nowhere."""
    from alembic import command

    engine = make_engine(library_dir / "library.sqlite")
    config = alembic_config()
    try:
        with engine.connect() as connection:
            foreign_keys(connection, on=False)
            with connection.begin():
                config.attributes["connection"] = connection
                (command.downgrade if down else command.upgrade)(config, revision)
    finally:
        engine.dispose()


def _bookmarks_sql(library_dir: Path) -> str:
    with sqlite3.connect(library_dir / "library.sqlite") as connection:
        [sql] = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'bookmarks'").fetchone()
        return str(sql)


def _sound(library_dir: Path) -> None:
    with sqlite3.connect(library_dir / "library.sqlite") as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        indexes = {
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE tbl_name='bookmarks'")
        }
        assert {"ix_bookmarks_document_id", "ix_bookmarks_paragraph_id"} <= indexes


def _bookmarked_library(library: Library, tmp_path: Path) -> None:
    for name, text in (("carnet_quais.md", FRENCH), ("canal_locks.md", ENGLISH)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        document = import_report(library, tmp_path / name, facts=False)
        paragraphs = [p for s in outline(library, [document])[0].sections for p in s.paragraphs]
        for paragraph, tags in zip(paragraphs, (["a", "b"], [], ["b"]), strict=True):
            quote = paragraph.text.split()[1]
            add_bookmark(library, BookmarkDraft(paragraph.id, quote, f"note {quote}", tags, "blue"))


def _bookmark_rows(library_dir: Path) -> dict[str, list[tuple]]:
    rows = library_rows(library_dir)
    return {table: rows[table] for table in BOOKMARK_TABLES}


def test_a_library_at_0010_with_bookmarks_is_upgraded_and_downgraded_with_every_row(library_dir, tmp_path):
    with Library.open(library_dir) as library:
        _bookmarked_library(library, tmp_path)
        records = list_bookmarks(library)
    assert len(records) == 6 and sum(bool(r.tags) for r in records) == 4 and all(r.note for r in records)
    before = _bookmark_rows(library_dir)
    _migrate(library_dir, "0010", down=True)
    assert "AUTOINCREMENT" not in _bookmarks_sql(library_dir)
    assert _bookmark_rows(library_dir) == before  # the downgrade dropped no note, no tag
    _sound(library_dir)

    with Library.open(library_dir) as library:  # the library's own upgrade, as at the next start
        assert stored_revision(library.engine) == SCHEMA_REVISION == "0011"
        assert list_bookmarks(library) == records
    assert "AUTOINCREMENT" in _bookmarks_sql(library_dir)
    assert _bookmark_rows(library_dir) == before
    _sound(library_dir)

    with Library.open(library_dir) as library:
        last = max(records, key=lambda r: r.id)
        removed = remove_bookmark(library, last.id)
        added = add_bookmark(library, BookmarkDraft(removed.paragraph_id or 0, None, "autre"))
        assert added.id == last.id + 1  # the removed id is not handed out again
        restored = restore_bookmark(library, removed)
        assert restored == last  # back under its own id, with its note and tags


def test_an_id_given_away_before_the_upgrade_is_restored_under_a_fresh_one(library_dir, tmp_path):
    with Library.open(library_dir) as library:
        _bookmarked_library(library, tmp_path)
        last = max(list_bookmarks(library), key=lambda r: r.id)
        removed = remove_bookmark(library, last.id)  # kept, as the undo stack keeps it
    _migrate(library_dir, "0010", down=True)  # the table rebuilt from the ids left: the sequence forgets
    with Library.open(library_dir) as library:
        newer = add_bookmark(library, BookmarkDraft(removed.paragraph_id or 0, None, "plus récent", ["c"]))
        assert newer.id == removed.id  # given away
        restored = restore_bookmark(library, removed)
        assert restored is not None and restored.id > newer.id
        assert (restored.exact, restored.note, restored.tags, restored.start) == (
            last.exact,
            last.note,
            last.tags,
            last.start,
        )
        assert [b for b in list_bookmarks(library) if b.id == newer.id] == [newer]  # untouched
