"""What a dossier holds, gathered from bookmarks or from a search, independent of the output format."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from db.library import Library
from db.search.service import search
from db.services.bookmarks import BookmarkRecord, list_bookmarks
from db.services.excerpts import ExcerptSource, excerpt_sources
from db.services.facts import list_facts
from db.services.scores import countries_scores, document_scores
from desktop.scores_display import score_sentence
from domain.records import CountryScores, IndicatorScore
from domain.taxonomy import load_taxonomy


@dataclass(frozen=True)
class Entry:
    source: ExcerptSource
    highlight: tuple[int, int] | None  # span of the bookmarked quote inside the paragraph
    note: str
    tags: list[str]
    color: str
    facts: list[tuple[str, str, str]]  # (type, canonical, text)
    bookmark: BookmarkRecord | None = None
    score: IndicatorScore | None = None  # the Index's score of the paragraph's indicator, when imported

    @property
    def indicator_name(self) -> str:
        indicator = load_taxonomy().indicator(self.source.indicator) if self.source.indicator else None
        return indicator.name(self.source.language) if indicator else "—"

    def provenance(self) -> list[str]:
        s = self.source
        page = f", page {s.page} of the source" if s.page else ""
        lines = [
            f"{s.title} — {s.country or '?'} ({s.country_iso or '?'}), edition {s.edition or '?'}",
            f"{' › '.join(s.section_path)} · {self.indicator_name} · paragraph {s.number}{page}",
            f"{s.source_name}, imported {s.imported_at:%Y-%m-%d}, sha256 {s.sha256[:12]}",
        ]
        return [score_sentence(self.score, s.edition), *lines] if self.score else lines


@dataclass
class Dossier:
    title: str
    author: str
    purpose: str
    scope: str
    entries: list[Entry]
    made: date = field(default_factory=date.today)
    # The Index's scores of the countries the excerpts come from, for the chart pages.
    countries: list[CountryScores] = field(default_factory=list)

    @classmethod
    def gather(
        cls, library: Library, title: str, author: str, purpose: str, scope: str, entries: list[Entry]
    ) -> Dossier:
        """A dossier of these entries, with the scores of the countries they cover."""
        return cls(title, author, purpose, scope, entries, countries=covered_countries(library, entries))

    def entities(self) -> dict[tuple[str, str], list[int]]:
        """Each entity mentioned across the dossier, with the entry numbers it appears in."""
        found: dict[tuple[str, str], list[int]] = {}
        for number, entry in enumerate(self.entries, start=1):
            for fact_type, canonical, _text in entry.facts:
                if fact_type in ("criminal_group", "place", "country", "institution", "commodity"):
                    found.setdefault((fact_type, canonical), [])
                    if number not in found[(fact_type, canonical)]:
                        found[(fact_type, canonical)].append(number)
        return dict(sorted(found.items(), key=lambda item: (item[0][0], item[0][1].casefold())))


def _facts_by_paragraph(
    library: Library, paragraph_ids: set[int]
) -> dict[int, list[tuple[str, str, int, int, str]]]:
    found: dict[int, list[tuple[str, str, int, int, str]]] = {}
    for fact in list_facts(library, paragraph_ids=sorted(paragraph_ids)):
        if fact.type != "role":
            found.setdefault(fact.paragraph_id, []).append(
                (fact.type, fact.canonical, fact.start, fact.end, fact.text)
            )
    return found


def _scores_of(library: Library, sources: dict[int, ExcerptSource]) -> dict[int, IndicatorScore]:
    """Each paragraph's indicator score, for its document's country and edition."""
    by_document = document_scores(library, {s.document_id for s in sources.values()})
    return {
        paragraph_id: by_document[s.document_id][s.indicator]
        for paragraph_id, s in sources.items()
        if s.indicator and s.indicator in by_document.get(s.document_id, {})
    }


def covered_countries(library: Library, entries: list[Entry]) -> list[CountryScores]:
    """The scores of each country and edition the entries come from, in order of first appearance."""
    return countries_scores(
        library,
        [
            (e.source.country_iso, e.source.edition)
            for e in entries
            if e.source.country_iso and e.source.edition
        ],
    )


def from_bookmarks(
    library: Library,
    *,
    tag: str | None = None,
    document_id: int | None = None,
    color: str | None = None,
    ids: list[int] | None = None,
) -> list[Entry]:
    """Entries for bookmarks (orphans left out: they have no paragraph to quote), in the given order."""
    records = [
        r for r in list_bookmarks(library, tag=tag, document_id=document_id, color=color) if not r.orphan
    ]
    if ids is not None:
        by_id = {r.id: r for r in records}
        records = [by_id[i] for i in ids if i in by_id]
    sources = excerpt_sources(library, [r.paragraph_id for r in records if r.paragraph_id is not None])
    facts = _facts_by_paragraph(library, set(sources))
    scores = _scores_of(library, sources)
    entries = []
    for record in records:
        source = sources[record.paragraph_id]  # type: ignore[index]
        start, end = record.start - source.start, record.end - source.start
        inside = [
            (t, c, x) for t, c, s, e, x in facts.get(source.paragraph_id, []) if start <= s and e <= end
        ]
        highlight = None if (start, end) == (0, len(source.text)) else (start, end)
        entries.append(
            Entry(
                source,
                highlight,
                record.note,
                record.tags,
                record.color,
                inside,
                record,
                scores.get(source.paragraph_id),
            )
        )
    return entries


def from_search(library: Library, query: str, limit: int = 200) -> list[Entry]:
    """Entries for the paragraphs a search finds, best first."""
    hits = search(library, query, limit).hits
    sources = excerpt_sources(library, [h.paragraph_id for h in hits])
    facts = _facts_by_paragraph(library, set(sources))
    scores = _scores_of(library, sources)
    return [
        Entry(
            sources[h.paragraph_id],
            None,
            "",
            [],
            "yellow",
            [(t, c, x) for t, c, _s, _e, x in facts.get(h.paragraph_id, [])],
            score=scores.get(h.paragraph_id),
        )
        for h in hits
        if h.paragraph_id in sources
    ]
