"""Reading a stored document again from the library's copy of its source, e.g. with another profile.

Only computes: the caller stores the result (db.services.documents.replace_document_content) and brings
facts and the search index up to date.
"""

from __future__ import annotations

from pathlib import Path

from db.library import Library
from db.services.documents import DocumentNotFound, list_documents
from db.services.sources import read_kept_source
from desktop.ingest.pipeline import parse_report
from domain.records import ParsedDocument


def reread_document(library: Library, document_id: int, profile: str | None = None) -> ParsedDocument:
    """The document read again from its kept source, with `profile` (None: detected again). Raises
    `DocumentNotFound`, `SourceMissing`, or `ImportFailure` (an unknown profile, or one that finds no
    paragraphs in it)."""
    found = next((d for d in list_documents(library) if d.id == document_id), None)
    if found is None:
        raise DocumentNotFound(f"{document_id}: no such document")
    data = read_kept_source(library, found.sha256)
    return parse_report(Path(found.source_name), data, profile=profile)
