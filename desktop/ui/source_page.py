"""The original page: a paragraph that came from a PDF, shown on its page of the kept source file, its
opening words highlighted, with Qt's own PDF module (QtPdf)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPointF
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

# Enough words to find the paragraph on its page, few enough that a line break does not hide them.
SEARCH_WORDS = 6


def search_phrase(paragraph_text: str) -> str:
    """The paragraph's opening words, as the PDF's text layer has them (no hyphenation repairs)."""
    return " ".join(paragraph_text.split()[:SEARCH_WORDS])


class SourcePageDialog(QDialog):
    """The PDF at the paragraph's page, the paragraph's first words marked; non-modal, to read beside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Source page"))
        self.document = QPdfDocument(self)
        self.search = QPdfSearchModel(self)
        self.search.setDocument(self.document)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setSearchModel(self.search)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Source page of the paragraph"))
        self.caption = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(760, 900)
        self._target_page = 0
        # QtPdf searches page by page in the background: the hit is picked as results come in.
        self.search.rowsInserted.connect(lambda *_args: self._pick_hit())

    def show_page(self, pdf: Path, page: int | None, paragraph_text: str, title: str) -> None:
        """`page` is 1-based, as the library stores it."""
        self.document.load(str(pdf))
        self.search.setSearchString(search_phrase(paragraph_text))
        self._target_page = max(0, (page or 1) - 1)
        self.caption.setText(
            self.tr("{title}, page {page}").format(title=title, page=self._target_page + 1)
        )
        self.view.pageNavigator().jump(self._target_page, QPointF(0, 0))
        self._pick_hit()

    def _pick_hit(self) -> None:
        """The first result on the paragraph's page becomes the marked one (once)."""
        current = self.view.currentSearchResultIndex()
        if current >= 0 and self.search.resultAtIndex(current).page() == self._target_page:
            return
        for row in range(self.search.rowCount(QModelIndex())):
            if self.search.resultAtIndex(row).page() == self._target_page:
                self.view.setCurrentSearchResultIndex(row)
                return

    def current_page(self) -> int:
        """1-based, for tests and the caption."""
        return int(self.view.pageNavigator().currentPage()) + 1
