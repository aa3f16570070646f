"""Excerpts with full provenance: what a dossier prints about where a quote comes from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from db.library import Library
from db.schema import Document, Paragraph
from db.services.sections import section_paths


@dataclass(frozen=True)
class ExcerptSource:
    paragraph_id: int
    text: str
    start: int  # the paragraph's offset in its document's normalised text
    number: int
    page: int | None
    indicator: str | None
    section_path: list[str]
    document_id: int
    title: str
    country: str | None
    country_iso: str | None
    edition: int | None
    language: str
    imported_at: datetime
    sha256: str
    source_name: str


def excerpt_sources(library: Library, paragraph_ids: list[int]) -> dict[int, ExcerptSource]:
    with library.session() as session:
        rows = session.execute(
            select(
                Paragraph.id,
                Paragraph.text,
                Paragraph.start,
                Paragraph.number,
                Paragraph.page,
                Paragraph.indicator_key,
                Paragraph.section_id,
                Document.id,
                Document.title,
                Document.country,
                Document.country_iso,
                Document.edition,
                Document.language,
                Document.imported_at,
                Document.sha256,
                Document.source_name,
            )
            .join(Document, Document.id == Paragraph.document_id)
            .where(Paragraph.id.in_(paragraph_ids))
        ).all()
        paths = section_paths(session, sorted({row[7] for row in rows}))
    # The row is the record's fields in order, but for the section id, which becomes its path.
    return {row[0]: ExcerptSource(*row[:6], paths[row[6]][0], *row[7:]) for row in rows}  # type: ignore[call-arg]
