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


def loose_key(text: str) -> str:
    """Heading text as the publisher's spellings vary it: no accents, case, hyphens or apostrophes
    ("Cyber-dependent crimes" and "Cyber dependent crimes", "Trafic d’armes" and "Trafic d'armes" meet)."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", folded).split())


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
    # Scores the document prints beside its indicator headings (website layout), by indicator key.
    stated_scores: dict[str, float] = field(default_factory=dict)
    # What was set aside rather than made a paragraph, by kind ("page furniture", "notes"), counted.
    set_aside: dict[str, int] = field(default_factory=dict)


class ReportProfile(ABC):
    name: str
    # The layout of the reports this profile reads ("pdf summary", "website", "generic"): a profile may
    # know several, and `for_lines` picks the one a document has.
    layout: str = "generic"

    def for_lines(self, lines: list[SourceLine]) -> ReportProfile:
        """The profile for this document's layout: itself, unless it knows more than one layout."""
        return self

    @abstractmethod
    def detect(self, lines: list[SourceLine]) -> float:
        """How well this profile fits, from 0 (not at all) to 1."""

    @abstractmethod
    def match_heading(self, lines: list[SourceLine], index: int) -> HeadingMatch | None:
        """The heading starting at `lines[index]`, if one does."""

    @abstractmethod
    def structure(self, blocks: list[Block], context: DocumentContext) -> Structure:
        """Sections, paragraphs (with their indicators) and notes, from the assembled blocks."""
