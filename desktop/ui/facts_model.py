"""The facts panel's model: fact type, then entity with its count, then each mention.

Types and entities come from one aggregate query; an entity's mentions are fetched only when the
analyst opens it (`canFetchMore` / `fetchMore`), so a library of 500 reports and 100,000 facts opens
at once. They are asked for, not read here: the window reads them off the GUI thread and hands them
back (`deliver`), and they are inserted then. Nodes hold labels and plain `FactRow` records only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, QTimer

from db.services.facts import FactRow
from desktop.ui.node_model import NodeTreeModel

FACT_ROLE = Qt.ItemDataRole.UserRole + 1  # the FactRow of a mention (of an entity: its first mention)
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
# Mentions that take longer than this to come show "Loading…" under their entity meanwhile; quicker ones
# (most) come without it, so nothing flickers.
LOADING_AFTER_MS = 250
ENTITY_ROLE = Qt.ItemDataRole.UserRole + 3  # (type, canonical) of an entity

TYPE_TITLES = {
    "criminal_group": QT_TRANSLATE_NOOP("FactsModel", "Criminal groups"),
    "place": QT_TRANSLATE_NOOP("FactsModel", "Places"),
    "country": QT_TRANSLATE_NOOP("FactsModel", "Countries"),
    "institution": QT_TRANSLATE_NOOP("FactsModel", "Institutions"),
    "commodity": QT_TRANSLATE_NOOP("FactsModel", "Commodities"),
    "year": QT_TRANSLATE_NOOP("FactsModel", "Years"),
    "figure": QT_TRANSLATE_NOOP("FactsModel", "Figures"),
    "role": QT_TRANSLATE_NOOP("FactsModel", "Roles and flows"),
}
AnyIndex = QModelIndex | QPersistentModelIndex
# An entity's mentions, each alone or with the words around it.
Mentions = list[FactRow] | list[tuple[FactRow, str]]
# Asks for an entity's mentions (type, name); they come later, on the GUI thread, through the first
# callback, or the second says why they could not be read.
MentionRequest = Callable[[str, str, Callable[[Mentions], None], Callable[[str], None]], None]


@dataclass(eq=False)
class _Node:
    kind: str  # "type", "entity", "mention", or "loading" (under an entity whose mentions are coming)
    label: str
    key: tuple[str, str] = ("", "")  # (type, canonical) of an entity
    fact: FactRow | None = None
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    loaded: bool = True  # its mentions were asked for
    pending: bool = False  # asked for, not come yet
    waiting: list[Callable[[FactRow | None], None]] = field(default_factory=list)  # for the first mention

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class FactsModel(NodeTreeModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node("root", "")
        self._request: MentionRequest = lambda _type, _name, deliver, _failed: deliver([])
        self._label: Callable[[int], str] = str
        self._generation = 0  # bumped at each reset: mentions asked for before it find no node to fill

    def set_counts(
        self,
        counts: list[tuple[str, str, int]],
        request: MentionRequest,
        paragraph_label: Callable[[int], str],
    ) -> None:
        self.beginResetModel()
        self._generation += 1
        self._request, self._label = request, paragraph_label
        grouped: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for fact_type, canonical, count in counts:
            grouped[fact_type].append((canonical, count))
        root = _Node("root", "")
        for fact_type, title in TYPE_TITLES.items():
            if fact_type not in grouped:
                continue
            entities = sorted(grouped[fact_type], key=lambda item: (-item[1], item[0]))
            total = sum(count for _, count in entities)
            type_node = _Node("type", f"{self.tr(title)} ({total})", parent=root)
            type_node.children = [
                _Node("entity", f"{name} ({count})", (fact_type, name), parent=type_node, loaded=False)
                for name, count in entities
            ]
            root.children.append(type_node)
        self._root = root
        self.endResetModel()

    def _mentions(self, node: _Node, items: Mentions) -> list[_Node]:
        nodes = []
        for item in items:
            fact, context = item if isinstance(item, tuple) else (item, f"« {item.text} »")
            if fact.data.get("negated"):  # the text says it is absent: never read as a presence
                context += self.tr(" — said to be absent")
            label = f"{self._label(fact.paragraph_id)}: {context}"
            nodes.append(_Node("mention", label, fact=fact, parent=node))
        return nodes

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        node = self._node(parent)
        return bool(node.children) or (node.kind == "entity" and not node.loaded)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return parent.isValid() and self._node(parent).kind == "entity" and not self._node(parent).loaded

    def fetchMore(self, parent: AnyIndex) -> None:
        node = self._node(parent)
        if node.kind != "entity" or node.loaded:
            return
        node.loaded = node.pending = True
        generation = self._generation
        self._request(
            *node.key,
            lambda items: self._deliver(node, items, generation),
            lambda _message: self._not_read(node, generation),
        )
        if node.pending:
            QTimer.singleShot(LOADING_AFTER_MS, self, lambda: self._show_loading(node, generation))

    def _show_loading(self, node: _Node, generation: int) -> None:
        if generation == self._generation and node.pending and not node.children:
            self.beginInsertRows(self.createIndex(node.row(), 0, node), 0, 0)
            node.children = [_Node("loading", self.tr("Loading…"), parent=node)]
            self.endInsertRows()

    def _drop_loading(self, node: _Node) -> None:
        node.pending = False
        if node.children and node.children[0].kind == "loading":
            self.beginRemoveRows(self.createIndex(node.row(), 0, node), 0, 0)
            node.children = []
            self.endRemoveRows()

    def _not_read(self, node: _Node, generation: int) -> None:
        """The read failed (the window has said why): expanding the entity again asks again."""
        if generation == self._generation:
            self._drop_loading(node)
            node.loaded, node.waiting = False, []

    def _deliver(self, node: _Node, items: Mentions, generation: int) -> None:
        if generation != self._generation:
            return  # the panel was filled again meanwhile: this node is gone
        self._drop_loading(node)
        if node.children:
            return
        mentions = self._mentions(node, items)
        if mentions:
            self.beginInsertRows(self.createIndex(node.row(), 0, node), 0, len(mentions) - 1)
            node.children = mentions
            self.endInsertRows()
        waiting, node.waiting = node.waiting, []
        for callback in waiting:
            callback(mentions[0].fact if mentions else None)

    def first_mention(self, index: AnyIndex, callback: Callable[[FactRow | None], None]) -> None:
        """An entity's first mention, to `callback`: at once when its mentions are here, else when they
        come (they are asked for now)."""
        node = self._node(index)
        if node.kind != "entity":
            callback(node.fact)
        elif node.loaded and not node.pending:  # here (or there were none)
            callback(node.children[0].fact if node.children else None)
        else:
            node.waiting.append(callback)
            if not node.loaded:
                self.fetchMore(index)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label
        if role == KIND_ROLE:
            return node.kind
        if role == FACT_ROLE:
            if node.kind == "mention":
                return node.fact
            if node.kind == "entity":  # its first mention, once they are here (see `first_mention`)
                return node.children[0].fact if node.children else None
        if role == ENTITY_ROLE and node.kind == "entity":
            return node.key
        return None
