"""The main window: the library tree beside the reader, File ▸ Import, drag and drop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QTreeView,
    QWidget,
)

from db.library import Library
from db.search.service import SearchHit, SearchResults
from db.services.bookmarks import BookmarkDraft, BookmarkRecord
from db.services.facts import FactRow, entity_counts, mentions_in_context
from desktop.facts.worker import ProcessExtractor
from desktop.ingest.pipeline import REPORT_SUFFIXES
from desktop.ops import bookmarks as bookmark_ops
from desktop.ops.changes import ChangeSet
from desktop.ops.entities import decide_entity
from desktop.ops.facts import repair_derived
from desktop.resources import SAMPLE_DIR
from desktop.ui.about import about_html
from desktop.ui.accessibility import name_for_assistive_technology
from desktop.ui.bookmark_commands import RemoveBookmarkCommand
from desktop.ui.bookmarks import RECORD_ROLE as BOOKMARK_RECORD_ROLE
from desktop.ui.bookmarks import BookmarkDialog, BookmarksPanel, bookmark_spans
from desktop.ui.dossier_builder import DossierBuilder
from desktop.ui.entity_page import EntityPage
from desktop.ui.facet_model import FILTER_ROLE, FacetModel
from desktop.ui.facts_model import ENTITY_ROLE, FactsModel, Mentions
from desktop.ui.facts_model import KIND_ROLE as KIND_ROLE_FACTS
from desktop.ui.first_run import IMPORT_LINK, SAMPLE_LINK, welcome_html
from desktop.ui.import_flow import ImportFlow
from desktop.ui.outline_model import ID_ROLE, KIND_ROLE, LibraryTreeModel
from desktop.ui.reader import ReaderView
from desktop.ui.reader_facts import ReaderFacts
from desktop.ui.reading_tools import ReadingTools
from desktop.ui.reads import Reads
from desktop.ui.scores_menu import ScoresMenu
from desktop.ui.search_pane import SearchPane
from desktop.ui.searches_menu import SearchesMenu
from desktop.ui.settings import (
    HIGHLIGHT_FACTS,
    LAST_LIBRARY,
    RECENT_SEARCHES,
    SPLITTER_STATE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    remember_search,
)
from desktop.ui.settings import store as settings_store
from desktop.ui.source_page import SourcePageDialog
from desktop.ui.tasks import WriterLane
from desktop.ui.view_update import LibrarySnapshot, ViewUpdate, read_snapshot, read_view_update
from domain.records import DocumentOutline, IndicatorScore, OutlineSection

# Below this width the filters would squeeze the reader under 60 characters a line: they wait for the
# View menu.
WIDE_ENOUGH_FOR_FILTERS = 1400


class MainWindow(QMainWindow):
    library_shown = Signal()  # the whole library, read off the GUI thread, is on screen

    def __init__(
        self, library: Library, parent: QWidget | None = None, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings if settings is not None else settings_store()
        self.lane = WriterLane(self, dialog_parent=self)
        # After each operation, the lane reads what the views need; `changed` brings it here.
        self.lane.read_views = self.read_view_update
        self.lane.changed.connect(self.apply_changes)
        # Quick reads (a section's facts, an entity's mentions, the score views) on a thread of their own.
        self.reads = Reads(self)
        self.reads.failed = lambda message: self.statusBar().showMessage(message)
        self.reader_facts = ReaderFacts(library, self.reads, self)
        self.reader_facts.arrived.connect(self._facts_arrived)
        self._on_screen: list[int] = []  # paragraph ids the reader shows
        # The paragraph the reader was last opened on (a hit, a fact, a bookmark, the tree): the context
        # of Ctrl+D, Ctrl+K and Compare, so that they act on what the analyst is reading.
        self.reading_paragraph: int | None = None
        # The facts panel follows the document being read (None: the whole library, as at start).
        self.facts_follow = True
        self.facts_document: int | None = None
        self._counts_changes = 0  # change sets that brought the panel's counts (older reads are dropped)
        self.bookmark_records: list[BookmarkRecord] = []
        self.outlines: dict[int, DocumentOutline] = {}
        self.scores: dict[int, dict[str, IndicatorScore]] = {}
        self.sections: dict[int, tuple[DocumentOutline, OutlineSection]] = {}
        self.paragraph_sections: dict[int, int] = {}

        self.setWindowTitle(f"Excerpta — {library.folder}")
        self.setAcceptDrops(True)
        self.tree_model = LibraryTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        # The name takes the width; the score column is as narrow as "8.5 ▲1.5".
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._show_current)
        self.tree.activated.connect(self._show_current)
        self.reader = ReaderView()
        self.reader.anchorClicked.connect(self._follow_link)
        self.reader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.reader.customContextMenuRequested.connect(lambda point: self.tools.reader_menu(point))
        # The reader is what the analyst came for: no restored dock layout may squeeze it to a sliver.
        self.reader.setMinimumWidth(280)
        self.search = SearchPane(library)
        self.search.hit_opened.connect(self.open_hit)
        self.search.searched.connect(self._remember_search)
        self.search.results_ready.connect(self._page_shown)
        self.search.facets_ready.connect(self._show_facets)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.tree, self.tr("Library"))
        self.tabs.addTab(self.search, self.tr("Search"))
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.reader)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 860])
        self.setCentralWidget(splitter)
        self.facets = FacetModel(self)
        self.facet_view = QTreeView()
        self.facet_view.setModel(self.facets)
        self.facet_view.setHeaderHidden(True)
        self.facet_view.activated.connect(self._apply_facet)
        self.facet_view.clicked.connect(self._apply_facet)
        facet_dock = QDockWidget(self.tr("Filters"), self)
        facet_dock.setObjectName("filters")
        facet_dock.setWidget(self.facet_view)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, facet_dock)
        facet_dock.hide()
        self.facet_dock = facet_dock
        self._facets_offered = False
        self.facts_model = FactsModel(self)
        self.facts_view = QTreeView()
        self.facts_view.setModel(self.facts_model)
        self.facts_view.setHeaderHidden(True)
        self.facts_view.activated.connect(self._open_fact)
        self.facts_view.clicked.connect(self._open_fact)
        self.facts_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.facts_view.customContextMenuRequested.connect(self._fact_menu)
        facts_dock = QDockWidget(self.tr("Facts"), self)
        facts_dock.setObjectName("facts")
        facts_dock.setWidget(self.facts_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, facts_dock)
        self.facts_dock = facts_dock
        self.show_facts = True
        self.undo_stack = QUndoStack(self)
        self.bookmarks_panel = BookmarksPanel()
        self.bookmarks_panel.opened.connect(self.open_bookmark)
        self.bookmarks_panel.delete_requested.connect(self.delete_bookmark)
        self.bookmarks_panel.edit_requested.connect(self.edit_bookmark)
        bookmarks_dock = QDockWidget(self.tr("Bookmarks"), self)
        bookmarks_dock.setObjectName("bookmarks")
        bookmarks_dock.setWidget(self.bookmarks_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, bookmarks_dock)
        self.tabifyDockWidget(self.facts_dock, bookmarks_dock)
        self.facts_dock.raise_()
        self.bookmarks_dock = bookmarks_dock
        self.tools = ReadingTools(self)  # the source page, entity pages, the reader's context menu
        # The reader is what the analyst reads: the docks start narrow.
        self.resizeDocks([self.facet_dock, self.facts_dock], [210, 260], Qt.Orientation.Horizontal)
        self._bookmark_spans: dict[int, list[tuple[int, int, str, str]]] = {}
        self.scores_menu = ScoresMenu(
            self, library, self.lane, self._reading_now, self._open_paragraph, self.open_indicator, self.reads
        )
        self._build_menus()
        self.extractor = ProcessExtractor()  # facts in a process of their own: the window never freezes
        self.import_flow = ImportFlow(library, self.lane, self, self.extractor)
        self.resize(1200, 780)
        self._restore_settings()
        self.statusBar().showMessage(self.tr("Opening the library…"))
        self.reload()
        name_for_assistive_technology(self)
        # A crash between a commit and its facts or index update is repaired here, off the GUI thread.
        self.index_ready = False
        self.lane.submit(
            lambda _job: repair_derived(library, extractor=self.extractor),
            self._index_synced,
            self._index_failed,
        )

    def _restore_settings(self) -> None:
        if not WINDOW_GEOMETRY.get(self.settings).isEmpty():
            self.restoreGeometry(WINDOW_GEOMETRY.get(self.settings))
        if not WINDOW_STATE.get(self.settings).isEmpty():
            self.restoreState(WINDOW_STATE.get(self.settings))
        self.facet_dock.hide()  # nothing to filter before a search: an empty dock stays closed
        if not SPLITTER_STATE.get(self.settings).isEmpty():
            self.splitter.restoreState(SPLITTER_STATE.get(self.settings))
        self.highlight_action.setChecked(HIGHLIGHT_FACTS.get(self.settings))
        self.search.set_recent(RECENT_SEARCHES.get(self.settings))
        LAST_LIBRARY.set(self.settings, str(self.library.folder))

    def save_settings(self) -> None:
        WINDOW_GEOMETRY.set(self.settings, self.saveGeometry())
        WINDOW_STATE.set(self.settings, self.saveState())
        SPLITTER_STATE.set(self.settings, self.splitter.saveState())
        HIGHLIGHT_FACTS.set(self.settings, self.highlight_action.isChecked())
        self.settings.sync()

    def _remember_search(self, query: str) -> None:
        self.search.set_recent(remember_search(self.settings, query))

    def _index_synced(self, changes: ChangeSet) -> None:
        self.index_ready = True
        if changes.messages:  # e.g. the index was damaged and has been rebuilt from the library
            self.statusBar().showMessage(" ".join(changes.messages))

    def _index_failed(self, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("The search index could not be updated: {message}").format(message=message)
        )

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        import_files = QAction(self.tr("&Import Files…"), self, shortcut=QKeySequence("Ctrl+I"))
        import_files.triggered.connect(self.choose_files)
        import_folder = QAction(self.tr("Import &Folder…"), self, shortcut=QKeySequence("Ctrl+Shift+I"))
        import_folder.triggered.connect(self.choose_folder)
        export_action = QAction(self.tr("&Export Dossier…"), self, shortcut=QKeySequence("Ctrl+E"))
        export_action.triggered.connect(self.open_dossier_builder)
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        bookmark = QAction(self.tr("&Bookmark Selection…"), self, shortcut=QKeySequence("Ctrl+D"))
        bookmark.triggered.connect(self.bookmark_selection)
        source_page = QAction(self.tr("Show Source &Page"), self, shortcut=QKeySequence("Ctrl+Shift+P"))
        source_page.triggered.connect(self.show_source_page)
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        edit_menu.addAction(bookmark)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        highlight = QAction(self.tr("Highlight &Facts"), self, checkable=True, checked=True)
        highlight.setShortcut(QKeySequence("Ctrl+Shift+H"))
        highlight.toggled.connect(self.set_fact_highlighting)
        view_menu.addAction(highlight)
        view_menu.addAction(source_page)
        view_menu.addAction(self.facts_dock.toggleViewAction())
        whole = QAction(self.tr("Facts of the &Whole Library"), self, checkable=True, checked=False)
        whole.toggled.connect(self.set_facts_scope)
        view_menu.addAction(whole)
        self.facts_scope_action = whole
        view_menu.addAction(self.bookmarks_dock.toggleViewAction())
        view_menu.addAction(self.facet_dock.toggleViewAction())
        self.highlight_action = highlight
        find = QAction(self.tr("&Search"), self, shortcut=QKeySequence("Ctrl+F"))
        find.triggered.connect(self.focus_search)
        self.addAction(find)
        file_menu.addActions([import_files, import_folder, export_action])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.searches = SearchesMenu(
            self, self.library, self.lane, self.search, self.menuBar().addMenu(self.tr("Sea&rches"))
        )
        self.scores_menu.build(self.menuBar().addMenu(self.tr("S&cores")))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Excerpta"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def reload(self) -> None:
        """Reads the whole library on the writer lane (in turn with the operations, so that no change
        set can overtake it) and shows it (`library_shown`): at start; later only `apply_changes`
        updates the views."""
        self.lane.submit(lambda _job: read_snapshot(self.library), self._show_snapshot)

    def _show_snapshot(self, snapshot: LibrarySnapshot) -> None:
        self._show_outlines(snapshot.outlines, snapshot.scores)
        self._show_entity_counts(snapshot.entity_counts)
        self.reload_bookmarks(snapshot.bookmarks)
        self.searches.show(snapshot.searches)
        if snapshot.outlines:
            self.tree.expand(self.tree_model.index(0, 0))
        else:
            self.reader.setHtml(welcome_html())
        self.library_shown.emit()

    def _show_outlines(
        self, outlines: list[DocumentOutline], scores: dict[int, dict[str, IndicatorScore]]
    ) -> None:
        def order(o: DocumentOutline) -> tuple[str, int, str, int]:
            d = o.document
            return (d.country or "", d.edition or 0, d.title, d.id)

        outlines = sorted(outlines, key=order)
        self.outlines = {o.document.id: o for o in outlines}
        self.scores = scores
        self.sections = {}
        self.paragraph_sections = {}

        def register(o: DocumentOutline, section: OutlineSection) -> None:
            self.sections[section.id] = (o, section)
            for p in section.paragraphs:
                self.paragraph_sections[p.id] = section.id
            for child in section.sections:
                register(o, child)

        for o in outlines:
            for section in o.sections:
                register(o, section)
        self.tree_model.set_outlines(outlines, scores)
        paragraphs = sum(o.document.paragraph_count for o in outlines)
        self.statusBar().showMessage(
            self.tr("%n document(s)", "", len(outlines)) + ", " + self.tr("%n paragraph(s)", "", paragraphs)
        )

    def _show_entity_counts(self, counts: list[tuple[str, str, int]]) -> None:
        numbers = {
            p.id: f"{o.document.country_iso or '?'} §{p.number}"
            for o, section in self.sections.values()
            for p in section.paragraphs
        }
        document = self.facts_document

        def mentions(
            fact_type: str, name: str, deliver: Callable[[Mentions], None], failed: Callable[[str], None]
        ) -> None:
            self.reads.read(
                ("mentions", fact_type, name, document),
                lambda: mentions_in_context(self.library, fact_type, name, document),
                deliver,
                failed,
            )

        self.facts_model.set_counts(
            counts, mentions, lambda paragraph_id: numbers.get(paragraph_id, str(paragraph_id))
        )
        shown = self.outlines.get(document) if document is not None else None
        # A short title (it is also the dock's tab); the report's name in full in the tooltip.
        self.facts_dock.setWindowTitle(self.tr("Facts (this report)") if shown else self.tr("Facts"))
        self.facts_view.setToolTip(
            self.tr("Facts of {title}").format(title=shown.document.title) if shown else ""
        )

    def _follow_document(self, document_id: int) -> None:
        """The facts panel shows the facts of the document in the reader (unless it is set to the whole
        library); its counts are read off the GUI thread."""
        if not self.facts_follow or document_id == self.facts_document:
            return
        self.facts_document = document_id
        self._read_entity_counts()

    def _read_entity_counts(self) -> None:
        """The panel's counts for the document it follows, on the reader thread, so that a long operation
        on the writer lane (facts being extracted) never holds them up. Counts a change set brings
        meanwhile are newer: this read's are then dropped."""
        document, changes_seen = self.facts_document, self._counts_changes

        def show(counts: list[tuple[str, str, int]]) -> None:
            if (document, changes_seen) == (self.facts_document, self._counts_changes):
                self._show_entity_counts(counts)

        self.reads.read("entity counts", lambda: entity_counts(self.library, document), show)

    def set_facts_scope(self, whole_library: bool) -> None:
        """View ▸ Facts of the Whole Library: off, the panel follows the document being read."""
        self.facts_follow = not whole_library
        reading = self.sections.get(self.paragraph_sections.get(self.reading_paragraph or -1, -1))
        self.facts_document = None
        if self.facts_follow and reading is not None:
            self._follow_document(reading[0].document.id)
            return
        self._read_entity_counts()

    def reload_bookmarks(self, records: list[BookmarkRecord] | None = None) -> None:
        """Shows these bookmarks (None: the ones the window holds, shown again; nothing is read)."""
        records = self.bookmark_records if records is None else records
        self.bookmark_records = records
        self.bookmarks_panel.set_records(records)
        paragraphs = [p for _outline, section in self.sections.values() for p in section.paragraphs]
        self._bookmark_spans = bookmark_spans(records, paragraphs)

    def read_view_update(self, changes: ChangeSet) -> ViewUpdate:
        """On the writer lane, after an operation: only what its change set says the views show."""
        on_screen = list(self._on_screen) + sorted(changes.paragraphs)
        return read_view_update(self.library, changes, on_screen, self.facts_document)

    def apply_changes(self, changes: ChangeSet, update: ViewUpdate | None) -> None:
        """On the GUI thread: each view takes what changed; nothing is read from the library here."""
        if update is None:
            return
        if self.facts_document in update.removed:
            self.facts_document = None
        if changes.entities or update.full:
            self.reader_facts.forget()
        if update.facts is not None:
            self.reader_facts.take(update.facts)
        if update.outlines is not None or update.removed or update.scores is not None:
            was_empty = not self.outlines
            outlines = {} if update.full else dict(self.outlines)
            for removed in update.removed:
                outlines.pop(removed, None)
            outlines.update({o.document.id: o for o in update.outlines or []})
            scores = dict(self.scores) if update.scores is None else {**self.scores, **update.scores}
            if update.full and update.scores is not None:
                scores = dict(update.scores)
            self._show_outlines(list(outlines.values()), scores)
            if was_empty and self.outlines:  # the first reports: show where they are
                self.tree.expand(self.tree_model.index(0, 0))
                self.select_first_paragraph()
            elif not self.outlines:
                self.reader.setHtml(welcome_html())
        if update.entity_counts is not None:
            self._counts_changes += 1
            if update.counts_document == self.facts_document:
                self._show_entity_counts(update.entity_counts)
            else:  # counted for the document the panel followed then: the one it follows now, again
                self._read_entity_counts()
        if update.bookmarks is not None:
            self.reload_bookmarks(update.bookmarks)
        if update.searches is not None:
            self.searches.show(update.searches)
        self._refresh_reader()

    def _follow_link(self, url: QUrl) -> None:
        """The links of the first-run panel; the reader's own links go on to it."""
        link = url.toString()
        if link == IMPORT_LINK:
            self.choose_files()
        elif link == SAMPLE_LINK:
            self.import_paths([SAMPLE_DIR])

    def _refresh_reader(self) -> None:
        """Shows again what the reader showed (a change may have coloured or noted it)."""
        if self.reading_paragraph in self.paragraph_sections:
            self._show_paragraph(self.reading_paragraph)
        else:
            self._show_current(self.tree.currentIndex())

    def open_dossier_builder(self) -> DossierBuilder:
        """Ctrl+E: the bookmarks shown in the panel (its filters apply), in an order to set, as a PDF."""
        records = [
            self.bookmarks_panel.model.index(r).data(BOOKMARK_RECORD_ROLE)
            for r in range(self.bookmarks_panel.model.rowCount())
        ]
        self.dossier_builder = DossierBuilder(
            self.library, self.lane, records, self, search=self.search.model.results
        )
        self.dossier_builder.open()
        return self.dossier_builder

    def bookmark_selection(self) -> None:
        """Ctrl+D: bookmarks the text selected in the reader, or else the current paragraph."""
        selected = self.reader.selected_quote()
        if selected is None:
            paragraph_id = self.reading_paragraph
            if paragraph_id is None or paragraph_id not in self.paragraph_sections:
                self.statusBar().showMessage(self.tr("Select some text, or a paragraph, to bookmark it."))
                return
            _outline, section = self.sections[self.paragraph_sections[paragraph_id]]
            text = next(p.text for p in section.paragraphs if p.id == paragraph_id)
            selected = (paragraph_id, text, 0)
        paragraph_id, quote, offset = selected
        dialog = BookmarkDialog(quote, self._tags_in_use(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        note, tags, color = dialog.values()
        whole = offset == 0 and quote == next(
            p.text
            for p in self.sections[self.paragraph_sections[paragraph_id]][1].paragraphs
            if p.id == paragraph_id
        )
        self.add_bookmark(BookmarkDraft(paragraph_id, None if whole else quote, note, tags, color, offset))

    def _tags_in_use(self) -> list[str]:
        """For completion: the tags of the bookmarks the window holds (no query on the GUI thread)."""
        return sorted({tag for record in self.bookmark_records for tag in record.tags})

    def add_bookmark(self, draft: BookmarkDraft) -> None:
        """On the writer lane; the bookmarks dock and the reader refresh from its change set."""
        self.lane.submit(
            lambda _job: bookmark_ops.add(self.library, draft),
            lambda _result: self._show_paragraph(draft.paragraph_id),
        )

    def edit_bookmark(self, record: BookmarkRecord) -> None:
        dialog = BookmarkDialog(
            record.exact, self._tags_in_use(), self, record.note, record.tags, record.color
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            note, tags, color = dialog.values()
            self.lane.submit(
                lambda _job: bookmark_ops.edit(self.library, record.id, note=note, tags=tags, color=color)
            )

    def delete_bookmark(self, bookmark_id: int) -> None:
        """Deletes at once; Edit ▸ Undo (Ctrl+Z) brings it back whole."""
        self.undo_stack.push(RemoveBookmarkCommand(self.library, self.lane, bookmark_id))

    def open_bookmark(self, record: BookmarkRecord) -> None:
        if record.paragraph_id is None:
            self.statusBar().showMessage(
                self.tr("This bookmark's text is gone from the current version: «{q}»").format(
                    q=record.exact[:80]
                )
            )
            return
        self._show_paragraph(record.paragraph_id)

    def _show_paragraph(
        self, paragraph_id: int, marks: dict[int, list[tuple[int, int]]] | None = None
    ) -> None:
        """A paragraph in its section, scrolled to, with `marks` (search matches, a fact) highlighted."""
        if paragraph_id in self.paragraph_sections:
            self.reading_paragraph = paragraph_id
            outline, section = self.sections[self.paragraph_sections[paragraph_id]]
            self._follow_document(outline.document.id)
            self.reader.show_section(
                outline,
                section,
                paragraph_id,
                marks,
                self._facts_shown(section),
                self._bookmark_spans,
                self.scores.get(outline.document.id),
            )

    def _reading_now(self) -> tuple[str | None, str | None, list[str]]:
        """The country and indicator of what the reader shows, and every country the library covers."""
        index = self.tree.currentIndex()
        iso = indicator = None
        countries = [o.document.country_iso for o in self.outlines.values() if o.document.country_iso]
        if self.reading_paragraph in self.paragraph_sections:
            outline, section = self.sections[self.paragraph_sections[self.reading_paragraph]]
            paragraph = next((p for p in section.paragraphs if p.id == self.reading_paragraph), None)
            return (
                outline.document.country_iso,
                paragraph.indicator if paragraph else None,
                list(dict.fromkeys(countries)),
            )
        if index.isValid():
            kind, node_id = index.data(KIND_ROLE), index.data(ID_ROLE)
            section_id = self.paragraph_sections.get(node_id) if kind == "paragraph" else node_id
            if kind == "document":
                iso = self.outlines[node_id].document.country_iso
            elif section_id in self.sections:
                outline, section = self.sections[section_id]
                iso = outline.document.country_iso
                paragraph = next((p for p in section.paragraphs if p.id == node_id), None)
                indicator = paragraph.indicator if kind == "paragraph" and paragraph else None
        return iso, indicator, list(dict.fromkeys(countries))

    def open_indicator(self, iso: str, key: str) -> bool:
        """A chart's bar clicked: that indicator's paragraph in the country's latest report, if any."""
        found = [
            (o.document.edition or 0, o.document.language == self.search_language(), p.id)
            for o, section in self.sections.values()
            if o.document.country_iso == iso
            for p in section.paragraphs
            if p.indicator == key
        ]
        if not found:
            self.statusBar().showMessage(
                self.tr("The library has no paragraph on this indicator for {iso}.").format(iso=iso)
            )
            return False
        self._open_paragraph(max(found)[2])
        return True

    def search_language(self) -> str:
        """The interface's language, to prefer a report in it when the library holds several."""
        return self.locale().name()[:2]

    def _open_paragraph(self, paragraph_id: int) -> None:
        self.select_paragraph(paragraph_id)
        self.tabs.setCurrentWidget(self.tree)
        self.raise_()
        self.activateWindow()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.search)
        self.search.field.setFocus()
        self.search.field.selectAll()

    def _page_shown(self, results: SearchResults | None) -> None:
        """An empty query clears the filters; a new page keeps the dock as it is until its facets come
        (`facets_ready`, right after), so it never flickers to empty while they are counted."""
        if results is None:
            self._show_facets({})

    def _show_facets(self, facets: dict[str, dict[str, int]]) -> None:
        self.facets.set_facets(facets)
        # The filters open by themselves only where the reader keeps its room; the View menu opens them
        # anywhere, and an empty dock never shows.
        if not facets:
            self.facet_dock.hide()
        elif not self._facets_offered and self.width() >= WIDE_ENOUGH_FOR_FILTERS:
            self._facets_offered = True
            self.facet_dock.show()
        self.facet_view.expandAll()

    def _apply_facet(self, index: QModelIndex) -> None:
        filter_text = index.data(FILTER_ROLE)
        if filter_text:
            self.search.add_filter(filter_text)

    def set_fact_highlighting(self, on: bool) -> None:
        self.show_facts = on
        self._refresh_reader()

    def _open_fact(self, index: QModelIndex) -> None:
        """Shows a fact's paragraph, the fact's span highlighted like a search match (an entity: its
        first mention, when its mentions have come)."""
        if index.isValid():
            self.facts_model.first_mention(index, self._show_fact)

    def _show_fact(self, fact: FactRow | None) -> None:
        if fact is not None:
            self._show_paragraph(fact.paragraph_id, {fact.paragraph_id: [(fact.start, fact.end)]})

    def _fact_menu(self, position: object) -> None:
        index = self.facts_view.indexAt(position)  # type: ignore[arg-type]
        if not index.isValid() or index.data(KIND_ROLE_FACTS) != "entity":
            return
        fact_type, name = index.data(ENTITY_ROLE)
        menu = QMenu(self)
        menu.addAction(self.tr("Show Entity Page"), lambda: self.show_entity_page(fact_type, name))
        menu.addSeparator()
        menu.addAction(
            self.tr("Reject (not a real {type})").format(type=fact_type),
            lambda: self.decide_entity(fact_type, name, "reject"),
        )
        menu.addAction(self.tr("Rename…"), lambda: self._ask_and_decide(fact_type, name, "rename"))
        menu.addAction(self.tr("Merge into…"), lambda: self._ask_and_decide(fact_type, name, "merge"))
        menu.exec(self.facts_view.viewport().mapToGlobal(position))  # type: ignore[arg-type]

    def show_source_page(self) -> SourcePageDialog | None:
        return self.tools.show_source_page()

    def show_entity_page(self, fact_type: str, name: str) -> None:
        self.tools.show_entity_page(fact_type, name)

    @property
    def entity_page(self) -> EntityPage | None:
        return self.tools.entity_page

    @property
    def entity_dock(self) -> QDockWidget | None:
        return self.tools.entity_dock

    def show_paragraph_marked(self, paragraph_id: int, start: int, end: int) -> None:
        """A paragraph in the reader with one span marked (a fact's mention, an entity page's click)."""
        self._show_paragraph(paragraph_id, {paragraph_id: [(start, end)]})

    def _ask_and_decide(self, fact_type: str, name: str, action: str) -> None:
        prompt = self.tr("New name for {name}:") if action == "rename" else self.tr("Merge {name} into:")
        target, ok = QInputDialog.getText(
            self, self.tr("Correct an entity"), prompt.format(name=name), text=name
        )
        if ok and target.strip() and target.strip() != name:
            self.decide_entity(fact_type, name, action, target.strip())

    def decide_entity(self, fact_type: str, name: str, action: str, target: str | None = None) -> None:
        """Records the analyst's decision on the writer lane; it holds for every later extraction."""
        self.lane.submit(
            lambda _job: decide_entity(self.library, fact_type, name, action, target),
            on_failed=lambda message: self.lane.show_failure(message, self.tr("Correct an entity")),
        )

    def _facts_shown(
        self, section: OutlineSection | None = None
    ) -> dict[int, list[tuple[int, int, str]]] | None:
        """The fact spans of the paragraphs on screen that the window holds; those it does not hold yet
        are read off the GUI thread, and coloured when they come (`_facts_arrived`). Read even when
        highlighting is off: the reader's context menu finds the entity under the mouse among them."""
        if section is None:
            return None
        ids: list[int] = []
        nodes = [section]
        while nodes:
            node = nodes.pop()
            ids += [p.id for p in node.paragraphs]
            nodes += node.sections
        self._on_screen = ids
        spans = self.reader_facts.spans(ids)
        return spans if self.show_facts else None

    def _facts_arrived(self, paragraph_ids: set[int]) -> None:
        """The facts of the section on screen came: the reader colours them where it stands."""
        if self.show_facts and paragraph_ids & set(self._on_screen):
            self.reader.show_facts(self.reader_facts.spans(self._on_screen))

    def open_hit(self, hit: SearchHit | None) -> None:
        """Shows a search hit in the reader, scrolled to it, the matched words highlighted."""
        if hit is not None:
            self._show_paragraph(hit.paragraph_id, {hit.paragraph_id: list(hit.spans)})

    def _show_current(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        kind, node_id = index.data(KIND_ROLE), index.data(ID_ROLE)
        if kind != "paragraph":
            self.reading_paragraph = None  # a document or a section: the tree's selection is the context
        if kind == "document":
            self._follow_document(node_id)
            self.reader.show_document(self.outlines[node_id])
        elif kind == "section":
            outline, section = self.sections[node_id]
            self._follow_document(outline.document.id)
            self.reader.show_section(
                outline,
                section,
                facts=self._facts_shown(section),
                bookmarks=self._bookmark_spans,
                scores=self.scores.get(outline.document.id),
            )
        elif kind == "paragraph":
            self._show_paragraph(node_id)

    def _reveal(self, index: QModelIndex) -> None:
        """Selects an item with its ancestors expanded, so arrow keys go on from where the user sees it."""
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def select_paragraph(self, paragraph_id: int) -> None:
        index = self.tree_model.find("paragraph", paragraph_id)
        if index.isValid():
            self._reveal(index)

    def select_first_paragraph(self) -> None:
        index = self.tree_model.index(0, 0)
        while index.isValid() and self.tree_model.rowCount(index):
            index = self.tree_model.index(0, 0, index)
        if index.isValid():
            self._reveal(index)

    def choose_files(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(REPORT_SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import reports"), "", f"Reports ({patterns})")
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of reports"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        self.statusBar().showMessage(self.tr("Importing {n} item(s)…").format(n=len(paths)))
        self.import_flow.start(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Excerpta"), about_html(self.library.folder))

    def closeEvent(self, event: object) -> None:
        # Nothing is lost: a running import finishes its current file's transaction before we go.
        if self.import_flow.job is not None:
            self.import_flow.job.cancel()
        self.lane.wait_for_done()
        self.reads.wait_for_done()
        self.search.shutdown()
        self.extractor.close()
        self.save_settings()
        super().closeEvent(event)  # type: ignore[arg-type]
