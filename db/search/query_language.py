"""The query language both engines understand: Whoosh's MultifieldParser over our fields.

`country:BE score:>=7 "port d'Anvers" cocaine~ traf*` is parsed here once, into a Whoosh query tree; the
Whoosh engine runs the tree itself, the tantivy engine translates it. The field list below is therefore
the language's vocabulary, whatever engine holds the postings.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from whoosh import columns
from whoosh.fields import ID, KEYWORD, NUMERIC, TEXT, Schema
from whoosh.qparser import FuzzyTermPlugin, GtLtPlugin, MultifieldParser, PlusMinusPlugin
from whoosh.query import And, FuzzyTerm, NullQuery, Phrase, Prefix, Query, Term, Wildcard

from db.search.aliases import load_alias_table
from db.search.analysis import LANGUAGES, analyzer_for, fold, plain_analyzer
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
# Facet name → the keyword field holding its raw value ("-" when the paragraph has none).
FACET_FIELDS = {
    "country": "country_iso",
    "indicator": "indicator_key",
    "pillar": "pillar_key",
    "edition": "edition",
    "language": "language",
}
# Text fields fed through the plain analyzer (folded, unstemmed); with positions where phrases make sense.
PLAIN_FIELDS = {
    "aliases": True,
    "country": False,
    "indicator": False,
    "pillar": False,
    "section": True,
    "document": True,
    "entity": True,
}
# Bookmark fields: parsed like the others, but answered from the engine's bookmark map (db.search.marks),
# never written into the index files, so a deleted bookmark leaves no trace there.
MARK_FIELDS = ("tag", "bookmarked")
# Long words get two typos: one is too strict for "trafficking", two too loose for "port".
LONG_WORD = 8


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
        # No spelling=True: its extra fields doubled the postings. Suggestions use the stemmed terms.
        f"content_{language}": TEXT(analyzer=analyzer_for(language), phrase=True)
        for language in LANGUAGES
    }
    fields.update(
        {name: TEXT(analyzer=plain, phrase=phrase) for name, phrase in PLAIN_FIELDS.items()},
        pid=ID(stored=True, unique=True),
        did=ID,
        country_iso=ID(sortable=True),
        indicator_key=ID(sortable=True),
        pillar_key=ID(sortable=True),
        edition=ID(sortable=True),
        language=ID(sortable=True),
        tag=KEYWORD(lowercase=True, commas=True),
        bookmarked=ID,
        # `score:>=7`, `score:[5 TO 7]` and sorting by score. Paragraphs without a score have no term
        # (no range finds them) and sort as 0.
        score=ScoreField(),
    )
    return Schema(**fields)


def tag_terms(tags: str) -> list[str]:
    """A paragraph's tags as the `tag` field's analyzer makes them (comma-separated, lower case)."""
    return sorted({tag.strip().lower() for tag in tags.split(",") if tag.strip()})


def fuzzy_distance(form: str, asked: int = 1) -> int:
    """Edit distance of `word~`: one typo, two for long words, at most two (what automata handle fast)."""
    return min(2, max(asked, 2 if len(form) >= LONG_WORD else 1))


def indexed_form(fieldname: str, word: str) -> str | None:
    """A typed word as the field indexes it (stemmed and folded for content, folded for the rest)."""
    language = fieldname.removeprefix("content_")
    analyzer = analyzer_for(language) if fieldname.startswith("content_") else plain_analyzer()
    return next((token.text for token in analyzer(word)), None)


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
    """Leaves an engine would fail on at search time: a phrase in a field without positions becomes its
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


def _analyse_fuzzy(query: Query) -> Query:
    """`word~` looks for terms near the word's indexed form (Whoosh would compare the raw word with
    stems), with at least its first letter right: a typo is rarely the first letter, and without that
    every typo was compared with the whole lexicon."""
    if not isinstance(query, FuzzyTerm):
        return query
    form = indexed_form(query.fieldname, query.text)
    if form is None:
        return NullQuery
    fuzzy = FuzzyTerm(
        query.fieldname,
        form,
        boost=query.boost,
        maxdist=fuzzy_distance(form, query.maxdist),
        prefixlength=max(1, query.prefixlength),
    )
    fuzzy.startchar, fuzzy.endchar = getattr(query, "startchar", None), getattr(query, "endchar", None)
    return fuzzy


class QueryParser:
    def __init__(self) -> None:
        self.schema = build_schema()
        self.parser = MultifieldParser(SEARCHED_FIELDS, self.schema)
        self.parser.add_plugin(PlusMinusPlugin())
        self.parser.add_plugin(FuzzyTermPlugin())
        self.parser.add_plugin(GtLtPlugin())

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
        except Exception:  # the parser rarely raises (`>word`); when it does, the words still get searched
            query = NullQuery
        if (query is NullQuery or isinstance(query, type(NullQuery))) and plain_words(text):
            words = plain_words(text)
            try:
                query = self.parser.parse(words)
            except Exception:
                query = NullQuery
            note = f"could not understand {query_text!r}; searched for the words {words!r} instead"
        query = query.accept(_searchable(self.schema))
        query = query.accept(_fold_loose_terms).accept(_exact_phrases).accept(_analyse_fuzzy)
        return query.normalize(), note, text


@cache
def query_parser() -> QueryParser:
    return QueryParser()
