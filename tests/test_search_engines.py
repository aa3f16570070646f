"""One query-semantics suite, run against both engines: they must find the same paragraphs.

The library holds three reports written for these tests (tests/engine_fixtures.py): Belgium 2023 in
French (no scores), the Netherlands 2025 in English and France 2025 in Spanish (invented scores).
Expectations name paragraphs by (country, indicator) and were written from the texts, before running.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.library import Library
from db.search.engines import engine_choice
from db.search.service import LibrarySearch, SearchResults
from db.search.sync import IndexState, sync_index
from tests.engine_fixtures import BE, FR, INDICATORS, NL, build_library, paragraph_ids
from tests.score_fixtures import invented_score

ENGINES = ("whoosh", "tantivy")


@pytest.fixture(scope="module", params=ENGINES)
def searcher(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LibrarySearch]:
    library = build_library(tmp_path_factory.mktemp(request.param))
    report = sync_index(library, engine=request.param)
    assert report.rebuilt and report.paragraphs_indexed == 30
    assert engine_choice(library) == request.param
    found = LibrarySearch(library)
    yield found
    found.close()
    library.close()


def _found(searcher: LibrarySearch, query: str, limit: int = 40) -> set[tuple[str, str]]:
    results = searcher.search(query, limit)
    assert results.total == len(results.hits), (query, results.total, len(results.hits))
    return {(h.country_iso or "", h.indicator or "") for h in results.hits}


def _every(country: str) -> set[tuple[str, str]]:
    return {(country, key) for key in INDICATORS}


COCAINE = {(BE, "cocaine_trade"), (NL, "cocaine_trade"), (FR, "cocaine_trade")}
HEROIN = {(BE, "heroin_trade"), (NL, "heroin_trade"), (FR, "heroin_trade")}
CANNABIS = {(BE, "cannabis_trade"), (NL, "cannabis_trade"), (FR, "cannabis_trade")}

QUERIES = {
    # stemming and accent folding, in the three languages at once
    "cocaïne": COCAINE,
    "cocaine": COCAINE,
    "heroine": HEROIN,
    "passeur": {(BE, "human_smuggling")},
    "smuggler": {(NL, "human_smuggling")},
    "traficantes": {(FR, "human_smuggling")},
    # aliases: the English name finds the French one, and back
    "Antwerp": {(BE, "counterfeit_goods"), (BE, "cocaine_trade"), (NL, "heroin_trade")},
    "Anvers": {(BE, "counterfeit_goods"), (BE, "cocaine_trade"), (NL, "heroin_trade")},
    # elisions, and phrases across stop words
    '"port d’Anvers"': {(BE, "counterfeit_goods"), (BE, "cocaine_trade")},
    '"port d\'Anvers"': {(BE, "counterfeit_goods"), (BE, "cocaine_trade")},
    # "port of Rotterdam" is itself a name of Rotterdam in the alias table: every Rotterdam paragraph
    '"port of Rotterdam"': {
        (NL, "cocaine_trade"),
        (NL, "heroin_trade"),
        (NL, "extortion_protection_racketeering"),
    },
    '"port of Rotterdam" containers': {(NL, "cocaine_trade")},
    '"puerto de Le Havre"': {(FR, "cocaine_trade")},
    '"Rotterdam port"': set(),
    # boolean operators
    "cocaine port": {(BE, "cocaine_trade"), (NL, "cocaine_trade")},
    "cocaine AND port": {(BE, "cocaine_trade"), (NL, "cocaine_trade")},
    "cocaine -Rotterdam": {(BE, "cocaine_trade"), (FR, "cocaine_trade")},
    "cocaine NOT Rotterdam": {(BE, "cocaine_trade"), (FR, "cocaine_trade")},
    "héroïne OR cannabis": HEROIN | CANNABIS,
    # prefixes and wildcards (folded, no cap on expansions)
    "contreband*": {(BE, "excisable_goods")},
    "smugg*": {(NL, "human_smuggling"), (NL, "excisable_goods")},
    "Rotterd?m": {(NL, "extortion_protection_racketeering"), (NL, "heroin_trade"), (NL, "cocaine_trade")},
    # fuzzy: one typo, two in long words
    "cocaien~": COCAINE,
    "hreoin~": HEROIN,  # two neighbouring letters swapped: one edit in both engines
    "legitimite~": {(NL, "counterfeit_goods")},  # 9 letters once analysed: two edits allowed
    "concieled~": set(),  # 7 letters: one edit only, and "conceal" is two away
    "laboratorries~": {(BE, "synthetic_drug_trade"), (NL, "synthetic_drug_trade")},
    # filters
    "country:BE": _every(BE),
    "country:Belgique": _every(BE),
    "country:nl cocaine": {(NL, "cocaine_trade")},
    "indicator:cocaine_trade": COCAINE,
    "pillar:criminal_markets": _every(BE) | _every(NL) | _every(FR),
    "edition:2023": _every(BE),
    "language:es": _every(FR),
    "document:francia": _every(FR),
    "section:drugs cannabis": {(NL, "cannabis_trade")},  # section titles are in the report's language
    "section:drogas cannabis": {(FR, "cannabis_trade")},
    "tag:portwatch": {(NL, "cocaine_trade")},
    "tag:PortWatch": {(NL, "cocaine_trade")},
    "tag:perfume*": {(BE, "counterfeit_goods")},
    "bookmarked:yes": {(NL, "cocaine_trade"), (BE, "counterfeit_goods")},
    "bookmarked:no cocaine": {(BE, "cocaine_trade"), (FR, "cocaine_trade")},
    "entity:havre": {(FR, "cocaine_trade")},
    # nothing to find, and bad syntax that still searches the words
    "zzzzqqq": set(),
    "country:": set(),
}


@pytest.mark.parametrize("query", list(QUERIES))
def test_query_language(searcher, query):
    assert _found(searcher, query) == QUERIES[query]


def _scores() -> dict[tuple[str, str], float]:
    return {(iso, key): invented_score(iso, key, 2025) for iso in (NL, FR) for key in INDICATORS}


@pytest.mark.parametrize(
    ("query", "keep"),
    [
        ("score:>=5", lambda s: s >= 5),
        ("score:<4", lambda s: s < 4),
        ("score:[3 TO 6]", lambda s: 3 <= s <= 6),
        ("score:{3 TO 6}", lambda s: 3 < s < 6),
    ],
)
def test_score_ranges_find_scored_paragraphs_only(searcher, query, keep):
    expected = {pair for pair, score in _scores().items() if keep(score)}
    assert expected  # the invented scores spread over the range
    assert _found(searcher, query) == expected
    assert _found(searcher, f"{query} language:en") == {p for p in expected if p[0] == NL}


def test_sorting_by_score_puts_the_highest_first_and_unscored_last(searcher):
    results = searcher.search("pillar:criminal_markets", limit=30, sort="score")
    scores = [h.indicator_score for h in results.hits]
    scored = [s for s in scores if s is not None]
    assert scored == sorted(scored, reverse=True) and len(scored) == 20
    assert scores[20:] == [None] * 10
    top = searcher.search("pillar:criminal_markets", limit=3, sort="score")
    assert [h.indicator_score for h in top.hits] == scores[:3] and top.total == 30


def test_facets_count_every_match(searcher):
    results = searcher.search("cocaine OR heroine", limit=2)
    assert results.total == 6 and len(results.hits) == 2
    assert results.facets["country"] == {"be": 2, "nl": 2, "fr": 2}
    assert results.facets["language"] == {"fr": 2, "en": 2, "es": 2}
    assert results.facets["indicator"] == {"cocaine_trade": 3, "heroin_trade": 3}
    assert results.facets["pillar"] == {"criminal_markets": 6}
    assert results.facets["edition"] == {"2023": 2, "2025": 4}


def test_snippets_mark_the_words_found_through_stems_folding_and_aliases(searcher):
    found = searcher.search("Antwerp cocaine")
    assert [(h.country_iso, h.indicator) for h in found.hits] == [(BE, "cocaine_trade")]
    snippet = found.hits[0].snippet
    assert "<mark>cocaïne</mark>" in snippet and "<mark>Anvers</mark>" in snippet
    fuzzy = searcher.search("cocaien~ language:en")
    assert "<mark>Cocaine</mark>" in fuzzy.hits[0].snippet
    prefix = searcher.search("contreband*")
    assert "<mark>contrebande</mark>" in prefix.hits[0].snippet


def test_a_misspelt_word_gets_a_suggestion(searcher):
    found = searcher.search("cocaiine")
    assert found.total == 0 and found.suggestion in {"cocaïne", "cocaine", "cocaína"}


def _results_signature(results: SearchResults) -> tuple[int, frozenset[int], dict[str, dict[str, int]]]:
    return results.total, frozenset(h.paragraph_id for h in results.hits), results.facets


def test_both_engines_give_the_same_results(tmp_path: Path):
    """The same library indexed by each engine in turn: totals, hits and facets agree on every query."""
    library = build_library(tmp_path)
    queries = [*QUERIES, "score:>=5", "score:[3 TO 6] cocaine", "cocaine OR heroine"]
    seen: dict[str, list[tuple[int, frozenset[int], dict[str, dict[str, int]]]]] = {}
    for engine in ENGINES:
        assert sync_index(library, engine=engine).rebuilt
        searcher = LibrarySearch(library)
        seen[engine] = [_results_signature(searcher.search(q, 40)) for q in queries]
        searcher.close()
    assert seen["whoosh"] == seen["tantivy"]
    assert paragraph_ids(library)  # the library itself is untouched by the switches
    library.close()


def test_a_new_library_uses_tantivy_and_reindex_switches(tmp_path: Path):
    library = Library.open(tmp_path / "library")
    assert engine_choice(library) == "tantivy"
    library.close()


def test_reindex_switches_the_engine_from_the_command_line(cli, library_dir, sample_report):
    assert cli("import", sample_report, "--no-facts").code == 0
    for engine in ("whoosh", "tantivy", "whoosh"):
        result = cli("reindex", "--engine", engine)
        assert result.code == 0 and result.out.strip() == "reindexed 1 documents, 32 paragraphs"
        found = cli("search", "cocaïne", "--json")
        assert found.code == 0 and found.json()["total"] == 2
        state = IndexState.read(library_dir / "index")
        assert state is not None and state.engine == engine
    with pytest.raises(SystemExit):  # argparse refuses an unknown engine before anything changes
        cli("reindex", "--engine", "lucene")


_FUZZ_PIECES = [
    "cocaïne",
    "port",
    "d’Anvers",
    "Antwerp",
    '"',
    "«",
    "»",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    "*",
    "?",
    "~",
    "~2",
    "^",
    "+",
    "-",
    ">",
    "<",
    ">=",
    "=",
    "\\",
    "/",
    "AND",
    "OR",
    "NOT",
    "ANDNOT",
    "country:",
    "score:",
    "score:>=",
    "tag:",
    "bookmarked:",
    "7",
    "TO",
    " ",
    " ",
    " ",
    "'",
    ",",
    ".",
    "é",
    "ß",
    "\x00",
]


def test_no_query_string_makes_a_search_fail(searcher):
    """Any text typed or pasted gives results or a note, never an exception (fixed seed)."""
    import random

    rng = random.Random(16)
    for _ in range(300):
        query = "".join(rng.choice(_FUZZ_PIECES) for _ in range(rng.randint(1, 12)))
        results = searcher.search(query, 10)
        assert results.total >= len(results.hits)


# Issue 15: the page first, the facets after. Both engines, every query of the suite and a few more.
_FACET_QUERIES = [*QUERIES, "score:>=5", "score:[3 TO 6] cocaine", "cocaine OR heroine"]


@pytest.mark.parametrize("query", _FACET_QUERIES)
def test_facet_counts_are_the_facets_search_gives(searcher, query):
    engine = searcher.engine
    assert engine is not None
    with_facets = engine.search(query, 40)
    assert engine.facet_counts(query) == with_facets.facets
    assert set(with_facets.facets) == {"country", "indicator", "pillar", "edition", "language"}


@pytest.mark.parametrize("sort", ["relevance", "score"])
@pytest.mark.parametrize("query", _FACET_QUERIES)
def test_a_search_without_facets_finds_the_same_page_and_total(searcher, query, sort):
    engine = searcher.engine
    assert engine is not None
    with_facets = engine.search(query, 5, sort)
    without = engine.search(query, 5, sort, facets=False)
    assert without.facets == {}
    assert (without.total, without.hits) == (with_facets.total, with_facets.hits)
    assert without.matched_terms == with_facets.matched_terms
    assert without.corrections == with_facets.corrections


def test_facet_counts_count_every_match_beyond_the_page(searcher):
    assert searcher.engine is not None
    counted = searcher.engine.facet_counts("cocaine OR heroine")
    assert counted["country"] == {"be": 2, "nl": 2, "fr": 2}
    assert counted["indicator"] == {"cocaine_trade": 3, "heroin_trade": 3}
    assert counted["edition"] == {"2023": 2, "2025": 4}
    assert searcher.engine.facet_counts("score:>=5 language:en")["language"] == {
        "en": sum(1 for (iso, _), s in _scores().items() if iso == NL and s >= 5)
    }
