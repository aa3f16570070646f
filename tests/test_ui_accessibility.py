"""Every interactive widget of the main window has a name a screen reader can announce, in the
interface's language, and the main panes are reachable with the keyboard alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.accessibility import name_for_assistive_technology, unnamed_widgets
from desktop.ui.i18n import install_translator, remove_translator


def _describe(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r} under {type(w.parentWidget()).__name__}" for w in widgets]


def _show_every_pane(window) -> None:  # type: ignore[no-untyped-def]
    for dock in (window.facet_dock, window.facts_dock, window.bookmarks_dock):
        dock.show()
    window.bookmarks_dock.raise_()


def test_the_window_leaves_no_widget_unnamed(sample_window, qtbot):
    from PySide6.QtWidgets import QTreeView, QVBoxLayout

    bare = QWidget()
    QVBoxLayout(bare).addWidget(QTreeView())
    bare.show()
    qtbot.addWidget(bare)
    assert unnamed_widgets(bare), "the check must see an unnamed tree"
    window = sample_window  # names its widgets itself, when it is made
    _show_every_pane(window)
    assert _describe(unnamed_widgets(window)) == []
    name_for_assistive_technology(window)  # naming twice changes nothing
    assert _describe(unnamed_widgets(window)) == []
    window.tabs.setCurrentIndex(1)  # the search pane's field, order box and results
    qtbot.waitUntil(lambda: window.search.isVisible())
    assert _describe(unnamed_widgets(window)) == []
    assert window.tree.accessibleName() == "Library" and window.reader.accessibleDescription()


def test_names_are_in_the_interface_language(open_window, library, qapp):
    translator = install_translator(qapp, "fr")
    assert translator is not None
    try:
        window = open_window(library)
        name_for_assistive_technology(window)
        assert window.tree.accessibleName() == "Bibliothèque"
        assert window.search.field.accessibleName() == "Recherche"
        assert window.reader.accessibleName() == "Lecteur"
        assert window.bookmarks_panel.view.accessibleName() == "Signets"
    finally:
        remove_translator(qapp, translator)


def test_tab_reaches_the_main_panes(sample_window, qtbot):
    window = sample_window
    _show_every_pane(window)
    name_for_assistive_technology(window)
    window.activateWindow()
    window.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.tree)
    reached = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    for pane in (window.reader, window.bookmarks_panel.view, window.facet_view):
        assert pane in reached, pane.accessibleName()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_bookmark_dialog_moves_with_tab(qtbot, qapp, language):
    from desktop.ui.bookmarks import BookmarkDialog

    translator = install_translator(qapp, language) if language != "en" else None
    try:
        dialog = BookmarkDialog("la Mocro Mafia", ["drogues"])
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        dialog.note.setFocus()
        qtbot.waitUntil(dialog.note.hasFocus)
        qtbot.keyClicks(dialog.note, "to follow")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.tags)
        assert dialog.note.toPlainText() == "to follow"  # no tab character typed
        qtbot.keyClick(dialog.tags, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.color)
        assert not unnamed_widgets(dialog)
        if language == "fr":
            assert dialog.note.accessibleName() == "Note" and dialog.color.itemText(0) == "jaune"
            assert dialog.values()[2] == "yellow"  # stored by key, shown in French
    finally:
        if translator is not None:
            remove_translator(qapp, translator)
