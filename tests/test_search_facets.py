"""The page first, the facets after (issue 15): `LibrarySearch.search(..., facets=False)` and `facets`.

A real library (the bundled sample, imported through the import operation), indexed by each engine in
turn. Engine calls are counted with a thin wrapper around the open engine's own methods: the storage and
the index are real, only the calls are tallied.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.library import Library
from db.search.engine import FACETS, EngineResults, SearchEngine
from db.search.service import LibrarySearch, search
from db.search.sync import sync_index
from tests.conftest import import_report
from tests.engine_fixtures import write_reports

ENGINES = ("whoosh", "tantivy")
EMPTY = {name: {} for name in FACETS}


@pytest.fixture(params=ENGINES)
def sample(request: pytest.FixtureRequest, library: Library, sample_report: Path) -> Iterator[Library]:
    import_report(library, sample_report, facts=False)
    sync_index(library, engine=request.param)
    yield library


class EngineCalls:
    """Wraps the engine's `search` and `facet_counts` to tally what the service asks of it."""

    def __init__(self, engine: SearchEngine | None) -> None:
        assert engine is not None
        self.searches: list[tuple[str, bool]] = []
        self.facet_counts: list[str] = []
        search, facet_counts = engine.search, engine.facet_counts

        def counted_search(
            query: str, limit: int = 20, sort: str = "relevance", facets: bool = True
        ) -> EngineResults:
            self.searches.append((query, facets))
            return search(query, limit, sort, facets)

        def counted_facets(query: str) -> dict[str, dict[str, int]]:
            self.facet_counts.append(query)
            return facet_counts(query)

        engine.search = counted_search  # type: ignore[method-assign]
        engine.facet_counts = counted_facets  # type: ignore[method-assign]


def test_a_search_without_facets_gives_the_page_and_says_they_are_pending(sample):
    full = search(sample, "cocaïne", 50)  # the CLI's search: facets included
    assert full.total == 2 and not full.facets_pending
    assert full.facets["country"] == {"lu": 2} and full.facets["language"] == {"fr": 2}
    searcher = LibrarySearch(sample)
    page = searcher.search("cocaïne", 50, facets=False)
    assert page.facets_pending and page.facets == {}
    assert page.total == full.total
    assert [h.paragraph_id for h in page.hits] == [h.paragraph_id for h in full.hits]
    assert [h.snippet for h in page.hits] == [h.snippet for h in full.hits]
    assert searcher.facets("cocaïne") == full.facets
    searcher.close()


def test_facets_are_counted_once_per_query(sample):
    searcher = LibrarySearch(sample)
    calls = EngineCalls(searcher.engine)
    page = searcher.search("cocaïne", 50, facets=False)
    assert page.facets_pending and calls.searches == [("cocaïne", False)]
    counted = searcher.facets("cocaïne")
    assert searcher.facets("cocaïne") == counted and calls.facet_counts == ["cocaïne"]
    # The same page again (a backspace): from the cache, with the facets counted meanwhile.
    again = searcher.search("cocaïne", 50, facets=False)
    assert not again.facets_pending and again.facets == counted
    assert len(calls.searches) == 1
    # Another page size of the same query: the engine ranks again but counts nothing.
    smaller = searcher.search("cocaïne", 1, facets=True)
    assert not smaller.facets_pending and smaller.facets == counted and len(smaller.hits) == 1
    assert calls.searches[-1] == ("cocaïne", False) and calls.facet_counts == ["cocaïne"]
    # A search with its facets remembers them for `facets`.
    with_facets = searcher.search("Luxembourg", 50)
    assert calls.searches[-1] == ("Luxembourg", True) and not with_facets.facets_pending
    assert searcher.facets("Luxembourg") == with_facets.facets and calls.facet_counts == ["cocaïne"]
    # A page cached without facets gets them when a caller wants them, without ranking again.
    searches = len(calls.searches)
    assert searcher.search("Schengen", 50, facets=False).facets_pending
    upgraded = searcher.search("Schengen", 50, facets=True)
    assert not upgraded.facets_pending and upgraded.facets == search(sample, "Schengen", 50).facets
    assert len(calls.searches) == searches + 1 and calls.facet_counts == ["cocaïne", "Schengen"]
    searcher.close()


def test_a_query_without_hits_has_its_empty_facets_at_once(sample):
    searcher = LibrarySearch(sample)
    calls = EngineCalls(searcher.engine)
    page = searcher.search("zzzzqqq", 50, facets=False)
    assert page.total == 0 and not page.facets_pending and page.facets == EMPTY
    assert searcher.facets("zzzzqqq") == EMPTY and calls.facet_counts == []
    searcher.close()


def test_a_change_to_the_index_counts_the_facets_again(sample, tmp_path):
    searcher = LibrarySearch(sample)
    assert searcher.facets("cocaïne")["country"] == {"lu": 2}
    assert searcher.search("cocaïne", 50, facets=False).total == 2
    belgium = next(p for p in write_reports(tmp_path / "reports") if p.name.startswith("belgique"))
    import_report(sample, belgium, facts=False)  # the import brings the index up to date
    assert searcher.facets("cocaïne")["country"] == {"lu": 2, "be": 1}
    page = searcher.search("cocaïne", 50, facets=False)
    assert page.total == 3 and page.facets["edition"] == {"2025": 2, "2023": 1}
    searcher.close()
