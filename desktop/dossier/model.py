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
from desktop.dossier.i18n import Words
from desktop.dossier.names import country_in, indicator_in
from desktop.dossier.sources import sources_of
from desktop.scores_display import score_sentence
from domain.records import CountryScores, DocumentSummary, IndicatorScore

Fact = tuple[str, str, str]  # (type, canonical, text)
# The fact types an entity appendix lists (years and figures are not entities).
ENTITY_TYPES = ("criminal_group", "place", "country", "institution", "commodity")


@dataclass(frozen=True)
class Entry:
    source: ExcerptSource
    highlight: tuple[int, int] | None  # span of the bookmarked quote inside the paragraph
    note: str
    tags: list[str]
    color: str
    facts: list[Fact]  # the facts of the quote (of the whole paragraph when it is bookmarked whole)
    bookmark: BookmarkRecord | None = None
    score: IndicatorScore | None = None  # the Index's score of the paragraph's indicator, when imported
    # Every fact of the paragraph: the dossier prints the whole paragraph, so the entity appendix counts
    # an excerpt that names an entity outside the bookmarked words too.
    paragraph_facts: tuple[Fact, ...] = ()

    @property
    def indicator_name(self) -> str:
        return indicator_in(self.source.language, self.source.indicator)

    def provenance(self, words: Words | None = None) -> list[str]:
        words = words or Words("en")
        language = words.language
        s = self.source
        page = words.get("page_of_source", page=s.page) if s.page else ""
        edition = words.get("edition", edition=s.edition or "?")
        country = country_in(language, s.country_iso, s.country)
        indicator = indicator_in(language, s.indicator)
        lines = [
            f"{s.title} — {country} ({s.country_iso or '?'}), {edition}",
            f"{' › '.join(s.section_path)} · {indicator} · {words.get('paragraph', number=s.number)}{page}",
            words.get("imported", source=s.source_name, date=f"{s.imported_at:%Y-%m-%d}", sha=s.sha256[:12]),
        ]
        if self.score is None:
            return lines
        return [score_sentence(self.score, s.edition, words.phrases), *lines]


def distinct_facts(facts: list[Fact]) -> list[Fact]:
    """One fact per (type, canonical name), the first found: « cocaine; cocaine » reads « cocaine »."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for fact in facts:
        if (fact[0], fact[1]) not in seen:
            seen.add((fact[0], fact[1]))
            kept.append(fact)
    return kept


def criteria_from(
    *,
    tag: str | None = None,
    document: str | None = None,
    color: str | None = None,
    query: str | None = None,
    chosen: bool = False,
) -> tuple[tuple[str, str], ...]:
    """What selected a dossier's excerpts, for its cover: (("tag", "drogues"),), (("search", "…"),)…"""
    if query:
        return (("search", query),)
    if chosen:
        return (("chosen", ""),)
    found = tuple(
        (key, value) for key, value in (("tag", tag), ("document", document), ("color", color)) if value
    )
    return found or (("all", ""),)


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
    language: str = "en"  # the language the dossier is written in (en, fr, es)
    criteria: tuple[tuple[str, str], ...] = ()  # what selected the excerpts (criteria_from)
    sources: list[DocumentSummary] = field(default_factory=list)  # the reports quoted, in order

    @classmethod
    def gather(
        cls,
        library: Library,
        title: str,
        author: str,
        purpose: str,
        scope: str,
        entries: list[Entry],
        *,
        language: str = "en",
        criteria: tuple[tuple[str, str], ...] = (),
    ) -> Dossier:
        """A dossier of these entries, with the scores of the countries they cover and their reports."""
        return cls(
            title,
            author,
            purpose,
            scope,
            entries,
            countries=covered_countries(library, entries),
            language=language,
            criteria=criteria,
            sources=sources_of(library, [e.source.document_id for e in entries]),
        )

    @property
    def words(self) -> Words:
        return Words(self.language)

    def scope_in_words(self) -> str:
        """ "12 excerpts from 3 reports, tag « drogues »"; the given scope when no criteria are known."""
        reports = len({e.source.document_id for e in self.entries})
        sentence = self.words.scope(len(self.entries), reports, self.criteria)
        return sentence if self.criteria else f"{sentence} — {self.scope}"

    def entities(self) -> dict[tuple[str, str], list[int]]:
        """Each entity named across the dossier, with the numbers of every entry whose paragraph names it."""
        found: dict[tuple[str, str], list[int]] = {}
        for number, entry in enumerate(self.entries, start=1):
            for fact_type, canonical, _text in (*entry.facts, *entry.paragraph_facts):
                if fact_type in ENTITY_TYPES:
                    numbers = found.setdefault((fact_type, canonical), [])
                    if number not in numbers:
                        numbers.append(number)
        return dict(sorted(found.items(), key=lambda item: (item[0][0], item[0][1].casefold())))

    def texts_in_language(self) -> dict[tuple[str, str], list[str]]:
        """What the facts matched in excerpts written in the dossier's language, per entity: the names
        `entity_in` may use for it."""
        seen: dict[tuple[str, str], list[str]] = {}
        for entry in self.entries:
            if entry.source.language == self.language:
                for fact_type, canonical, text in (*entry.facts, *entry.paragraph_facts):
                    seen.setdefault((fact_type, canonical), []).append(text)
        return seen


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
        inside = distinct_facts(
            [(t, c, x) for t, c, s, e, x in facts.get(source.paragraph_id, []) if start <= s and e <= end]
        )
        everything = tuple((t, c, x) for t, c, _s, _e, x in facts.get(source.paragraph_id, []))
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
                everything,
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
            distinct_facts([(t, c, x) for t, c, _s, _e, x in facts.get(h.paragraph_id, [])]),
            score=scores.get(h.paragraph_id),
            paragraph_facts=tuple((t, c, x) for t, c, _s, _e, x in facts.get(h.paragraph_id, [])),
        )
        for h in hits
        if h.paragraph_id in sources
    ]
