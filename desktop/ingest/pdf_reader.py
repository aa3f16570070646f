"""PDF reports through pypdf: text in reading order, with the geometry that plain extraction loses.

pypdf keeps the columns of a two-column report in order. From the position of each text run we rebuild
lines, drop running headers, footers and page numbers, and mark vertical gaps and page/column breaks,
which later decide where paragraphs end.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from itertools import pairwise
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from desktop.ingest.errors import ImportFailure
from desktop.ingest.lines import SourceLine, clean_line

ProgressCallback = Callable[[float, str], None]

_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:/|of|sur|de)\s*\d{1,4})?$", re.I)
_SENTENCE_END = re.compile(r"[.!?…][»”\"’)\]]*$")
# Share of the page height, at the top and at the bottom, where running headers and footers live.
_MARGIN_BAND = 0.1


@dataclass
class _PlacedLine:
    text: str
    page: int
    x: float
    y: float
    page_height: float


def _placed_lines(page_number: int, page: object) -> list[_PlacedLine]:
    height = float(page.mediabox.height)  # type: ignore[attr-defined]
    lines: list[_PlacedLine] = []
    current: list[str] = []
    origin: tuple[float, float] | None = None

    def flush() -> None:
        nonlocal current, origin
        if origin is not None and "".join(current).strip():
            lines.append(_PlacedLine("".join(current), page_number, origin[0], origin[1], height))
        current, origin = [], None

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: float) -> None:
        nonlocal origin
        if not text:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        parts = text.split("\n")
        for index, part in enumerate(parts):
            if index > 0:
                flush()
            if part and origin is None:
                origin = (x, y)
            current.append(part)
        if text.endswith("\n"):
            flush()

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    flush()
    return lines


def _running_text_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.casefold())


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
    leading = statistics.median(steps) if steps else 12.0
    cleaned = [clean_line(line.text) for line in flat]
    lengths = [len(text) for text in cleaned if text]
    typical_length = statistics.median(lengths) if lengths else 60
    result: list[SourceLine] = []
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
                gap = bool(_SENTENCE_END.search(last)) and len(last) < 0.75 * typical_length
            elif step > leading * 1.4:
                gap = True
        result.append(SourceLine(text, page=line.page, gap_before=gap, break_before=brk))
        previous = line
    return result


def read_pdf_lines(path: Path, data: bytes, progress: ProgressCallback | None = None) -> list[SourceLine]:
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
        page_count = len(reader.pages)
        pages: list[list[_PlacedLine]] = []
        for number, page in enumerate(reader.pages, start=1):
            pages.append(_placed_lines(number, page))
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
    if not any(line.text.strip() for page in pages for line in page):
        raise ImportFailure(path, "PDF has no text layer (a scan?); OCR is not supported yet")
    return _mark_layout(_drop_running_lines(pages))
