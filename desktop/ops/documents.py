"""Removing a document, or correcting what detection got wrong about it."""

from __future__ import annotations

from db.library import Library
from db.services.documents import remove_document, update_document_metadata
from desktop.ops.changes import ChangeSet
from desktop.ops.index import bring_index_up_to_date
from domain.records import DocumentSummary


def remove(library: Library, document_id: int) -> tuple[DocumentSummary, ChangeSet]:
    removed = remove_document(library, document_id)
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
    updated = update_document_metadata(
        library, document_id, title=title, country=country, country_iso=country_iso, edition=edition
    )
    bring_index_up_to_date(library)
    return updated, ChangeSet("edit", documents=frozenset([document_id]))
