"""The pure-Python search engine, on Whoosh (the maintained whoosh-reloaded fork).

One content field per language, each with its own analyzer; a query is parsed against all of them
(db.search.query_language), so a French query finds French paragraphs and an English one English ones.
What the bench measured and this engine avoids: a second pass over every match for totals and facets
(one collector does both), fuzzy terms compared with the whole lexicon (prefix length 1), score ranges
rebuilt as id lists at every query (a cached document set, used as a filter).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from whoosh import index
from whoosh import query as wq
from whoosh.collectors import Collector, SortingCollector, TopCollector, UnsortedCollector
from whoosh.matching.binary import AndNotMatcher
from whoosh.query import NullQuery, Or, Query, Term
from whoosh.reading import IndexReader
from whoosh.searching import Searcher
from whoosh.sorting import FieldFacet, ScoreFacet

from db.search.analysis import LANGUAGES
from db.search.engine import FACETS, Correction, EngineResults, IndexDamaged, IndexedParagraph
from db.search.lexicon import edit_distance_within
from db.search.marks import BookmarkMarks
from db.search.query_language import FACET_FIELDS, MARK_FIELDS, SEARCHED_FIELDS, build_schema, query_parser


def _find_first_allowed(self: AndNotMatcher) -> None:
    if self.a.is_active() and self.b.is_active():
        self._find_next()


# Whoosh 2.7's AndNotMatcher only looks for the first excluded document when both sub-matchers start on
# the same one: with `cocaine -port`, a paragraph with both words came back when an earlier paragraph
# had "port" alone. Its own `_find_next` already skips the excluded side forward correctly.
AndNotMatcher._find_first = _find_first_allowed

# 2: one-pass analyzer; 3: indicator scores; 4: none when unscored; 5: bookmarks beside the index
SCHEMA_VERSION = 6  # 6: accents folded before stemming (the analysis changed)


def _relevance(score: float | tuple[float, ...] | None) -> float:
    """A hit's BM25F score. Sorted by score, Whoosh gives the sort key instead: (score, -relevance)."""
    if isinstance(score, tuple):
        return -float(score[-1])
    return float(score or 0.0)


class _OnePass(Collector):  # type: ignore[misc]  # whoosh has no type hints
    """Collects the top hits and, in the same walk over the matches, every matching (segment, document)
    pair for the totals and the facets; `allow` is a filter (the score range's cached document set).
    Without `keep_matches` (a search whose facets come later) it only counts them, for the exact total."""

    def __init__(self, child: Collector, allow: frozenset[int] | None, keep_matches: bool = True) -> None:
        self.child = child
        self.allow = allow
        self.keep_matches = keep_matches
        self.matches_by_segment: list[tuple[int, list[int]]] = []  # (segment number, sub-docnums)
        self._counted = 0

    def prepare(self, top_searcher: Searcher, q: Query, context: Any) -> None:
        self.child.prepare(top_searcher, q, context)
        self.top_searcher = top_searcher
        self._segment = -1

    def set_subsearcher(self, subsearcher: Searcher, offset: int) -> None:
        self.child.set_subsearcher(subsearcher, offset)
        self.offset = offset
        self._segment += 1
        self.matches_by_segment.append((self._segment, []))

    def collect_matches(self) -> None:
        child, allow, offset = self.child, self.allow, self.offset
        found = self.matches_by_segment[-1][1]
        keep, counted = self.keep_matches, 0
        for sub_docnum in child.matches():
            if allow is not None and offset + sub_docnum not in allow:
                continue
            if keep:
                found.append(sub_docnum)
            counted += 1
            child.collect(sub_docnum)
        self._counted += counted

    def finish(self) -> None:
        self.child.finish()

    def results(self) -> Any:
        return self.child.results()

    def count(self) -> int:
        return self._counted


class WhooshEngine:
    name = "whoosh"
    schema_version = SCHEMA_VERSION

    def __init__(self, directory: Path, create: bool = False) -> None:
        self.directory = directory
        self.parser = query_parser()
        try:
            if create:
                directory.mkdir(parents=True, exist_ok=True)
                self.ix = index.create_in(str(directory), build_schema())
            else:
                self.ix = index.open_dir(str(directory))
            self.marks = BookmarkMarks(directory)
        except Exception as error:
            raise IndexDamaged(f"{directory}: {str(error)[:200]}") from error
        self._searcher: Searcher | None = None
        # per segment id: each facet's value for every document of the segment (segments never change)
        self._segment_facets: dict[str, dict[str, list[str]]] = {}
        self._ranges: tuple[int, dict[str, frozenset[int]]] = (-1, {})

    # writing ---------------------------------------------------------------------------------------

    def replace_documents(
        self,
        document_ids: Iterable[int],
        paragraphs: Iterable[IndexedParagraph],
        progress: Callable[[int], None] | None = None,
        bulk: bool = False,
    ) -> None:
        # One process, always: Whoosh's procs>1 writer forks workers that outlive a killed parent.
        writer = self.ix.writer(limitmb=128 if bulk else 32)
        document_ids = list(document_ids)
        bookmarked: list[IndexedParagraph] = []
        try:
            for document_id in document_ids:
                writer.delete_by_term("did", str(document_id))
            for count, paragraph in enumerate(paragraphs, start=1):
                writer.add_document(**self._fields(paragraph))
                if paragraph.bookmarked:
                    bookmarked.append(paragraph)
                if progress and count % 500 == 0:
                    progress(count)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        self.marks.save(self.marks.replace(document_ids, bookmarked))

    @staticmethod
    def _fields(p: IndexedParagraph) -> dict[str, object]:
        language = p.language if p.language in LANGUAGES else "en"
        fields: dict[str, object] = {
            "pid": str(p.paragraph_id),
            "did": str(p.document_id),
            f"content_{language}": p.text,
            "aliases": p.aliases,
            "country": f"{p.country_iso} {p.country_names}",
            "country_iso": p.country_iso or "-",
            "indicator": f"{p.indicator_key} {p.indicator_names}",
            "indicator_key": p.indicator_key or "-",
            "pillar": f"{p.pillar_key} {p.pillar_names}",
            "pillar_key": p.pillar_key or "-",
            "section": p.section_path,
            "edition": p.edition or "-",
            "language": p.language,
            "document": p.document_names,
            "entity": p.entities,
        }
        # No score, no term: `score:<4` must not find unscored paragraphs; they still sort last.
        if p.score is not None:
            fields["score"] = p.score
        return fields

    # reading ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self._current_searcher()
            self.marks.reload()
        except Exception as error:
            raise IndexDamaged(f"{self.directory}: {str(error)[:200]}") from error

    def paragraph_count(self) -> int:
        try:
            return int(self.ix.doc_count())
        except Exception as error:
            raise IndexDamaged(f"{self.directory}: {str(error)[:200]}") from error

    def parse(self, query_text: str) -> tuple[Query, str | None, str]:
        return self.parser.parse(query_text)

    def search(
        self, query_text: str, limit: int = 20, sort: str = "relevance", facets: bool = True
    ) -> EngineResults:
        parsed, note, normalised_text = self.parser.parse(query_text)
        try:
            searcher = self._current_searcher()
            query, allow = self._prepared(parsed, searcher)
            if sort == "score":  # highest score first, relevance among equal scores
                child = SortingCollector([FieldFacet("score", reverse=True), ScoreFacet()], limit=limit)
            else:
                # No block skipping, no matcher replacement: every match must be seen for the counts.
                child = TopCollector(limit=limit, usequality=False, replace=0)
            collector = _OnePass(child, allow, keep_matches=facets)
            searcher.search_with_collector(query, collector)
            results = collector.results()
            hits = [(int(hit["pid"]), _relevance(hit.score)) for hit in results]
            total = collector.count()
            facet_counts = self._facet_counts(searcher, collector.matches_by_segment) if facets else {}
            matched = _matched_terms(query, searcher.reader())
            corrections = self._suggest(searcher, parsed) if total == 0 and query_text.strip() else []
        except Exception as error:
            raise IndexDamaged(f"{self.directory}: {str(error)[:200]}") from error
        return EngineResults(total, hits, facet_counts, matched, corrections, note, normalised_text)

    def facet_counts(self, query_text: str) -> dict[str, dict[str, int]]:
        """The facets `search` counts, alone: every match is walked unscored, nothing is ranked."""
        parsed, _note, _text = self.parser.parse(query_text)
        try:
            searcher = self._current_searcher()
            query, allow = self._prepared(parsed, searcher)
            collector = _OnePass(UnsortedCollector(), allow)
            searcher.search_with_collector(query, collector)
            return self._facet_counts(searcher, collector.matches_by_segment)
        except Exception as error:
            raise IndexDamaged(f"{self.directory}: {str(error)[:200]}") from error

    def _prepared(self, parsed: Query, searcher: Searcher) -> tuple[Query, frozenset[int] | None]:
        """The parsed query as this index runs it: bookmarks and fuzzy terms expanded, a score range
        made a filter."""
        reader = searcher.reader()
        expanded = parsed.accept(self._bookmark_leaf).accept(lambda q: _expand_fuzzy(q, reader))
        return self._with_score_filter(expanded, searcher)

    def _bookmark_leaf(self, q: Query) -> Query:
        """`tag:` and `bookmarked:` become the paragraphs the bookmark map lists."""
        if getattr(q, "fieldname", None) not in MARK_FIELDS or isinstance(q, wq.compound.CompoundQuery):
            return q
        if isinstance(q, wq.Prefix):
            pids = self.marks.paragraphs(q.fieldname, q.text, "prefix")
        elif isinstance(q, wq.Wildcard):
            pids = self.marks.paragraphs(q.fieldname, q.text, "wildcard")
        elif isinstance(q, Term) and q.fieldname == "bookmarked" and q.text == "no":
            marked = self.marks.paragraphs("bookmarked", "yes")
            return wq.Not(Or([Term("pid", str(p)) for p in marked])) if marked else wq.Every()
        elif isinstance(q, Term):
            pids = self.marks.paragraphs(q.fieldname, str(q.text))
        else:
            pids = []
        if not pids:
            return NullQuery
        return wq.ConstantScoreQuery(Or([Term("pid", str(p)) for p in pids]), 1.0)

    def _with_score_filter(self, query: Query, searcher: Searcher) -> tuple[Query, frozenset[int] | None]:
        """A score range that must hold (alone, or one of an And) becomes a filter: its document set is
        built once per index generation and reused, instead of an id list built twice per query."""
        parts = list(query.subqueries) if isinstance(query, wq.And) else [query]
        ranges = [p for p in parts if isinstance(p, wq.NumericRange) and p.fieldname == "score"]
        if not ranges:
            return query, None
        generation = searcher.reader().generation()
        if self._ranges[0] != generation:
            self._ranges = (generation, {})
        cache = self._ranges[1]
        allow: frozenset[int] | None = None
        for score_range in ranges:
            key = repr(score_range)
            if key not in cache:
                cache[key] = frozenset(searcher.docs_for_query(score_range))
            allow = cache[key] if allow is None else allow & cache[key]
        rest = [p for p in parts if p not in ranges]
        if not rest:
            return wq.Every(), allow
        return (rest[0] if len(rest) == 1 else wq.And(rest)), allow

    def _current_searcher(self) -> Searcher:
        """One searcher kept open between searches, reopened only when the index has changed."""
        if self._searcher is None:
            self._searcher = self.ix.searcher()
        else:
            self._searcher = self._searcher.refresh()
        return self._searcher

    def _facet_counts(
        self, searcher: Searcher, matches: list[tuple[int, list[int]]]
    ) -> dict[str, dict[str, int]]:
        """Counted from each segment's columns, read once per segment: after an update only the new
        segment is read, not every facet value of the library."""
        counters = {name: Counter[str]() for name in FACETS}
        leaves = [leaf for leaf, _ in searcher.leaf_searchers()]
        for segment_number, found in matches:
            if not found:
                continue
            values = self._segment_values(leaves[segment_number])
            for name, column in values.items():
                counters[name].update(column[d] for d in found)
        counts = {}
        for name, counter in counters.items():
            counter.pop("-", None)
            counts[name] = dict(counter)
        return counts

    def _segment_values(self, leaf: Searcher) -> dict[str, list[str]]:
        reader = leaf.reader()
        segment = reader.segment() if hasattr(reader, "segment") else None
        key = segment.segment_id() if segment is not None else str(id(reader))
        if key not in self._segment_facets:
            if len(self._segment_facets) > 256:
                self._segment_facets.clear()
            self._segment_facets[key] = {
                name: list(reader.column_reader(field)) for name, field in FACET_FIELDS.items()
            }
        return self._segment_facets[key]

    @staticmethod
    def _suggest(searcher: Searcher, parsed: Query) -> list[Correction]:
        """For each word of the query the index does not have, the closest indexed term (edit distance,
        then frequency) and one paragraph that has it, from which the service reads the real word."""
        reader = searcher.reader()
        corrections: dict[tuple[int, int], Correction] = {}
        for leaf in parsed.leaves():
            if not isinstance(leaf, Term) or isinstance(leaf, wq.FuzzyTerm):
                continue
            if not leaf.fieldname.startswith("content_"):
                continue
            start, end = getattr(leaf, "startchar", None), getattr(leaf, "endchar", None)
            if (
                start is None
                or end is None
                or (start, end) in corrections
                or not leaf.text
                or (leaf.fieldname, leaf.text) in reader
            ):
                continue
            candidates = []
            for maxdist in (1, 2):
                candidates = sorted(reader.terms_within(leaf.fieldname, leaf.text, maxdist, prefix=1))
                if candidates:
                    break
            if not candidates:
                continue
            best = max(candidates, key=lambda t: reader.doc_frequency(leaf.fieldname, t))
            docnum = next(iter(searcher.docs_for_query(Term(leaf.fieldname, best))), None)
            if docnum is not None:
                pid = int(searcher.stored_fields(docnum)["pid"])
                corrections[(start, end)] = Correction(
                    start, end, leaf.fieldname.removeprefix("content_"), best, pid
                )
        return sorted(corrections.values(), key=lambda c: c.start)

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        self.ix.close()


def _expand_fuzzy(query: Query, reader: IndexReader) -> Query:
    """`word~`: the indexed terms sharing its first letter within its edit distance, counting a swap of
    two neighbouring letters as one edit (as tantivy's automaton does; Whoosh's own counts two)."""
    if not isinstance(query, wq.FuzzyTerm):
        return query
    head = query.text[: max(1, query.prefixlength)]
    field = reader.schema[query.fieldname]
    candidates = [field.from_bytes(term) for term in reader.expand_prefix(query.fieldname, head)]
    near = [term for term in candidates if edit_distance_within(query.text, term, query.maxdist)]
    if not near:
        return NullQuery
    return Or([Term(query.fieldname, term, boost=query.boost) for term in sorted(near)])


def _matched_terms(query: Query, reader: IndexReader) -> dict[str, set[str]]:
    """Indexed terms the query asks for, per language ("fr", "en", "es") and "aliases".

    Not `Query.existing_terms`: in Whoosh 2.7 it reuses its `fieldname` argument as a loop variable, so
    after the first leaf it skips every leaf of another field.
    """
    matched: dict[str, set[str]] = {}
    for leaf in query.leaves():
        if getattr(leaf, "fieldname", None) not in SEARCHED_FIELDS:
            continue
        for fieldname, text in leaf.expanded_terms(reader):
            term = text.decode("utf-8") if isinstance(text, bytes) else str(text)
            if (fieldname, term) in reader:
                matched.setdefault(fieldname.removeprefix("content_"), set()).add(term)
    return matched
