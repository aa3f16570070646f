"""The dossier builder (Ctrl+E): the excerpts in an order the analyst sets, a title, an author and a
purpose; the PDF is written on the writer lane and opened for preview when it is ready."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.library import Library
from db.search.service import SearchHit, SearchResults
from db.services.bookmarks import BookmarkRecord
from desktop.dossier.export import ExportError, export
from desktop.dossier.model import Dossier, criteria_from, from_bookmarks, from_search
from desktop.ui.i18n import interface_language
from desktop.ui.tasks import WriterLane

AnyIndex = QModelIndex | QPersistentModelIndex


class ExcerptOrderModel(QAbstractListModel):
    """Excerpts in dossier order (bookmarks, or search hits); rows move with moveRows."""

    def __init__(self, records: list[Any], parent: Any = None) -> None:
        super().__init__(parent)
        self.records = [r for r in records if not getattr(r, "orphan", False)]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(record, SearchHit):
                return f"{index.row() + 1}. {record.document} › {' › '.join(record.section_path)}"
            quote = record.exact if len(record.exact) < 80 else record.exact[:79] + "…"
            return f"{index.row() + 1}. « {quote} » — {record.document}"
        return None

    def moveRows(self, source: AnyIndex, row: int, count: int, destination: AnyIndex, child: int) -> bool:
        if source.isValid() or destination.isValid() or count != 1 or child in (row, row + 1):
            return False
        if not (0 <= row < len(self.records) and 0 <= child <= len(self.records)):
            return False
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), child)
        record = self.records.pop(row)
        self.records.insert(child if child < row else child - 1, record)
        self.endMoveRows()
        return True


class DossierBuilder(QDialog):
    exported = Signal(str)  # the path written

    def __init__(
        self,
        library: Library,
        lane: WriterLane,
        records: list[BookmarkRecord],
        parent: QWidget | None = None,
        open_preview: Callable[[str], None] | None = None,
        search: SearchResults | None = None,
    ) -> None:
        super().__init__(parent)
        self.library, self.lane = library, lane
        self.open_preview = open_preview or (lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))
        self.setWindowTitle(self.tr("Dossier"))
        self.bookmarks, self.search = records, search
        self.model = ExcerptOrderModel(records, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.source = QComboBox()
        self.source.addItem(self.tr("Bookmarks shown in the panel"))
        if search is not None and search.hits:
            self.source.addItem(self.tr("Results of the search « {q} »").format(q=search.query))
        self.source.currentIndexChanged.connect(self._switch_source)
        self.title = QLineEdit(self.tr("Dossier"))
        self.author = QLineEdit()
        self.purpose = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Author"), self.author)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Excerpts"), self.source)
        # The dossier's own language, the interface's by default: a French analyst may report in English.
        self.language = QComboBox()
        for code, name in (("en", self.tr("English")), ("fr", self.tr("French")), ("es", self.tr("Spanish"))):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(interface_language()), 0))
        form.addRow(self.tr("Language"), self.language)
        up, down = QPushButton(self.tr("Move up")), QPushButton(self.tr("Move down"))
        up.clicked.connect(lambda: self.move(-1))
        down.clicked.connect(lambda: self.move(+1))
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.clicked.connect(self.choose_and_export)
        self.status = QLabel(self.tr("%n excerpt(s)", "", self.model.rowCount()))
        buttons = QHBoxLayout()
        for button in (up, down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(680, 480)

    def _switch_source(self, index: int) -> None:
        records = self.bookmarks if index == 0 or self.search is None else list(self.search.hits)
        self.model = ExcerptOrderModel(records, self)
        self.view.setModel(self.model)
        self.status.setText(self.tr("%n excerpt(s)", "", self.model.rowCount()))

    def move(self, step: int) -> None:
        row = self.view.currentIndex().row()
        if row < 0:
            return
        target = row + step
        if 0 <= target < self.model.rowCount():
            self.model.moveRows(QModelIndex(), row, 1, QModelIndex(), target + (1 if step > 0 else 0))
            self.view.setCurrentIndex(self.model.index(target))

    def choose_and_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the dossier"), "dossier.pdf", "PDF (*.pdf)"
        )
        if path:
            self.export_to(Path(path), force=True)  # the file dialog has already asked about replacing

    def export_to(self, path: Path, force: bool = False) -> None:
        title, author, purpose = self.title.text(), self.author.text(), self.purpose.text()
        from_hits = bool(self.model.records) and isinstance(self.model.records[0], SearchHit)
        keys = [r.paragraph_id if from_hits else r.id for r in self.model.records]
        query = self.search.query if self.search is not None else ""
        language = self.language.currentData()

        def work(_job: object) -> str:
            if from_hits:
                found = {
                    e.source.paragraph_id: e for e in from_search(self.library, query, max(200, len(keys)))
                }
                entries = [found[k] for k in keys if k in found]
                scope = f"search: {query}"
                criteria = criteria_from(query=query)
            else:
                entries, scope = from_bookmarks(self.library, ids=keys), f"{len(keys)} bookmarks"
                criteria = criteria_from(chosen=True)
            dossier = Dossier.gather(
                self.library, title, author, purpose, scope, entries, language=language, criteria=criteria
            )
            return export(dossier, path, force)

        self.status.setText(self.tr("Writing {path}…").format(path=path.name))
        self.export_button.setEnabled(False)
        self.lane.submit(work, lambda summary: self._done(path, summary), self._failed)

    def _done(self, path: Path, summary: str) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(f"{path.name}: {summary}")
        self.exported.emit(str(path))
        self.open_preview(str(path))

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(message)
        QMessageBox.warning(self, self.tr("Dossier"), message.split(": ", 1)[-1])


__all__ = ["DossierBuilder", "ExcerptOrderModel", "ExportError"]
