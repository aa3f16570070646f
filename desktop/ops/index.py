"""The one place where the search index follows the library: every operation ends here.

The index is derived data. Each committed change stamps its documents with a new generation, and
`sync_index` redoes what differs, so calling this after any change (or at open, after a crash) is right.
"""

from __future__ import annotations

from db.library import Library
from db.search.sync import SyncReport, sync_index
from desktop.ops.changes import ChangeSet, NoProgress, Progress


def bring_index_up_to_date(library: Library, progress: Progress | None = None) -> SyncReport:
    if library.read_only:
        return SyncReport(False, 0, 0, 0)  # read-only media: search reads the index as it is
    shown = progress or NoProgress()
    with library.writing("search index update"):  # one index writer across processes
        return sync_index(library, lambda done, total: shown.report(done, total, "indexing"))


def reindex(
    library: Library, progress: Progress | None = None, engine: str | None = None
) -> tuple[SyncReport, ChangeSet]:
    """Rebuilds the whole index from SQLite (`excerpta reindex [--engine tantivy|whoosh]`): beside the
    old one, swapped in when complete; `engine` switches the library's engine and records the choice."""
    shown = progress or NoProgress()
    with library.writing("reindex"):
        report = sync_index(
            library, lambda done, total: shown.report(done, total, "indexing"), rebuild=True, engine=engine
        )
    return report, ChangeSet("reindex", library=True)
