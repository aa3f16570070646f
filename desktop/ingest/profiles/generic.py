"""Any other report: a section tree from typography, numbering, Markdown, letter case and layout.

Where the source's typography marks headings (a PDF's larger or bold lines: `SourceLine.heading_level`),
only those lines are headings, and their level is the size rank refined by their numbering ("2." above
"2.1" in the same type). Without typography (plain text, OCR), headings are: Markdown `#` lines,
numbered lines (`1.`, `1.2`, `2.3.1`, `I.`, `IV.`, `A.`, `Chapter 3`, `Chapitre 2`, `Capítulo 4`) that
stand alone, upper-case lines, and short lines set apart by blank lines, which hang under the last
numbered heading. Figure and table captions become document notes, never paragraphs.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from desktop.ingest.assemble import Block, HeadingMatch, ends_sentence
from desktop.ingest.lines import SourceLine
from desktop.ingest.profiles.base import DocumentContext, ReportProfile, Structure, is_upper_line, loose_key
from desktop.ingest.profiles.ocindex_website import INDICATOR, named_heading, split_score
from domain.records import ParsedParagraph, ParsedSection
from domain.taxonomy import load_taxonomy

_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*$")
# Words a heading wrapped over two lines is cut after (ENVIRONNEMENT ÉCONOMIQUE ET / FINANCIER).
CONNECTORS = frozenset(
    [
        "ET",
        "DE",
        "DU",
        "DES",
        "LA",
        "LE",
        "LES",
        "AND",
        "OF",
        "ON",
        "IN",
        "TO",
        "THE",
        "FOR",
        "Y",
        "DEL",
        "EL",
        "LOS",
        "LAS",
        "POR",
        "PARA",
        "POUR",
        "SUR",
        "EN",
        "À",
        "AU",
        "AUX",
        "CON",
        "&",
        "-",
    ]
)
CAPTION_KEY = "caption"
_SET_APART_KEY = "set-apart"
# Levels are compared, never stored: a typographic rank counts for more than any numbering depth.
_RANK = 10
_CAPTION = re.compile(
    r"^(?:Figure|Fig\.|Figura|Table|Tableau|Tabla|Cuadro|Graphique|Gráfico|Grafico|Chart|Graph|Map|Carte|"
    r"Mapa|Box|Encadré|Recuadro|Diagram|Diagramme|Diagrama|Illustration|Ilustración|Exhibit|Infographic|"
    r"Infographie|Infografía)"
    r"\s+(?:\d{1,3}(?:[.\-–]\d{1,3})*|[IVXLC]{1,6}|[A-Z])(?:\s*[.:–—-])?(?:\s+(?P<rest>.*))?$"
)
_CHAPTER = re.compile(
    r"^(?P<word>Chapter|Chapitre|Capítulo|Capitulo|Part|Partie|Parte|Section|Sección|Seccion|Annex|"
    r"Annexe|Anexo|Appendix|Appendice|Apéndice)\s+(?:\d{1,3}|[IVXLC]{1,6}|[A-Z])\b\s*[.:—–-]?\s*(?P<title>.*)$",
    re.I,
)
_NUMBER = re.compile(
    r"^(?:(?P<arabic>\d{1,2}(?:\.\d{1,2}){0,4})(?P<dot>\.)?|(?P<roman>[IVXLC]{1,6})\.|(?P<letter>[A-Z])\.)"
    r"\s+(?P<title>\S.*)$"
)
_LIST_MARK = re.compile(r"^(?:[-–—•·*▪◦]|\(?[a-z0-9]{1,2}\))\s")
_SET_APART_MAX_WORDS = 10


def standalone(lines: list[SourceLine], index: int) -> bool:
    """A line that cannot be the middle of a sentence: it starts the text, a gap, or a new sentence."""
    if index == 0:
        return True
    line = lines[index]
    return (
        line.gap_before
        or line.break_before
        or ends_sentence(lines[index - 1].text)
        or is_upper_line(lines[index - 1].text)
        or lines[index - 1].heading_level is not None
    )


def wrapped_upper_heading(lines: list[SourceLine], index: int) -> int:
    """How many lines an upper-case heading at `index` spans (0 when it is not one)."""
    if not is_upper_line(lines[index].text) or ends_sentence(lines[index].text):
        return 0
    used = 1
    while (
        index + used < len(lines)
        and lines[index + used - 1].text.split()[-1].upper() in CONNECTORS
        and is_upper_line(lines[index + used].text)
    ):
        used += 1
    return used


def numbering_depth(text: str) -> int | None:
    """How deep a numbered heading is ("2." 1, "2.3" 2, "IV." 1, "A." 2, "Chapter 3" 1), else None."""
    chapter = _CHAPTER.match(text)
    if chapter:
        return 2 if chapter.group("word").casefold().startswith(("sec", "séc")) else 1
    number = _NUMBER.match(text)
    if number is None:
        return None
    if number.group("arabic"):
        return number.group("arabic").count(".") + 1
    return 1 if number.group("roman") else 2


def _heading_like(title: str) -> bool:
    """A title, not a sentence or a list item: starts with a capital, short, no closing punctuation."""
    title = title.strip()
    return (
        bool(title)
        and (title[0].isupper() or title[0].isdigit())
        and len(title.split()) <= 14
        and not ends_sentence(title)
        and not title.endswith((",", ";", ":"))
    )


def _caption_lines(lines: list[SourceLine], index: int) -> int:
    match = _CAPTION.match(lines[index].text)
    if match is None:
        return 0
    rest = match.group("rest") or ""
    if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "«“\"'("):
        return 0  # "Figure 2 shows that…": a sentence about the figure, not its caption
    used = 1
    # A caption wrapped over a few lines: continuation lines start in lower case, without a gap.
    while (
        used < 3
        and index + used < len(lines)
        and not lines[index + used].gap_before
        and lines[index + used].text[:1].islower()
        and not ends_sentence(lines[index + used - 1].text)
    ):
        used += 1
    return used


def _set_apart(lines: list[SourceLine], index: int) -> bool:
    """A short title-case or sentence-case line with blank space above and below it."""
    line = lines[index]
    if not (index == 0 or line.gap_before) or not _heading_like(line.text):
        return False
    if index + 1 < len(lines) and not lines[index + 1].gap_before:
        return False
    letters = [c for c in line.text if c.isalpha()]
    return (
        len(letters) >= 3
        and len(line.text.split()) <= _SET_APART_MAX_WORDS
        and not _LIST_MARK.match(line.text)
        and index + 1 < len(lines)
    )


def _heading_over_caption(lines: list[SourceLine], index: int) -> bool:
    """A short title line between a finished sentence and a figure caption, in text without blank lines.

    Text taken from a PDF keeps no gaps: "…on the coast. / Regional overviews / Figure 3.2 Seizures, West
    Africa / Among all regions…". The caption shows the line above it is a heading, not a sentence start.
    """
    line = lines[index]
    return (
        index + 1 < len(lines)
        and standalone(lines, index)
        and _heading_like(line.text)
        and len(line.text.split()) <= _SET_APART_MAX_WORDS
        and not _LIST_MARK.match(line.text)
        and _CAPTION.match(line.text) is None
        and _caption_lines(lines, index + 1) > 0
    )


class GenericProfile(ReportProfile):
    name = "generic"

    def __init__(self) -> None:
        self._typed_for: tuple[int, int] | None = None
        self._typed = False
        self._deepest = 0

    def detect(self, lines: list[SourceLine]) -> float:
        return 0.1

    def _has_typography(self, lines: list[SourceLine]) -> bool:
        key = (id(lines), len(lines))
        if self._typed_for != key:
            self._typed_for = key
            levels = [line.heading_level for line in lines if line.heading_level is not None]
            self._typed = bool(levels)
            self._deepest = max(levels, default=0)
        return self._typed

    def match_heading(self, lines: list[SourceLine], index: int) -> HeadingMatch | None:
        line = lines[index]
        text = line.text
        after_heading = index > 0 and (
            lines[index - 1].heading_level is not None or _heading_over_caption(lines, index - 1)
        )
        if standalone(lines, index) or after_heading:
            caption = _caption_lines(lines, index)
            if caption:
                title = " ".join(lines[i].text for i in range(index, index + caption))
                return HeadingMatch(title, 0, CAPTION_KEY, caption)
        markdown = _MARKDOWN_HEADING.match(text)
        if markdown:
            return HeadingMatch(markdown.group(2), len(markdown.group(1)) * _RANK, None, 1)
        if self._has_typography(lines):
            return self._typographic_heading(lines, index)
        if not standalone(lines, index):
            return None
        depth = numbering_depth(text)
        if depth is not None:
            chapter = _CHAPTER.match(text)
            title = chapter.group("title") if chapter else _NUMBER.match(text).group("title")  # type: ignore[union-attr]
            previous_opens_list = index > 0 and lines[index - 1].text.endswith(":")
            if (not title or _heading_like(title)) and not previous_opens_list:
                return HeadingMatch(text, depth * _RANK, None, 1)
            return None
        used = wrapped_upper_heading(lines, index)
        if used:
            return HeadingMatch(
                " ".join(lines[i].text for i in range(index, index + used)), _RANK, None, used
            )
        if _set_apart(lines, index) or _heading_over_caption(lines, index):
            return HeadingMatch(text, 0, _SET_APART_KEY, 1)
        return None

    def _typographic_heading(self, lines: list[SourceLine], index: int) -> HeadingMatch | None:
        level = lines[index].heading_level
        if level is None:
            return self._plain_heading_in_typed_text(lines, index)
        used = 1
        # A heading wrapped over lines in the same type is one heading.
        while (
            index + used < len(lines)
            and lines[index + used].heading_level == level
            and not lines[index + used].gap_before
            and not lines[index + used].break_before
            and numbering_depth(lines[index + used].text) is None
        ):
            used += 1
        title = " ".join(lines[i].text for i in range(index, index + used))
        return HeadingMatch(title, level * _RANK + (numbering_depth(title) or 0), None, used)

    def _plain_heading_in_typed_text(self, lines: list[SourceLine], index: int) -> HeadingMatch | None:
        """A numbered or upper-case line in body type, set apart by a gap: a heading below all typed ones.

        Type may mark only some headings (a big title page, body-size section headings); a line that
        stands apart and is numbered or in capitals is still one, ranked under every typed heading.
        """
        line = lines[index]
        if not (index == 0 or line.gap_before or line.break_before) or ends_sentence(line.text):
            return None
        below = (self._deepest + 1) * _RANK
        depth = numbering_depth(line.text)
        if depth is not None:
            chapter = _CHAPTER.match(line.text)
            number = _NUMBER.match(line.text)
            title = chapter.group("title") if chapter else (number.group("title") if number else "")
            set_apart_below = index + 1 < len(lines) and lines[index + 1].gap_before
            if (not title or _heading_like(title)) and set_apart_below:
                return HeadingMatch(line.text, below + depth, None, 1)
            return None
        used = wrapped_upper_heading(lines, index)
        if used:
            title = " ".join(lines[i].text for i in range(index, index + used))
            return HeadingMatch(title, below, None, used)
        return None

    def structure(self, blocks: list[Block], context: DocumentContext) -> Structure:
        title, blocks = _take_title(blocks)
        if title is None:
            title = re.sub(r"[_\s]+", " ", Path(context.file_name).stem).strip() or "Untitled report"
        sections: list[ParsedSection] = []
        notes: list[str] = []
        # (comparable level, section) from the root down to the section paragraphs go into.
        stack: list[tuple[int, ParsedSection]] = []
        last_explicit = 0
        paragraph_blocks: list[Block] = []
        for block in blocks:
            heading = block.heading
            if heading is not None and heading.key == CAPTION_KEY:
                notes.append(block.text)
                continue
            if heading is not None:
                level = heading.level
                if heading.key == _SET_APART_KEY:
                    # Below the last numbered or typographic heading, as a sub-heading of it.
                    level = last_explicit + _RANK // 2 if last_explicit else _RANK
                else:
                    last_explicit = level
                while stack and stack[-1][0] >= level:
                    stack.pop()
                node = ParsedSection(heading.title, len(stack) + 1)
                (stack[-1][1].sections if stack else sections).append(node)
                stack.append((level, node))
                continue
            if not stack:
                node = ParsedSection(title, 1)
                sections.append(node)
                stack.append((0, node))
            section = stack[-1][1]
            section.paragraphs.append(
                ParsedParagraph(block.text, 0, 0, indicator_named_by(section.title), block.page)
            )
            paragraph_blocks.append(block)
        return Structure(title, sections, paragraph_blocks, notes)


def indicator_named_by(heading: str) -> str | None:
    """The Index indicator a heading is named after ("Commerce de cocaïne", "Cocaine trade 6.5"), in any of
    the taxonomy's languages; None for any other heading. Only an indicator's own full name counts: a
    chapter called "Drogues" or "Routes maritimes" explains no single indicator, and a wrong link is
    worse than none."""
    named = named_heading(heading)
    if named is None or named.level != INDICATOR or loose_key(split_score(heading)[0]) in _group_names():
        return None
    return named.key


@cache
def _group_names() -> frozenset[str]:
    """Pillar and section names: a chapter named "Financial crimes" or "Criminalité cyberdépendante" may
    be about the whole field, not the one indicator that shares its section's name."""
    taxonomy = load_taxonomy()
    return frozenset(
        loose_key(name)
        for entry in (*taxonomy.pillars, *taxonomy.sections)
        for name in (*entry.names.values(), *(h for hs in entry.headings.values() for h in hs))
    )


def _take_title(blocks: list[Block]) -> tuple[str | None, list[Block]]:
    """The document's title when its first block is an unnumbered heading no other heading stands above.

    When another heading follows it at once (a title over the first chapter), it is the title only and
    leaves the tree; when paragraphs follow it, it also stays as their section.
    """
    if not blocks or blocks[0].heading is None:
        return None, blocks
    first = blocks[0].heading
    if first.key is not None or numbering_depth(first.title) is not None:
        return None, blocks
    others = [b.heading.level for b in blocks[1:] if b.heading is not None and b.heading.key is None]
    if len(blocks) > 1 and blocks[1].heading is not None and blocks[1].heading.key is None:
        return first.title, blocks[1:]
    if not others or min(others) >= first.level:
        return first.title, blocks
    return None, blocks
