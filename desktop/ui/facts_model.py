"""The facts panel's model: fact type, then entity (with its count), then each mention.

Built from plain `FactRow` records of the facts service; nodes hold ids and labels only.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from db.services.facts import FactRow

FACT_ROLE = Qt.ItemDataRole.UserRole + 1  # the FactRow of a mention
KIND_ROLE = Qt.ItemDataRole.UserRole + 2

TYPE_TITLES = {
    "criminal_group": "Criminal groups",
    "place": "Places",
    "country": "Countries",
    "institution": "Institutions",
    "commodity": "Commodities",
    "year": "Years",
    "figure": "Figures",
    "role": "Roles and flows",
}
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class _Node:
    kind: str  # "type", "entity" or "mention"
    label: str
    fact: FactRow | None = None
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class FactsModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node("root", "")

    def set_facts(self, facts: list[FactRow], paragraph_labels: dict[int, str]) -> None:
        self.beginResetModel()
        root = _Node("root", "")
        grouped: dict[str, dict[str, list[FactRow]]] = defaultdict(lambda: defaultdict(list))
        for fact in facts:
            grouped[fact.type][fact.canonical].append(fact)
        for fact_type in TYPE_TITLES:
            if fact_type not in grouped:
                continue
            entities = grouped[fact_type]
            total = sum(len(v) for v in entities.values())
            type_node = _Node("type", f"{self.tr(TYPE_TITLES[fact_type])} ({total})", parent=root)
            for canonical, mentions in sorted(entities.items(), key=lambda item: (-len(item[1]), item[0])):
                entity = _Node("entity", f"{canonical} ({len(mentions)})", parent=type_node)
                entity.children = [
                    _Node(
                        "mention",
                        f"{paragraph_labels.get(m.paragraph_id, m.paragraph_id)}: « {m.text} »",
                        m,
                        entity,
                    )
                    for m in mentions
                ]
                type_node.children.append(entity)
            root.children.append(type_node)
        self._root = root
        self.endResetModel()

    def _node(self, index: AnyIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self._root  # type: ignore[no-any-return]

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label
        if role == FACT_ROLE:
            return (
                node.fact
                if node.fact is not None
                else (node.children[0].fact if node.kind == "entity" else None)
            )
        if role == KIND_ROLE:
            return node.kind
        return None
