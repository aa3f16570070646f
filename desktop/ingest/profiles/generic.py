"""Any other report: Markdown headings, upper-case heading lines, blank-line paragraphs."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.ingest.assemble import Block, HeadingMatch, ends_sentence
from desktop.ingest.lines import SourceLine
from desktop.ingest.profiles.base import DocumentContext, ReportProfile, Structure, is_upper_line
from domain.records import ParsedParagraph, ParsedSection

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


class GenericProfile(ReportProfile):
    name = "generic"

    def detect(self, lines: list[SourceLine]) -> float:
        return 0.1

    def match_heading(self, lines: list[SourceLine], index: int) -> HeadingMatch | None:
        text = lines[index].text
        markdown = _MARKDOWN_HEADING.match(text)
        if markdown:
            return HeadingMatch(markdown.group(2), len(markdown.group(1)), None, 1)
        if not standalone(lines, index):
            return None
        used = wrapped_upper_heading(lines, index)
        if used:
            title = " ".join(lines[i].text for i in range(index, index + used))
            return HeadingMatch(title, 1, None, used)
        return None

    def structure(self, blocks: list[Block], context: DocumentContext) -> Structure:
        first = blocks[0] if blocks else None
        if first is not None and first.heading is not None and first.heading.level == 1:
            title = first.text
        else:
            title = re.sub(r"[_\s]+", " ", Path(context.file_name).stem).strip() or "Untitled report"
        sections: list[ParsedSection] = []
        stack: list[ParsedSection] = []
        paragraph_blocks: list[Block] = []
        for block in blocks:
            if block.heading:
                level = block.heading.level
                while stack and stack[-1].level >= level:
                    stack.pop()
                node = ParsedSection(block.heading.title, len(stack) + 1)
                (stack[-1].sections if stack else sections).append(node)
                stack.append(node)
                continue
            if not stack:
                node = ParsedSection(title, 1)
                sections.append(node)
                stack.append(node)
            stack[-1].paragraphs.append(ParsedParagraph(block.text, 0, 0, None, block.page))
            paragraph_blocks.append(block)
        return Structure(title, sections, paragraph_blocks)
