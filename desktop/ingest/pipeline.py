"""One report file in, one `ParsedDocument` out: read, repair, detect, structure, lay out spans."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

from desktop.ingest.assemble import Block, assemble
from desktop.ingest.errors import ImportFailure
from desktop.ingest.formats import READABLE_SUFFIXES, read_source
from desktop.ingest.language import detect_language
from desktop.ingest.lines import SourceLine
from desktop.ingest.profiles import PROFILES
from desktop.ingest.profiles.base import DocumentContext, ReportProfile
from desktop.ingest.reading import display_name, read_bytes
from domain.countries import detect_country, find_edition
from domain.records import ParsedDocument
from domain.taxonomy import load_taxonomy

ProgressCallback = Callable[[float, str], None]

REPORT_SUFFIXES = READABLE_SUFFIXES
PARAGRAPH_SEPARATOR = "\n\n"


def source_lines(
    path: Path,
    data: bytes,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[SourceLine]:
    """The lines of any readable file (formats.py dispatches by suffix and content)."""
    return read_source(path, data, progress, cancelled).lines


def choose_profile(path: Path, lines: list[SourceLine], forced: str | None) -> ReportProfile:
    if forced is not None:
        if forced not in PROFILES:
            raise ImportFailure(path, f"unknown profile {forced!r} (known: {', '.join(PROFILES)})")
        return PROFILES[forced]
    return max(PROFILES.values(), key=lambda profile: profile.detect(lines))


def lay_out(blocks: list[Block], paragraph_blocks: list[Block]) -> tuple[str, list[tuple[int, int]]]:
    """The normalised text (every block, blank-line separated) and each paragraph block's span in it."""
    pieces: list[str] = []
    spans: dict[int, tuple[int, int]] = {}
    offset = 0
    for block in blocks:
        text = block.text
        spans[id(block)] = (offset, offset + len(text))
        pieces.append(text)
        offset += len(text) + len(PARAGRAPH_SEPARATOR)
    return PARAGRAPH_SEPARATOR.join(pieces), [spans[id(b)] for b in paragraph_blocks]


def ocr_confidence(lines: list[SourceLine], block: Block) -> float | None:
    """The recogniser's confidence in a paragraph read by OCR: its lines' mean, weighted by length."""
    scored = [lines[i] for i in block.source_lines if lines[i].confidence is not None]
    if not scored:
        return None
    weight = sum(len(line.text) for line in scored) or 1
    total = sum((line.confidence or 0.0) * len(line.text) for line in scored)
    return round(total / weight, 1)


def parse_report(
    path: Path,
    data: bytes | None = None,
    profile: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ParsedDocument:
    """Reads and structures one report. Raises `ImportFailure` naming the file and the cause.

    `cancelled` is asked between pages of a PDF (OCR takes seconds a page); when it returns true the
    read stops with `ImportFailure(path, "cancelled")`.
    """
    report = progress or (lambda _fraction, _message: None)
    if data is None:
        data = read_bytes(path)
    report(0.05, "reading")
    source = read_source(path, data, lambda f, m: report(0.05 + 0.35 * f, m), cancelled)
    lines = source.lines
    if not lines:
        raise ImportFailure(path, "empty file: no text in it")
    chosen = choose_profile(path, lines, profile).for_lines(lines)
    report(0.45, "finding paragraphs")
    full_text = "\n".join(line.text for line in lines)
    language = detect_language(full_text)  # before assembly: line-end hyphens are read by its spelling
    blocks = assemble(
        lines, chosen.match_heading, lambda f: report(0.45 + 0.35 * f, "finding paragraphs"), language
    )
    name = display_name(path)  # stored and shown: undecodable bytes of the name escaped
    country = detect_country(full_text, name)
    finding = find_edition(full_text, name, load_taxonomy().editions, date.today().year)
    edition = finding.edition
    context = DocumentContext(language, name, edition, country.name(language) if country else None)
    structure = chosen.structure(blocks, context)
    if not structure.paragraph_blocks:
        raise ImportFailure(path, "no paragraphs of text found in it")
    normalised, spans = lay_out(blocks, structure.paragraph_blocks)
    for paragraph, block, (start, end) in zip(
        (p for s in structure.sections for section in s.walk() for p in section.paragraphs),
        structure.paragraph_blocks,
        spans,
        strict=True,
    ):
        paragraph.start, paragraph.end = start, end
        paragraph.confidence = ocr_confidence(lines, block)
    report(0.85, "structured")
    return ParsedDocument(
        title=structure.title,
        language=language,
        profile=chosen.name,
        normalised_text=normalised,
        source_name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        country=country.name(language) if country else None,
        country_iso=country.iso if country else None,
        edition=edition,
        notes=structure.notes,
        sections=structure.sections,
        layout=chosen.layout,
        stated_scores=structure.stated_scores,
        set_aside=_set_aside(source.furniture, structure.set_aside),
        edition_note=finding.disagreement,
    )


def _set_aside(read_furniture: int, structured: dict[str, int]) -> dict[str, int]:
    """What the reader dropped from the markup and what the profile set aside, added up by kind."""
    counts = dict(structured)
    if read_furniture:
        counts["page furniture"] = counts.get("page furniture", 0) + read_furniture
    return {kind: n for kind, n in counts.items() if n}
