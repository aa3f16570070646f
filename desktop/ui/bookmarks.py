"""Bookmarks in the window: the dialog that makes or edits one, the list model, and the dock with its
filters. Deleting is undoable (Ctrl+Z): see bookmark_commands."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.services.bookmarks import COLORS, BookmarkRecord

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SWATCHES = {"yellow": "#fff3b0", "green": "#c8f0c8", "blue": "#c6dcff", "red": "#ffc8c8", "purple": "#e3ccff"}
AnyIndex = QModelIndex | QPersistentModelIndex


class BookmarkDialog(QDialog):
    """Note, tags (with autocompletion from the tags in use) and colour for a quote."""

    def __init__(
        self,
        quote: str,
        tags_in_use: list[str],
        parent: QWidget | None = None,
        note: str = "",
        tags: list[str] | None = None,
        color: str = "yellow",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bookmark"))
        layout = QFormLayout(self)
        shown = quote if len(quote) < 300 else quote[:299] + "…"
        label = QLabel(f"« {shown} »")
        label.setWordWrap(True)
        layout.addRow(self.tr("Quote"), label)
        self.note = QPlainTextEdit(note)
        self.note.setPlaceholderText(self.tr("Your note"))
        layout.addRow(self.tr("Note"), self.note)
        self.tags = QLineEdit(", ".join(tags or []))
        self.tags.setPlaceholderText(self.tr("tags, separated by commas"))
        completer = QCompleter(tags_in_use, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        layout.addRow(self.tr("Tags"), self.tags)
        self.color = QComboBox()
        self.color.addItems(list(COLORS))
        self.color.setCurrentText(color)
        layout.addRow(self.tr("Colour"), self.color)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.resize(520, 320)

    def values(self) -> tuple[str, list[str], str]:
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        return self.note.toPlainText().strip(), tags, self.color.currentText()


class BookmarksModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[BookmarkRecord] = []

    def set_records(self, records: list[BookmarkRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            quote = record.exact if len(record.exact) < 90 else record.exact[:89] + "…"
            status = self.tr("ORPHAN — text gone from the current version\n") if record.orphan else ""
            tags = f"  [{', '.join(record.tags)}]" if record.tags else ""
            note = f"\n{record.note}" if record.note else ""
            return f"{status}« {quote} »{tags}{note}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(SWATCHES.get(record.color, "#ffffff")))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.document
        if role == RECORD_ROLE:
            return record
        return None


class BookmarksPanel(QWidget):
    """The list of bookmarks, filterable by tag, document and colour."""

    opened = Signal(object)  # BookmarkRecord
    delete_requested = Signal(int)
    edit_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = BookmarksModel(self)
        self._all: list[BookmarkRecord] = []
        self.tag = QComboBox()
        self.document = QComboBox()
        self.color = QComboBox()
        for box in (self.tag, self.document, self.color):
            box.currentIndexChanged.connect(self._filter)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.activated.connect(lambda index: self.opened.emit(index.data(RECORD_ROLE)))
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self._edit_current)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self._delete_current)
        filters = QHBoxLayout()
        for box in (self.tag, self.document, self.color):
            filters.addWidget(box)
        buttons = QHBoxLayout()
        buttons.addWidget(edit)
        buttons.addWidget(delete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def set_records(self, records: list[BookmarkRecord]) -> None:
        self._all = records
        for box, values, everything in (
            (self.tag, sorted({t for r in records for t in r.tags}), self.tr("All tags")),
            (self.document, sorted({r.document for r in records}), self.tr("All documents")),
            (self.color, sorted({r.color for r in records}), self.tr("All colours")),
        ):
            current = box.currentText()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for value in values:
                box.addItem(value, value)
            box.setCurrentIndex(max(0, box.findText(current)))
            box.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        tag, document, color = self.tag.currentData(), self.document.currentData(), self.color.currentData()
        self.model.set_records(
            [
                r
                for r in self._all
                if (tag is None or tag in r.tags)
                and (document is None or r.document == document)
                and (color is None or r.color == color)
            ]
        )

    def current(self) -> BookmarkRecord | None:
        index = self.view.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def _delete_current(self) -> None:
        record = self.current()
        if record is not None:
            self.delete_requested.emit(record.id)

    def _edit_current(self) -> None:
        record = self.current()
        if record is not None:
            self.edit_requested.emit(record)
