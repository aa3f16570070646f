"""What the window's views need, read through the services off the GUI thread: the whole library at
start (`read_snapshot`), and after an operation only what its change set names (`read_view_update`)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from db.library import Library
from db.services.bookmarks import BookmarkRecord, list_bookmarks
from db.services.documents import list_documents, outline
from db.services.facts import FactRow, entity_counts, list_facts
from db.services.saved_searches import SavedSearchRecord, saved_searches
from db.services.scores import document_scores
from desktop.ops.changes import ChangeSet
from domain.records import DocumentOutline, IndicatorScore


@dataclass(frozen=True)
class LibrarySnapshot:
    outlines: list[DocumentOutline]
    entity_counts: list[tuple[str, str, int]]
    bookmarks: list[BookmarkRecord]
    scores: dict[int, dict[str, IndicatorScore]]  # document id → indicator key → score
    searches: list[SavedSearchRecord]


@dataclass(frozen=True)
class ViewUpdate:
    """What the views need after a change, read on the writer lane; None means "unchanged"."""

    outlines: list[DocumentOutline] | None = None  # the changed documents' (all of them when `full`)
    full: bool = False
    removed: frozenset[int] = frozenset()
    entity_counts: list[tuple[str, str, int]] | None = None
    counts_document: int | None = None  # the document `entity_counts` counted (None: the whole library)
    bookmarks: list[BookmarkRecord] | None = None
    scores: dict[int, dict[str, IndicatorScore]] | None = None
    facts: dict[int, list[FactRow]] | None = None  # of the paragraphs on screen
    searches: list[SavedSearchRecord] | None = None


def facts_by_paragraph(library: Library, paragraph_ids: list[int]) -> dict[int, list[FactRow]]:
    """The facts of these paragraphs, each paragraph present (empty when it has none): what the reader
    colours, and where its context menu finds the entity under the mouse."""
    found: dict[int, list[FactRow]] = defaultdict(list)
    for fact in list_facts(library, paragraph_ids=paragraph_ids) if paragraph_ids else []:
        found[fact.paragraph_id].append(fact)
    return {paragraph_id: found.get(paragraph_id, []) for paragraph_id in paragraph_ids}


def read_snapshot(library: Library) -> LibrarySnapshot:
    outlines = outline(library)
    return LibrarySnapshot(
        outlines,
        entity_counts(library),
        list_bookmarks(library),
        document_scores(library, [o.document.id for o in outlines]),
        saved_searches(library),
    )


def read_view_update(
    library: Library, changes: ChangeSet, on_screen: list[int], facts_document: int | None
) -> ViewUpdate:
    """`on_screen`: the paragraphs the reader shows (their facts are read again); `facts_document`: the
    document the facts panel follows (None: the whole library)."""
    documents = changes.documents - changes.removed_documents
    full = changes.library
    outlines = None
    if full:
        outlines = outline(library)
    elif documents:
        outlines = outline(library, sorted(documents))
    scores = None
    if full or changes.scores:  # every document's scores may have changed
        scores = document_scores(library, [d.id for d in list_documents(library)])
    elif outlines:
        scores = document_scores(library, [o.document.id for o in outlines])
    facts_changed = full or changes.entities or bool(documents) or bool(changes.removed_documents)
    return ViewUpdate(
        outlines=outlines,
        full=full,
        removed=changes.removed_documents,
        entity_counts=entity_counts(library, facts_document) if facts_changed else None,
        counts_document=facts_document,
        bookmarks=list_bookmarks(library) if full or changes.bookmarks or documents else None,
        scores=scores,
        facts=facts_by_paragraph(library, on_screen),
        searches=saved_searches(library) if full or changes.searches else None,
    )
