"""The window's Scores menu: import a score file on the writer lane, open the country and compare views."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from db.library import Library
from desktop.ops.scores import ScoresOutcome, import_scores
from desktop.ui.reads import Reads
from desktop.ui.scores_views import CompareView, CountryView
from desktop.ui.tasks import WriterLane
from domain.records import EditionImport


class ScoresMenu(QObject):
    """`current` gives the country and indicator the analyst is reading, and the library's countries, to
    open the views on. An import is an operation: the views refresh from its change set. The views read
    their figures on `reads`, the window's reader thread."""

    def __init__(
        self,
        window: QMainWindow,
        library: Library,
        lane: WriterLane,
        current: Callable[[], tuple[str | None, str | None, list[str]]],
        open_paragraph: Callable[[int], None],
        open_indicator: Callable[[str, str], bool],
        reads: Reads,
    ) -> None:
        super().__init__(window)
        self.window, self.library, self.lane, self.reads = window, library, lane, reads
        self.current, self.open_paragraph, self.open_indicator = current, open_paragraph, open_indicator
        self.last_outcomes: list[EditionImport] = []
        self.error_box: QMessageBox | None = None
        self.views: list[CountryView | CompareView] = []

    def build(self, menu: QMenu) -> None:
        importing = QAction(self.tr("&Import Scores…"), self.window)
        importing.triggered.connect(self.choose_file)
        country = QAction(self.tr("&Country Scores…"), self.window, shortcut=QKeySequence("Ctrl+K"))
        country.triggered.connect(self.open_country_view)
        compare = QAction(self.tr("Co&mpare Indicator…"), self.window, shortcut=QKeySequence("Ctrl+Shift+K"))
        compare.triggered.connect(self.open_compare_view)
        menu.addAction(importing)
        menu.addSeparator()
        menu.addActions([country, compare])

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import the Index's scores"), "", "Scores (*.xlsx *.csv)"
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Reads, checks and stores the file on the writer lane; the library is unchanged if it fails."""
        self.window.statusBar().showMessage(self.tr("Importing scores from {name}…").format(name=path.name))

        self.lane.submit(lambda _job: import_scores(self.library, path), self._imported, self._failed)

    def _imported(self, outcome: ScoresOutcome) -> None:
        self.last_outcomes = outcome.editions
        self.window.statusBar().showMessage("; ".join(outcome.lines()))

    def _failed(self, message: str) -> None:
        self.window.statusBar().showMessage(message)
        # Window-modal but not blocking: the analyst reads it, the window stays responsive.
        self.error_box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Scores not imported"), message, parent=self.window
        )
        self.error_box.open()

    def open_country_view(self) -> CountryView:
        iso, _indicator, _library_countries = self.current()
        view = CountryView(self.library, self.reads, iso, self.window)
        view.paragraph_requested.connect(self.open_indicator)  # a click on a bar
        self._keep(view)
        return view

    def open_compare_view(self) -> CompareView:
        iso, indicator, library_countries = self.current()
        chosen = list(dict.fromkeys([c for c in [iso, *library_countries] if c]))
        view = CompareView(self.library, self.reads, indicator, chosen, self.window)
        view.paragraph_opened.connect(self.open_paragraph)
        self._keep(view)
        return view

    def _keep(self, view: CountryView | CompareView) -> None:
        """Non-modal, so the analyst can read beside it; forgotten when closed."""
        self.views.append(view)
        view.finished.connect(lambda _result: self.views.remove(view) if view in self.views else None)
        view.show()
