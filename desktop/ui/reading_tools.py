"""What the window offers about the text being read, beyond reading it: the original page of a PDF
(QtPdf), an entity's page in a dock, and the reader's context menu that leads to it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from db.services.entities import entity_record
from db.services.facts import FactRow
from db.services.sources import source_path
from desktop.ui.entity_page import EntityPage
from desktop.ui.source_page import SourcePageDialog


class ReadingTools(QObject):
    """`window`: the main window (its reader, library, lane and what it has open). Typed loosely: this
    module sits below main_window and must not import it back."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.source_dialog: SourcePageDialog | None = None
        self.entity_dock: QDockWidget | None = None  # made when an entity page is first asked for
        self.entity_page: EntityPage | None = None

    def show_source_page(self) -> SourcePageDialog | None:
        """Ctrl+Shift+P: the paragraph being read, on its page of the PDF it came from (kept in the
        library, content-addressed)."""
        paragraph_id = self.window.reading_paragraph
        if paragraph_id not in self.window.paragraph_sections:
            self.window.statusBar().showMessage(self.tr("Open a paragraph first: its source page is shown."))
            return None
        outline, section = self.window.sections[self.window.paragraph_sections[paragraph_id]]
        paragraph = next(p for p in section.paragraphs if p.id == paragraph_id)
        document = outline.document
        pdf = source_path(self.window.library, document.sha256)
        if not document.source_name.lower().endswith(".pdf") or not pdf.is_file():
            self.window.statusBar().showMessage(
                self.tr(
                    "No source page: {name} was not a PDF, or was imported before sources were kept."
                ).format(name=document.source_name)
            )
            return None
        self.source_dialog = SourcePageDialog(self.window)
        self.source_dialog.show_page(pdf, paragraph.page, paragraph.text, document.title)
        self.source_dialog.show()
        return self.source_dialog

    def fact_at(self, position: QPoint) -> FactRow | None:
        """The entity the reader shows at a point (a name coloured as a fact), or None: among the facts
        the window holds for the paragraphs on screen (read off the GUI thread when they were shown)."""
        cursor = self.window.reader.cursorForPosition(position)
        block = cursor.block()
        paragraph = getattr(self.window.reader, "paragraph_blocks", {}).get(block.blockNumber())
        if paragraph is None:
            return None
        offset = cursor.position() - block.position()
        return self.window.reader_facts.entity_at(paragraph.id, offset)

    def reader_menu(self, position: QPoint) -> None:
        """The reader's usual menu (copy, select all), with the entity page of the name under the mouse."""
        menu = self.window.reader.createStandardContextMenu(position)
        fact = self.fact_at(position)
        if fact is not None:
            first = menu.actions()[0] if menu.actions() else None
            action = QAction(self.tr("Show Entity Page: {name}").format(name=fact.canonical), menu)
            action.triggered.connect(lambda: self.show_entity_page(fact.type, fact.canonical))
            menu.insertAction(first, action)
            menu.insertSeparator(first)
        menu.exec(self.window.reader.viewport().mapToGlobal(position))

    def show_entity_page(self, fact_type: str, name: str) -> None:
        """Every mention of an entity, by report, with its companions and flows; read off the GUI
        thread, shown in a dock beside the facts. A click on a mention opens it in the reader."""
        if self.entity_dock is None:
            self.entity_page = EntityPage()
            self.entity_page.mention_opened.connect(self.window.show_paragraph_marked)
            self.entity_dock = QDockWidget(self.tr("Entity"), self.window)
            self.entity_dock.setObjectName("entity")
            self.entity_dock.setWidget(self.entity_page)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.entity_dock)
            self.window.tabifyDockWidget(self.window.facts_dock, self.entity_dock)
        self.entity_dock.show()
        self.entity_dock.raise_()
        # On the reader thread: a long operation on the writer lane never holds the page up.
        self.window.reads.read(
            "entity page",
            lambda: entity_record(self.window.library, name, fact_type),
            lambda record: self.entity_page.set_record(record) if self.entity_page else None,
        )
