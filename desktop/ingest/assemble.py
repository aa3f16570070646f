"""From lines to blocks: headings and whole paragraphs, repairing what page breaks and wrapping did.

A report profile says which lines are headings. Everything else is paragraph text:
- wrapped lines are joined, across line-end hyphens too;
- a gap (blank line, vertical space) ends a paragraph only when the text before it ends a sentence;
- a page or column break alone never ends a paragraph;
- a line the source marks as a block of its own (a list item) is never joined to its neighbours;
- a line that starts with a bullet ("• ", or "- " where a block may start) opens a list item: a paragraph of
  its own, without the bullet, which its wrapped lines still join.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.ingest.hyphenation import Lexicon, join_hyphenated
from desktop.ingest.lines import SourceLine

_SENTENCE_END = re.compile(r"[.!?…][»”\"’)\]]*$")
# Glyphs that only ever mark a list item, and dashes or stars that do so where a block may start (a dash
# inside a wrapped sentence, "la douane\n– qui…", is an incise, not an item).
_BULLET = re.compile(r"^[•◦▪‣●○■□►➢➤]\s+(?=\S)")
_DASH_ITEM = re.compile(r"^[-–—*]\s+(?=\S)")
# "1) ", "a) ", "(iii) ": numbered items, whose number is kept (it orders them, and the text may cite it).
_NUMBERED_ITEM = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+(?=\S)")
_OPENS_LIST = re.compile(r"[:;]$")


@dataclass(frozen=True)
class HeadingMatch:
    title: str
    level: int
    key: str | None
    lines_used: int


@dataclass
class Block:
    """A heading (when `heading` is set) or a paragraph, kept as the list of its joined lines."""

    parts: list[str]
    page: int | None = None
    heading: HeadingMatch | None = None
    source_lines: list[int] = field(default_factory=list)
    # A list item typed with a bullet: it goes on explaining what the paragraph before it explains.
    list_item: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.parts)


HeadingMatcher = Callable[[list[SourceLine], int], HeadingMatch | None]


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def assemble(
    lines: list[SourceLine],
    match_heading: HeadingMatcher,
    progress: Callable[[float], None] | None = None,
    language: str | None = None,
) -> list[Block]:
    """Blocks of `lines`; `language` (when known) tells how line-end hyphens after a prefix are read."""
    lexicon = Lexicon([line.text for line in lines])
    blocks: list[Block] = []
    paragraph: Block | None = None
    in_item = False  # the open paragraph is a list item typed with a bullet
    index = 0
    total = len(lines) or 1
    while index < len(lines):
        if progress and index % 5000 == 0:
            progress(index / total)
        heading = match_heading(lines, index)
        if heading is not None:
            paragraph = None
            in_item = False
            used = list(range(index, index + heading.lines_used))
            blocks.append(Block([heading.title], lines[index].page, heading, used))
            index += heading.lines_used
            continue
        line = lines[index]
        if paragraph is not None and line.gap_before and (ends_sentence(paragraph.parts[-1]) or in_item):
            paragraph = None
        if paragraph is not None and (line.own_block or lines[paragraph.source_lines[-1]].own_block):
            paragraph = None  # a list item or a cell: "…the following:" and "- the port" stay apart
        previous = paragraph.parts[-1] if paragraph else None
        item_text = _list_item_text(line.text, previous, in_item or line.gap_before)
        if item_text is not None:
            paragraph = None
        if paragraph is None:
            in_item = item_text is not None
            paragraph = Block([item_text or line.text], line.page, source_lines=[index], list_item=in_item)
            blocks.append(paragraph)
        else:
            # Lines are kept apart until the end so that joining stays linear in the paragraph's length.
            joined = join_hyphenated(paragraph.parts[-1], line.text, lexicon, language)
            if joined is None:
                paragraph.parts.append(line.text)
            else:
                paragraph.parts[-1] = joined
            paragraph.source_lines.append(index)
        index += 1
    return blocks


def _list_item_text(text: str, previous: str | None, block_may_start: bool) -> str | None:
    """The text of a line that opens a list item, without its bullet; None for any other line.

    A dash, a star or a number in parentheses ("1) ", "b) ", kept) marks an item only where a block may
    start: at the start of a paragraph, after a finished sentence, after a line that announces a list (":"),
    after a gap, or after another item."""
    bullet = _BULLET.match(text)
    if bullet is not None:
        return text[bullet.end() :]
    if not (previous is None or block_may_start or ends_sentence(previous) or _OPENS_LIST.search(previous)):
        return None
    dash = _DASH_ITEM.match(text)
    if dash is not None:
        return text[dash.end() :]
    return text if _NUMBERED_ITEM.match(text) else None
