"""Search results as a list model: one row per hit, the hit's plain record behind it."""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from db.search.service import SearchHit, SearchResults
from desktop.scores_display import score_number
from desktop.ui.i18n import names_language, score_phrases
from domain.taxonomy import load_taxonomy

PARAGRAPH_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 2
HIT_ROLE = Qt.ItemDataRole.UserRole + 3
SCORE_ROLE = Qt.ItemDataRole.UserRole + 4

AnyIndex = QModelIndex | QPersistentModelIndex
_MARK = re.compile(r"</?mark>")


def hit_title(hit: SearchHit) -> str:
    indicator = load_taxonomy().indicator(hit.indicator) if hit.indicator else None
    label = indicator.name(names_language()) if indicator else ""
    where = " › ".join(t.capitalize() if t.isupper() else t for t in hit.section_path)
    score = ""
    if hit.indicator_score is not None:
        score = f" ({score_number(hit.indicator_score, score_phrases())}/10)"
    return f"{hit.document} › {where}" + (f" · {label}{score}" if label else "")


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self.results: SearchResults | None = None

    def set_results(self, results: SearchResults | None) -> None:
        self.beginResetModel()
        self.results = results
        self._hits = list(results.hits) if results else []
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit_title(hit)}\n{html.unescape(_MARK.sub('', hit.snippet))}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit_title(hit)
        if role == PARAGRAPH_ID_ROLE:
            return hit.paragraph_id
        if role == SNIPPET_HTML_ROLE:
            return f"<b>{html.escape(hit_title(hit))}</b><br>{hit.snippet}"
        if role == HIT_ROLE:
            return hit
        if role == SCORE_ROLE:
            return hit.score
        return None
