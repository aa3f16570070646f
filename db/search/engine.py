"""The small interface between the app and a full-text engine, so the rest never knows which it is.

The service, the sync and the snippets talk to `SearchEngine` only; `db.search.engines` opens the one a
library has chosen. Every engine is fed our own analysed terms (db.search.analysis) and parses Whoosh's
query language (db.search.query_language), so both give the same hits, totals and facets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

FACETS = ("country", "indicator", "pillar", "edition", "language")
# How hits can be ordered: by BM25, or by the indicator score, highest first.
SORTS = ("relevance", "score")


@dataclass(frozen=True)
class IndexedParagraph:
    """What the index holds about one paragraph. Display data stays in SQLite."""

    paragraph_id: int
    document_id: int
    language: str
    text: str
    aliases: str
    country_iso: str
    country_names: str
    indicator_key: str
    indicator_names: str
    pillar_key: str
    pillar_names: str
    section_path: str
    edition: str
    document_names: str
    tags: str = ""
    bookmarked: bool = False
    entities: str = ""
    score: float | None = None  # the Index's score of the paragraph's indicator, country and edition


@dataclass(frozen=True)
class Correction:
    """A word of the query (its characters in the parsed text) the index lacks, the closest indexed term,
    and one paragraph that contains that term."""

    start: int
    end: int
    language: str
    term: str
    paragraph_id: int


@dataclass
class EngineResults:
    total: int
    hits: list[tuple[int, float]]  # (paragraph_id, relevance), best first
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    # Analysed terms the query matched, per language ("fr", "en", "es") and for aliases ("aliases"):
    # terms as db.search.analysis makes them, whichever engine holds the postings.
    matched_terms: dict[str, set[str]] = field(default_factory=dict)
    corrections: list[Correction] = field(default_factory=list)
    note: str | None = None
    parsed_text: str = ""


class IndexDamaged(Exception):
    """The index files cannot be opened or read; the sync rebuilds them from SQLite."""


class SearchEngine(Protocol):
    """One index folder of one engine. Opening it for searching never takes the writer lock."""

    @property
    def name(self) -> str:
        """The engine's name as stored in the library ("tantivy", "whoosh")."""

    @property
    def schema_version(self) -> int:
        """Bumped when what this engine indexes changes: a different version means a full rebuild."""

    def replace_documents(
        self,
        document_ids: Iterable[int],
        paragraphs: Iterable[IndexedParagraph],
        progress: Callable[[int], None] | None = None,
        bulk: bool = False,
    ) -> None:
        """Drops every paragraph of `document_ids`, then adds `paragraphs`, in one commit; searches see
        it after `refresh`. `bulk` says a whole library is coming (a fresh index), so the engine may use
        more memory for speed."""

    def search(
        self, query_text: str, limit: int = 20, sort: str = "relevance", facets: bool = True
    ) -> EngineResults:
        """The top `limit` hits and the exact total; with `facets=False` the facets are not counted
        (`EngineResults.facets` is empty), so a page can show before they are (`facet_counts`)."""

    def facet_counts(self, query_text: str) -> dict[str, dict[str, int]]:
        """Every match counted per facet value: what `search` gives with `facets=True`."""

    def paragraph_count(self) -> int: ...

    def refresh(self) -> None:
        """Sees what has been committed since the engine was opened or last refreshed (here or by
        another process)."""

    def close(self) -> None: ...
