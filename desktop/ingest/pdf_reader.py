"""PDF reports through pypdf: text in reading order, with the geometry and type that plain extraction loses.

pypdf keeps the columns of a two-column report in order. From the position of each text run we rebuild
lines, drop running headers, footers and page numbers, and mark vertical gaps and page/column breaks,
which later decide where paragraphs end. From each run's font and size we tell headings from body text:
a line clearly larger than the body, or a short bold line set apart, gets a heading level by size rank.

Pages without a text layer (scans) are read by OCR (desktop/ingest/ocr.py) and go through the same steps.
Work is bounded before any page is parsed: too many pages, or content streams that expand to too much
text to parse (a small file can share one huge stream between all its pages), are refused with one line.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO
from itertools import pairwise
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from desktop.ingest import ocr
from desktop.ingest.errors import ImportFailure
from desktop.ingest.lines import SourceLine, clean_line

ProgressCallback = Callable[[float, str], None]
CancelCheck = Callable[[], bool]

# Budgets. pypdf parses content streams at a few seconds per megabyte, so the caps are on decompressed
# content, counted each time a page uses a stream (a shared stream is parsed again for every page).
MAX_PAGES = 5000
MAX_PAGE_CONTENT_BYTES = 8_000_000
MAX_TOTAL_CONTENT_BYTES = 128_000_000

_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:/|of|sur|de)\s*\d{1,4})?$", re.I)
_SENTENCE_END = re.compile(r"[.!?…][»”\"’)\]]*$")
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demibold|extrabold|ultrabold", re.I)
# Share of the page height, at the top and at the bottom, where running headers and footers live.
_MARGIN_BAND = 0.1
# FontDescriptor /Flags bit 19: ForceBold.
_FORCE_BOLD = 1 << 18
# A heading by size must be this much larger than the body; a bold heading at most this many words.
_LARGER = 1.15
# A step between lines this many times the body's line spacing is a gap. Recognised lines are placed
# within a pixel or two, and scanned paragraphs are often set closer, so OCR needs a finer threshold.
_TEXT_GAP = 1.4
# Without Tesseract, a PDF with more than this share of image-only pages is refused rather than read
# in part: a scanned report with a typed cover must not pass for a one-page report.
_SCANNED_SHARE = 0.25
_OCR_GAP = 1.3
_HEADING_WORDS = 15


@dataclass
class _PlacedLine:
    text: str
    page: int
    x: float
    y: float
    page_height: float
    # Characters per (size in points, bold): the line's type is the one most of its characters are set in.
    styles: Counter[tuple[float, bool]] = field(default_factory=Counter)
    confidence: float | None = None

    @property
    def style(self) -> tuple[float, bool] | None:
        return self.styles.most_common(1)[0][0] if self.styles else None


def _is_bold(font: Any, cache: dict[int, bool]) -> bool:
    """Bold from the font's name (Arial-BoldMT, Times,Bold, …Black, …Heavy) or its descriptor."""
    if font is None:
        return False
    key = id(font)
    if key not in cache:
        try:
            bold = bool(_BOLD_NAME.search(str(font.get("/BaseFont", ""))))
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            if descriptor is not None:
                descriptor = descriptor.get_object()
                bold = bold or bool(int(descriptor.get("/Flags", 0)) & _FORCE_BOLD)
                bold = bold or float(descriptor.get("/FontWeight", 400)) >= 600
        except (AttributeError, TypeError, ValueError, KeyError, IndexError):
            bold = False
        cache[key] = bold
    return cache[key]


def _effective_size(size: float, cm: list[float], tm: list[float]) -> float:
    """The font size as drawn: Tf size scaled by the text matrix and the current transformation."""
    a = tm[0] * cm[0] + tm[1] * cm[2]
    b = tm[0] * cm[1] + tm[1] * cm[3]
    c = tm[2] * cm[0] + tm[3] * cm[2]
    d = tm[2] * cm[1] + tm[3] * cm[3]
    return round(abs(float(size)) * math.sqrt(abs(a * d - b * c)), 1)


def _placed_lines(page_number: int, page: object, bold_cache: dict[int, bool]) -> list[_PlacedLine]:
    height = float(page.mediabox.height)  # type: ignore[attr-defined]
    lines: list[_PlacedLine] = []
    current: list[str] = []
    styles: Counter[tuple[float, bool]] = Counter()
    origin: tuple[float, float] | None = None

    def flush() -> None:
        nonlocal current, origin, styles
        if origin is not None and "".join(current).strip():
            lines.append(_PlacedLine("".join(current), page_number, origin[0], origin[1], height, styles))
        current, origin, styles = [], None, Counter()

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        nonlocal origin
        if not text:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        try:
            style = (_effective_size(size, cm, tm), _is_bold(font, bold_cache))
        except (TypeError, ValueError):
            style = None
        parts = text.split("\n")
        for index, part in enumerate(parts):
            if index > 0:
                flush()
            if part and origin is None:
                origin = (x, y)
            current.append(part)
            letters = sum(1 for ch in part if not ch.isspace())
            if style is not None and letters:
                styles[style] += letters
        if text.endswith("\n"):
            flush()

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    flush()
    return lines


def _running_text_key(text: str) -> str:
    """Letters only, numbers as #: the same header on every page, whatever OCR made of its punctuation."""
    return re.sub(r"[\W_]+", "", re.sub(r"\d+", "0", text.casefold()))


def _drop_running_lines(pages: list[list[_PlacedLine]]) -> list[list[_PlacedLine]]:
    """Removes page numbers and lines repeated in the margin bands of several pages."""

    def in_margin(line: _PlacedLine) -> bool:
        return line.y > line.page_height * (1 - _MARGIN_BAND) or line.y < line.page_height * _MARGIN_BAND

    repeats = Counter(
        key for page in pages for key in {_running_text_key(line.text) for line in page if in_margin(line)}
    )
    threshold = 2 if len(pages) < 4 else max(2, len(pages) // 2)
    kept = []
    for page in pages:
        kept.append(
            [
                line
                for line in page
                if not (
                    in_margin(line)
                    and (
                        _PAGE_NUMBER.match(line.text.strip())
                        or repeats[_running_text_key(line.text)] >= threshold
                    )
                )
            ]
        )
    return kept


def _mark_layout(pages: list[list[_PlacedLine]]) -> list[SourceLine]:
    flat = [line for page in pages for line in page]
    steps = [
        previous.y - line.y
        for previous, line in pairwise(flat)
        if previous.page == line.page and 0 < previous.y - line.y < 40
    ]
    # The body's line spacing is the most frequent step (a median drifts up when paragraphs are short
    # and the gaps between them are many).
    leading = Counter(round(step) for step in steps).most_common(1)[0][0] if steps else 12.0
    cleaned = [clean_line(line.text) for line in flat]
    lengths = [len(text) for text in cleaned if text]
    typical_length = statistics.median(lengths) if lengths else 60
    # Where text usually stops at the foot of a page; a page or column that stops well above it ended
    # with its paragraph (the next one was kept whole on the next page).
    bottoms = [min(line.y for line in page) for page in pages if len(page) > 5]
    typical_bottom = statistics.median(bottoms) if bottoms else 0.0
    result: list[SourceLine] = []
    kept: list[_PlacedLine] = []
    previous: _PlacedLine | None = None
    for line, text in zip(flat, cleaned, strict=True):
        if not text:
            continue
        gap = brk = False
        if previous is not None:
            step = previous.y - line.y
            if previous.page != line.page or step < -leading * 0.5:
                brk = True
                # Across a page or column break only the shape of the last line says "paragraph ended".
                last = result[-1].text
                stopped_early = previous.y > typical_bottom + 1.5 * leading
                gap = bool(_SENTENCE_END.search(last)) and (
                    len(last) < 0.75 * typical_length or stopped_early
                )
            elif step > max(leading, _line_size(line) * 1.25) * (_OCR_GAP if line.confidence else _TEXT_GAP):
                # Larger type has a larger leading: a wrapped title's lines are not set apart.
                gap = True
        result.append(
            SourceLine(text, page=line.page, gap_before=gap, break_before=brk, confidence=line.confidence)
        )
        kept.append(line)
        previous = line
    _mark_headings(result, kept)
    return result


def _line_size(line: _PlacedLine) -> float:
    style = line.style
    return style[0] if style is not None else 0.0


def _size_key(style: tuple[float, bool]) -> tuple[float, bool]:
    return (round(style[0] * 2) / 2, style[1])


def _mark_headings(lines: list[SourceLine], placed: list[_PlacedLine]) -> None:
    """Sets `heading_level` on lines whose type sets them apart from the body, by size rank (largest 1)."""
    sizes: Counter[float] = Counter()
    bold_letters = all_letters = 0
    for line in placed:
        for (size, bold), letters in line.styles.items():
            sizes[round(size * 2) / 2] += letters
            all_letters += letters
            bold_letters += letters if bold else 0
    if not sizes:
        return
    body = sizes.most_common(1)[0][0]
    # In a report set in bold throughout, bold says nothing.
    bold_means_heading = bold_letters < all_letters / 2
    styles: dict[int, tuple[float, bool]] = {}
    for index, (line, source) in enumerate(zip(placed, lines, strict=True)):
        style = line.style
        if style is None or line.confidence is not None or _SENTENCE_END.search(source.text):
            continue
        if sum(1 for ch in source.text if ch.isalpha()) < 3:
            continue
        size, bold = style
        words = len(source.text.split())
        follows_heading = index - 1 in styles and _size_key(styles[index - 1]) == _size_key(style)
        set_apart = index == 0 or source.gap_before or source.break_before or follows_heading
        if (size >= body * _LARGER and words <= 2 * _HEADING_WORDS) or (
            bold and bold_means_heading and size >= body * 0.95 and words <= _HEADING_WORDS and set_apart
        ):
            styles[index] = style
    ranks = {
        key: rank
        for rank, key in enumerate(
            sorted({_size_key(s) for s in styles.values()}, key=lambda k: (-k[0], not k[1])), start=1
        )
    }
    for index, style in styles.items():
        lines[index].heading_level = ranks[_size_key(style)]


def _content_bytes(page: Any) -> int:
    """Decompressed size of what parsing this page reads: its content streams and the forms it draws."""
    total = 0
    contents = page.get("/Contents")
    if contents is not None:
        contents = contents.get_object()
        streams = contents if isinstance(contents, list) else [contents]
        for stream in streams:
            total += len(stream.get_object().get_data())
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    if xobjects is not None:
        for reference in xobjects.get_object().values():
            xobject = reference.get_object()
            if xobject.get("/Subtype") == "/Form":
                total += len(xobject.get_data())
    return total


def _check_budgets(path: Path, reader: PdfReader) -> None:
    """Refuses, before any page is parsed, a PDF that would take too long to read."""
    page_count = len(reader.pages)
    if page_count > MAX_PAGES:
        raise ImportFailure(path, f"PDF has {page_count} pages; Excerpta reads at most {MAX_PAGES}")
    total = 0
    for number, page in enumerate(reader.pages, start=1):
        size = _content_bytes(page)
        if size > MAX_PAGE_CONTENT_BYTES:
            raise ImportFailure(
                path,
                f"page {number}'s content stream expands to {size / 1e6:.0f} MB "
                f"(at most {MAX_PAGE_CONTENT_BYTES / 1e6:.0f} MB a page): refused as too costly to read",
            )
        total += size
        if total > MAX_TOTAL_CONTENT_BYTES:
            raise ImportFailure(
                path,
                f"its decompressed content exceeds {MAX_TOTAL_CONTENT_BYTES / 1e6:.0f} MB by page {number} "
                f"of {page_count}: refused as too costly to read",
            )


def _has_images(page: Any) -> bool:
    try:
        return len(page.images) > 0
    except Exception:  # a damaged image dictionary is no reason to fail the text pages
        return False


def read_pdf_lines(
    path: Path,
    data: bytes,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> list[SourceLine]:
    """The report's lines. Pages with images and no text are read by OCR when Tesseract is installed.

    Raises `ImportFailure` for damaged, encrypted or too costly PDFs, for a scan when Tesseract is
    missing (saying what to install), and with "cancelled" when `cancelled()` turns true.
    """
    if not data.strip():
        raise ImportFailure(path, "empty file")
    if b"%PDF-" not in data[:1024]:
        raise ImportFailure(path, "not a PDF (no PDF header)")
    if b"%%EOF" not in data[-2048:]:
        raise ImportFailure(path, "truncated or damaged PDF (no end-of-file marker)")
    try:
        reader = PdfReader(BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ImportFailure(
                path, "encrypted PDF: it needs a password, which Excerpta does not handle yet"
            )
        _check_budgets(path, reader)
        page_count = len(reader.pages)
        pages: list[list[_PlacedLine]] = []
        scanned: list[int] = []
        bold_cache: dict[int, bool] = {}
        for number, page in enumerate(reader.pages, start=1):
            if cancelled is not None and cancelled():
                raise ImportFailure(path, "cancelled")
            placed = _placed_lines(number, page, bold_cache)
            pages.append(placed)
            if not any(line.text.strip() for line in placed) and _has_images(page):
                scanned.append(number - 1)
            if progress:
                progress(number / page_count, f"page {number} of {page_count}")
    except ImportFailure:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as error:
        raise ImportFailure(path, f"damaged PDF ({type(error).__name__}: {error})") from error
    except Exception as error:  # pypdf raises many kinds on malformed files; none may crash an import
        if "crypt" in str(error).lower():
            raise ImportFailure(path, f"encrypted PDF that cannot be read ({error})") from error
        raise ImportFailure(path, f"damaged PDF ({type(error).__name__}: {error})") from error
    has_text = any(line.text.strip() for page in pages for line in page)
    if scanned:
        missing = ocr.missing_tesseract()
        if missing is None:
            _read_scanned_pages(path, data, scanned, pages, progress, cancelled)
        elif not has_text or len(scanned) > len(pages) * _SCANNED_SHARE:
            what = "no text layer" if not has_text else f"{len(scanned)} of {len(pages)} pages without text"
            raise ImportFailure(path, f"PDF has {what} (a scan?) and {missing}: {ocr.INSTALL_HINT}")
        # Else: a report with text and a few image-only pages (a cover, maps) is read without them.
    if not any(line.text.strip() for page in pages for line in page):
        if scanned:
            raise ImportFailure(path, "PDF has no text layer and OCR found no text in its page images")
        raise ImportFailure(path, "PDF has no text layer and no page images to read by OCR")
    return _mark_layout(_drop_running_lines(pages))


def _read_scanned_pages(
    path: Path,
    data: bytes,
    scanned: list[int],
    pages: list[list[_PlacedLine]],
    progress: ProgressCallback | None,
    cancelled: CancelCheck | None,
) -> None:
    def report(done: int, total: int) -> None:
        if progress:
            progress(
                done / total, f"OCR page {scanned[done - 1] + 1} of {len(pages)} ({done} of {total} scanned)"
            )

    try:
        recognised = ocr.ocr_pdf_pages(data, scanned, report, cancelled)
    except ocr.OcrCancelled as error:
        raise ImportFailure(path, "cancelled") from error
    except ImportFailure:
        raise
    except Exception as error:  # Tesseract or PDFium failing on one file must not crash the batch
        message = " ".join(str(error).split())[:200]
        raise ImportFailure(path, f"OCR failed ({type(error).__name__}: {message})") from error
    for index, (height, lines) in recognised.items():
        pages[index] = [
            _PlacedLine(line.text, index + 1, line.x, line.y, height, confidence=line.confidence)
            for line in lines
        ]
