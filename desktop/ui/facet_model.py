"""Facet counts as a two-level tree: facet (country, indicator…) then its values with their counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.ui.i18n import country_name, names_language
from domain.taxonomy import load_taxonomy

FILTER_ROLE = Qt.ItemDataRole.UserRole + 1  # the query filter a value stands for, e.g. "country:be"

AnyIndex = QModelIndex | QPersistentModelIndex
_TITLES = {
    "country": QT_TRANSLATE_NOOP("FacetModel", "Country"),
    "indicator": QT_TRANSLATE_NOOP("FacetModel", "Indicator"),
    "pillar": QT_TRANSLATE_NOOP("FacetModel", "Pillar"),
    "edition": QT_TRANSLATE_NOOP("FacetModel", "Edition"),
    "language": QT_TRANSLATE_NOOP("FacetModel", "Language"),
}
_LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("FacetModel", "English"),
    "fr": QT_TRANSLATE_NOOP("FacetModel", "French"),
    "es": QT_TRANSLATE_NOOP("FacetModel", "Spanish"),
}
_FACET_ROW = 0  # internalId of a facet row; a value row's internalId is its facet's row + 1


class FacetModel(QAbstractItemModel):
    """Rows are addressed by (facet row, value row); a value's internalId is its facet's row + 1."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # facet name → its (value, count, label) rows, most paragraphs first
        self._facets: list[tuple[str, list[tuple[str, int, str]]]] = []

    def set_facets(self, facets: dict[str, dict[str, int]]) -> None:
        """Labels are made here, once per search: the view asks for each row's text many times while
        it lays out and paints, and a label looks names up in the taxonomy and the locale."""
        self.beginResetModel()
        self._facets = [
            (
                name,
                [
                    (value, count, f"{self._label(name, value)}  ({count})")
                    for value, count in sorted(values.items(), key=lambda item: (-item[1], item[0]))
                ],
            )
            for name, values in facets.items()
            if values
        ]
        self.endResetModel()

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _FACET_ROW) if row < len(self._facets) else QModelIndex()
        if parent.internalId() != _FACET_ROW:
            return QModelIndex()
        values = self._facets[parent.row()][1]
        return self.createIndex(row, 0, parent.row() + 1) if row < len(values) else QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _FACET_ROW:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _FACET_ROW)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._facets)
        if parent.column() != 0 or parent.internalId() != _FACET_ROW:
            return 0
        return len(self._facets[parent.row()][1])

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _FACET_ROW:
            name = self._facets[index.row()][0]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(_TITLES.get(name, name))
            return None
        name, values = self._facets[index.internalId() - 1]
        value, count, label = values[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%n paragraph(s)", "", count)
        if role == FILTER_ROLE:
            return f"{name}:{value}"
        return None

    def _label(self, name: str, value: str) -> str:
        """A facet value as the analyst reads it, in the interface's language: "Trafic d'armes", not
        "arms_trafficking"; "Belgique", not "BE"."""
        taxonomy = load_taxonomy()
        language = names_language()
        if name == "indicator" and (indicator := taxonomy.indicator(value)):
            return indicator.name(language)
        if name == "pillar" and (pillar := taxonomy.pillar(value)):
            return pillar.name(language)
        if name == "country":
            return country_name(value)
        if name == "language" and value in _LANGUAGES:
            return self.tr(_LANGUAGES[value])
        return value
