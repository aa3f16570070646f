"""Bookmarks: add, edit, remove and restore (the undo of remove). Tags and bookmarks are searchable
(`tag:`, `bookmarked:yes`), so each operation brings the index up to date too."""

from __future__ import annotations

from db.library import Library
from db.services.bookmarks import (
    BookmarkDraft,
    BookmarkRecord,
    add_bookmark,
    edit_bookmark,
    remove_bookmark,
    restore_bookmark,
)
from desktop.ops.changes import ChangeSet
from desktop.ops.index import bring_index_up_to_date


def _changes(record: BookmarkRecord) -> ChangeSet:
    paragraphs = frozenset([record.paragraph_id]) if record.paragraph_id is not None else frozenset()
    # The document's text is unchanged: only the bookmarks and the paragraph they sit on.
    return ChangeSet("bookmark", paragraphs=paragraphs, bookmarks=frozenset([record.id]))


def add(library: Library, draft: BookmarkDraft) -> tuple[BookmarkRecord, ChangeSet]:
    with library.writing("a new bookmark"):
        record = add_bookmark(library, draft)
        bring_index_up_to_date(library)
    return record, _changes(record)


def edit(
    library: Library,
    bookmark_id: int,
    *,
    note: str | None = None,
    tags: list[str] | None = None,
    color: str | None = None,
) -> tuple[BookmarkRecord, ChangeSet]:
    with library.writing("a bookmark edit"):
        record = edit_bookmark(library, bookmark_id, note=note, tags=tags, color=color)
        bring_index_up_to_date(library)
    return record, _changes(record)


def remove(library: Library, bookmark_id: int) -> tuple[BookmarkRecord, ChangeSet]:
    """Returns the removed bookmark whole, so that `restore` can undo it."""
    with library.writing("a bookmark removal"):
        record = remove_bookmark(library, bookmark_id)
        bring_index_up_to_date(library)
    return record, _changes(record)


def restore(library: Library, record: BookmarkRecord) -> tuple[BookmarkRecord | None, ChangeSet]:
    """The removed bookmark back, re-anchored on its document's current text; it may come back under
    another id (see `restore_bookmark`), or not at all (None) when its document was removed since."""
    with library.writing("a bookmark restored"):
        restored = restore_bookmark(library, record)
        if restored is None:
            return None, ChangeSet("bookmark")  # nothing stored: nothing for the index or the views
        bring_index_up_to_date(library)
    return restored, _changes(restored)
