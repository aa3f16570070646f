"""The reports a dossier quotes, and one citation for each: publisher, title, edition, language, date,
the file's name and checksum."""

from __future__ import annotations

from collections.abc import Iterable

from db.library import Library
from db.services.documents import list_documents
from desktop.dossier.i18n import PUBLISHERS, Words
from domain.records import DocumentSummary


def sources_of(library: Library, document_ids: Iterable[int]) -> list[DocumentSummary]:
    """The documents with these ids, in the order first given (the order the excerpts cite them)."""
    wanted = list(dict.fromkeys(document_ids))
    by_id = {d.id: d for d in list_documents(library)}
    return [by_id[i] for i in wanted if i in by_id]


def citation(document: DocumentSummary, words: Words) -> str:
    """ "GI-TOC. Luxembourg 2025. 2025 edition. French. Imported on 30 November 2026. File x.pdf,
    SHA-256 ab12…" (the whole checksum: it is what proves which file was read)."""
    parts = [
        PUBLISHERS.get(document.profile) or words["publisher_unknown"],
        document.title,
        words.get("edition", edition=document.edition) if document.edition else "",
        words.language_name(document.language),
        words.get("imported_on", date=words.long_date(document.imported_at.date())),
        words.get("file", name=document.source_name, sha=document.sha256),
    ]
    return ". ".join(_sentence(p.rstrip(".")) for p in parts if p) + "."


def _sentence(text: str) -> str:
    """The first letter up, the rest as written ("SHA-256" stays so)."""
    return text[:1].upper() + text[1:]
