"""The dossier builder (Ctrl+E): the excerpts in an order the analyst sets, a title, an author and a
purpose; the PDF is written on the writer lane and opened for preview when it is ready."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
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
from db.services.bookmarks import BookmarkRecord
from desktop.dossier.export import ExportError, export
from desktop.dossier.model import Dossier, from_bookmarks
from desktop.ui.tasks import WriterLane

AnyIndex = QModelIndex | QPersistentModelIndex


class ExcerptOrderModel(QAbstractListModel):
    """Bookmarks in dossier order; rows move with moveRows."""

    def __init__(self, records: list[BookmarkRecord], parent: Any = None) -> None:
        super().__init__(parent)
        self.records = [r for r in records if not r.orphan]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
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
    ) -> None:
        super().__init__(parent)
        self.library, self.lane = library, lane
        self.open_preview = open_preview or (lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))
        self.setWindowTitle(self.tr("Dossier"))
        self.model = ExcerptOrderModel(records, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.title = QLineEdit(self.tr("Dossier"))
        self.author = QLineEdit()
        self.purpose = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Author"), self.author)
        form.addRow(self.tr("Purpose"), self.purpose)
        up, down = QPushButton(self.tr("Move up")), QPushButton(self.tr("Move down"))
        up.clicked.connect(lambda: self.move(-1))
        down.clicked.connect(lambda: self.move(+1))
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.clicked.connect(self.choose_and_export)
        self.status = QLabel(self.tr("{n} excerpts").format(n=self.model.rowCount()))
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
        ids = [r.id for r in self.model.records]
        title, author, purpose = self.title.text(), self.author.text(), self.purpose.text()

        def work(_job: object) -> str:
            entries = from_bookmarks(self.library, ids=ids)
            return export(Dossier(title, author, purpose, f"{len(ids)} bookmarks", entries), path, force)

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
