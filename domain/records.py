"""Plain dataclasses that cross the storage boundary, in both directions.

The importer builds a `ParsedDocument`; services store it and hand back summaries and outlines. No ORM
object ever leaves a service, so these are what other threads and the UI see.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


@dataclass
class ParsedParagraph:
    text: str
    start: int
    end: int
    indicator_key: str | None = None
    page: int | None = None
    # Mean OCR word confidence (0–100) when the paragraph was read from a scanned page; None otherwise.
    confidence: float | None = None


@dataclass
class ParsedSection:
    title: str
    level: int
    key: str | None = None
    paragraphs: list[ParsedParagraph] = field(default_factory=list)
    sections: list[ParsedSection] = field(default_factory=list)

    def walk(self) -> list[ParsedSection]:
        """This section and all beneath it, in document order."""
        found = [self]
        for child in self.sections:
            found.extend(child.walk())
        return found


@dataclass
class ParsedDocument:
    title: str
    language: str
    profile: str
    normalised_text: str
    source_name: str
    sha256: str
    country: str | None = None
    country_iso: str | None = None
    edition: int | None = None
    notes: list[str] = field(default_factory=list)
    sections: list[ParsedSection] = field(default_factory=list)
    # How the profile read it: "pdf summary", "website", "generic"...
    layout: str = "generic"
    # Scores the document prints beside its indicator headings, by indicator key.
    stated_scores: dict[str, float] = field(default_factory=dict)
    # What was set aside rather than made a paragraph, by kind ("page furniture", "notes"), counted.
    set_aside: dict[str, int] = field(default_factory=dict)
    # Said on the import line when the text's edition statement overrules the file name.
    edition_note: str | None = None

    def all_sections(self) -> list[ParsedSection]:
        found: list[ParsedSection] = []
        for section in self.sections:
            found.extend(section.walk())
        return found

    def paragraphs(self) -> list[ParsedParagraph]:
        return [p for s in self.all_sections() for p in s.paragraphs]

    @property
    def identity_key(self) -> str:
        if self.profile != "generic" and self.country_iso and self.edition:
            key = f"{self.profile}:{self.country_iso}:{self.language}:{self.edition}"
            # The website's page on a country is another document than its PDF summary (whose keys,
            # made before layouts, stay as they were).
            return key if self.layout in ("pdf summary", "generic") else f"{key}:{self.layout}"
        return f"file:{self.source_name}"


@dataclass(frozen=True)
class ExtractedFact:
    """A fact and the exact span of its paragraph's text it comes from."""

    paragraph_id: int
    type: str
    text: str
    canonical: str
    start: int
    end: int
    data: dict[str, object] = field(default_factory=dict)


class ImportStatus(StrEnum):
    IMPORTED = "imported"
    UNCHANGED = "unchanged"
    NEW_VERSION = "new version"
    FAILED = "failed"


@dataclass(frozen=True)
class StoreOutcome:
    status: ImportStatus
    document_id: int
    version: int
    paragraph_count: int
    title: str


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    title: str
    country: str | None
    country_iso: str | None
    language: str
    edition: int | None
    profile: str
    source_name: str
    sha256: str
    imported_at: datetime
    version: int
    paragraph_count: int
    layout: str = "generic"


@dataclass(frozen=True)
class OutlineParagraph:
    id: int
    number: int
    indicator: str | None
    text: str
    page: int | None
    start: int
    end: int
    # Mean OCR word confidence (0–100) when the paragraph was read from a scanned page; None otherwise.
    ocr_confidence: float | None = None


@dataclass
class OutlineSection:
    id: int
    title: str
    key: str | None
    level: int
    sections: list[OutlineSection] = field(default_factory=list)
    paragraphs: list[OutlineParagraph] = field(default_factory=list)


@dataclass
class DocumentOutline:
    document: DocumentSummary
    notes: list[str]
    sections: list[OutlineSection]


# Keys of the published aggregates, stored beside the indicator keys of the taxonomy.
SCORE_AGGREGATES = ("criminality", "criminal_markets", "criminal_actors", "resilience")


@dataclass
class CountryScoreRow:
    """One country's row of a score file, as read: the publisher's name, its ISO code, its scores."""

    name: str
    iso: str
    scores: dict[str, float]


@dataclass
class ScoreSheet:
    """One edition's scores as read from a file (a workbook sheet, a wide CSV, or a year of a long CSV)."""

    edition: int
    location: str  # where in the file: "sheet 2023_dataset", "rows of year 2021"
    rows: list[CountryScoreRow]


@dataclass(frozen=True)
class EditionImport:
    edition: int
    countries: int
    replaced_source: str | None  # the file the edition came from before, when it was replaced
    unchanged: bool = False  # imported before from the very same file: nothing was done

    def line(self) -> str:
        if self.unchanged:
            done = "unchanged (the same file as before)"
        elif self.replaced_source:
            done = f"replaced (was from {self.replaced_source})"
        else:
            done = "imported"
        countries = "1 country" if self.countries == 1 else f"{self.countries} countries"
        return f"edition {self.edition}: {countries} {done}"


@dataclass(frozen=True)
class IndicatorScore:
    """A score, and the same score in the previous edition that has one."""

    key: str
    score: float
    previous: float | None = None
    previous_edition: int | None = None

    @property
    def change(self) -> float | None:
        return None if self.previous is None else round(self.score - self.previous, 2)


@dataclass(frozen=True)
class CountryScores:
    country: str
    iso: str
    edition: int
    criminality: IndicatorScore | None
    resilience: IndicatorScore | None
    pillars: dict[str, IndicatorScore]  # criminal_markets, criminal_actors, resilience
    indicators: dict[str, IndicatorScore]  # taxonomy order


@dataclass(frozen=True)
class ComparedScore:
    """One country's score on one indicator, with the paragraph the library has on it, if any."""

    iso: str
    country: str
    edition: int
    score: IndicatorScore | None
    paragraph_id: int | None = None
    document_id: int | None = None
    paragraph_text: str | None = None
