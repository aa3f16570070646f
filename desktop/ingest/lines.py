"""The common form every reader produces: physical lines with what the layout said about them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\ufeff\u200b]")


@dataclass
class SourceLine:
    """One line of a report.

    `gap_before`: a blank line or a vertical gap came before it, which may end a paragraph.
    `break_before`: a page or column break came before it (in extracted text, a leading space), which
    alone never ends a paragraph.
    `heading_level`: the source itself marks the line as a heading of this level (HTML h1–h6, a Word
    heading style, or PDF typography: a larger or bold line set apart); None when it says nothing.
    Profiles trust it over letter case.
    `confidence`: for text read by OCR, the recogniser's mean word confidence (0–100); None otherwise.
    `own_block`: the source says the line is a block of its own (a list item, a table cell): it is
    never joined to the line before or after it, even when one of them ends no sentence.
    """

    text: str
    page: int | None = None
    gap_before: bool = False
    break_before: bool = False
    heading_level: int | None = None
    confidence: float | None = None
    own_block: bool = False


def clean_line(text: str) -> str:
    """NFC, no control characters or soft hyphens, one space between words, no outer spaces."""
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text)
    return _SPACES.sub(" ", text).strip()


def lines_from_text(text: str) -> list[SourceLine]:
    """Lines of plain text, with blank lines as gaps and leading spaces as page-break artefacts."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    physical = text.split("\n")
    indented = sum(1 for line in physical if line[:1] in (" ", "\t") and line.strip())
    non_blank = sum(1 for line in physical if line.strip()) or 1
    # A text whose lines are often indented uses indentation for paragraphs, not as a page-break artefact.
    indentation_starts_paragraphs = indented / non_blank > 0.3
    result: list[SourceLine] = []
    gap = False
    for raw in physical:
        cleaned = clean_line(raw)
        if not cleaned:
            gap = True
            continue
        leading = raw[:1] in (" ", "\t", "\u00a0")
        # A form feed starts a page (pdftotext's page separator): a break that alone ends no paragraph.
        page_start = raw.lstrip(" \t")[:1] == "\f"
        result.append(
            SourceLine(
                cleaned,
                gap_before=gap or (leading and indentation_starts_paragraphs),
                break_before=page_start or (leading and not indentation_starts_paragraphs),
            )
        )
        gap = False
    return result
