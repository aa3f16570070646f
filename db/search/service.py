"""Search as the app and the CLI see it: a query in, hits with snippets, facets and a suggestion out."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from db.library import Library
from db.schema import Document, Paragraph
from db.search.aliases import load_alias_table
from db.search.analysis import positioned_terms
from db.search.engine import EngineResults
from db.search.snippets import highlight_terms, make_snippet, match_spans
from db.search.sync import open_engine
from db.search.whoosh_engine import WhooshEngine
from db.services.scores import score_table
from db.services.sections import section_paths


@dataclass(frozen=True)
class SearchHit:
    paragraph_id: int
    document_id: int
    document: str
    country: str | None
    country_iso: str | None
    language: str
    section_path: list[str]
    indicator: str | None
    number: int
    page: int | None
    score: float
    snippet: str
    # Character spans of the marked words in the paragraph's text, for the reader's highlighting.
    spans: list[tuple[int, int]] = field(default_factory=list)
    # The Index's score of the paragraph's indicator for its country and edition, when imported.
    indicator_score: float | None = None


@dataclass(frozen=True)
class SearchResults:
    query: str
    total: int
    hits: list[SearchHit]
    facets: dict[str, dict[str, int]]
    suggestion: str | None
    note: str | None


class LibrarySearch:
    """Holds the engine open for repeated searches (the window's search-as-you-type)."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.engine: WhooshEngine = open_engine(library)
        self.aliases = load_alias_table()

    def search(self, query: str, limit: int = 20, sort: str = "relevance") -> SearchResults:
        found = self.engine.search(query, limit, sort)
        ids = [paragraph_id for paragraph_id, _ in found.hits]
        with self.library.session() as session:
            rows = {
                row.id: row
                for row in session.execute(
                    select(
                        Paragraph.id,
                        Paragraph.document_id,
                        Paragraph.section_id,
                        Paragraph.text,
                        Paragraph.indicator_key,
                        Paragraph.number,
                        Paragraph.page,
                        Document.title,
                        Document.country,
                        Document.country_iso,
                        Document.language,
                        Document.edition,
                    )
                    .join(Document, Document.id == Paragraph.document_id)
                    .where(Paragraph.id.in_(ids))
                )
            }
            paths = section_paths(session, sorted({row.document_id for row in rows.values()}))
            scores = score_table(
                session, [(r.country_iso, r.edition) for r in rows.values() if r.country_iso and r.edition]
            )
        hits = []
        for paragraph_id, score in found.hits:
            row = rows.get(paragraph_id)
            if row is None:  # indexed but gone from SQLite: the next sync drops it
                continue
            spans = match_spans(
                row.text, row.language, highlight_terms(row.language, found.matched_terms, self.aliases)
            )
            hits.append(
                SearchHit(
                    paragraph_id=paragraph_id,
                    document_id=row.document_id,
                    document=row.title,
                    country=row.country,
                    country_iso=row.country_iso,
                    language=row.language,
                    section_path=paths[row.section_id][0],
                    indicator=row.indicator_key,
                    number=row.number,
                    page=row.page,
                    score=round(score, 4),
                    snippet=make_snippet(row.text, spans),
                    spans=spans,
                    indicator_score=scores.get((row.country_iso, row.edition), {}).get(
                        row.indicator_key or ""
                    ),
                )
            )
        return SearchResults(query, found.total, hits, found.facets, self._suggestion(found), found.note)

    def _suggestion(self, found: EngineResults) -> str | None:
        """The parsed query with each unknown word replaced by the real word behind the closest term."""
        if not found.corrections:
            return None
        with self.library.session() as session:
            texts = dict(
                session.execute(
                    select(Paragraph.id, Paragraph.text).where(
                        Paragraph.id.in_([c.paragraph_id for c in found.corrections])
                    )
                ).all()
            )
        text, shift = found.parsed_text, 0
        for correction in found.corrections:
            paragraph = texts.get(correction.paragraph_id, "")
            word = next(
                (
                    paragraph[s:e]
                    for term, s, e in positioned_terms(correction.language, paragraph)
                    if term == correction.term
                ),
                correction.term,
            ).lower()
            start, end = correction.start + shift, correction.end + shift
            text = text[:start] + word + text[end:]
            shift += len(word) - (correction.end - correction.start)
        return text

    def close(self) -> None:
        self.engine.close()


def search(library: Library, query: str, limit: int = 20, sort: str = "relevance") -> SearchResults:
    searcher = LibrarySearch(library)
    try:
        return searcher.search(query, limit, sort)
    finally:
        searcher.close()
