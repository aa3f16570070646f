"""The facts the reader colours, per paragraph, read off the GUI thread and kept.

Opening a section asks for the facts of its paragraphs it does not hold yet; the reader shows the text at
once and colours it when they come (`arrived`). A change to the library's facts forgets them all
(`forget`); the ones read on the writer lane after an operation are taken as they are (`take`). The rows
are plain `FactRow` records: the reader's context menu finds the entity under the mouse among them
without a query.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from db.library import Library
from db.services.facts import ENTITY_TYPES, FactRow
from desktop.ui.reads import Reads
from desktop.ui.view_update import facts_by_paragraph

Spans = dict[int, list[tuple[int, int, str]]]


class ReaderFacts(QObject):
    arrived = Signal(object)  # the set of paragraph ids whose facts came

    def __init__(self, library: Library, reads: Reads, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library, self.reads = library, reads
        self.rows: dict[int, list[FactRow]] = {}
        self._generation = 0  # bumped by `forget`: a read begun before it may hold facts since changed

    def spans(self, paragraph_ids: list[int]) -> Spans:
        """The spans held for these paragraphs; those not held yet are asked for (`arrived` follows)."""
        missing = [i for i in paragraph_ids if i not in self.rows]
        if missing:
            generation = self._generation
            self.reads.read(
                "reader-facts",
                lambda: facts_by_paragraph(self.library, missing),
                lambda found: self._arrived(found, generation),
            )
        return {
            i: [(f.start, f.end, f.type) for f in self.rows[i]] for i in paragraph_ids if self.rows.get(i)
        }

    def _arrived(self, found: dict[int, list[FactRow]], generation: int) -> None:
        if generation != self._generation:
            return  # the facts changed meanwhile: the reader asks again when it is shown again
        self.rows.update(found)
        self.arrived.emit(set(found))

    def forget(self) -> None:
        self.rows = {}
        self._generation += 1

    def take(self, found: dict[int, list[FactRow]]) -> None:
        """Facts read on the writer lane after an operation (the paragraphs on screen)."""
        self.rows.update(found)

    def entity_at(self, paragraph_id: int, offset: int) -> FactRow | None:
        """The named entity at a character of a paragraph, if its facts are held."""
        return next(
            (
                f
                for f in self.rows.get(paragraph_id, [])
                if f.type in ENTITY_TYPES and f.start <= offset < f.end and f.canonical
            ),
            None,
        )
