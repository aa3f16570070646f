"""One entity's page: its names and type, every mention grouped by report (sentence, indicator and Index
score beside it; mentions the text says are absent marked so), the entities met in the same paragraphs,
and its flows. A click on a mention asks for it in the reader: `mention_opened(paragraph_id, start, end)`.

The page shows a plain record (db.services.entities.EntityRecord) that a worker built off the GUI thread;
it reads nothing itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from desktop.scores_display import score_number
from desktop.ui.facts_model import TYPE_TITLES
from desktop.ui.i18n import names_language
from domain.taxonomy import load_taxonomy

if TYPE_CHECKING:  # the record's types only: the page never touches storage
    from db.services.entities import EntityMention, EntityRecord

AnyIndex = QModelIndex | QPersistentModelIndex
FACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PARAGRAPH_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SPAN_ROLE = Qt.ItemDataRole.UserRole + 3
REPORT_ROLE = Qt.ItemDataRole.UserRole + 4


class MentionsModel(QAbstractListModel):
    """One row per mention, by fact id, in report order; each row knows its report's title."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._mentions: dict[int, EntityMention] = {}
        self._reports: dict[int, str] = {}

    def set_record(self, record: EntityRecord | None) -> None:
        self.beginResetModel()
        self._ids, self._mentions, self._reports = [], {}, {}
        for report in record.reports if record else ():
            for mention in report.mentions:
                self._ids.append(mention.fact_id)
                self._mentions[mention.fact_id] = mention
                self._reports[mention.fact_id] = report.title
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        fact_id = self._ids[index.row()]
        mention = self._mentions[fact_id]
        if role == Qt.ItemDataRole.DisplayRole:
            score = f" ({score_number(mention.score)}/10)" if mention.score is not None else ""
            absent = self.tr(" — said to be absent") if mention.negated else ""
            indicator = load_taxonomy().indicator(mention.indicator or "")
            named = indicator.name(names_language()) if indicator else (mention.indicator or "—")
            where = f"{self._reports[fact_id]} · {named}{score}{absent}"
            return f"{where}\n{mention.sentence}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return mention.sentence
        if role == FACT_ID_ROLE:
            return fact_id
        if role == PARAGRAPH_ID_ROLE:
            return mention.paragraph_id
        if role == SPAN_ROLE:
            return (mention.start, mention.end)
        if role == REPORT_ROLE:
            return self._reports[fact_id]
        return None


class EntityPage(QWidget):
    mention_opened = Signal(int, int, int)  # paragraph id, start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.names = QLabel()
        self.names.setWordWrap(True)
        self.model = MentionsModel(self)
        self.mentions = QListView()
        self.mentions.setModel(self.model)
        self.mentions.setWordWrap(True)
        self.mentions.setAlternatingRowColors(True)
        self.mentions.clicked.connect(self._open)
        self.mentions.activated.connect(self._open)
        self.companions = QLabel()
        self.companions.setWordWrap(True)
        self.flows = QLabel()
        self.flows.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.names, self.mentions, self.companions, self.flows):
            layout.addWidget(widget)
        self.set_record(None)

    def set_record(self, record: EntityRecord | None) -> None:
        self.model.set_record(record)
        if record is None:
            for label in (self.title, self.names, self.companions, self.flows):
                label.clear()
            return
        kind = QCoreApplication.translate("FactsModel", TYPE_TITLES.get(record.type, record.type))
        self.title.setText(f"{record.canonical} ({kind})")
        others = [n for n in record.names if n != record.canonical]
        counts = (
            self.tr("%n mention(s)", "", record.mentions)
            + ", "
            + self.tr("%n report(s)", "", len(record.reports))
        )
        if record.negated:
            counts += ", " + self.tr("%n said to be absent", "", record.negated)
        self.names.setText(counts + (f" · {', '.join(others)}" if others else ""))
        self.companions.setText(
            self.tr("Met with: ") + ", ".join(f"{c.canonical} ×{c.paragraphs}" for c in record.co_occurring)
            if record.co_occurring
            else ""
        )
        self.flows.setText(
            "\n".join(
                f"{f.origin} → {f.destination or '?'}"
                + (f" via {', '.join(f.transit)}" if f.transit else "")
                + (f" · {f.actor}" if f.actor else "")
                + (f" · {f.commodity}" if f.commodity else "")
                for f in record.flows
            )
        )

    def _open(self, index: QModelIndex) -> None:
        span = index.data(SPAN_ROLE)
        paragraph_id = index.data(PARAGRAPH_ID_ROLE)
        if span is not None and paragraph_id is not None:
            self.mention_opened.emit(int(paragraph_id), int(span[0]), int(span[1]))
