"""The search engine on Whoosh (the maintained whoosh-reloaded fork): schema, writes, queries.

One content field per language, each with its own analyzer; a query is parsed against all of them, so
a French query finds French paragraphs and an English query English ones, ranked together by BM25F.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from whoosh import index, sorting
from whoosh.fields import ID, KEYWORD, TEXT, Schema
from whoosh.qparser import FuzzyTermPlugin, MultifieldParser, PlusMinusPlugin
from whoosh.query import FuzzyTerm, NullQuery, Or, Phrase, Prefix, Query, Term, Wildcard
from whoosh.reading import IndexReader

from db.search.aliases import load_alias_table
from db.search.analysis import LANGUAGES, analyzer_for, fold, plain_analyzer
from db.search.engine import FACETS, EngineResults, IndexedParagraph
from db.search.query_text import (
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
SCHEMA_VERSION = 1


def build_schema() -> Schema:
    plain = plain_analyzer()
    fields: dict[str, object] = {
        f"content_{language}": TEXT(analyzer=analyzer_for(language), phrase=True, spelling=True)
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


def _fold_loose_terms(query: Query) -> Query:
    """Prefix, wildcard and fuzzy terms bypass the analyzer: fold them as indexed terms are folded."""
    if isinstance(query, (Prefix, Wildcard, FuzzyTerm)) and isinstance(query.text, str):
        query.text = fold(query.text)
    return query


def _expand_fuzzy(query: Query, reader: IndexReader) -> Query:
    """`word~` on a stemmed field: Whoosh finds nearby words among the unstemmed spelling forms, which
    are not the indexed terms; so each nearby word is analysed into its indexed term here."""
    if not isinstance(query, FuzzyTerm) or not query.fieldname.startswith("content_"):
        return query
    analyzer = analyzer_for(query.fieldname.removeprefix("content_"))
    words = {query.text, *reader.terms_within(query.fieldname, query.text, query.maxdist, query.prefixlength)}
    indexed = {token.text for word in words for token in analyzer(word)}
    return Or([Term(query.fieldname, term, boost=query.boost) for term in sorted(indexed)])


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


class WhooshEngine:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        if index.exists_in(str(directory)):
            self.ix = index.open_dir(str(directory))
        else:
            self.ix = index.create_in(str(directory), build_schema())
        self.parser = MultifieldParser(SEARCHED_FIELDS, self.ix.schema)
        self.parser.add_plugin(PlusMinusPlugin())
        self.parser.add_plugin(FuzzyTermPlugin())

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
            writer = self.ix.writer(procs=2, limitmb=256, multisegment=True)
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
    def _fields(p: IndexedParagraph) -> dict[str, str]:
        language = p.language if p.language in LANGUAGES else "en"
        return {
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

    def clear(self) -> None:
        self.ix.close()
        self.ix = index.create_in(str(self.directory), build_schema())

    # reading ---------------------------------------------------------------------------------------

    def paragraph_count(self) -> int:
        return int(self.ix.doc_count())

    def parse(self, query_text: str) -> tuple[Query, str | None]:
        text = normalise_query(query_text)
        note = None
        empty = empty_filters(text)
        if empty or has_dangling_operator(text):
            text = drop_empty_filters(text)
            ignored = [f + ":" for f in empty] or ["an operator"]
            note = f"ignored {', '.join(ignored)} with nothing after it; searched for {text!r}"
        try:
            query = self.parser.parse(text)
        except Exception:  # the parser rarely raises; when it does, the words still get searched
            query = NullQuery
        if (query is NullQuery or isinstance(query, type(NullQuery))) and plain_words(text):
            query = self.parser.parse(plain_words(text))
            words = plain_words(text)
            note = f"could not understand {query_text!r}; searched for the words {words!r} instead"
        return query.accept(_fold_loose_terms).accept(_exact_phrases).normalize(), note

    def search(self, query_text: str, limit: int = 20) -> EngineResults:
        parsed, note = self.parse(query_text)
        facets = [sorting.FieldFacet(FACET_FIELDS[name], maptype=sorting.Count) for name in FACETS]
        grouped = {name: facet for name, facet in zip(FACETS, facets, strict=True)}
        with self.ix.searcher() as searcher:
            query = parsed.accept(lambda q: _expand_fuzzy(q, searcher.reader()))
            results = searcher.search(query, limit=limit, groupedby=grouped)
            # With facets Whoosh collects every match; only the page asked for becomes hits.
            hits = [(int(hit["pid"]), float(hit.score)) for hit in results[:limit]]
            total = len(results)
            facet_counts = {}
            for name in FACETS:
                facet_counts[name] = {k: v for k, v in results.groups(name).items() if k not in ("-", None)}
            matched = _matched_terms(query, searcher.reader())
            suggestion = None
            if total == 0 and query_text.strip():
                suggestion = self._suggest(searcher, parsed, query_text)
        return EngineResults(total, hits, facet_counts, matched, suggestion, note)

    @staticmethod
    def _suggest(searcher: object, parsed: Query, query_text: str) -> str | None:
        """Whoosh's spelling correction, from the unstemmed words of the index; never an error."""
        try:
            corrected = searcher.correct_query(parsed, normalise_query(query_text))  # type: ignore[attr-defined]
        except Exception:  # the corrector needs character positions that some query nodes lack
            return None
        return str(corrected.string) if corrected.query != parsed else None

    def close(self) -> None:
        self.ix.close()
