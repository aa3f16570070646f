"""Searching from the window, as a user would: type, move with the arrows, open with Enter."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from db.search.service import search
from desktop.ui.facet_model import FILTER_ROLE, FacetModel
from desktop.ui.search_model import SearchResultsModel
from tests.conftest import import_report


@pytest.fixture
def window(sample_window):
    return sample_window


def test_result_and_facet_models_pass_the_model_tester(qtmodeltester, library, sample_report):
    import_report(library, sample_report, facts=False)
    results = search(library, "cocaïne")
    model = SearchResultsModel()
    model.set_results(results)
    qtmodeltester.check(model)
    assert model.rowCount() == results.total
    facets = FacetModel()
    facets.set_facets(results.facets)
    qtmodeltester.check(facets)
    country = facets.index(0, 0)
    assert facets.index(0, 0, country).data(FILTER_ROLE) == "country:lu"


def test_typing_searches_and_enter_opens_the_hit_in_the_reader(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.search
    with qtbot.waitSignal(window.search.results_ready, timeout=120000):
        qtbot.keyClicks(window.search.field, "Rotterdam")
    assert window.search.model.rowCount() == 1
    assert "1 paragraphs" in window.search.count.text()
    qtbot.keyClick(window.search.field, Qt.Key.Key_Down)
    assert window.search.view.hasFocus()
    qtbot.keyClick(window.search.view, Qt.Key.Key_Return)
    html = window.reader.toHtml()
    assert "Rotterdam</span>" in html  # the matched word is highlighted in the reader
    assert "Le trafic de cocaïne est le marché criminel" in window.reader.toPlainText()


def test_escape_clears_the_search(qtbot, window):
    window.focus_search()
    with qtbot.waitSignal(window.search.results_ready, timeout=120000):
        qtbot.keyClicks(window.search.field, "cocaine")  # QTest types ASCII only; folding finds cocaïne
    assert window.search.model.rowCount() > 0
    with qtbot.waitSignal(window.search.results_ready, timeout=120000):
        qtbot.keyClick(window.search.field, Qt.Key.Key_Escape)
    assert window.search.field.text() == "" and window.search.model.rowCount() == 0


def test_clicking_a_facet_adds_its_filter(qtbot, window):
    # The page first, then its facets (issue 15): the filters are there once facets_ready has come.
    with qtbot.waitSignals([window.search.results_ready, window.search.facets_ready], timeout=120000):
        window.search.set_query("cocaïne")
    indicator_row = next(
        r for r in range(window.facets.rowCount()) if window.facets.index(r, 0).data() == "Indicator"
    )
    value = window.facets.index(0, 0, window.facets.index(indicator_row, 0))
    with qtbot.waitSignal(window.search.results_ready, timeout=120000):
        window._apply_facet(value)
    assert window.search.model.results is not None
    assert window.search.field.text().startswith("cocaïne indicator:")
    expected = int(value.data().rsplit("(", 1)[1].rstrip(")"))
    assert window.search.model.results.total == expected
