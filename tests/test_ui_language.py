"""French all the way: score phrases, facet values, country names in the Compare filter, plurals, and
Qt's own dialogs; any language by adding a .ts file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from db.search.sync import sync_index
from desktop.ops.imports import import_one
from desktop.ops.scores import import_score_file
from desktop.scores_display import ScorePhrases, change_text, score_sentence, short_label
from desktop.ui.facet_model import FacetModel
from desktop.ui.i18n import (
    install_translator,
    interface_language,
    remove_translator,
    score_phrases,
    shipped_languages,
)
from desktop.ui.outline_model import KIND_ROLE
from domain.records import IndicatorScore
from tests.score_fixtures import write_invented_scores


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    translator = install_translator(qapp, "fr")
    assert translator is not None
    yield
    remove_translator(qapp, translator)


@pytest.fixture
def scored_library(library, sample_report, tmp_path):  # type: ignore[no-untyped-def]
    import_one(library, sample_report)
    import_score_file(library, write_invented_scores(tmp_path / "invented_scores.csv"))
    sync_index(library)
    return library


def test_shipped_languages_come_from_the_translation_files():
    assert {"fr", "en"} <= set(shipped_languages())


def test_score_phrases_are_qt_free_and_take_their_words_from_the_caller():
    up = IndicatorScore("cocaine_trade", 6.5, previous=6.0, previous_edition=2023)
    same = IndicatorScore("cocaine_trade", 6.0, previous=6.0, previous_edition=2023)
    assert change_text(up) == "+0.5 since 2023" and change_text(same) == "no change since 2023"
    french = ScorePhrases(
        "{change} depuis {edition}",
        "inchangé depuis {edition}",
        "Score {edition} : {score} / 10",
        "édition {edition}",
        ",",
    )
    assert change_text(up, french) == "+0,5 depuis 2023" and short_label(up, french) == "6,5 ▲0,5"
    assert score_sentence(up, 2025, french) == "Score 2025 : 6,5 / 10 (+0,5 depuis 2023)"


def test_the_window_speaks_french_in_scores_facets_and_qt_dialogs(open_window, scored_library, french):
    assert interface_language() == "fr"
    up = IndicatorScore("cocaine_trade", 6.5, previous=6.0, previous_edition=2023)
    assert change_text(up, score_phrases()) == "+0,5 depuis 2023"
    window = open_window(scored_library)
    # the tree's score tooltip
    model = window.tree_model
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    tooltips = []
    while stack:
        index = stack.pop()
        if index.data(KIND_ROLE) == "paragraph" and index.siblingAtColumn(1).data():
            tooltips.append(index.siblingAtColumn(1).data(Qt.ItemDataRole.ToolTipRole))
        stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
    assert tooltips and all(t.startswith("Score de l’indice 2025 : ") for t in tooltips)
    assert not any("since" in t or "Index score" in t for t in tooltips)
    # facet values: indicator, pillar and country names in French, counts as French plurals
    facets = FacetModel()
    facets.set_facets(
        {"indicator": {"arms_trafficking": 2}, "pillar": {"resilience": 1}, "country": {"be": 1}}
    )
    values = [facets.index(r, 0, facets.index(f, 0)).data() for f in range(3) for r in range(1)]
    assert values == ["Trafic d’armes  (2)", "Résilience  (1)", "Belgique  (1)"]
    assert facets.index(0, 0, facets.index(0, 0)).data(Qt.ItemDataRole.ToolTipRole) == "2 paragraphes"
    # Qt's own buttons
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    texts = {b.text().replace("&", "") for b in buttons.buttons()}
    assert texts == {"Enregistrer", "Annuler"}


def test_the_compare_filter_knows_country_names_in_french(open_window, scored_library, french, qtbot):
    window = open_window(scored_library)
    view = window.scores_menu.open_compare_view()
    with qtbot.waitSignal(view.refreshed, timeout=60000):  # its figures are read off the GUI thread
        pass
    assert "Belgique (BE)" in [view.countries.index(r).data() for r in range(view.countries.rowCount())]
    for typed, expected in (("allemag", None), ("Belgiq", "BE"), ("Pays-Bas", "NL"), ("Netherlands", "NL")):
        view.filter_field.setText(typed)
        shown = [
            view.filtered.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)
            for r in range(view.filtered.rowCount())
        ]
        assert shown == ([expected] if expected else []), typed
    view.close()
    window.select_first_paragraph()  # the sample: Luxembourg
    country = window.scores_menu.open_country_view()
    with qtbot.waitSignal(country.refreshed, timeout=60000):  # its figures are read off the GUI thread
        pass
    assert "édition 2025" in country.summary.text() and "Luxembourg" in country.summary.text()
    assert "aggravation" in country.legend.text() and "amélioration" in country.legend.text()
    country.close()


def test_plurals_in_english_come_from_the_english_translation(qapp):
    from desktop.ui.reader import ReaderView

    translator = install_translator(qapp, "en")
    assert translator is not None
    try:
        reader = ReaderView()
        assert reader.tr("%n paragraph(s)", "", 1) == "1 paragraph"
        assert reader.tr("%n paragraph(s)", "", 2) == "2 paragraphs"
        assert interface_language() == "en"
    finally:
        remove_translator(qapp, translator)


def test_paragraph_labels_in_the_tree_name_indicators_as_the_report_does(open_window, scored_library):
    """In an English window, a French report's paragraphs keep their French indicator names, as the
    section titles around them and the reader beside them do."""
    window = open_window(scored_library)
    model = window.tree_model
    labels = []
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop()
        if index.data(KIND_ROLE) == "paragraph":
            labels.append(index.data())
        stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
    assert any(label.endswith("Commerce de cocaïne") for label in labels)
    assert not any(label.endswith("Cocaine trade") for label in labels)
