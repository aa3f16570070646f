"""Search as you type: a debounced query, run on its own read thread, results and facets as models.

Searches only read, so they run on a reader thread of their own and never wait behind an import on the
writer lane. A search that is overtaken by a newer keystroke is dropped when it returns. The page of hits
shows first; the facets are counted next, by a second job on the same thread (`facets_ready`), so
counting every match never delays the first page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QRect, QSize, QStringListModel, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from db.library import Library
from db.search.service import LibrarySearch, SearchHit, SearchResults
from desktop.ui.search_model import HIT_ROLE, SNIPPET_HTML_ROLE, SearchResultsModel
from desktop.ui.tasks import Job

# Waits for a pause in typing, short enough that results show within 60 ms of the last keystroke on a
# 500-report library (a search there takes about 7 ms); a search overtaken while queued never runs.
DEBOUNCE_MS = 15
RESULT_LIMIT = 50


class SnippetDelegate(QStyledItemDelegate):
    """Draws a hit's title and its snippet, with the matched words in bold on a highlight.

    Each row's laid-out document is kept (per snippet, width and font): the view asks every row's size
    and then paints the visible ones, and laying out rich text twice per row was most of the time from
    a search's results to the first paint."""

    CACHED_DOCUMENTS = 400

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._documents: dict[tuple[str, int, str], QTextDocument] = {}

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        html = str(index.data(SNIPPET_HTML_ROLE) or "")
        width = max(120, option.rect.width() - 8)
        key = (html, width, option.font.key())
        document = self._documents.get(key)
        if document is not None:
            return document
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(
            html.replace("<mark>", "<b style='background-color:#ffe08a;color:#000'>").replace(
                "</mark>", "</b>"
            )
        )
        document.setTextWidth(width)
        if len(self._documents) >= self.CACHED_DOCUMENTS:
            self._documents.clear()
        self._documents[key] = document
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option_text = option.text
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = option_text
        document = self._document(option, index)
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 3)
        document.drawContents(painter, QRect(0, 0, option.rect.width() - 8, option.rect.height() - 6))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 8)


class ResultsView(QListView):
    """Arrow keys move through the hits; Enter opens the current one."""

    opened = Signal(object)  # SearchHit

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.opened.emit(self.currentIndex().data(HIT_ROLE))
            return
        super().keyPressEvent(event)


class SearchField(QLineEdit):
    """Down moves into the results; Esc clears the search."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            return
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class SearchPane(QWidget):
    results_ready = Signal(object)  # SearchResults (facets_pending: they follow), or None; for tests too
    facets_ready = Signal(object)  # dict[str, dict[str, int]]: the current query's facets, after its page
    hit_opened = Signal(object)  # SearchHit
    searched = Signal(str)  # a query the analyst opened a result of: worth remembering

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._searcher: LibrarySearch | None = None  # created and used on the reader thread only
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._sequence = 0
        self._jobs: set[Job] = set()
        self.field = SearchField()
        self.field.setPlaceholderText(
            self.tr('Search: cocaïne, "port d’Anvers", country:BE, score:>=7 …  (Ctrl+F)')
        )
        self.field.setClearButtonEnabled(True)
        self.count = QLabel()
        # Relevance, or the Index's score of each paragraph's indicator, highest first.
        self.sort_box = QComboBox()
        self.sort_box.addItem(self.tr("By relevance"), "relevance")
        self.sort_box.addItem(self.tr("By Index score"), "score")
        self.sort_box.setToolTip(self.tr("Order of the results; filter by score with score:>=7"))
        self.sort_box.currentIndexChanged.connect(lambda _index: self.run_now())
        # Neither the count nor the order may widen the pane: the reader keeps the room.
        self.count.setWordWrap(True)
        self.sort_box.setMinimumWidth(70)  # its full width when there is room, elided when there is not
        self.model = SearchResultsModel(self)
        self.view = ResultsView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(SnippetDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        # The first rows are laid out and painted before the rest: the page shows sooner.
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        status = QHBoxLayout()
        status.addWidget(self.count, 1)
        status.addWidget(self.sort_box)
        layout.addLayout(status)
        layout.addWidget(self.view, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_now)
        self.field.textChanged.connect(lambda _text: self._debounce.start())
        self.field.returnPressed.connect(self.run_now)
        self.field.down.connect(self._enter_results)
        self.view.opened.connect(self._open)
        self.view.activated.connect(lambda index: self._open(index.data(HIT_ROLE)))
        self.recent = QCompleter([], self)
        self.recent.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.field.setCompleter(self.recent)

    def set_recent(self, queries: list[str]) -> None:
        """Recent searches, offered as completions in the search field."""
        self.recent.setModel(QStringListModel(queries, self.recent))

    def _open(self, hit: SearchHit) -> None:
        if self.field.text().strip():
            self.searched.emit(self.field.text().strip())
        self.hit_opened.emit(hit)

    def set_sort(self, sort: str) -> None:
        index = self.sort_box.findData(sort)
        if index >= 0:
            self.sort_box.blockSignals(True)  # set_query runs the search once, in this order
            self.sort_box.setCurrentIndex(index)
            self.sort_box.blockSignals(False)

    def set_query(self, text: str) -> None:
        self.field.setText(text)
        self.run_now()

    def add_filter(self, filter_text: str) -> None:
        query = self.field.text().strip()
        if filter_text not in query.split():
            self.set_query(f"{query} {filter_text}".strip())

    def run_now(self) -> None:
        self._debounce.stop()
        query = self.field.text().strip()
        sort = str(self.sort_box.currentData())
        self._sequence += 1
        sequence = self._sequence
        if not query:
            self._show(sequence, None)
            return

        page: list[SearchResults] = []  # what `work` found, for `count` (the same thread, in turn)

        def work(_job: Job) -> tuple[int, SearchResults | None]:
            if sequence != self._sequence:
                return sequence, None  # overtaken while it waited: newer keystrokes don't queue behind it
            if self._searcher is None:
                self._searcher = LibrarySearch(self.library)
            results = self._searcher.search(query, RESULT_LIMIT, sort, facets=False)
            page.append(results)
            return sequence, results

        def count(_job: Job) -> tuple[int, dict[str, dict[str, int]] | None]:
            # Overtaken, or the page came with its facets (cached): nothing to count.
            if sequence != self._sequence or self._searcher is None or not page or not page[0].facets_pending:
                return sequence, None
            return sequence, self._searcher.facets(query)

        self._start(work, self._show)
        # Queued now, behind the page on the single reader thread: it runs once the page is found, and
        # waiting for the pool (the screenshot) waits for both.
        self._start(count, self._show_facets)

    def _start(self, work: Callable[[Job], object], done: Callable[..., None]) -> None:
        job = Job(work)
        self._jobs.add(job)
        job.signals.finished.connect(lambda result: done(*result))
        job.signals.failed.connect(
            lambda message: self.count.setText(self.tr("Search failed: {m}").format(m=message))
        )
        job.signals.finished.connect(lambda _r: self._jobs.discard(job))
        job.signals.failed.connect(lambda _m: self._jobs.discard(job))
        self._pool.start(job)

    def _show(self, sequence: int, results: SearchResults | None) -> None:
        if sequence != self._sequence:
            return  # overtaken by a newer query
        self.model.set_results(results)
        if results is None:
            self.count.setText("")
        else:
            text = self.tr("{total} paragraphs").format(total=results.total)
            if results.suggestion:
                text += " — " + self.tr("did you mean: {s}?").format(s=results.suggestion)
            if results.note:
                text += f" — {results.note}"
            self.count.setText(text)
        self.results_ready.emit(results)
        if results is not None and not results.facets_pending:  # cached: both at once
            self.facets_ready.emit(results.facets)

    def _show_facets(self, sequence: int, facets: dict[str, dict[str, int]] | None) -> None:
        if sequence != self._sequence or facets is None:
            return  # overtaken by a newer query, or already shown with the page
        self.facets_ready.emit(facets)

    def _enter_results(self) -> None:
        if self.model.rowCount():
            self.view.setFocus()
            self.view.setCurrentIndex(self.model.index(0))

    def current_hit(self) -> SearchHit | None:
        index = self.view.currentIndex()
        return index.data(HIT_ROLE) if index.isValid() else None

    def wait_for_results(self) -> None:
        """Blocks until running searches are done: for the offscreen screenshot, never for the window."""
        self._pool.waitForDone()

    def shutdown(self) -> None:
        self._pool.waitForDone()
        if self._searcher is not None:  # once: closing the window and a test's teardown may both ask
            self._searcher.close()
            self._searcher = None
