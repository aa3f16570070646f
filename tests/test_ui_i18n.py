"""The window in French, from the shipped translation."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from desktop.ui.i18n import install_translator, remove_translator
from desktop.ui.main_window import MainWindow


@pytest.fixture
def french(qapp):
    translator = install_translator(qapp, "fr")
    assert translator is not None
    yield
    remove_translator(qapp, translator)  # ours and Qt's own (qtbase_fr) that came with it


def test_menus_and_panels_speak_french(qtbot, library, french):
    window = MainWindow(library)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fichier", "É&dition", "&Affichage", "&Recherches", "S&cores", "&Aide"]
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "S&cores")
    scores = [a.text() for a in menu.actions() if a.text()]
    assert scores == ["&Importer des scores…", "Scores d’un &pays…", "Co&mparer un indicateur…"]
    assert window.facts_dock.windowTitle() == "Faits" and window.bookmarks_dock.windowTitle() == "Signets"
    assert window.tabs.tabText(0) == "Bibliothèque"
    window.lane.wait_for_done()
    window.search.shutdown()


def test_english_stays_english(qtbot, library):
    window = MainWindow(library)
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&File"
    window.lane.wait_for_done()
    window.search.shutdown()
