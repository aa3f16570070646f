"""What every report profile provides."""

from __future__ import annotations

import re
import unicodedata
from abc import ABC, abstractmethod
from dataclasses import dataclass, field

from desktop.ingest.assemble import Block, HeadingMatch
from desktop.ingest.lines import SourceLine
from domain.records import ParsedSection

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-"})


def heading_key(text: str) -> str:
    """Heading text for comparison: upper case, plain apostrophes and dashes, single spaces."""
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES)
    return re.sub(r"\s+", " ", text).strip(" :.").upper()


def is_upper_line(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters) and len(text.split()) <= 12


@dataclass
class DocumentContext:
    """What the pipeline knows about a report before the profile structures it."""

    language: str
    file_name: str
    edition: int | None
    country_name: str | None


@dataclass
class Structure:
    title: str
    sections: list[ParsedSection]
    # Paragraph blocks in section order, matching `sections`' paragraphs one to one.
    paragraph_blocks: list[Block] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class ReportProfile(ABC):
    name: str

    @abstractmethod
    def detect(self, lines: list[SourceLine]) -> float:
        """How well this profile fits, from 0 (not at all) to 1."""

    @abstractmethod
    def match_heading(self, lines: list[SourceLine], index: int) -> HeadingMatch | None:
        """The heading starting at `lines[index]`, if one does."""

    @abstractmethod
    def structure(self, blocks: list[Block], context: DocumentContext) -> Structure:
        """Sections, paragraphs (with their indicators) and notes, from the assembled blocks."""
