"""The reader marks paragraphs read by OCR, with the recogniser's confidence, and only those."""

from __future__ import annotations

from datetime import datetime

import pytest

pytest.importorskip("PySide6")

from desktop.ui.reader import ReaderView
from domain.records import DocumentOutline, DocumentSummary, OutlineParagraph, OutlineSection


def test_ocr_paragraphs_carry_a_badge(qtbot):
    summary = DocumentSummary(
        1, "Scan", None, None, "en", 2025, "generic", "scan.pdf", "0" * 64, datetime(2026, 1, 1), 1, 2
    )
    section = OutlineSection(
        1,
        "Findings",
        None,
        1,
        paragraphs=[
            OutlineParagraph(1, 1, None, "Read from a scanned page.", 3, 0, 25, ocr_confidence=87.4),
            OutlineParagraph(2, 2, None, "Read from the text layer.", 4, 27, 52),
        ],
    )
    outline = DocumentOutline(summary, [], [section])
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.show_section(outline, section)
    text = reader.toPlainText()
    assert text.count("OCR 87%") == 1
    assert text.index("OCR 87%") < text.index("Read from a scanned page.") < text.index("p. 4")
