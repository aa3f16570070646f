"""The library's tables, as typed SQLAlchemy 2 declarative models.

A document holds the content of its current version; every version's source and normalised text is kept
in `document_versions`, so nothing is lost when a revised report replaces an older one. Paragraph spans
are character offsets into the current version's normalised text.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    # What makes two imports "the same document": profile, country, language and edition for an Index
    # summary, the file name otherwise. A changed file with the same identity becomes a new version.
    identity_key: Mapped[str] = mapped_column(String(300), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    country: Mapped[str | None] = mapped_column(String(200))
    country_iso: Mapped[str | None] = mapped_column(String(2), index=True)
    language: Mapped[str] = mapped_column(String(8))
    edition: Mapped[int | None] = mapped_column(Integer)
    profile: Mapped[str] = mapped_column(String(40))
    source_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    normalised_text: Mapped[str] = mapped_column(Text)
    # Text that belongs to the document but is not content: funding notes, footers, import warnings.
    notes: Mapped[list[str]] = mapped_column(JSON, default=list)
    # How the profile read the report ("pdf summary", "website", "generic"), and the scores the report
    # prints beside its indicator headings, by indicator key (a score import compares them).
    layout: Mapped[str] = mapped_column(String(40), default="generic", server_default="generic")
    stated_scores: Mapped[dict[str, float]] = mapped_column(JSON, default=dict, server_default="{}")
    # The library generation at this document's last searchable change; the index compares it with the
    # generation it indexed the document at, to find what it must redo. Indexed, as is facts_stale: both
    # columns come after the document's text, which a scan of the table would read through.
    content_generation: Mapped[int] = mapped_column(Integer, default=0, server_default="0", index=True)
    # True from the moment new content is committed until its facts are stored: a crash in between is
    # seen, and repaired, at the next open.
    facts_stale: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1", index=True)

    sections: Mapped[list[Section]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )
    versions: Mapped[list[DocumentVersion]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )


class DocumentVersion(Base):
    __tablename__ = "document_versions"
    __table_args__ = (UniqueConstraint("document_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    source_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    normalised_text: Mapped[str] = mapped_column(Text)

    document: Mapped[Document] = relationship(back_populates="versions")


class Section(Base):
    __tablename__ = "sections"
    __table_args__ = (Index("ix_sections_document_position", "document_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("sections.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(500))
    # The profile's stable key for a known section (e.g. `drugs`, `resilience`), None for free headings.
    key: Mapped[str | None] = mapped_column(String(80))
    level: Mapped[int] = mapped_column(Integer)
    # Document order of the section among all sections of the document.
    position: Mapped[int] = mapped_column(Integer)

    document: Mapped[Document] = relationship(back_populates="sections")
    paragraphs: Mapped[list[Paragraph]] = relationship(
        back_populates="section", cascade="all, delete-orphan", passive_deletes=True
    )


class Paragraph(Base):
    __tablename__ = "paragraphs"
    __table_args__ = (Index("ix_paragraphs_document_number", "document_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Denormalised from the section so that a document's paragraphs load in one indexed query.
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    section_id: Mapped[int] = mapped_column(ForeignKey("sections.id", ondelete="CASCADE"), index=True)
    # 1-based number of the paragraph in the document, the order the analyst reads it in.
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    indicator_key: Mapped[str | None] = mapped_column(String(80), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    page: Mapped[int | None] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    # Mean OCR word confidence (0–100) for a paragraph read from a scanned page; NULL for a text layer.
    ocr_confidence: Mapped[float | None] = mapped_column(Float, nullable=True)

    section: Mapped[Section] = relationship(back_populates="paragraphs")


class Fact(Base):
    __tablename__ = "facts"

    id: Mapped[int] = mapped_column(primary_key=True)
    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraphs.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(40), index=True)
    text: Mapped[str] = mapped_column(Text)
    canonical: Mapped[str | None] = mapped_column(String(300), index=True)
    # Character span inside the paragraph's text.
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class EntityDecision(Base):
    """An analyst's correction of the extractor, re-applied at every extraction so it outlives them.

    `action` is "reject" (never a fact again), "rename" (call it `target`) or "merge" (it is `target`).
    Keyed by type and the canonical name the extractor gives, case-folded.
    """

    __tablename__ = "entity_decisions"
    __table_args__ = (UniqueConstraint("type", "subject"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(300))
    action: Mapped[str] = mapped_column(String(20))
    target: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class BookmarkTag(Base):
    __tablename__ = "bookmark_tags"

    bookmark_id: Mapped[int] = mapped_column(ForeignKey("bookmarks.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)


class Bookmark(Base):
    """A span the analyst kept, anchored by a W3C-style quote selector so that it survives a re-import.

    `paragraph_id` is cleared, never cascaded, when the paragraph goes away: the selector then still holds
    the quote, and the bookmark is listed as an orphan until it is re-anchored or deleted by the analyst.
    """

    __tablename__ = "bookmarks"
    # Ids are never handed out again (migration 0011): undoing a removal puts the bookmark back under its
    # own id, which no bookmark added in the meantime can have taken.
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    paragraph_id: Mapped[int | None] = mapped_column(
        ForeignKey("paragraphs.id", ondelete="SET NULL"), index=True
    )
    exact: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(String(64), default="")
    suffix: Mapped[str] = mapped_column(String(64), default="")
    # Offsets into the document's normalised text at the time the selector was last anchored.
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    color: Mapped[str] = mapped_column(String(20), default="yellow")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Annotation(Base):
    """The analyst's note on a bookmarked span."""

    __tablename__ = "annotations"

    id: Mapped[int] = mapped_column(primary_key=True)
    bookmark_id: Mapped[int] = mapped_column(ForeignKey("bookmarks.id", ondelete="CASCADE"), index=True)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class LibraryState(Base):
    """Single-row bookkeeping: `generation` grows with every committed change to the content.

    Derived stores (the search index) record the generation they reflect; a mismatch at open means the
    app stopped between a commit and the derived update, and the derived store is repaired.
    """

    __tablename__ = "library_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    generation: Mapped[int] = mapped_column(Integer, default=0)


class LibrarySetting(Base):
    """A named choice the library keeps for itself (`search_engine`: which engine holds its index)."""

    __tablename__ = "library_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(String(1000))


class SavedSearch(Base):
    """A query the analyst keeps under a name (with its filters, which are part of the query text)."""

    __tablename__ = "saved_searches"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    query: Mapped[str] = mapped_column(Text)
    sort: Mapped[str] = mapped_column(String(20), default="relevance", server_default="relevance")
    saved_at: Mapped[datetime] = mapped_column(DateTime)


class ScoreEdition(Base):
    """One edition of the Index's published scores, and the file it was imported from."""

    __tablename__ = "score_editions"

    edition: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(DateTime)


class Score(Base):
    """A published score from 1 to 10: an indicator's, a pillar's average, or the overall criminality or
    resilience (keys `criminality`, `criminal_markets`, `criminal_actors`, `resilience`)."""

    __tablename__ = "scores"
    __table_args__ = (
        UniqueConstraint("edition", "country_iso", "key"),
        Index("ix_scores_key_country", "key", "country_iso"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    edition: Mapped[int] = mapped_column(ForeignKey("score_editions.edition", ondelete="CASCADE"))
    country_iso: Mapped[str] = mapped_column(String(2))
    # As the publisher writes it (with its commas mended), for display beside pycountry's names.
    country_name: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(60))
    value: Mapped[float] = mapped_column(Float)
