"""Documents: store a parsed report (new, unchanged or a new version), list, outline and remove them."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import UTC, datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.library import Library
from db.schema import Bookmark, Document, DocumentVersion, Paragraph, Section
from db.services.anchoring import QuoteSelector, place
from db.services.generation import bump_generation
from domain.records import (
    DocumentOutline,
    DocumentSummary,
    ImportStatus,
    OutlineParagraph,
    OutlineSection,
    ParsedDocument,
    ParsedSection,
    StoreOutcome,
)


class DocumentNotFound(LookupError):
    pass


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def store_document(library: Library, parsed: ParsedDocument) -> StoreOutcome:
    """Stores one parsed report in one transaction: all of it, or nothing.

    Two processes importing the same file at once both find it absent, and the second insert breaks a
    UNIQUE constraint. Its transaction is rolled back whole; trying once more then finds the first one's
    document, and says "unchanged", as a later import of the same file would."""
    try:
        return _store_document(library, parsed)
    except IntegrityError:
        return _store_document(library, parsed)


def _store_document(library: Library, parsed: ParsedDocument) -> StoreOutcome:
    with library.session() as session, session.begin():
        same_bytes = session.scalar(select(Document).where(Document.sha256 == parsed.sha256).limit(1))
        if same_bytes is not None:
            return _outcome(session, same_bytes, ImportStatus.UNCHANGED)
        existing = session.scalar(select(Document).where(Document.identity_key == parsed.identity_key))
        now = _now()
        if existing is None:
            document = Document(identity_key=parsed.identity_key, version=1)
            status = ImportStatus.IMPORTED
            session.add(document)
        else:
            document = existing
            document.version += 1
            status = ImportStatus.NEW_VERSION
            session.execute(delete(Section).where(Section.document_id == document.id))
        _take_reading(document, parsed)
        document.source_name = parsed.source_name
        document.sha256 = parsed.sha256
        document.imported_at = now
        session.flush()
        session.add(
            DocumentVersion(
                document_id=document.id,
                version=document.version,
                source_name=parsed.source_name,
                sha256=parsed.sha256,
                imported_at=now,
                normalised_text=parsed.normalised_text,
            )
        )
        _insert_sections(session, document.id, parsed)
        if status is ImportStatus.NEW_VERSION:
            _reanchor_bookmarks(session, document.id, parsed.normalised_text)
        document.content_generation = bump_generation(session)
        return _outcome(session, document, status)


def _take_reading(document: Document, parsed: ParsedDocument) -> None:
    """What a reading of a report decides about its document (stored, or read again with another
    profile): title, country, language, edition, profile and layout, text, notes; facts are then stale."""
    document.title = parsed.title
    document.country = parsed.country
    document.country_iso = parsed.country_iso
    document.language = parsed.language
    document.edition = parsed.edition
    document.profile = parsed.profile
    document.layout = parsed.layout
    document.stated_scores = dict(parsed.stated_scores)
    document.normalised_text = parsed.normalised_text
    document.notes = list(parsed.notes)
    document.facts_stale = True


def replace_document_content(library: Library, document_id: int, parsed: ParsedDocument) -> StoreOutcome:
    """Puts a new reading of the same source in place of a document's sections, paragraphs and detected
    metadata, in one transaction; bookmarks are re-anchored in the new text. The version stays: the
    source did not change, only how it was read."""
    with library.session() as session, session.begin():
        document = session.get(Document, document_id)
        if document is None:
            raise DocumentNotFound(f"{document_id}: no such document")
        session.execute(delete(Section).where(Section.document_id == document_id))
        taken = session.scalar(
            select(Document.id).where(
                Document.identity_key == parsed.identity_key, Document.id != document_id
            )
        )
        if taken is None:  # else it keeps its own: two documents never merge by being read again
            document.identity_key = parsed.identity_key
        _take_reading(document, parsed)
        session.flush()
        _insert_sections(session, document_id, parsed)
        _reanchor_bookmarks(session, document_id, parsed.normalised_text)
        document.content_generation = bump_generation(session)
        return _outcome(session, document, ImportStatus.NEW_VERSION)


def _outcome(session: Session, document: Document, status: ImportStatus) -> StoreOutcome:
    count = session.scalar(select(func.count()).where(Paragraph.document_id == document.id)) or 0
    return StoreOutcome(status, document.id, document.version, count, document.title)


def _insert_sections(session: Session, document_id: int, parsed: ParsedDocument) -> None:
    """Sections one by one (their ids are needed), paragraphs in one executemany."""
    rows: list[dict[str, object]] = []
    position = 0
    number = 0

    def add(section: ParsedSection, parent_id: int | None) -> None:
        nonlocal position, number
        position += 1
        section_id = session.execute(
            insert(Section)
            .values(
                document_id=document_id,
                parent_id=parent_id,
                title=section.title,
                key=section.key,
                level=section.level,
                position=position,
            )
            .returning(Section.id)
        ).scalar_one()
        for paragraph in section.paragraphs:
            number += 1
            rows.append(
                {
                    "document_id": document_id,
                    "section_id": section_id,
                    "number": number,
                    "text": paragraph.text,
                    "indicator_key": paragraph.indicator_key,
                    "start": paragraph.start,
                    "end": paragraph.end,
                    "page": paragraph.page,
                    "content_hash": content_hash(paragraph.text),
                    "ocr_confidence": paragraph.confidence,
                }
            )
        for child in section.sections:
            add(child, section_id)

    for top in parsed.sections:
        add(top, None)
    if rows:
        session.execute(insert(Paragraph), rows)


def _reanchor_bookmarks(session: Session, document_id: int, text: str) -> None:
    spans = session.execute(
        select(Paragraph.id, Paragraph.start, Paragraph.end).where(Paragraph.document_id == document_id)
    ).all()
    for bookmark in session.scalars(select(Bookmark).where(Bookmark.document_id == document_id)):
        selector = QuoteSelector(
            bookmark.exact, bookmark.prefix, bookmark.suffix, bookmark.start, bookmark.end
        )
        placed = place(selector, text, spans)
        if placed is None:
            bookmark.paragraph_id = None  # orphan: the quote is kept, the analyst decides
            continue
        fresh, bookmark.paragraph_id = placed
        bookmark.start, bookmark.end = fresh.start, fresh.end
        bookmark.prefix, bookmark.suffix = fresh.prefix, fresh.suffix


_SUMMARY_COLUMNS = (
    Document.id,
    Document.title,
    Document.country,
    Document.country_iso,
    Document.language,
    Document.edition,
    Document.profile,
    Document.source_name,
    Document.sha256,
    Document.imported_at,
    Document.version,
)


def _summaries(session: Session, document_ids: list[int] | None = None) -> list[DocumentSummary]:
    counts = select(Paragraph.document_id, func.count().label("n")).group_by(Paragraph.document_id).subquery()
    query = (
        select(*_SUMMARY_COLUMNS, func.coalesce(counts.c.n, 0), Document.layout)
        .outerjoin(counts, counts.c.document_id == Document.id)
        .order_by(Document.country, Document.edition, Document.title, Document.id)
    )
    if document_ids is not None:
        query = query.where(Document.id.in_(document_ids))
    return [DocumentSummary(*row) for row in session.execute(query)]  # type: ignore[call-arg]


def list_documents(library: Library) -> list[DocumentSummary]:
    with library.session() as session:
        return _summaries(session)


def resolve_document(library: Library, reference: str) -> DocumentSummary:
    """A document by id, source file name, or a unique part of its title."""
    documents = list_documents(library)
    if reference.isdigit():
        matches = [d for d in documents if d.id == int(reference)]
    else:
        matches = [d for d in documents if d.source_name == reference]
        if not matches:
            needle = reference.casefold()
            matches = [d for d in documents if needle in d.title.casefold()]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise DocumentNotFound(f"{reference}: no such document")
    names = ", ".join(f"{d.id} ({d.title})" for d in matches[:5])
    raise DocumentNotFound(f"{reference}: matches several documents: {names}; give its id")


def outline(library: Library, document_ids: list[int] | None = None) -> list[DocumentOutline]:
    """Documents with their section trees and paragraphs, in three flat queries."""
    with library.session() as session:
        summaries = _summaries(session, document_ids)
        wanted = [s.id for s in summaries]
        notes = dict(
            session.execute(select(Document.id, Document.notes).where(Document.id.in_(wanted))).all()
        )
        # Table columns on the raw connection: plain Core rows, without the ORM's per-row loading, which
        # was most of the time of a 500-document outline.
        connection = session.connection()
        sections, paragraphs = Section.__table__.c, Paragraph.__table__.c
        section_rows = connection.execute(
            select(
                sections.id,
                sections.document_id,
                sections.parent_id,
                sections.title,
                sections.key,
                sections.level,
            )
            .where(sections.document_id.in_(wanted))
            .order_by(sections.document_id, sections.position)
        ).all()
        paragraph_rows = connection.execute(
            select(
                paragraphs.section_id,
                paragraphs.id,
                paragraphs.number,
                paragraphs.indicator_key,
                paragraphs.text,
                paragraphs.page,
                paragraphs.start,
                paragraphs.end,
                paragraphs.ocr_confidence,
            )
            .where(paragraphs.document_id.in_(wanted))
            .order_by(paragraphs.document_id, paragraphs.number)
        ).all()
    paragraphs_by_section: dict[int, list[OutlineParagraph]] = defaultdict(list)
    for section_id, paragraph_id, number, indicator, text, page, start, end, confidence in paragraph_rows:
        paragraphs_by_section[section_id].append(
            OutlineParagraph(paragraph_id, number, indicator, text, page, start, end, confidence)
        )
    roots: dict[int, list[OutlineSection]] = defaultdict(list)
    by_id: dict[int, OutlineSection] = {}
    for section_id, document_id, parent_id, title, key, level in section_rows:
        node = OutlineSection(section_id, title, key, level, paragraphs=paragraphs_by_section[section_id])
        by_id[section_id] = node
        if parent_id is None:
            roots[document_id].append(node)
        else:
            by_id[parent_id].sections.append(node)
    return [DocumentOutline(s, list(notes.get(s.id) or []), roots[s.id]) for s in summaries]


def remove_document(library: Library, document_id: int) -> DocumentSummary:
    with library.session() as session, session.begin():
        found = _summaries(session, [document_id])
        if not found:
            raise DocumentNotFound(f"{document_id}: no such document")
        session.execute(delete(Document).where(Document.id == document_id))
        bump_generation(session)
        return found[0]


def update_document_metadata(
    library: Library,
    document_id: int,
    *,
    title: str | None = None,
    country: str | None = None,
    country_iso: str | None = None,
    edition: int | None = None,
) -> DocumentSummary:
    """Corrects what detection got wrong; the analyst's word wins over the importer's guess."""
    with library.session() as session, session.begin():
        document = session.get(Document, document_id)
        if document is None:
            raise DocumentNotFound(f"{document_id}: no such document")
        if title is not None:
            document.title = title
        if country is not None:
            document.country = country
        if country_iso is not None:
            document.country_iso = country_iso.upper()
        if edition is not None:
            document.edition = edition
        document.content_generation = bump_generation(session)
        session.flush()
        return _summaries(session, [document_id])[0]
