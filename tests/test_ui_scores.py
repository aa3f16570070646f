"""Scores in the window: beside each paragraph in the tree and the reader, the country chart, the
comparison, and importing a score file from the Scores menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from desktop.scores_display import PILLAR_COLOURS
from desktop.ui.outline_model import ID_ROLE, KIND_ROLE
from desktop.ui.scores_views import CountryListModel
from desktop.ui.search_model import HIT_ROLE
from tests.conftest import SHARED, import_scores
from tests.score_fixtures import invented_score, write_invented_scores
from tests.snapshots import library_rows

WIDE_2025 = SHARED / "data" / "ocindex" / "ocindex_2025_dataset_reconstructed.csv"


@pytest.fixture
def scored_window(open_window, sample_library_copy, library, tmp_path):  # type: ignore[no-untyped-def]
    """The sample report (Luxembourg 2025) with invented 2023 and 2025 scores for four countries."""
    import_scores(library, write_invented_scores(tmp_path / "invented_scores.csv"))
    return open_window(library)


def _paragraph_row(window, indicator_key: str):  # type: ignore[no-untyped-def]
    model = window.tree_model
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop()
        if index.data(KIND_ROLE) == "paragraph":
            paragraph_id = index.data(ID_ROLE)
            if any(
                p.id == paragraph_id and p.indicator == indicator_key
                for _o, s in window.sections.values()
                for p in s.paragraphs
            ):
                return index
        stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
    raise AssertionError(f"no paragraph for {indicator_key}")


def test_the_tree_shows_each_paragraphs_score_and_change(scored_window):
    window = scored_window
    cocaine = _paragraph_row(window, "cocaine_trade")
    score = cocaine.siblingAtColumn(1)
    now, before = invented_score("LU", "cocaine_trade", 2025), invented_score("LU", "cocaine_trade", 2023)
    assert score.data().startswith(f"{now:g}")
    assert ("▲" in score.data()) == (now > before)
    assert f"Index score 2025: {now:g}" in score.data(Qt.ItemDataRole.ToolTipRole)
    assert window.tree_model.columnCount() == 2
    assert cocaine.parent().siblingAtColumn(1).data() is None  # sections have no score


def test_the_reader_shows_the_score_beside_the_paragraph(scored_window):
    window = scored_window
    cocaine = _paragraph_row(window, "cocaine_trade")
    window.tree.setCurrentIndex(cocaine.siblingAtColumn(1))  # a click on the score cell opens it too
    now = invented_score("LU", "cocaine_trade", 2025)
    text = window.reader.toPlainText()
    assert f"Commerce de cocaïne  score {now:g} / 10 (2025)" in text.replace("\xa0", " ")


def test_tree_model_with_scores_passes_the_model_tester(qtmodeltester, scored_window):
    qtmodeltester.check(scored_window.tree_model)


def test_country_list_model_passes_the_model_tester(qtmodeltester):
    model = CountryListModel([("BE", "Belgium"), ("FR", "France")], checkable=True)
    qtmodeltester.check(model)
    assert model.setData(model.index(1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.checked == {"FR"}


def test_country_view_draws_32_bars_coloured_by_pillar(scored_window, tmp_path, monkeypatch, qtbot):
    monkeypatch.setenv("EXCERPTA_LANG", "en")
    window = scored_window
    window.select_first_paragraph()
    view = window.scores_menu.open_country_view()
    with qtbot.waitSignal(view.refreshed, timeout=60000):  # its figures are read off the GUI thread
        pass
    assert view.shown is not None and (view.shown.iso, view.shown.edition) == ("LU", 2025)
    rows = view.chart.rows
    assert sum(r.kind == "indicator" for r in rows) == 32
    assert [r.label for r in rows if r.kind == "pillar"] == [
        "Criminal markets",
        "Criminal actors",
        "Resilience",
    ]
    assert "5.25" in view.summary.text() and "6.5" in view.summary.text()
    # The bars came after the dialog was laid out: the scroll area gives the chart its new height next.
    qtbot.waitUntil(lambda: view.chart.height() >= view.chart.minimumSizeHint().height(), timeout=10000)
    picture = tmp_path / "country.png"
    assert view.chart.grab().save(str(picture))
    image = QImage(str(picture))
    for index, row in enumerate(rows):
        if row.kind != "indicator":
            continue
        bar = view.chart.bar_rect(index)
        pixel = image.pixelColor(int(bar.left() + 3), int(bar.center().y()))
        expected = QColor(
            PILLAR_COLOURS[
                {"#c0392b": "criminal_markets", "#d35400": "criminal_actors"}.get(row.colour, "resilience")
            ]
        )
        assert abs(pixel.red() - expected.red()) < 60 and abs(pixel.blue() - expected.blue()) < 60, row.label
    # another edition, from the edition box
    with qtbot.waitSignal(view.refreshed, timeout=60000):
        view.edition_box.setCurrentIndex(view.edition_box.findData(2023))
    assert view.shown is not None and view.shown.edition == 2023
    view.close()
    monkeypatch.setenv("EXCERPTA_LANG", "fr")  # names in the window's language
    french = window.scores_menu.open_country_view()
    with qtbot.waitSignal(french.refreshed, timeout=60000):  # its figures are read off the GUI thread
        pass
    assert [r.label for r in french.chart.rows if r.kind == "pillar"][1] == "Acteurs de la criminalité"
    french.close()


def test_compare_view_shows_scores_and_paragraphs_side_by_side(scored_window, qtbot):
    window = scored_window
    window.select_paragraph(_paragraph_row(window, "cocaine_trade").data(ID_ROLE))
    view = window.scores_menu.open_compare_view()
    with qtbot.waitSignal(view.refreshed, timeout=60000):  # its figures are read off the GUI thread
        pass
    assert view.indicator_box.currentData() == "cocaine_trade"
    assert view.chosen() == ["LU"]
    model = view.countries
    with qtbot.waitSignal(view.refreshed, timeout=60000):  # the last tick's comparison (it overtakes)
        for iso in ("BE", "NL"):
            model.setData(
                model.index(model.row_of(iso)), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
            )
    assert [c.iso for c in view.compared] == ["BE", "LU", "NL"]  # list order
    luxembourg = next(c for c in view.compared if c.iso == "LU")
    assert luxembourg.score is not None and luxembourg.score.score == invented_score(
        "LU", "cocaine_trade", 2025
    )
    assert luxembourg.paragraph_text and "cocaïne" in luxembourg.paragraph_text
    html = view.result.toHtml()
    assert "Belgium" in html and "No report for this country in the library." in html
    with qtbot.waitSignal(view.paragraph_opened) as opened:
        view.result.anchorClicked.emit(f"paragraph:{luxembourg.paragraph_id}")  # type: ignore[arg-type]
    assert opened.args == [luxembourg.paragraph_id]
    assert window.tree.currentIndex().data(ID_ROLE) == luxembourg.paragraph_id
    view.close()


def test_importing_scores_from_the_menu_updates_the_tree(
    open_window, sample_library_copy, library, tmp_path, qtbot
):
    window = open_window(library)
    assert _paragraph_row(window, "cocaine_trade").siblingAtColumn(1).data() is None
    with qtbot.waitSignal(window.lane.changed, timeout=120000):  # the operation's change set
        window.scores_menu.import_file(write_invented_scores(tmp_path / "scores.csv"))
    assert "edition 2025: 4 countries imported" in window.statusBar().currentMessage()
    assert _paragraph_row(window, "cocaine_trade").siblingAtColumn(1).data()


def test_a_bad_score_file_from_the_menu_changes_nothing(
    open_window, sample_library_copy, library, library_dir, tmp_path, qtbot
):
    import_scores(library, write_invented_scores(tmp_path / "good.csv"))
    window = open_window(library)
    window.lane.wait_for_done()
    before = library_rows(library_dir)
    assert before["documents"] and before["scores"]  # something a bad file could damage
    bad = tmp_path / "scores_2025.csv"
    bad.write_text("Country,Cocaine trade\nBelgium,11\n", encoding="utf-8")
    window.scores_menu.import_file(bad)
    qtbot.waitUntil(lambda: "outside 1 to 10" in window.statusBar().currentMessage(), timeout=120000)
    assert (
        window.statusBar().currentMessage()
        == f"{bad}: CSV, row 2, column B (Cocaine trade): 11 is outside 1 to 10"
    )
    assert library_rows(library_dir) == before
    box = window.scores_menu.error_box
    assert box is not None and box.text() == window.statusBar().currentMessage()
    box.close()


def test_the_belgian_cocaine_paragraph_shows_8(open_window, real_library_copy, library):
    if not WIDE_2025.exists():
        pytest.skip(f"score file not available at {WIDE_2025}")
    import_scores(library, WIDE_2025)
    window = open_window(library)
    assert _paragraph_row(window, "cocaine_trade").siblingAtColumn(1).data().split()[0] == "8"


def test_search_pane_filters_by_score_and_sorts_by_it(scored_window, qtbot):
    pane = scored_window.search
    with qtbot.waitSignal(pane.results_ready, timeout=120000):
        pane.set_query("score:>=6")
    hits = [pane.model.index(r).data(HIT_ROLE) for r in range(pane.model.rowCount())]
    assert hits and all(h.indicator_score >= 6 for h in hits)
    assert f"({hits[0].indicator_score:g}/10)" in pane.model.index(0).data()
    with qtbot.waitSignal(pane.results_ready, timeout=120000):
        pane.field.setText("trafic")
    with qtbot.waitSignal(pane.results_ready, timeout=120000):
        pane.sort_box.setCurrentIndex(pane.sort_box.findData("score"))
    scores = [pane.model.index(r).data(HIT_ROLE).indicator_score or 0 for r in range(pane.model.rowCount())]
    assert len(scores) > 3 and scores == sorted(scores, reverse=True)
