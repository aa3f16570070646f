"""Which reader reads a file: by its suffix, and by its first bytes when the name says nothing useful.

Plain text copied from a browser is told apart from text extracted from a PDF by its line lengths: a
browser copies each paragraph as one long line, where extracted text wraps at the column's width. In
such a text every line is a block of its own (a heading, a menu item, a whole paragraph).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.ingest.docx_reader import CFB_MAGIC, DOCX_SUFFIXES, read_docx
from desktop.ingest.html_reader import HTML_SUFFIXES, looks_like_html, read_html
from desktop.ingest.lines import SourceLine, lines_from_text
from desktop.ingest.pdf_reader import read_pdf_lines
from desktop.ingest.source import SourceText
from desktop.ingest.text_pages import drop_running_lines
from desktop.ingest.text_reader import decode_text

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
PDF_SUFFIXES = frozenset({".pdf"})
READABLE_SUFFIXES = TEXT_SUFFIXES | PDF_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES

# A line this long is a whole paragraph: PDF columns wrap at 60–100 characters.
_PARAGRAPH_LINE = 120


def lines_are_paragraphs(lines: list[SourceLine]) -> bool:
    """Most of the text sits in lines longer than any PDF column: a copy from a browser or an editor."""
    total = sum(len(line.text) for line in lines) or 1
    long = sum(len(line.text) for line in lines if len(line.text) >= _PARAGRAPH_LINE)
    return long / total > 0.5


def read_plain_text(path: Path, data: bytes) -> SourceText:
    text, running = drop_running_lines(decode_text(path, data))
    lines = lines_from_text(text)
    if lines_are_paragraphs(lines):
        for line in lines:
            line.gap_before, line.break_before = True, False
    return SourceText(lines, running)


def is_saved_page_asset(path: Path) -> bool:
    """A file a browser saved beside a page ("Page.html" + "Page_files/…" or "Page-Dateien/…"): frames,
    ads and widgets, never the report itself."""
    for folder in path.parents:
        for suffix in ("_files", "-Dateien", "_fichiers", "_archivos"):
            if folder.name.endswith(suffix):
                stem = folder.name[: -len(suffix)]
                if any((folder.parent / f"{stem}{ext}").exists() for ext in HTML_SUFFIXES):
                    return True
    return False


def read_source(
    path: Path,
    data: bytes,
    progress: Callable[[float, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SourceText:
    """`cancelled` is asked between a PDF's pages (OCR takes seconds a page)."""
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES or data[:5] == b"%PDF-":
        return SourceText(read_pdf_lines(path, data, progress, cancelled))
    if suffix in DOCX_SUFFIXES or (data[:8] == CFB_MAGIC and suffix not in TEXT_SUFFIXES):
        return read_docx(path, data)
    if suffix in HTML_SUFFIXES or looks_like_html(data):
        return read_html(path, data)
    return read_plain_text(path, data)
