"""The search engine on Whoosh (the maintained whoosh-reloaded fork): schema, writes, queries.

One content field per language, each with its own analyzer; a query is parsed against all of them, so
a French query finds French paragraphs and an English query English ones, ranked together by BM25F.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from operator import itemgetter
from pathlib import Path

from whoosh import columns, index
from whoosh.fields import ID, KEYWORD, NUMERIC, TEXT, Schema
from whoosh.qparser import FuzzyTermPlugin, GtLtPlugin, MultifieldParser, PlusMinusPlugin
from whoosh.query import And, FuzzyTerm, NullQuery, Or, Phrase, Prefix, Query, Term, Wildcard
from whoosh.reading import IndexReader
from whoosh.searching import Searcher
from whoosh.sorting import FieldFacet, ScoreFacet

from db.search.aliases import load_alias_table
from db.search.analysis import LANGUAGES, analyzer_for, fold, plain_analyzer
from db.search.engine import FACETS, Correction, EngineResults, IndexedParagraph
from db.search.query_text import (
    bound_query,
    drop_empty_filters,
    empty_filters,
    has_dangling_operator,
    normalise_query,
    plain_words,
)

CONTENT_FIELDS = [f"content_{language}" for language in LANGUAGES]
SEARCHED_FIELDS = [*CONTENT_FIELDS, "aliases"]
FACET_FIELDS = {
    "country": "country_iso",
    "indicator": "indicator_key",
    "pillar": "pillar_key",
    "edition": "edition",
    "language": "language",
}
SCHEMA_VERSION = 5  # 2: one-pass analyzer; 3: indicator scores; 4: none when unscored; 5: fold, then stem


class ScoreField(NUMERIC):  # type: ignore[misc]
    """A sortable float field. Whoosh 2.7's own packs its NaN default into the integer column that floats
    are sorted by, and fails; here the default is the sortable form of 0 (no score sorts last)."""

    def __init__(self) -> None:
        super().__init__(float, sortable=True)

    def default_column(self) -> columns.NumericColumn:
        return columns.NumericColumn(self.sortable_typecode, default=self.to_column_value(0.0))


def build_schema() -> Schema:
    plain = plain_analyzer()
    fields: dict[str, object] = {
        # No spelling=True: its extra fields doubled the postings, and Whoosh 2.7 stats a file for every
        # posting of a field without lengths. Suggestions and fuzzy terms use the stemmed terms instead.
        f"content_{language}": TEXT(analyzer=analyzer_for(language), phrase=True)
        for language in LANGUAGES
    }
    fields.update(
        pid=ID(stored=True, unique=True),
        did=ID,
        aliases=TEXT(analyzer=plain, phrase=True),
        country=TEXT(analyzer=plain, phrase=False),
        country_iso=ID(sortable=True),
        indicator=TEXT(analyzer=plain, phrase=False),
        indicator_key=ID(sortable=True),
        pillar=TEXT(analyzer=plain, phrase=False),
        pillar_key=ID(sortable=True),
        section=TEXT(analyzer=plain, phrase=True),
        edition=ID(sortable=True),
        language=ID(sortable=True),
        document=TEXT(analyzer=plain, phrase=True),
        tag=KEYWORD(lowercase=True, commas=True),
        bookmarked=ID,
        entity=TEXT(analyzer=plain, phrase=True),
        # `score:>=7`, `score:[5 TO 7]` and sorting by score. Paragraphs without a score have no term
        # (no range finds them) and sort as 0.
        score=ScoreField(),
    )
    return Schema(**fields)


def _exact_phrases(query: Query) -> Query:
    """A phrase is exact: it reaches the alias field only when the phrase is itself an alias name."""
    if (
        isinstance(query, Phrase)
        and query.fieldname == "aliases"
        and not load_alias_table().is_name(tuple(query.words))
    ):
        return NullQuery
    return query


def _searchable(schema: Schema) -> Callable[[Query], Query]:
    """Leaves Whoosh would fail on at search time: a phrase in a field without positions becomes its
    words, and an empty term (left of a stray field-like prefix) matches nothing."""

    def visit(query: Query) -> Query:
        fieldname = getattr(query, "fieldname", None)
        if (
            isinstance(query, Phrase)
            and fieldname in schema
            and not schema[fieldname].format.supports("positions")
        ):
            return And([Term(fieldname, word) for word in query.words])
        if isinstance(query, Term) and query.text in ("", b""):
            return NullQuery
        return query

    return visit


def _fold_loose_terms(query: Query) -> Query:
    """Prefix and wildcard terms bypass the analyzer: fold them as indexed terms are folded."""
    if isinstance(query, (Prefix, Wildcard)) and isinstance(query.text, str):
        query.text = fold(query.text)
    return query


def _indexed_form(fieldname: str, word: str) -> str | None:
    """A typed word as the field indexes it (stemmed and folded for content, folded for the rest)."""
    language = fieldname.removeprefix("content_")
    analyzer = analyzer_for(language) if fieldname.startswith("content_") else plain_analyzer()
    return next((token.text for token in analyzer(word)), None)


def _expand_fuzzy(query: Query, reader: IndexReader) -> Query:
    """`word~`: the typed word is analysed into its indexed form first, then terms within the edit
    distance of that form are looked up (Whoosh would compare the raw word with stems)."""
    if not isinstance(query, FuzzyTerm):
        return query
    form = _indexed_form(query.fieldname, query.text)
    if form is None:
        return NullQuery
    near = {form, *reader.terms_within(query.fieldname, form, query.maxdist, query.prefixlength)}
    return Or([Term(query.fieldname, term, boost=query.boost) for term in sorted(near)])


def _matched_terms(query: Query, reader: IndexReader) -> dict[str, set[str]]:
    """Indexed terms the query asks for, per language ("fr", "en", "es") and "aliases".

    Not `Query.existing_terms`: in Whoosh 2.7 it reuses its `fieldname` argument as a loop variable, so
    after the first leaf it skips every leaf of another field.
    """
    matched: dict[str, set[str]] = {}
    for leaf in query.leaves():
        for fieldname, text in leaf.expanded_terms(reader):
            if fieldname not in SEARCHED_FIELDS:
                continue
            term = text.decode("utf-8") if isinstance(text, bytes) else str(text)
            if (fieldname, term) in reader:
                matched.setdefault(fieldname.removeprefix("content_"), set()).add(term)
    return matched


def _relevance(score: float | tuple[float, ...] | None) -> float:
    """A hit's BM25F score. Sorted by score, Whoosh gives the sort key instead: (score, -relevance)."""
    if isinstance(score, tuple):
        return -float(score[-1])
    return float(score or 0.0)


class WhooshEngine:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        if index.exists_in(str(directory)):
            self.ix = index.open_dir(str(directory))
        else:
            self.ix = index.create_in(str(directory), build_schema())
        self._facet_cache: tuple[int, dict[str, list[str]]] | None = None
        self._searcher: Searcher | None = None
        self.parser = MultifieldParser(SEARCHED_FIELDS, self.ix.schema)
        self.parser.add_plugin(PlusMinusPlugin())
        self.parser.add_plugin(FuzzyTermPlugin())
        self.parser.add_plugin(GtLtPlugin())

    # writing ---------------------------------------------------------------------------------------

    def replace_documents(
        self,
        document_ids: Iterable[int],
        paragraphs: Iterable[IndexedParagraph],
        progress: Callable[[int], None] | None = None,
        bulk: bool = False,
    ) -> None:
        # A bulk rebuild uses both cores and leaves several segments: the final merge would cost the gain.
        if bulk:
            writer = self.ix.writer(procs=2, limitmb=128, multisegment=True)
        else:
            writer = self.ix.writer(limitmb=128)
        try:
            for document_id in document_ids:
                writer.delete_by_term("did", str(document_id))
            for count, paragraph in enumerate(paragraphs, start=1):
                writer.add_document(**self._fields(paragraph))
                if progress and count % 500 == 0:
                    progress(count)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

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
            "tag": p.tags,
            "bookmarked": "yes" if p.bookmarked else "no",
            "entity": p.entities,
        }
        # No score, no term: `score:<4` must not find unscored paragraphs; they still sort last.
        if p.score is not None:
            fields["score"] = p.score
        return fields

    def clear(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        self.ix.close()
        self.ix = index.create_in(str(self.directory), build_schema())

    # reading ---------------------------------------------------------------------------------------

    def paragraph_count(self) -> int:
        return int(self.ix.doc_count())

    def parse(self, query_text: str) -> tuple[Query, str | None, str]:
        """The query, a note when the text had to be changed, and the text actually parsed."""
        text, note = bound_query(normalise_query(query_text))
        empty = empty_filters(text)
        if empty or has_dangling_operator(text):
            text = drop_empty_filters(text)
            ignored = [f + ":" for f in empty] or ["an operator"]
            note = "; ".join(filter(None, [note, f"ignored {', '.join(ignored)} with nothing after it"]))
            note += f"; searched for {text!r}"
        try:
            query = self.parser.parse(text)
        except Exception:  # the parser rarely raises; when it does, the words still get searched
            query = NullQuery
        if (query is NullQuery or isinstance(query, type(NullQuery))) and plain_words(text):
            words = plain_words(text)
            try:
                query = self.parser.parse(words)
            except Exception:  # no syntax is left, but no string may ever raise out of a search
                query = NullQuery
            note = f"could not understand {query_text!r}; searched for the words {words!r} instead"
        query = query.accept(_searchable(self.parser.schema))  # ix.schema re-reads the TOC file
        return query.accept(_fold_loose_terms).accept(_exact_phrases).normalize(), note, text

    def search(self, query_text: str, limit: int = 20, sort: str = "relevance") -> EngineResults:
        parsed, note, normalised_text = self.parse(query_text)
        searcher = self._current_searcher()
        query = parsed.accept(lambda q: _expand_fuzzy(q, searcher.reader()))
        # Two passes beat Whoosh's own faceting, which scores and sorts every match: the top page
        # with the optimised top-N collector, then all matching documents unscored for the counts.
        if sort == "score":  # highest score first, relevance among equal scores
            by_score = [FieldFacet("score", reverse=True), ScoreFacet()]
            results = searcher.search(query, limit=limit, sortedby=by_score)
        else:
            results = searcher.search(query, limit=limit)
        hits = [(int(hit["pid"]), _relevance(hit.score)) for hit in results]
        matches = list(searcher.docs_for_query(query))
        total = len(matches)
        facet_counts = self._facet_counts(searcher, matches)
        matched = _matched_terms(query, searcher.reader())
        corrections = self._suggest(searcher, parsed) if total == 0 and query_text.strip() else []
        return EngineResults(total, hits, facet_counts, matched, corrections, note, normalised_text)

    def _current_searcher(self) -> Searcher:
        """One searcher kept open between searches, reopened only when the index has changed."""
        if self._searcher is None:
            self._searcher = self.ix.searcher()
        else:
            self._searcher = self._searcher.refresh()
        return self._searcher

    def _facet_values(self, searcher: Searcher) -> dict[str, list[str]]:
        """Each facet's value for every document number, read once per index generation."""
        generation = searcher.reader().generation()
        if self._facet_cache is None or self._facet_cache[0] != generation:
            reader = searcher.reader()
            values = {name: list(reader.column_reader(field)) for name, field in FACET_FIELDS.items()}
            self._facet_cache = (generation, values)
        return self._facet_cache[1]

    def _facet_counts(self, searcher: Searcher, matches: list[int]) -> dict[str, dict[str, int]]:
        if not matches:
            return {name: {} for name in FACETS}
        pick = itemgetter(*matches)
        counts = {}
        for name, values in self._facet_values(searcher).items():
            picked = pick(values)
            counter = Counter(picked if len(matches) > 1 else (picked,))
            counter.pop("-", None)
            counts[name] = dict(counter)
        return counts

    @staticmethod
    def _suggest(searcher: Searcher, parsed: Query) -> list[Correction]:
        """For each word of the query the index does not have, the closest indexed term (edit distance,
        then frequency) and one paragraph that has it, from which the service reads the real word."""
        reader = searcher.reader()
        corrections: dict[tuple[int, int], Correction] = {}
        for leaf in parsed.leaves():
            if not isinstance(leaf, Term) or not leaf.fieldname.startswith("content_"):
                continue
            start, end = getattr(leaf, "startchar", None), getattr(leaf, "endchar", None)
            if (
                start is None
                or end is None
                or (start, end) in corrections
                or (leaf.fieldname, leaf.text) in reader
            ):
                continue
            candidates = []
            for maxdist in (1, 2):
                candidates = list(reader.terms_within(leaf.fieldname, leaf.text, maxdist, prefix=1))
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
