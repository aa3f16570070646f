"""Builds report PDFs with ReportLab for the importer's tests: two columns, running header, page numbers."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph
from reportlab.platypus.flowables import Flowable

from desktop.resources import resource

FONT = "ExcerptaTestSans"


def _register_font() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_two_column_pdf(
    path: Path,
    blocks: list[tuple[str, str]],
    running_header: str = "RAPPORT PAYS · ÉDITION 2025",
    **encrypt: str,
) -> Path:
    """`blocks` is a list of ("heading" | "paragraph", text) in reading order."""
    _register_font()
    width, height = A4
    column = (width - 100) / 2

    def decorate(canvas: object, document: BaseDocTemplate) -> None:
        canvas.setFont(FONT, 8)  # type: ignore[attr-defined]
        canvas.drawString(40, height - 30, running_header)  # type: ignore[attr-defined]
        canvas.drawCentredString(width / 2, 22, str(document.page))  # type: ignore[attr-defined]

    document = BaseDocTemplate(str(path), pagesize=A4, encrypt=encrypt.get("password"))
    frames = [
        Frame(40, 40, column, height - 90, id="left"),
        Frame(60 + column, 40, column, height - 90, id="right"),
    ]
    document.addPageTemplates([PageTemplate(frames=frames, onPage=decorate)])
    body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12, spaceAfter=8)
    heading = ParagraphStyle("heading", fontName=FONT, fontSize=11, leading=14, spaceBefore=6, spaceAfter=2)
    story: list[Flowable] = [
        Paragraph(_escape(text), heading if kind == "heading" else body) for kind, text in blocks
    ]
    document.build(story)
    return path


def blocks_from_outline(document: dict[str, object]) -> list[tuple[str, str]]:
    """Headings and paragraphs of one `excerpta outline --json` document, plus its notes at the end."""
    blocks: list[tuple[str, str]] = []

    def walk(section: dict[str, object]) -> None:
        blocks.append(("heading", str(section["title"])))
        for paragraph in section["paragraphs"]:  # type: ignore[attr-defined]
            blocks.append(("paragraph", paragraph["text"]))
        for child in section["sections"]:  # type: ignore[attr-defined]
            walk(child)

    for section in document["sections"]:  # type: ignore[attr-defined]
        walk(section)
    blocks.extend(("paragraph", note) for note in document["notes"])  # type: ignore[attr-defined]
    return blocks
