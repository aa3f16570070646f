"""Saving a search under a name, or forgetting one. Saved searches are not indexed: no index step."""

from __future__ import annotations

from db.library import Library
from db.services.saved_searches import SavedSearchRecord, remove_saved_search, save_search
from desktop.ops.changes import ChangeSet


def save(
    library: Library, name: str, query: str, sort: str = "relevance"
) -> tuple[SavedSearchRecord, ChangeSet]:
    with library.writing(f"the saved search {name}"):
        record = save_search(library, name, query, sort)
    return record, ChangeSet("searches", searches=True)


def remove(library: Library, name: str) -> ChangeSet:
    with library.writing(f"removing the saved search {name}"):
        remove_saved_search(library, name)
    return ChangeSet("searches", searches=True)
