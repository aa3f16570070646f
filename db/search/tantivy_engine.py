"""The search engine on tantivy (its official Python bindings): our analysis, Whoosh's query language.

Every text field is fed the terms db.search.analysis makes, joined by spaces, into a whitespace-tokenized
field: stems, elisions, folding, aliases and phrase positions (renumbered after stop words) are exactly
those the Whoosh engine indexes. The query is parsed by db.search.query_language and its tree translated
here. Facets are raw fast fields counted in one aggregation; the Index score is a fast float field.
"""

from __future__ import annotations

import fnmatch
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import tantivy
from whoosh import query as wq

from db.search.analysis import LANGUAGES, plain_analyzer, terms
from db.search.engine import FACETS, Correction, EngineResults, IndexDamaged, IndexedParagraph
from db.search.lexicon import Lexicon, near_terms
from db.search.marks import BookmarkMarks
from db.search.query_language import (
    CONTENT_FIELDS,
    FACET_FIELDS,
    MARK_FIELDS,
    PLAIN_FIELDS,
    SEARCHED_FIELDS,
    query_parser,
)

SCHEMA_VERSION = 2  # 2: accents folded before stemming (the analysis changed)
TOKENIZER = "excerpta_terms"
# Tantivy refuses terms over 65,530 bytes; a word that long is garbage anyway.
LONGEST_TERM = 1000
# Terms of facet values are counted in full: 193 countries at most, 32 indicators, a few editions.
FACET_SIZE = 10_000
# The writer's memory: enough to build 100,000 paragraphs in one segment, small for an update.
BULK_HEAP, UPDATE_HEAP = 96_000_000, 20_000_000
_POSITIONAL = {*CONTENT_FIELDS, *(name for name, phrase in PLAIN_FIELDS.items() if phrase)}
_INTEGER_FIELDS = ("pid", "did")


def _is_damage(error: BaseException) -> bool:
    """Errors the bindings raise on damaged files. A Rust panic arrives as pyo3's PanicException, a
    BaseException that the bindings do not export; interrupts and exits are never damage."""
    return isinstance(error, Exception) or type(error).__name__ == "PanicException"


def _tantivy_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_integer_field("pid", indexed=True, fast=True)
    builder.add_integer_field("did", indexed=True)
    for name in [*CONTENT_FIELDS, *PLAIN_FIELDS]:
        option = "position" if name in _POSITIONAL else "freq"
        builder.add_text_field(name, tokenizer_name=TOKENIZER, index_option=option)
    for name in FACET_FIELDS.values():
        builder.add_text_field(name, tokenizer_name="raw", fast=True, index_option="basic")
    builder.add_float_field("score", indexed=True, fast=True)
    return builder.build()


def _analyzer() -> tantivy.TextAnalyzer:
    whitespace = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace())
    return whitespace.filter(tantivy.Filter.remove_long(LONGEST_TERM)).build()


@lru_cache(maxsize=8192)
def _plain(text: str) -> str:
    """Folded terms of a name field. Cached: country, indicator, pillar, section and document names
    repeat on every paragraph of a report, and were most of the analysis time of a rebuild."""
    return " ".join(plain_analyzer().terms(text)) if text else ""


def _regex_escape(text: str) -> str:
    """Escapes for tantivy's regex syntax (Rust's): only its meta characters."""
    return "".join("\\" + c if c in r"\.+*?()|[]{}^$#&-~" else c for c in text)


def _wildcard_regex(pattern: str) -> str:
    return "".join(".*" if c == "*" else "." if c == "?" else _regex_escape(c) for c in pattern)


def _boolean(clauses: list[tuple[tantivy.Occur, tantivy.Query]]) -> tantivy.Query:
    return tantivy.Query.boolean_query(clauses) if clauses else tantivy.Query.empty_query()


class TantivyEngine:
    name = "tantivy"
    schema_version = SCHEMA_VERSION

    def __init__(self, directory: Path, create: bool = False) -> None:
        self.directory = directory
        self.schema = _tantivy_schema()
        self.parser = query_parser()
        try:
            if create:
                directory.mkdir(parents=True, exist_ok=True)
                self.index = tantivy.Index(self.schema, path=str(directory), reuse=False)
            elif not tantivy.Index.exists(str(directory)):
                raise IndexDamaged(f"{directory}: no tantivy index")
            else:
                self.index = tantivy.Index.open(str(self._readable_copy(directory)))
            self.index.register_tokenizer(TOKENIZER, _analyzer())
            self.index.config_reader(reload_policy="manual")
            self.searcher = self.index.searcher()
            self._lexicons: dict[str, Lexicon] = {}
            self.marks = BookmarkMarks(directory)
        except IndexDamaged:
            raise
        except BaseException as error:  # unreadable or missing files: the sync rebuilds them
            if not _is_damage(error):
                raise
            raise IndexDamaged(f"{directory}: {str(error)[:200]}") from error

    # writing ---------------------------------------------------------------------------------------

    def replace_documents(
        self,
        document_ids: Iterable[int],
        paragraphs: Iterable[IndexedParagraph],
        progress: Callable[[int], None] | None = None,
        bulk: bool = False,
    ) -> None:
        # Threads, not processes: nothing outlives this process if it is killed.
        writer = self.index.writer(BULK_HEAP if bulk else UPDATE_HEAP, 0 if bulk else 1)
        document_ids = list(document_ids)
        bookmarked: list[IndexedParagraph] = []
        try:
            for document_id in document_ids:
                writer.delete_documents_by_term("did", document_id)
            for count, paragraph in enumerate(paragraphs, start=1):
                writer.add_document(self._document(paragraph))
                if paragraph.bookmarked:
                    bookmarked.append(paragraph)
                if progress and count % 500 == 0:
                    progress(count)
            writer.commit()
            writer.wait_merging_threads()
        except BaseException:
            writer.rollback()
            raise
        # After the index commit: a crash in between leaves the state file behind, so the sync redoes
        # these documents, bookmarks included. Searches see the change after `refresh`, which the sync
        # calls once (as for Whoosh).
        self.marks.save(self.marks.replace(document_ids, bookmarked))

    @staticmethod
    def _document(p: IndexedParagraph) -> tantivy.Document:
        language = p.language if p.language in LANGUAGES else "en"
        fields: dict[str, Any] = {
            "pid": p.paragraph_id,
            "did": p.document_id,
            f"content_{language}": " ".join(terms(language, p.text)),
            "aliases": _plain(p.aliases),
            "country": _plain(f"{p.country_iso} {p.country_names}"),
            "indicator": _plain(f"{p.indicator_key} {p.indicator_names}"),
            "pillar": _plain(f"{p.pillar_key} {p.pillar_names}"),
            "section": _plain(p.section_path),
            "document": _plain(p.document_names),
            "entity": _plain(p.entities),
            "country_iso": p.country_iso or "-",
            "indicator_key": p.indicator_key or "-",
            "pillar_key": p.pillar_key or "-",
            "edition": p.edition or "-",
            "language": p.language,
        }
        # No score, no value: `score:<4` must not find unscored paragraphs; they sort last.
        if p.score is not None:
            fields["score"] = float(p.score)
        return tantivy.Document(**fields)

    # reading ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.index.reload()
            self.searcher = self.index.searcher()
            self._lexicons = {}
            self.marks.reload()
        except BaseException as error:  # unreadable or missing files: the sync rebuilds them
            if not _is_damage(error):
                raise
            raise IndexDamaged(f"{self.directory}: {str(error)[:200]}") from error

    def paragraph_count(self) -> int:
        return int(self.searcher.num_docs)

    def search(
        self, query_text: str, limit: int = 20, sort: str = "relevance", facets: bool = True
    ) -> EngineResults:
        parsed, note, normalised_text = self.parser.parse(query_text)
        try:
            query = self._translate(parsed)
        except ValueError as error:  # a pattern tantivy's regex syntax refuses: nothing found, said once
            note = f"could not search for {query_text!r} ({str(error)[:120]})"
            empty: dict[str, dict[str, int]] = {n: {} for n in FACETS} if facets else {}
            return EngineResults(0, [], empty, note=note, parsed_text=normalised_text)
        try:
            searcher = self.searcher
            if sort == "score":
                hits, total = self._by_score(query, limit)
            else:
                found = searcher.search(query, limit, count=True)
                pids = searcher.fast_field_values("pid", [address for _, address in found.hits])
                hits = [(int(pid), float(s)) for (s, _), pid in zip(found.hits, pids, strict=True)]  # type: ignore[arg-type]
                total = int(getattr(found, "count", 0) or 0)
            if not facets:  # counted later, by facet_counts, when the page is already shown
                counts = {}
            else:
                counts = self._facet_counts(query) if total else {name: {} for name in FACETS}
            matched = self._matched_terms(parsed)
            corrections = self._suggest(parsed) if total == 0 and query_text.strip() else []
        except BaseException as error:  # unreadable or missing files: the sync rebuilds them
            if not _is_damage(error):
                raise
            raise IndexDamaged(f"{self.directory}: {str(error)[:200]}") from error
        return EngineResults(total, hits, counts, matched, corrections, note, normalised_text)

    def facet_counts(self, query_text: str) -> dict[str, dict[str, int]]:
        """The facets `search` counts, alone: one aggregation, no ranking."""
        parsed, _note, _text = self.parser.parse(query_text)
        try:
            query = self._translate(parsed)
        except ValueError:  # a pattern tantivy's regex syntax refuses: nothing found (search says why)
            return {name: {} for name in FACETS}
        try:
            return self._facet_counts(query)
        except BaseException as error:  # unreadable or missing files: the sync rebuilds them
            if not _is_damage(error):
                raise
            raise IndexDamaged(f"{self.directory}: {str(error)[:200]}") from error

    def _by_score(self, query: tantivy.Query, limit: int) -> tuple[list[tuple[int, float]], int]:
        """Highest Index score first, relevance among equal scores (as Whoosh sorts): the top page by
        score, then the hits tied with its last score ranked by relevance."""
        searcher = self.searcher
        top = searcher.search(query, limit, count=True, order_by_field="score")
        total = int(getattr(top, "count", 0) or 0)
        if not top.hits:
            return [], total
        values = [value for value, _ in top.hits]
        cutoff = values[-1]
        must = tantivy.Occur.Must
        if cutoff is None:
            above = tantivy.Query.exists_query("score")
            tied = _boolean([(must, tantivy.Query.all_query()), (tantivy.Occur.MustNot, above)])
        else:
            above = tantivy.Query.range_query(
                self.schema, "score", tantivy.FieldType.Float, cutoff, None, include_lower=False
            )
            tied = tantivy.Query.range_query(self.schema, "score", tantivy.FieldType.Float, cutoff, cutoff)
        ranked: list[tuple[float, float, int]] = []
        for part in (above, tied):
            found = searcher.search(_boolean([(must, query), (must, part)]), limit, count=False)
            addresses = [address for _, address in found.hits]
            pids = searcher.fast_field_values("pid", addresses)
            scores = searcher.fast_field_values("score", addresses)
            for (relevance, _), pid, score in zip(found.hits, pids, scores, strict=True):
                ranked.append((-(score if score is not None else 0.0), -float(relevance), int(pid)))  # type: ignore[arg-type]
            if len(ranked) >= limit:
                break
        ranked.sort()
        return [(pid, -relevance) for _, relevance, pid in ranked[:limit]], total

    def _facet_counts(self, query: tantivy.Query) -> dict[str, dict[str, int]]:
        request = {
            name: {"terms": {"field": field, "size": FACET_SIZE}} for name, field in FACET_FIELDS.items()
        }
        found = self.searcher.aggregate(query, request)
        counts: dict[str, dict[str, int]] = {}
        for name in FACETS:
            buckets = found.get(name, {}).get("buckets", [])
            counts[name] = {str(b["key"]): int(b["doc_count"]) for b in buckets if b["key"] != "-"}
        return counts

    # translating Whoosh's query tree -----------------------------------------------------------------

    def _translate(self, q: wq.Query) -> tantivy.Query:
        translated = self._translate_node(q)
        boost = getattr(q, "boost", 1.0)
        if boost != 1.0 and not isinstance(q, (wq.NumericRange, wq.TermRange)):
            return tantivy.Query.boost_query(translated, float(boost))
        return translated

    def _translate_node(self, q: wq.Query) -> tantivy.Query:
        must, should, must_not = tantivy.Occur.Must, tantivy.Occur.Should, tantivy.Occur.MustNot
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            return tantivy.Query.empty_query()
        if isinstance(q, wq.Every):
            return tantivy.Query.all_query()
        if isinstance(q, wq.And):
            return _boolean([(must, self._translate(s)) for s in q.subqueries])
        if isinstance(q, wq.Or):
            return _boolean([(should, self._translate(s)) for s in q.subqueries])
        if isinstance(q, wq.DisjunctionMax):
            return tantivy.Query.disjunction_max_query([self._translate(s) for s in q.subqueries])
        if isinstance(q, wq.Not):
            return _boolean([(must, tantivy.Query.all_query()), (must_not, self._translate(q.query))])
        if isinstance(q, wq.AndNot):
            return _boolean([(must, self._translate(q.a)), (must_not, self._translate(q.b))])
        if isinstance(q, wq.AndMaybe):
            return _boolean([(must, self._translate(q.a)), (should, self._translate(q.b))])
        if isinstance(q, wq.Require):
            return _boolean([(must, self._translate(q.a)), (must, self._translate(q.b))])
        if isinstance(q, wq.ConstantScoreQuery):
            return tantivy.Query.const_score_query(self._translate(q.child), float(q.score))
        if isinstance(q, wq.NumericRange):
            return self._score_range(q.fieldname, q.start, q.end, not q.startexcl, not q.endexcl)
        fieldname = getattr(q, "fieldname", None)
        if fieldname in MARK_FIELDS:
            return self._marks_query(q)
        if isinstance(q, wq.FuzzyTerm):
            return tantivy.Query.fuzzy_term_query(self.schema, q.fieldname, q.text, distance=q.maxdist)
        if isinstance(q, wq.Prefix):
            return self._regex(q.fieldname, _regex_escape(q.text) + ".*")
        if isinstance(q, wq.Wildcard):
            return self._regex(q.fieldname, _wildcard_regex(q.text))
        if isinstance(q, wq.Regex):
            return self._regex(q.fieldname, q.text)
        if isinstance(q, wq.TermRange):
            return self._term_range(q)
        if isinstance(q, wq.Phrase):
            return self._phrase(q)
        if isinstance(q, wq.Term):
            return self._term(q.fieldname, q.text)
        return tantivy.Query.empty_query()  # a node the language never produces

    def _term(self, fieldname: str, text: object) -> tantivy.Query:
        if fieldname == "score":
            value = self.parser.schema["score"].from_bytes(text) if isinstance(text, bytes) else text
            return self._score_range("score", value, value, True, True)
        if fieldname in _INTEGER_FIELDS:
            value = str(text)
            return (
                tantivy.Query.term_query(self.schema, fieldname, int(value))
                if value.isdigit()
                else (tantivy.Query.empty_query())
            )
        if fieldname not in self._text_fields():
            return tantivy.Query.empty_query()
        return tantivy.Query.term_query(self.schema, fieldname, str(text))

    def _score_range(
        self, fieldname: str, start: object, end: object, include_start: bool, include_end: bool
    ) -> tantivy.Query:
        if fieldname != "score":
            return tantivy.Query.empty_query()
        low = float(start) if isinstance(start, (int, float)) else None
        high = float(end) if isinstance(end, (int, float)) else None
        return tantivy.Query.range_query(
            self.schema, "score", tantivy.FieldType.Float, low, high, include_start, include_end
        )

    def _term_range(self, q: wq.TermRange) -> tantivy.Query:
        """`edition:[2021 TO 2023]`: the field's terms within the bounds, as Whoosh expands them."""
        if q.fieldname not in self._text_fields():
            return tantivy.Query.empty_query()
        start, end = q.start or "", q.end
        found = [
            t
            for t, _ in self.searcher.terms_with_prefix(q.fieldname, "")
            if (t > start or (t == start and not q.startexcl))
            and (end is None or t < end or (t == end and not q.endexcl))
        ]
        return (
            tantivy.Query.term_set_query(self.schema, q.fieldname, found)
            if found
            else (tantivy.Query.empty_query())
        )

    def _phrase(self, q: wq.Phrase) -> tantivy.Query:
        words = [str(w) for w in q.words]
        if q.fieldname not in self._text_fields() or not words:
            return tantivy.Query.empty_query()
        if len(words) == 1:
            return self._term(q.fieldname, words[0])
        if q.fieldname not in _POSITIONAL:  # no positions: all the words, anywhere
            return _boolean([(tantivy.Occur.Must, self._term(q.fieldname, w)) for w in words])
        positions: list[str | tuple[int, str]] = list(words)
        return tantivy.Query.phrase_query(self.schema, q.fieldname, positions, slop=max(0, q.slop - 1))

    def _regex(self, fieldname: str, pattern: str) -> tantivy.Query:
        if fieldname not in self._text_fields():
            return tantivy.Query.empty_query()
        return tantivy.Query.regex_query(self.schema, fieldname, pattern)

    def _marks_query(self, q: wq.Query) -> tantivy.Query:
        if isinstance(q, wq.Prefix):
            pids = self.marks.paragraphs(q.fieldname, q.text, "prefix")
        elif isinstance(q, wq.Wildcard):
            pids = self.marks.paragraphs(q.fieldname, q.text, "wildcard")
        elif isinstance(q, wq.Term) and q.fieldname == "bookmarked" and q.text == "no":
            marked = self.marks.paragraphs("bookmarked", "yes")
            return _boolean(
                [(tantivy.Occur.Must, tantivy.Query.all_query()), (tantivy.Occur.MustNot, self._pids(marked))]
            )
        elif isinstance(q, wq.Term):
            pids = self.marks.paragraphs(q.fieldname, str(q.text))
        else:
            pids = []
        return self._pids(pids)

    def _pids(self, pids: list[int]) -> tantivy.Query:
        if not pids:
            return tantivy.Query.empty_query()
        return tantivy.Query.const_score_query(tantivy.Query.term_set_query(self.schema, "pid", pids), 1.0)

    @staticmethod
    def _text_fields() -> set[str]:
        return {*CONTENT_FIELDS, *PLAIN_FIELDS, *FACET_FIELDS.values()}

    # terms for highlighting and suggestions ----------------------------------------------------------

    def _matched_terms(self, parsed: wq.Query) -> dict[str, set[str]]:
        """Indexed terms the query asks for, per language ("fr", "en", "es") and "aliases"."""
        searcher = self.searcher
        matched: dict[str, set[str]] = {}
        for leaf in parsed.leaves():
            fieldname = getattr(leaf, "fieldname", None)
            if fieldname not in SEARCHED_FIELDS:
                continue
            found: list[str] = []
            if isinstance(leaf, wq.FuzzyTerm):  # what tantivy's automaton matched: any letter may be wrong
                found = self._lexicon(fieldname).near(leaf.text, leaf.maxdist)
            elif isinstance(leaf, wq.Prefix):
                found = [t for t, _ in searcher.terms_with_prefix(fieldname, leaf.text)]
            elif isinstance(leaf, wq.Wildcard):
                head = leaf.text.split("*")[0].split("?")[0]
                found = [
                    t
                    for t, _ in searcher.terms_with_prefix(fieldname, head)
                    if fnmatch.fnmatchcase(t, leaf.text)
                ]
            elif isinstance(leaf, wq.Phrase):
                found = [str(w) for w in leaf.words if searcher.doc_freq(fieldname, str(w))]
            elif isinstance(leaf, wq.Term) and searcher.doc_freq(fieldname, str(leaf.text)):
                found = [str(leaf.text)]
            if found:
                matched.setdefault(fieldname.removeprefix("content_"), set()).update(found)
        return matched

    def _lexicon(self, fieldname: str) -> Lexicon:
        """A field's terms, read once per state of the index (a few ms at 100,000 paragraphs)."""
        lexicon = self._lexicons.get(fieldname)
        if lexicon is None:
            lexicon = Lexicon(term for term, _ in self.searcher.terms_with_prefix(fieldname, ""))
            self._lexicons[fieldname] = lexicon
        return lexicon

    def _suggest(self, parsed: wq.Query) -> list[Correction]:
        """For each word of the query the index does not have, the closest indexed term (edit distance,
        then frequency) and one paragraph that has it, from which the service reads the real word."""
        searcher = self.searcher
        corrections: dict[tuple[int, int], Correction] = {}
        for leaf in parsed.leaves():
            if not isinstance(leaf, wq.Term) or isinstance(leaf, wq.FuzzyTerm):
                continue
            if not leaf.fieldname.startswith("content_"):
                continue
            start, end = getattr(leaf, "startchar", None), getattr(leaf, "endchar", None)
            text = str(leaf.text)
            if start is None or end is None or (start, end) in corrections or not text:
                continue
            if searcher.doc_freq(leaf.fieldname, text):
                continue
            lexicon = searcher.terms_with_prefix(leaf.fieldname, text[0])
            candidates: list[tuple[str, int]] = []
            for distance in (1, 2):
                candidates = near_terms(text, lexicon, distance)
                if candidates:
                    break
            if not candidates:
                continue
            best = max(sorted(candidates), key=lambda c: c[1])[0]  # most frequent, then first A-Z
            found = searcher.search(
                tantivy.Query.term_query(self.schema, leaf.fieldname, best), 1, count=False
            )
            if found.hits:
                pid = searcher.fast_field_values("pid", [found.hits[0][1]])[0]
                corrections[(start, end)] = Correction(
                    start,
                    end,
                    leaf.fieldname.removeprefix("content_"),
                    best,
                    int(pid),  # type: ignore[arg-type]
                )
        return sorted(corrections.values(), key=lambda c: c.start)

    def _readable_copy(self, directory: Path) -> Path:
        """The folder to open: tantivy takes a lock file even to read, which read-only media refuse, so
        there the index is read from a private temporary copy (removed at close)."""
        self._scratch: tempfile.TemporaryDirectory[str] | None = None
        if os.access(directory, os.W_OK):
            return directory
        self._scratch = tempfile.TemporaryDirectory(prefix="excerpta-index-")
        copy = Path(self._scratch.name) / directory.name
        shutil.copytree(directory, copy)
        return copy

    def close(self) -> None:
        # The bindings free the index (and unmap its files, which Windows needs to delete an old folder)
        # when it is no longer referenced; nothing holds a lock for reading.
        self.searcher = None  # type: ignore[assignment]
        self.index = None  # type: ignore[assignment]
        if getattr(self, "_scratch", None) is not None:  # the read-only media's temporary copy
            self._scratch.cleanup()  # type: ignore[union-attr]
            self._scratch = None
