"""Removing a document, correcting what detection got wrong about it, or reading it again from its kept
source with another profile."""

from __future__ import annotations

from db.library import Library
from db.services.documents import remove_document, replace_document_content, update_document_metadata
from db.services.sources import prune_sources
from desktop.ingest.reread import reread_document
from desktop.ops.changes import ChangeSet
from desktop.ops.facts import Extractor, extract_stale
from desktop.ops.index import bring_index_up_to_date
from domain.records import DocumentSummary, ParsedDocument, StoreOutcome


def remove(library: Library, document_id: int) -> tuple[DocumentSummary, ChangeSet]:
    with library.writing("a document removal"):
        removed = remove_document(library, document_id)
        prune_sources(library)  # the removed report's kept source file goes too
        bring_index_up_to_date(library)
    return removed, ChangeSet(
        "remove", removed_documents=frozenset([document_id]), entities=True, scores=False
    )


def edit(
    library: Library,
    document_id: int,
    *,
    title: str | None = None,
    country: str | None = None,
    country_iso: str | None = None,
    edition: int | None = None,
) -> tuple[DocumentSummary, ChangeSet]:
    with library.writing("a document edit"):
        updated = update_document_metadata(
            library, document_id, title=title, country=country, country_iso=country_iso, edition=edition
        )
        bring_index_up_to_date(library)
    return updated, ChangeSet("edit", documents=frozenset([document_id]))


def reread(
    library: Library, document_id: int, profile: str | None, extractor: Extractor | None = None
) -> tuple[ParsedDocument, StoreOutcome, ChangeSet]:
    """`excerpta edit DOCUMENT --profile NAME`: the kept source parsed again with that profile, put in
    place of the document's content (bookmarks re-anchored), then its facts and the index.
    Raises SourceMissing or ImportFailure, changing nothing."""
    parsed = reread_document(library, document_id, profile)
    with library.writing("a document read again"):
        outcome = replace_document_content(library, document_id, parsed)
        extract_stale(library, extractor=extractor)
        bring_index_up_to_date(library)
    return parsed, outcome, ChangeSet("reread", documents=frozenset([document_id]), entities=True)
