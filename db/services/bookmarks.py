"""Bookmarks: spans the analyst keeps, with a note, tags and a colour.

A bookmark is anchored by a quote selector (exact text, 32 characters of prefix and suffix, offsets into
the document's normalised text), so it follows its text into a revised version of the report; when the
text is gone it stays, as an orphan, with its quote. Removing returns everything needed to undo it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.library import Library
from db.schema import Annotation, Bookmark, BookmarkTag, Document, Paragraph, Tag
from db.services.anchoring import QuoteSelector, place, reanchor, selector_for
from db.services.generation import bump_generation

COLORS = ("yellow", "green", "blue", "red", "purple")


class BookmarkError(ValueError):
    pass


@dataclass(frozen=True)
class BookmarkRecord:
    id: int
    document_id: int
    document: str
    paragraph_id: int | None  # None: an orphan, its text gone from the current version
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    note: str
    tags: list[str]
    color: str
    created_at: datetime
    updated_at: datetime

    @property
    def orphan(self) -> bool:
        return self.paragraph_id is None


@dataclass(frozen=True)
class BookmarkDraft:
    """What the analyst asks for: a paragraph, optionally a quote inside it, and the rest."""

    paragraph_id: int
    quote: str | None = None
    note: str = ""
    tags: list[str] = field(default_factory=list)
    color: str = "yellow"
    # Offsets inside the paragraph, when the window knows exactly which occurrence was selected.
    paragraph_start: int | None = None


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _clean_tags(tags: list[str]) -> list[str]:
    return list(dict.fromkeys(t.strip().lower() for t in tags if t.strip()))


def _set_tags(session: Session, bookmark_id: int, tags: list[str]) -> None:
    session.execute(delete(BookmarkTag).where(BookmarkTag.bookmark_id == bookmark_id))
    for name in _clean_tags(tags):
        tag = session.scalar(select(Tag).where(Tag.name == name))
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
            session.flush()
        session.add(BookmarkTag(bookmark_id=bookmark_id, tag_id=tag.id))


def _set_note(session: Session, bookmark_id: int, note: str, now: datetime) -> None:
    annotation = session.scalar(select(Annotation).where(Annotation.bookmark_id == bookmark_id))
    if annotation is None and note:
        session.add(Annotation(bookmark_id=bookmark_id, body=note, created_at=now, updated_at=now))
    elif annotation is not None and note:
        annotation.body, annotation.updated_at = note, now
    elif annotation is not None:
        session.delete(annotation)


def _touch(session: Session, document_id: int) -> None:
    """Tags and bookmarks are searchable (tag:, bookmarked:yes): the index follows this document."""
    document = session.get(Document, document_id)
    if document is not None:
        document.content_generation = bump_generation(session)


def _check_color(color: str) -> None:
    if color not in COLORS:
        raise BookmarkError(f"unknown colour {color!r} (use {', '.join(COLORS)})")


def _create(
    session: Session,
    paragraph: Paragraph,
    text: str,
    span: tuple[int, int],
    note: str,
    tags: list[str],
    color: str,
) -> BookmarkRecord:
    """The one way a bookmark is made: a quote selector on the document's text, then note and tags."""
    selector = selector_for(text, *span)
    now = _now()
    bookmark = Bookmark(
        document_id=paragraph.document_id,
        paragraph_id=paragraph.id,
        exact=selector.exact,
        prefix=selector.prefix,
        suffix=selector.suffix,
        start=selector.start,
        end=selector.end,
        color=color,
        created_at=now,
        updated_at=now,
    )
    session.add(bookmark)
    session.flush()
    _set_tags(session, bookmark.id, tags)
    _set_note(session, bookmark.id, note.strip(), now)
    _touch(session, paragraph.document_id)
    session.flush()
    return _records(session, [bookmark.id])[0]


def _document_text(session: Session, document_id: int) -> str:
    return session.scalar(select(Document.normalised_text).where(Document.id == document_id)) or ""


def add_bookmark(library: Library, draft: BookmarkDraft) -> BookmarkRecord:
    _check_color(draft.color)
    with library.session() as session, session.begin():
        paragraph = session.get(Paragraph, draft.paragraph_id)
        if paragraph is None:
            raise BookmarkError(f"{draft.paragraph_id}: no such paragraph")
        if draft.quote:
            local = draft.paragraph_start
            if local is None or paragraph.text[local : local + len(draft.quote)] != draft.quote:
                local = paragraph.text.find(draft.quote)
            if local < 0:
                raise BookmarkError(f"{draft.quote!r} is not in paragraph {draft.paragraph_id}")
            span = (paragraph.start + local, paragraph.start + local + len(draft.quote))
        else:
            span = (paragraph.start, paragraph.end)
        text = _document_text(session, paragraph.document_id)
        return _create(session, paragraph, text, span, draft.note, draft.tags, draft.color)


def anchor_bookmark(
    library: Library,
    document_id: int,
    selector: QuoteSelector,
    note: str = "",
    tags: list[str] | None = None,
    color: str = "yellow",
) -> BookmarkRecord | None:
    """A bookmark from a quote selector made elsewhere (an imported W3C annotation): re-anchored on this
    document's text as a re-import does, or None when the quote is not in it."""
    _check_color(color)
    with library.session() as session, session.begin():
        text = _document_text(session, document_id)
        found = reanchor(selector, text)
        if found is None:
            return None
        paragraph = session.scalar(
            select(Paragraph).where(
                Paragraph.document_id == document_id, Paragraph.start <= found[0], Paragraph.end >= found[1]
            )
        )
        if paragraph is None:
            return None  # the quote spans a heading or two paragraphs: not a bookmark of one paragraph
        return _create(session, paragraph, text, found, note, tags or [], color)


def edit_bookmark(
    library: Library,
    bookmark_id: int,
    *,
    note: str | None = None,
    tags: list[str] | None = None,
    color: str | None = None,
) -> BookmarkRecord:
    if color is not None:
        _check_color(color)
    with library.session() as session, session.begin():
        bookmark = session.get(Bookmark, bookmark_id)
        if bookmark is None:
            raise BookmarkError(f"{bookmark_id}: no such bookmark")
        now = _now()
        if note is not None:
            _set_note(session, bookmark_id, note.strip(), now)
        if tags is not None:
            _set_tags(session, bookmark_id, tags)
        if color is not None:
            bookmark.color = color
        bookmark.updated_at = now
        _touch(session, bookmark.document_id)
        session.flush()
        return _records(session, [bookmark_id])[0]


def remove_bookmark(library: Library, bookmark_id: int) -> BookmarkRecord:
    """Deletes a bookmark and returns it whole, so that `restore_bookmark` can undo the deletion."""
    with library.session() as session, session.begin():
        found = _records(session, [bookmark_id])
        if not found:
            raise BookmarkError(f"{bookmark_id}: no such bookmark")
        session.execute(delete(Bookmark).where(Bookmark.id == bookmark_id))
        _touch(session, found[0].document_id)
        return found[0]


def restore_bookmark(library: Library, record: BookmarkRecord) -> BookmarkRecord | None:
    """Undo for `remove_bookmark`: the bookmark back with its note, tags, colour and dates, its quote
    re-anchored on the document's current text; None (and nothing stored) when its document is no
    longer in the library, since a bookmark belongs to a document and goes with it.

    The quote is the truth, as at a re-import: the document may have had a new version since the removal,
    and a new version reuses paragraph ids, so the stored paragraph id and offsets are only hints. The
    quote is looked for again (exact text, its prefix and suffix, nearest the old offset) and attached to
    the paragraph whose span holds it now; when it is gone the bookmark comes back as an orphan, its
    quote, note and tags kept.

    It keeps its id when that id is free, which it always is in a library at schema 0011 or later: ids
    are AUTOINCREMENT, never handed out again, so a bookmark added since the removal has another one.
    A library upgraded from an older schema may have given the removed id away before the upgrade; then
    the bookmark comes back under a fresh id rather than over the other one (the caller follows the id
    returned, as the undo stack does)."""
    with library.session() as session, session.begin():
        text = _document_text_or_none(session, record.document_id)
        if text is None:
            return None
        spans = session.execute(
            select(Paragraph.id, Paragraph.start, Paragraph.end).where(
                Paragraph.document_id == record.document_id
            )
        ).all()
        kept = QuoteSelector(record.exact, record.prefix, record.suffix, record.start, record.end)
        placed = place(kept, text, spans)
        selector, paragraph_id = placed if placed is not None else (kept, None)
        taken = session.get(Bookmark, record.id) is not None
        bookmark = Bookmark(
            document_id=record.document_id,
            paragraph_id=paragraph_id,
            exact=record.exact,
            prefix=selector.prefix,
            suffix=selector.suffix,
            start=selector.start,
            end=selector.end,
            color=record.color,
            created_at=record.created_at,
            updated_at=record.updated_at,
        )
        if not taken:
            bookmark.id = record.id
        session.add(bookmark)
        session.flush()
        _set_tags(session, bookmark.id, record.tags)
        _set_note(session, bookmark.id, record.note, record.updated_at)
        _touch(session, record.document_id)
        session.flush()
        return _records(session, [bookmark.id])[0]


def _document_text_or_none(session: Session, document_id: int) -> str | None:
    return session.scalar(select(Document.normalised_text).where(Document.id == document_id))


def _records(session: Session, ids: list[int] | None = None) -> list[BookmarkRecord]:
    query = (
        select(Bookmark, Document.title)
        .join(Document, Document.id == Bookmark.document_id)
        .order_by(Bookmark.document_id, Bookmark.start, Bookmark.id)
    )
    if ids is not None:
        query = query.where(Bookmark.id.in_(ids))
    rows = session.execute(query).all()
    wanted = [b.id for b, _ in rows]
    notes = dict(
        session.execute(
            select(Annotation.bookmark_id, Annotation.body).where(Annotation.bookmark_id.in_(wanted))
        ).all()
    )
    tags: dict[int, list[str]] = {}
    for bookmark_id, name in session.execute(
        select(BookmarkTag.bookmark_id, Tag.name)
        .join(Tag, Tag.id == BookmarkTag.tag_id)
        .where(BookmarkTag.bookmark_id.in_(wanted))
        .order_by(Tag.name)
    ):
        tags.setdefault(bookmark_id, []).append(name)
    return [
        BookmarkRecord(
            b.id,
            b.document_id,
            title,
            b.paragraph_id,
            b.exact,
            b.prefix,
            b.suffix,
            b.start,
            b.end,
            notes.get(b.id, ""),
            tags.get(b.id, []),
            b.color,
            b.created_at,
            b.updated_at,
        )
        for b, title in rows
    ]


def list_bookmarks(
    library: Library,
    *,
    tag: str | None = None,
    document_id: int | None = None,
    color: str | None = None,
    orphans_only: bool = False,
) -> list[BookmarkRecord]:
    with library.session() as session:
        records = _records(session)
    return [
        r
        for r in records
        if (tag is None or tag.lower() in r.tags)
        and (document_id is None or r.document_id == document_id)
        and (color is None or r.color == color)
        and (not orphans_only or r.orphan)
    ]


def all_tags(library: Library) -> list[str]:
    """Every tag in use, for autocompletion."""
    with library.session() as session:
        return list(session.scalars(select(Tag.name).join(BookmarkTag).distinct().order_by(Tag.name)))


def paragraph_bookmarks(session: Session, paragraph_ids: list[int]) -> dict[int, list[str]]:
    """Tags of the bookmarks on each paragraph (a bookmarked paragraph with no tag maps to [])."""
    found: dict[int, list[str]] = {}
    rows = session.execute(
        select(Bookmark.paragraph_id, Tag.name)
        .outerjoin(BookmarkTag, BookmarkTag.bookmark_id == Bookmark.id)
        .outerjoin(Tag, Tag.id == BookmarkTag.tag_id)
        .where(Bookmark.paragraph_id.in_(paragraph_ids))
    )
    for paragraph_id, name in rows:
        if paragraph_id is None:
            continue
        found.setdefault(paragraph_id, [])
        if name:
            found[paragraph_id].append(name)
    return found
