"""The library tree: documents, then pillars and sections, then paragraphs, as a model over ids.

Nodes hold ids and display strings only; paragraph text is looked up when shown. The tree is rebuilt
from the outline service when the library changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop.scores_display import score_sentence, short_label
from desktop.ui.i18n import score_phrases
from desktop.ui.node_model import NodeTreeModel
from domain.records import DocumentOutline, IndicatorScore, OutlineSection
from domain.taxonomy import load_taxonomy

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class Node:
    kind: str  # "document", "section" or "paragraph"
    id: int
    label: str
    tooltip: str = ""
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    order: int = 0
    score: IndicatorScore | None = None  # the Index's score of a paragraph's indicator
    score_tooltip: str = ""

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


def _paragraph_label(number: int, indicator: str | None, text: str, language: str) -> str:
    """ "3. Trafic d’armes" in the report's language (`language`), or the paragraph's first words."""
    if indicator:
        found = load_taxonomy().indicator(indicator)
        return f"{number}. {found.name(language) if found else indicator}"
    preview = text if len(text) < 60 else text[:59] + "…"
    return f"{number}. {preview}"


def _section_node(
    section: OutlineSection, parent: Node, document: DocumentOutline, scores: dict[str, IndicatorScore]
) -> Node:
    # A paragraph's indicator is named as its report names it, like the section titles around it and the
    # reader beside it; the score phrases around it are in the interface's language.
    language = document.document.language
    phrases = score_phrases()
    node = Node(
        "section",
        section.id,
        section.title.capitalize() if section.title.isupper() else section.title,
        parent=parent,
        order=section.id,
    )
    for child in section.sections:
        node.children.append(_section_node(child, node, document, scores))
    for p in section.paragraphs:
        score = scores.get(p.indicator) if p.indicator else None
        node.children.append(
            Node(
                "paragraph",
                p.id,
                _paragraph_label(p.number, p.indicator, p.text, language),
                tooltip=p.text[:300],
                parent=node,
                order=p.number,
                score=score,
                score_tooltip=score_sentence(score, document.document.edition, phrases) if score else "",
            )
        )
    return node


class LibraryTreeModel(NodeTreeModel):
    """Column 0: documents, sections, paragraphs. Column 1: a paragraph's indicator score and change."""

    _columns = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = Node("root", 0, "")

    def set_outlines(
        self, outlines: list[DocumentOutline], scores: dict[int, dict[str, IndicatorScore]] | None = None
    ) -> None:
        """`scores`: per document id, its country's scores in its edition, by indicator key."""
        self.beginResetModel()
        root = Node("root", 0, "")
        for outline in outlines:
            d = outline.document
            details = ", ".join(str(x) for x in (d.country_iso, d.edition, d.language) if x)
            document = Node(
                "document", d.id, d.title, tooltip=f"{d.source_name} ({details})", parent=root, order=d.id
            )
            document_scores = (scores or {}).get(d.id, {})
            document.children = [
                _section_node(s, document, outline, document_scores) for s in outline.sections
            ]
            root.children.append(document)
        self._root = root
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if index.column() == 1 and role not in (KIND_ROLE, ID_ROLE):  # a click on the score opens the row
            return self._score_data(node, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or None
        if role == KIND_ROLE:
            return node.kind
        if role == ID_ROLE:
            return node.id
        if role == SORT_ROLE:
            return node.order
        return None

    def _score_data(self, node: Node, role: int) -> Any:
        if node.score is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return short_label(node.score, score_phrases())
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.score_tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return node.score.score
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Library") if section == 0 else self.tr("Score")
        return None

    def find(self, kind: str, node_id: int) -> QModelIndex:
        """The index of a node, for selecting what was just imported or searched."""
        stack = list(self._root.children)
        while stack:
            node = stack.pop()
            if node.kind == kind and node.id == node_id:
                return self.createIndex(node.row(), 0, node)
            stack.extend(node.children)
        return QModelIndex()
