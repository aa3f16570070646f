"""Search as you type in the window (issue 15): the page of hits shows first, its facets follow, and a
newer query never lets an older query's facets reach the Filters dock.

The window is opened on a copy of the session's sample library (real SQLite, real index). To hold the
reader thread at a chosen point, the tests queue a job that waits on an Event they control, or wrap the
pane's own `LibrarySearch.facets` so it waits; nothing of the storage is replaced.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication

from db.search.service import search
from desktop.ui.facet_model import FILTER_ROLE, FacetModel
from desktop.ui.main_window import WIDE_ENOUGH_FOR_FILTERS
from desktop.ui.search_pane import RESULT_LIMIT
from desktop.ui.tasks import Job

pytestmark = pytest.mark.timeout(300)
WAIT = 120000


@pytest.fixture
def window(sample_window):
    return sample_window


@pytest.fixture
def gate(window) -> Iterator[threading.Event]:
    """What holds the reader thread. Opened whatever happened before the pane waits for its thread at
    close (pytest-qt closes the window before fixtures are torn down), so a failure never waits it out."""
    event = threading.Event()
    shutdown = window.search.shutdown

    def opened_then_shutdown() -> None:
        event.set()
        shutdown()

    window.search.shutdown = opened_then_shutdown
    yield event
    event.set()


def shown(model: FacetModel) -> dict[str, dict[str, int]]:
    """What the Filters dock lists, read back as {facet: {value: count}} from its filters and labels."""
    found: dict[str, dict[str, int]] = {}
    for row in range(model.rowCount()):
        facet = model.index(row, 0)
        for value_row in range(model.rowCount(facet)):
            value = model.index(value_row, 0, facet)
            name, key = str(value.data(FILTER_ROLE)).split(":", 1)
            found.setdefault(name, {})[key] = int(str(value.data()).rsplit("(", 1)[1].rstrip(")"))
    return found


def expected_facets(library, query: str) -> dict[str, dict[str, int]]:  # type: ignore[no-untyped-def]
    return search(library, query, RESULT_LIMIT).facets


def non_empty(facets: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    return {name: values for name, values in facets.items() if values}


class Seen:
    """Every page and every facet dict the pane announces, in order."""

    def __init__(self, pane) -> None:  # type: ignore[no-untyped-def]
        self.events: list[tuple[str, object]] = []
        self.rows_at_page: list[int] = []
        pane.results_ready.connect(self._page)
        pane.facets_ready.connect(lambda facets: self.events.append(("facets", facets)))
        self.model: FacetModel | None = None

    def _page(self, results: object) -> None:
        self.events.append(("page", results))
        if self.model is not None:  # what the dock lists when the page arrives
            self.rows_at_page.append(self.model.rowCount())

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.events]

    def facets(self) -> list[object]:
        return [value for kind, value in self.events if kind == "facets"]


def settle(pane) -> None:  # type: ignore[no-untyped-def]
    """Waits for the reader thread, then delivers what it announced: no late signal can follow."""
    pane.wait_for_results()
    QCoreApplication.processEvents()


def test_the_page_comes_first_then_its_facets_fill_the_dock(qtbot, window, library):
    window.resize(WIDE_ENOUGH_FOR_FILTERS + 100, 800)
    pane = window.search
    seen = Seen(pane)
    with qtbot.waitSignals([pane.results_ready, pane.facets_ready], order="strict", timeout=WAIT):
        pane.set_query("cocaïne")
    settle(pane)
    assert seen.kinds() == ["page", "facets"]
    page = seen.events[0][1]
    assert page.facets_pending and page.facets == {} and page.total == 2  # type: ignore[attr-defined]
    expected = expected_facets(library, "cocaïne")
    assert seen.facets() == [expected] and expected["country"] == {"lu": 2}
    assert shown(window.facets) == non_empty(expected)
    assert window.width() >= WIDE_ENOUGH_FOR_FILTERS and window.facet_dock.isVisible()  # wide: it opens


def test_a_cached_query_gives_the_page_and_its_facets_at_once(qtbot, window, library):
    pane = window.search
    for query in ("cocaine", "cocaines"):
        with qtbot.waitSignal(pane.facets_ready, timeout=WAIT):
            pane.set_query(query)
    settle(pane)
    seen = Seen(pane)
    with qtbot.waitSignals([pane.results_ready, pane.facets_ready], order="strict", timeout=WAIT):
        pane.set_query("cocaine")  # as a backspace would
    settle(pane)
    assert seen.kinds() == ["page", "facets"]
    page = seen.events[0][1]
    expected = expected_facets(library, "cocaine")
    assert not page.facets_pending and page.facets == expected  # type: ignore[attr-defined]
    assert seen.facets() == [expected] and shown(window.facets) == non_empty(expected)


def test_a_newer_query_typed_while_the_reader_is_busy_shows_only_its_own_facets(qtbot, window, gate, library):
    pane = window.search
    with qtbot.waitSignal(pane.facets_ready, timeout=WAIT):
        pane.set_query("Luxembourg")  # the pane's searcher exists from here on
    settle(pane)
    counted: list[str] = []
    facets = pane._searcher.facets

    def recorded(query: str) -> dict[str, dict[str, int]]:
        counted.append(query)
        return facets(query)

    pane._searcher.facets = recorded
    busy = threading.Event()
    blocker = Job(lambda _job: busy.set() or gate.wait(60))
    pane._pool.start(blocker)
    qtbot.waitUntil(busy.is_set, timeout=WAIT)
    seen = Seen(pane)
    pane.set_query("cocaïne")
    pane.set_query("Rotterdam")
    with qtbot.waitSignal(pane.facets_ready, timeout=WAIT):
        gate.set()
    settle(pane)
    old, new = expected_facets(library, "cocaïne"), expected_facets(library, "Rotterdam")
    assert old != new
    assert counted == ["Rotterdam"]  # the older query's count never ran
    assert seen.kinds() == ["page", "facets"] and seen.facets() == [new]
    assert seen.events[0][1].query == "Rotterdam"  # type: ignore[attr-defined]
    assert shown(window.facets) == non_empty(new)


def test_facets_overtaken_while_they_are_counted_never_reach_the_dock(qtbot, window, gate, library):
    pane = window.search
    with qtbot.waitSignal(pane.facets_ready, timeout=WAIT):
        pane.set_query("Luxembourg")
    settle(pane)
    first = shown(window.facets)
    assert first == non_empty(expected_facets(library, "Luxembourg"))
    counting = threading.Event()
    facets = pane._searcher.facets
    counted: list[str] = []

    def held(query: str) -> dict[str, dict[str, int]]:
        counted.append(query)
        if query == "cocaïne":  # held until the analyst has typed on
            counting.set()
            gate.wait(60)
        return facets(query)

    pane._searcher.facets = held
    seen = Seen(pane)
    seen.model = window.facets
    with qtbot.waitSignal(pane.results_ready, timeout=WAIT):
        pane.set_query("cocaïne")
    qtbot.waitUntil(counting.is_set, timeout=WAIT)
    assert shown(window.facets) == first  # the dock keeps what it had while the facets are counted
    pane.set_query("Rotterdam")
    with qtbot.waitSignal(pane.facets_ready, timeout=WAIT):
        gate.set()
    settle(pane)
    new = expected_facets(library, "Rotterdam")
    assert counted == ["cocaïne", "Rotterdam"]  # counted, then dropped: it came back too late
    assert seen.kinds() == ["page", "page", "facets"] and seen.facets() == [new]
    assert seen.rows_at_page == [len(first), len(first)]  # never emptied while pending
    assert shown(window.facets) == non_empty(new)


def test_clearing_the_query_clears_the_filters(qtbot, window):
    pane = window.search
    with qtbot.waitSignal(pane.facets_ready, timeout=WAIT):
        pane.set_query("cocaïne")
    assert window.facets.rowCount() > 0
    with qtbot.waitSignal(pane.results_ready, timeout=WAIT):
        pane.set_query("")
    assert window.facets.rowCount() == 0 and not window.facet_dock.isVisible()


def test_facets_of_a_query_overtaken_after_its_page_are_never_counted(qtbot, window, gate, library):
    pane = window.search
    with qtbot.waitSignal(pane.facets_ready, timeout=WAIT):
        pane.set_query("Luxembourg")
    settle(pane)
    searcher = pane._searcher
    searched = threading.Event()
    page_of, facets_of = searcher.search, searcher.facets
    counted: list[str] = []

    def held_search(query, limit=20, sort="relevance", facets=True):  # type: ignore[no-untyped-def]
        found = page_of(query, limit, sort, facets)
        if query == "cocaïne":  # its page is found; the analyst types on before its facets start
            searched.set()
            gate.wait(60)
        return found

    def recorded(query: str) -> dict[str, dict[str, int]]:
        counted.append(query)
        return facets_of(query)

    searcher.search, searcher.facets = held_search, recorded
    seen = Seen(pane)
    pane.set_query("cocaïne")
    qtbot.waitUntil(searched.is_set, timeout=WAIT)
    pane.set_query("Rotterdam")
    with qtbot.waitSignal(pane.facets_ready, timeout=WAIT):
        gate.set()
    settle(pane)
    new = expected_facets(library, "Rotterdam")
    assert counted == ["Rotterdam"]  # the overtaken query's facet job saw it was stale and did nothing
    assert seen.kinds() == ["page", "facets"] and seen.facets() == [new]
    assert shown(window.facets) == non_empty(new)
