"""Bookmarks in the window: the dialog that makes or edits one, the list model, and the dock with its
filters. Deleting is undoable (Ctrl+Z): see bookmark_commands.

Each bookmark in the dock says which report and which indicator it comes from, items are separated by
a rule, and the three filters shrink with the dock instead of being cut off."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
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
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from db.services.bookmarks import COLORS, BookmarkRecord
from desktop.ui.i18n import names_language
from domain.records import DocumentOutline, OutlineParagraph
from domain.taxonomy import load_taxonomy

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
COLOUR_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("Colours", "yellow"),
    "green": QT_TRANSLATE_NOOP("Colours", "green"),
    "blue": QT_TRANSLATE_NOOP("Colours", "blue"),
    "red": QT_TRANSLATE_NOOP("Colours", "red"),
    "purple": QT_TRANSLATE_NOOP("Colours", "purple"),
}


def colour_name(colour: str) -> str:
    """A bookmark colour in the interface's language."""
    return QCoreApplication.translate("Colours", COLOUR_NAMES.get(colour, colour))


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
        self.note.setTabChangesFocus(True)  # Tab goes on to Tags; a note needs no tab characters
        layout.addRow(self.tr("Note"), self.note)
        self.tags = QLineEdit(", ".join(tags or []))
        self.tags.setPlaceholderText(self.tr("tags, separated by commas"))
        completer = QCompleter(tags_in_use, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        layout.addRow(self.tr("Tags"), self.tags)
        self.color = QComboBox()
        for key in COLORS:
            self.color.addItem(colour_name(key), key)
        self.color.setCurrentIndex(max(self.color.findData(color), 0))
        layout.addRow(self.tr("Colour"), self.color)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        for widget, name, description in (
            (label, self.tr("Quote"), self.tr("The words the bookmark keeps")),
            (self.note, self.tr("Note"), self.tr("Your note on the quote")),
            (self.tags, self.tr("Tags"), self.tr("Tags, separated by commas")),
            (self.color, self.tr("Colour"), self.tr("The highlight colour of the bookmark")),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        QWidget.setTabOrder(self.note, self.tags)
        QWidget.setTabOrder(self.tags, self.color)
        QWidget.setTabOrder(self.color, buttons)
        self.note.setFocus()
        self.resize(520, 320)

    def values(self) -> tuple[str, list[str], str]:
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        return self.note.toPlainText().strip(), tags, self.color.currentData() or self.color.currentText()


def paragraph_indicators(outlines: dict[int, DocumentOutline]) -> dict[int, str]:
    """Paragraph id → indicator key, for every paragraph of these outlines that has one."""
    found: dict[int, str] = {}
    for outline in outlines.values():
        stack = list(outline.sections)
        while stack:
            section = stack.pop()
            stack.extend(section.sections)
            found.update((p.id, p.indicator) for p in section.paragraphs if p.indicator)
    return found


def bookmark_spans(
    records: list[BookmarkRecord], paragraphs: list[OutlineParagraph]
) -> dict[int, list[tuple[int, int, str, str]]]:
    """What the reader colours for bookmarks, per paragraph: (start, end, colour, note) within the
    paragraph, with (0, -1) for a whole paragraph. Orphans and paragraphs not listed are left out."""
    starts = {p.id: p.start for p in paragraphs}
    lengths = {p.id: len(p.text) for p in paragraphs}
    spans: dict[int, list[tuple[int, int, str, str]]] = {}
    for r in records:
        if r.paragraph_id is None or r.paragraph_id not in starts:
            continue
        start, end = r.start - starts[r.paragraph_id], r.end - starts[r.paragraph_id]
        span = (0, -1) if (start, end) == (0, lengths[r.paragraph_id]) else (start, end)
        spans.setdefault(r.paragraph_id, []).append((*span, r.color, r.note))
    return spans


class BookmarksModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[BookmarkRecord] = []
        self.indicators: dict[int, str] = {}  # paragraph id → indicator key

    def set_records(self, records: list[BookmarkRecord], indicators: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self._records = list(records)
        if indicators is not None:
            self.indicators = indicators
        self.endResetModel()

    def where(self, record: BookmarkRecord) -> str:
        """ "Luxembourg 2025 · Cocaine trade": the report and, when known, the indicator."""
        key = self.indicators.get(record.paragraph_id or -1)
        indicator = load_taxonomy().indicator(key) if key else None
        return " · ".join([record.document, *([indicator.name(names_language())] if indicator else [])])

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
            note = f"\n✎ {record.note}" if record.note else ""
            return f"{status}{self.where(record)}\n« {quote} »{tags}{note}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(SWATCHES.get(record.color, "#ffffff")))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.where(record)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.where(record)}: {record.exact[:200]}"
        if role == RECORD_ROLE:
            return record
        return None


class SeparatedItems(QStyledItemDelegate):
    """Each bookmark with a little air and a rule under it, so that neighbours do not run together."""

    PADDING = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + self.PADDING)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        painter.save()
        colour = option.palette.color(option.palette.ColorRole.Mid)  # type: ignore[attr-defined]
        painter.setPen(QPen(colour, 1))
        rect = option.rect  # type: ignore[attr-defined]
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        painter.restore()


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
        for box, name, description in (
            (self.tag, self.tr("Tag filter"), self.tr("Shows the bookmarks with this tag")),
            (self.document, self.tr("Document filter"), self.tr("Shows the bookmarks in this document")),
            (self.color, self.tr("Colour filter"), self.tr("Shows the bookmarks of this colour")),
        ):
            box.currentIndexChanged.connect(self._filter)
            # Narrow docks: the boxes share the width and elide their text rather than being cut off.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(4)
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            box.setAccessibleName(name)
            box.setAccessibleDescription(description)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setItemDelegate(SeparatedItems(self.view))
        self.view.setAccessibleName(self.tr("Bookmarks"))
        self.view.setAccessibleDescription(
            self.tr("Enter opens the bookmark in the reader; Delete removes it (Ctrl+Z brings it back)")
        )
        self.view.activated.connect(lambda index: self.opened.emit(index.data(RECORD_ROLE)))
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self._edit_current)
        edit.setAccessibleDescription(self.tr("Edits the note, tags and colour of the chosen bookmark"))
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self._delete_current)
        delete.setAccessibleDescription(self.tr("Deletes the chosen bookmark; Ctrl+Z undoes it"))
        # One filter a row: a dock is narrow, and « Toutes les étiquettes » or a report's title needs
        # the whole width to be read.
        filters = QVBoxLayout()
        filters.setSpacing(2)
        for box in (self.document, self.tag, self.color):
            filters.addWidget(box)
        buttons = QHBoxLayout()
        buttons.addWidget(edit)
        buttons.addWidget(delete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def set_records(
        self, records: list[BookmarkRecord], outlines: dict[int, DocumentOutline] | None = None
    ) -> None:
        """`outlines` (document id → outline) name each bookmark's indicator; without them, the window's
        own `outlines` are used when it has them."""
        self._all = records
        if outlines is None:
            found = getattr(self.window(), "outlines", None)
            outlines = found if isinstance(found, dict) else None
        if outlines is not None:
            self.model.indicators = paragraph_indicators(outlines)
        for box, values, everything in (
            (self.tag, [(t, t) for t in sorted({t for r in records for t in r.tags})], self.tr("All tags")),
            (
                self.document,
                [(d, d) for d in sorted({r.document for r in records})],
                self.tr("All documents"),
            ),
            (
                self.color,
                [(colour_name(c), c) for c in sorted({r.color for r in records})],
                self.tr("All colours"),
            ),
        ):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for text, value in values:
                box.addItem(text, value)
                box.setItemData(box.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
            box.setCurrentIndex(max(0, box.findData(current)) if current is not None else 0)
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
