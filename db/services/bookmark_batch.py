"""Anchoring many bookmarks in one transaction: an annotation file is imported whole or not at all.

Each request names its document and what its selectors say (a quote, a position, or both). The quote is
the truth and the position a hint, as everywhere in Excerpta; a position alone is used when it is within
the text. A quote that is not in the current text is kept as an orphan bookmark (its quote kept), never
dropped. A request whose bookmark already exists (same document, same quote at the same place) is
"unchanged", so importing the same file again adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.library import Library
from db.schema import Bookmark, Document, DocumentVersion, Paragraph
from db.services.anchoring import QuoteSelector, reanchor, selector_for
from db.services.bookmarks import COLORS, _create, _now, _set_note, _set_tags, _touch


class Anchored(Enum):
    IMPORTED = "imported"
    ORPHAN = "orphan"  # stored, its quote not found in the current text
    UNCHANGED = "unchanged"  # the same bookmark is already there
    REFUSED = "refused"  # not stored; the reason says why


@dataclass(frozen=True)
class AnchorRequest:
    document_id: int
    exact: str | None
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    note: str = ""
    tags: list[str] = field(default_factory=list)
    color: str = "yellow"


@dataclass(frozen=True)
class AnchorOutcome:
    status: Anchored
    bookmark_id: int | None = None
    reason: str = ""


@dataclass(frozen=True)
class DocumentKey:
    """What an annotation's target can name a document by: any version's file hash, or its file name."""

    document_id: int
    sha256: str
    source_name: str


def document_keys(library: Library) -> list[DocumentKey]:
    """Current documents first, then their earlier versions (their hashes still name the document)."""
    with library.session() as session:
        current = session.execute(select(Document.id, Document.sha256, Document.source_name)).all()
        older = session.execute(
            select(DocumentVersion.document_id, DocumentVersion.sha256, DocumentVersion.source_name)
        ).all()
    return [DocumentKey(*row) for row in [*current, *older]]


def _existing(session: Session, document_id: int, exact: str, span: tuple[int, int] | None) -> int | None:
    query = select(Bookmark.id).where(Bookmark.document_id == document_id, Bookmark.exact == exact)
    if span is None:
        query = query.where(Bookmark.paragraph_id.is_(None))
    else:
        query = query.where(Bookmark.start == span[0], Bookmark.end == span[1])
    return session.scalar(query.limit(1))


def _orphan(session: Session, request: AnchorRequest, exact: str) -> int:
    now = _now()
    bookmark = Bookmark(
        document_id=request.document_id,
        paragraph_id=None,
        exact=exact,
        prefix=request.prefix[-32:],
        suffix=request.suffix[:32],
        start=request.start or 0,
        end=request.end or 0,
        color=request.color,
        created_at=now,
        updated_at=now,
    )
    session.add(bookmark)
    session.flush()
    _set_tags(session, bookmark.id, request.tags)
    _set_note(session, bookmark.id, request.note.strip(), now)
    _touch(session, request.document_id)
    return bookmark.id


def _anchor_one(session: Session, request: AnchorRequest, texts: dict[int, str]) -> AnchorOutcome:
    if request.color not in COLORS:
        request = AnchorRequest(**{**request.__dict__, "color": "yellow"})
    if request.document_id not in texts:
        text = session.scalar(select(Document.normalised_text).where(Document.id == request.document_id))
        if text is None:
            return AnchorOutcome(Anchored.REFUSED, reason="its document is not in this library")
        texts[request.document_id] = text
    text = texts[request.document_id]
    position = None
    if request.start is not None and request.end is not None:
        position = (request.start, request.end)
        if request.end > len(text) or request.start >= request.end:
            if request.exact is None:
                return AnchorOutcome(
                    Anchored.REFUSED,
                    reason=f"position {request.start}-{request.end} is out of range "
                    f"(the text has {len(text):,} characters)",
                )
            position = None  # a hint that no longer fits: the quote decides
    if request.exact is not None:
        hint = position[0] if position else 0
        found = reanchor(QuoteSelector(request.exact, request.prefix, request.suffix, hint, hint), text)
        if found is None:
            existing = _existing(session, request.document_id, request.exact, None)
            if existing is not None:
                return AnchorOutcome(Anchored.UNCHANGED, existing)
            return AnchorOutcome(
                Anchored.ORPHAN,
                _orphan(session, request, request.exact),
                "its quote is not in the document's current text; kept as an orphan with its quote",
            )
    elif position is not None:
        found = position
    else:
        return AnchorOutcome(Anchored.REFUSED, reason="no text selector (no quote, no position)")
    existing = _existing(session, request.document_id, text[found[0] : found[1]], found)
    if existing is not None:
        return AnchorOutcome(Anchored.UNCHANGED, existing)
    paragraph = session.scalar(
        select(Paragraph).where(
            Paragraph.document_id == request.document_id,
            Paragraph.start <= found[0],
            Paragraph.end >= found[1],
        )
    )
    if paragraph is None:
        exact = selector_for(text, *found).exact
        return AnchorOutcome(
            Anchored.REFUSED,
            reason=f"the passage «{exact[:40]}» spans a heading or more than one paragraph",
        )
    record = _create(session, paragraph, text, found, request.note, request.tags, request.color)
    return AnchorOutcome(Anchored.IMPORTED, record.id)


def anchor_bookmarks(
    library: Library, requests: list[AnchorRequest], dry_run: bool = False
) -> list[AnchorOutcome]:
    """Anchors every request in ONE transaction: all are stored, or (on any error) none. With `dry_run`,
    the same work is done and then rolled back, so the outcomes say exactly what an import would do."""
    with library.session() as session:
        transaction = session.begin()
        try:
            texts: dict[int, str] = {}
            outcomes = [_anchor_one(session, request, texts) for request in requests]
            session.flush()
        except BaseException:
            transaction.rollback()
            raise
        if dry_run:
            transaction.rollback()
        else:
            transaction.commit()
        return outcomes
