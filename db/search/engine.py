"""The small interface between the app and a full-text engine, so the rest never knows which it is."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

FACETS = ("country", "indicator", "pillar", "edition", "language")
# How hits can be ordered: by BM25F, or by the indicator score, highest first.
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
    hits: list[tuple[int, float]]  # (paragraph_id, score), best first
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    # Analysed terms the query matched, per language ("fr", "en", "es") and for aliases ("aliases").
    matched_terms: dict[str, set[str]] = field(default_factory=dict)
    corrections: list[Correction] = field(default_factory=list)
    note: str | None = None
    parsed_text: str = ""


class SearchEngine(Protocol):
    def replace_documents(
        self,
        document_ids: Iterable[int],
        paragraphs: Iterable[IndexedParagraph],
        progress: Callable[[int], None] | None = None,
    ) -> None:
        """Drops every paragraph of `document_ids`, then adds `paragraphs`, in one commit."""

    def clear(self) -> None: ...

    def search(self, query_text: str, limit: int = 20, sort: str = "relevance") -> EngineResults: ...

    def paragraph_count(self) -> int: ...

    def close(self) -> None: ...
