"""Search as the app and the CLI see it: a query in, hits with snippets, facets and a suggestion out."""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from db.library import Library
from db.schema import Paragraph
from db.search.aliases import load_alias_table
from db.search.analysis import positioned_terms
from db.search.engine import FACETS, EngineResults, IndexDamaged, SearchEngine
from db.search.engines import open_engine
from db.search.hit_rows import hit_rows, section_titles
from db.search.snippets import highlight_terms, make_snippet
from db.search.sync import DAMAGED_MARK, STATE_FILE, IndexState


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
    # The search skipped the facets (search as you type: the page first); `LibrarySearch.facets` has them.
    facets_pending: bool = False


Facets = dict[str, dict[str, int]]

DAMAGED_NOTE = "The search index cannot be read; it will be rebuilt from the library."
NO_INDEX_NOTE = "The search index is not built yet; it will be built from the library."
# Search as you type: a backspace, or the same query again, is answered from here.
CACHED_SEARCHES = 64
CACHED_PARAGRAPHS = 2_000


class LibrarySearch:
    """Holds the engine open for repeated searches (the window's search-as-you-type).

    It only reads: it opens the engine folder the index's state file names, never takes the writer
    lock, and follows the state file (a sync's update or a rebuild's swap) before each search. Results
    are cached per (query, limit, sort), and facets per query, for one state of the index.
    """

    def __init__(self, library: Library, cached_searches: int = CACHED_SEARCHES) -> None:
        self.library = library
        self.cached_searches = cached_searches  # 0: every search runs (the bench)
        self.engine: SearchEngine | None = None
        self._folder: Path | None = None
        self._stamp: tuple[int, int, int] | None = None
        self._cache: OrderedDict[tuple[str, int, str], SearchResults] = OrderedDict()
        # query → its facet counts: the same for every page size and order, so kept apart from the
        # results, which are cached without them when the window asks for the page first.
        self._facet_cache: OrderedDict[str, Facets] = OrderedDict()
        # paragraph id → its analysed terms with their offsets: successive keystrokes find mostly the
        # same paragraphs, and analysing them for the marks was most of a search's time.
        self._terms: OrderedDict[int, list[tuple[str, int, int]]] = OrderedDict()
        self.aliases = load_alias_table()
        try:
            self._follow_index()
        except IndexDamaged:
            self._mark_damaged()

    def _follow_index(self) -> tuple[int, int, int] | None:
        """Opens, refreshes or reopens the engine when the state file has changed; its stamp."""
        root = self.library.index_dir
        try:
            status = (root / STATE_FILE).stat()
            stamp: tuple[int, int, int] | None = (status.st_mtime_ns, status.st_size, status.st_ino)
        except OSError:
            stamp = None
        if stamp == self._stamp and self.engine is not None:
            return stamp
        self._cache.clear()
        self._facet_cache.clear()
        self._terms.clear()
        self._stamp = stamp
        state = IndexState.read(root)
        folder = state.engine_folder(root) if state is not None else None
        if state is None or folder is None:
            self._close_engine()
            return stamp
        if folder == self._folder and self.engine is not None:
            self.engine.refresh()
            return stamp
        self._close_engine()
        self.engine, self._folder = open_engine(state.engine, folder), folder
        return stamp

    def _close_engine(self) -> None:
        if self.engine is not None:
            self.engine.close()
        self.engine, self._folder = None, None

    def search(
        self, query: str, limit: int = 20, sort: str = "relevance", facets: bool = True
    ) -> SearchResults:
        """The page of hits and the total; the facets too unless `facets=False` (the window's search as
        you type shows the page first and asks `facets` next). Facets already counted for this query
        come with the results either way, and then `facets_pending` is False."""
        try:
            self._follow_index()
            key = (query, limit, sort)
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                if cached.facets_pending and (facets or query in self._facet_cache):
                    cached = self._with_facets(cached, self._counted_facets(query))
                    self._cache[key] = cached
                return cached
            known = self._facet_cache.get(query)
            found = self._engine_search(query, limit, sort, facets and known is None)
        except IndexDamaged:
            self._mark_damaged()
            return SearchResults(query, 0, [], {name: {} for name in FACETS}, None, DAMAGED_NOTE)
        results = self._results(query, found)
        if known is None and not found.total:  # nothing matched: nothing to count later
            known = {name: {} for name in FACETS}
            self._remember_facets(query, known)
        if known is not None:
            results = self._with_facets(results, known)
        elif facets:
            self._remember_facets(query, results.facets)
        else:
            results = replace(results, facets_pending=True)
        if self.cached_searches:
            self._cache[key] = results
            if len(self._cache) > self.cached_searches:
                self._cache.popitem(last=False)
        return results

    def facets(self, query: str) -> Facets:
        """Every match of `query` counted per facet value (country, indicator, pillar, edition,
        language), as `search` gives them; cached per query for this state of the index."""
        try:
            self._follow_index()
            return self._counted_facets(query)
        except IndexDamaged:
            self._mark_damaged()
            return {name: {} for name in FACETS}

    def _counted_facets(self, query: str) -> Facets:
        known = self._facet_cache.get(query)
        if known is not None:
            self._facet_cache.move_to_end(query)
            return known
        if self.engine is None:  # no index yet: the sync builds it
            return {name: {} for name in FACETS}
        counted = self.engine.facet_counts(query)
        self._remember_facets(query, counted)
        return counted

    def _remember_facets(self, query: str, facets: Facets) -> None:
        if self.cached_searches:
            self._facet_cache[query] = facets
            if len(self._facet_cache) > self.cached_searches:
                self._facet_cache.popitem(last=False)

    @staticmethod
    def _with_facets(results: SearchResults, facets: Facets) -> SearchResults:
        return replace(results, facets=facets, facets_pending=False)

    def _engine_search(self, query: str, limit: int, sort: str, facets: bool = True) -> EngineResults:
        if self.engine is None:  # no index yet: the sync builds it
            return EngineResults(0, [], {name: {} for name in FACETS}, note=NO_INDEX_NOTE, parsed_text=query)
        return self.engine.search(query, limit, sort, facets)

    def _mark_damaged(self) -> None:
        """Tells the next sync to rebuild; writing this mark takes no lock."""
        self._close_engine()
        self._stamp = None
        with contextlib.suppress(OSError):
            (self.library.index_dir / DAMAGED_MARK).touch()

    def _results(self, query: str, found: EngineResults) -> SearchResults:
        ids = [paragraph_id for paragraph_id, _ in found.hits]
        with self.library.session() as session:
            rows = hit_rows(session, ids)
            paths = section_titles(session, {row.section_id for row in rows.values()})
        hits = []
        for paragraph_id, score in found.hits:
            row = rows.get(paragraph_id)
            if row is None:  # indexed but gone from SQLite: the next sync drops it
                continue
            wanted = highlight_terms(row.language, found.matched_terms, self.aliases)
            spans = [(s, e) for term, s, e in self._positioned(paragraph_id, row) if term in wanted]
            hits.append(
                SearchHit(
                    paragraph_id=paragraph_id,
                    document_id=row.document_id,
                    document=row.title,
                    country=row.country,
                    country_iso=row.country_iso,
                    language=row.language,
                    section_path=paths[row.section_id],
                    indicator=row.indicator_key,
                    number=row.number,
                    page=row.page,
                    score=round(score, 4),
                    snippet=make_snippet(row.text, spans),
                    spans=spans,
                    indicator_score=row.indicator_score,
                )
            )
        return SearchResults(query, found.total, hits, found.facets, self._suggestion(found), found.note)

    def _positioned(self, paragraph_id: int, row: Any) -> list[tuple[str, int, int]]:
        """The paragraph's terms and offsets (what snippets.match_spans reads), kept for the next
        searches of this index state when caching is on."""
        cached = self._terms.get(paragraph_id)
        if cached is not None:
            self._terms.move_to_end(paragraph_id)
            return cached
        found = positioned_terms(row.language, row.text)
        if self.cached_searches:
            self._terms[paragraph_id] = found
            if len(self._terms) > CACHED_PARAGRAPHS:
                self._terms.popitem(last=False)
        return found

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
        self._close_engine()


def search(library: Library, query: str, limit: int = 20, sort: str = "relevance") -> SearchResults:
    """One search with its facets (the CLI's)."""
    searcher = LibrarySearch(library)
    try:
        return searcher.search(query, limit, sort)
    finally:
        searcher.close()
