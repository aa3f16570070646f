"""Word files (.docx) through python-docx: one line per paragraph, headings from the paragraph styles.

A paragraph styled "Heading N" (or the French "Titre N", the Spanish "Título N", or a style whose
outline level says so) is a heading of level N; any other paragraph is text whatever its letter case.
Tables (score grids, layout tables) and the running headers and footers are page furniture: dropped and
counted, except the prose in a table's cells, which is kept. List items are blocks of their own. An
encrypted .docx is an OLE compound file, not a zip: it is named as such.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from desktop.ingest.assemble import ends_sentence
from desktop.ingest.errors import ImportFailure
from desktop.ingest.lines import SourceLine, clean_line
from desktop.ingest.source import SourceText

DOCX_SUFFIXES = frozenset({".docx", ".docm"})
# Word saves a password-protected document as an OLE compound file (CFB) holding the encrypted package;
# so do old binary .doc files.
CFB_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_HEADING_STYLE = re.compile(r"^(?:heading|titre|t[ií]tulo|überschrift|titolo)\s*(\d)$", re.I)
# A cell of this many words that ends a sentence is prose, kept as text (as the web page reader does).
_PROSE_WORDS = 8
_TITLE_STYLES = frozenset({"title", "titre", "título", "titulo"})


def _level_of_names(*names: str | None) -> int | None:
    for name in names:
        if not name:
            continue
        match = _HEADING_STYLE.match(name.strip())
        if match:
            return int(match.group(1))
        if name.strip().casefold() in _TITLE_STYLES:
            return 1
    return None


def _outline_level(properties: Any) -> int | None:
    """A heading made by hand: an outline level (w:outlineLvl, 0-based; 9 is body text)."""
    outline = properties.find(qn("w:outlineLvl")) if properties is not None else None
    value = outline.get(qn("w:val")) if outline is not None else None
    return int(value) + 1 if value is not None and value.isdigit() and int(value) < 9 else None


def _style_levels(document: Any) -> dict[str | None, int | None]:
    """Heading level of every paragraph style, by style id, read once: python-docx resolves a
    paragraph's style by scanning the styles part, which made a 100-page file take seconds."""
    levels: dict[str | None, int | None] = {}
    for style in document.styles:
        if style.type == WD_STYLE_TYPE.PARAGRAPH:
            levels[style.style_id] = _level_of_names(style.name, style.style_id) or _outline_level(
                style.element.pPr
            )
    default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    levels[None] = levels.get(default.style_id) if default is not None else None
    return levels


def _heading_level(paragraph: Paragraph, styles: dict[str | None, int | None]) -> int | None:
    return _outline_level(paragraph._p.pPr) or styles.get(paragraph._p.style)


def _open(path: Path, data: bytes) -> docx.document.Document:
    if data[:8] == CFB_MAGIC:
        raise ImportFailure(
            path,
            "password-protected or old-format Word file (an OLE container, not a .docx): remove the password "
            "or save it again as .docx",
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ImportFailure(path, "not a Word document: a .docx is a zip package and this file is not one")
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises KeyError, ValueError, lxml errors... for a bad package
        raise ImportFailure(path, f"not a Word document: the package cannot be read ({error})") from error


def _list_styles(document: Any) -> set[str | None]:
    """Ids of the paragraph styles that number or bullet their paragraphs ("List Bullet", "Lista…")."""
    found: set[str | None] = set()
    for style in document.styles:
        if style.type != WD_STYLE_TYPE.PARAGRAPH:
            continue
        properties = style.element.pPr
        if (properties is not None and properties.find(qn("w:numPr")) is not None) or (
            style.name or ""
        ).casefold().startswith(("list", "lista", "liste")):
            found.add(style.style_id)
    return found


def _is_list_item(paragraph: Paragraph, list_styles: set[str | None]) -> bool:
    properties = paragraph._p.pPr
    numbered = properties is not None and properties.find(qn("w:numPr")) is not None
    return numbered or paragraph._p.style in list_styles


def _prose_cells(table: Table) -> tuple[list[str], int]:
    """The prose of a table's cells (a memo's remarks column), and how many rows held only labels and
    figures (a score grid), which are furniture. A merged cell is read once."""
    prose: list[str] = []
    # The cells' elements are kept alive while the table is read, so that no id is reused.
    seen: dict[int, Any] = {}
    furniture = 0
    for row in table.rows:
        row_prose = False
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen[id(cell._tc)] = cell._tc
            text = clean_line(" ".join(cell.text.split()))
            if len(text.split()) >= _PROSE_WORDS and ends_sentence(text):
                prose.append(text)
                row_prose = True
        if not row_prose and any(cell.text.strip() for cell in row.cells):
            furniture += 1
    return prose, furniture


def read_docx(path: Path, data: bytes) -> SourceText:
    document = _open(path, data)
    styles = _style_levels(document)
    list_styles = _list_styles(document)
    lines: list[SourceLine] = []
    furniture = 0
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            # A table holds scores and labels, which are furniture; but prose in a cell is content, and
            # a paragraph of evidence is never dropped (as in a web page's tables).
            prose, dropped = _prose_cells(item)
            furniture += dropped
            lines.extend(SourceLine(text, gap_before=True, own_block=True) for text in prose)
            continue
        text = clean_line(" ".join(item.text.split()))  # a line break inside a paragraph is a space
        if text:
            lines.append(
                SourceLine(
                    text,
                    gap_before=True,
                    heading_level=_heading_level(item, styles),
                    own_block=_is_list_item(item, list_styles),
                )
            )
    for section in document.sections:
        for part in (section.header, section.footer):
            if not part.is_linked_to_previous:
                furniture += sum(1 for p in part.paragraphs if p.text.strip())
    if not lines:
        raise ImportFailure(path, "no text in this Word document")
    return SourceText(lines, furniture)
