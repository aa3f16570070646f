"""The window's Searches menu: save the current search under a name (Ctrl+Shift+S), and each saved
search, run again with a click. Saving is an operation on the writer lane; the menu is rebuilt from the
change set's fresh list."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu

from db.library import Library
from db.services.saved_searches import SavedSearchRecord
from desktop.ops import searches as searches_ops
from desktop.ui.search_pane import SearchPane
from desktop.ui.tasks import WriterLane


class SearchesMenu(QObject):
    def __init__(
        self, window: QMainWindow, library: Library, lane: WriterLane, search: SearchPane, menu: QMenu
    ) -> None:
        super().__init__(window)
        self.window, self.library, self.lane, self.search, self.menu = window, library, lane, search, menu
        self.save_action = QAction(
            self.tr("&Save Current Search…"), window, shortcut=QKeySequence("Ctrl+Shift+S")
        )
        self.save_action.triggered.connect(self.save_current_search)
        self.saved: list[SavedSearchRecord] = []

    def show(self, searches: list[SavedSearchRecord]) -> None:
        self.saved = searches
        self.menu.clear()
        self.menu.addAction(self.save_action)
        self.menu.addSeparator()
        if not searches:
            self.menu.addAction(self.tr("No saved searches yet")).setEnabled(False)
        for saved in searches:
            action = self.menu.addAction(saved.name, lambda s=saved: self.run(s))
            action.setToolTip(saved.query)
            action.setStatusTip(saved.query)

    def run(self, saved: SavedSearchRecord) -> None:
        self.window.focus_search()  # type: ignore[attr-defined]
        self.search.set_sort(saved.sort)
        self.search.set_query(saved.query)

    def save_current_search(self) -> None:
        """Keeps the query in the search field (its filters are part of it) under a name."""
        query = self.search.field.text().strip()
        if not query:
            self.window.statusBar().showMessage(self.tr("Type a search first; then it can be saved."))
            return
        name, ok = QInputDialog.getText(
            self.window, self.tr("Save search"), self.tr("Name:"), text=query[:60]
        )
        if ok and name.strip():
            sort = str(self.search.sort_box.currentData())
            self.lane.submit(lambda _job: searches_ops.save(self.library, name.strip(), query, sort))
