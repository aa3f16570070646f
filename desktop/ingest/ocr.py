"""Scanned pages: rendered with PDFium, read by Tesseract (French, English, Spanish), one line per text line.

Tesseract is a separate program; pytesseract runs it. Pages are rendered one by one on the calling
thread (PDFium is not thread-safe) and recognised two at a time: each Tesseract process is held to one
thread, so two pages in parallel use two cores instead of four threads fighting for them. Between pages
the caller can cancel; a page already handed to Tesseract finishes (a few seconds) and is discarded.
"""

from __future__ import annotations

import os
import shutil
import statistics
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

REQUIRED_LANGUAGES = ("fra", "eng", "spa")
_TESSERACT_LANGUAGE = {"fr": "fra", "en": "eng", "es": "spa"}
# Enough recognised text on a page to tell its language (then later pages use that one model alone,
# which reads faster than the three together).
_LANGUAGE_SAMPLE = 300
# The command pytesseract runs; a packaged app or a test may point it elsewhere.
TESSERACT_COMMAND = "tesseract"
# Pages are rendered at this resolution: Tesseract reads body text best at about 300 dpi.
RENDER_DPI = 300
# A page is never rendered larger than this (A4 at 300 dpi is 8.7 million pixels): a hostile page
# box of a few metres would otherwise ask for gigabytes.
MAX_RENDER_PIXELS = 40_000_000
# A page Tesseract has not read in this time is given up (the import fails with one line), so that no
# image can hold an import, or its cancellation, for ever. A clean page takes a few seconds.
PAGE_TIMEOUT_SECONDS = 180
INSTALL_HINT = (
    "install Tesseract with French, English and Spanish data "
    "(Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng tesseract-ocr-spa; "
    "macOS: brew install tesseract tesseract-lang; Windows: see packaging/README.md)"
)
# Page segmentation mode 3 (automatic): finds columns and blocks, as a scanned report has them.
_CONFIG = "--psm 3"
_DESCENDERS = frozenset("gjpqyçQ,;()[]{}|/@µ")


class OcrCancelled(Exception):
    """The caller asked to stop between two pages."""


@dataclass(frozen=True)
class OcrLine:
    """One recognised line, in PDF points from the page's bottom-left corner, as text runs are placed."""

    text: str
    x: float
    y: float
    height: float
    confidence: float


def _tesseract_path() -> str | None:
    return shutil.which(TESSERACT_COMMAND)


def missing_tesseract() -> str | None:
    """None when Tesseract and its three languages are at hand; else what is missing, for the error line."""
    command = _tesseract_path()
    if command is None:
        return f"Tesseract is not installed ({TESSERACT_COMMAND!r} not found)"
    import pytesseract

    pytesseract.pytesseract.tesseract_cmd = command
    try:
        installed = set(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractError, OSError) as error:
        return f"Tesseract does not run ({error})"
    absent = [language for language in REQUIRED_LANGUAGES if language not in installed]
    if absent:
        return f"Tesseract lacks the language data {', '.join(absent)}"
    return None


def _baseline(data: dict[str, list[Any]], indices: list[int]) -> float:
    """Where the line sits: the bottom of its words that have no descender.

    A line's box jumps with every "p", "g" or comma below and every accent above, enough to blur the
    steps that tell a paragraph gap from the line spacing; words without descenders end on the baseline.
    """
    bottoms: list[float] = [
        int(data["top"][i]) + int(data["height"][i])
        for i in indices
        if not _DESCENDERS.intersection(str(data["text"][i]))
    ]
    if not bottoms:
        # Every word hangs below the line ("peddling."): a descender is about a quarter of such a box.
        bottoms = [int(data["top"][i]) + 0.75 * int(data["height"][i]) for i in indices]
    return float(statistics.median(bottoms))


def _lines_from_data(data: dict[str, list[Any]], page_height: float, scale: float) -> list[OcrLine]:
    """Tesseract's words grouped into its lines, in its reading order (blocks, then lines)."""
    grouped: dict[tuple[int, int, int], list[int]] = {}
    for i, word in enumerate(data["text"]):
        if str(word).strip() and float(data["conf"][i]) >= 0:
            key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
            grouped.setdefault(key, []).append(i)
    lines: list[OcrLine] = []
    for indices in grouped.values():
        words = [str(data["text"][i]).strip() for i in indices]
        left = min(int(data["left"][i]) for i in indices)
        bottom = max(int(data["top"][i]) + int(data["height"][i]) for i in indices)
        top = min(int(data["top"][i]) for i in indices)
        # Confidence weighted by word length: a misread long word matters more than a misread "a".
        weights = [len(w) for w in words]
        confidence = sum(float(data["conf"][i]) * w for i, w in zip(indices, weights, strict=True)) / sum(
            weights
        )
        lines.append(
            OcrLine(
                " ".join(words),
                left * scale,
                page_height - _baseline(data, indices) * scale,
                (bottom - top) * scale,
                confidence,
            )
        )
    return lines


def _recognise(image: Any, languages: str, page_height: float, scale: float) -> list[OcrLine]:
    import pytesseract

    data = pytesseract.image_to_data(
        image,
        lang=languages,
        config=_CONFIG,
        output_type=pytesseract.Output.DICT,
        timeout=PAGE_TIMEOUT_SECONDS,
    )
    return _lines_from_data(data, page_height, scale)


def _render_scale(page: Any) -> float:
    width, height = float(page.get_width()), float(page.get_height())
    scale = RENDER_DPI / 72
    pixels = width * height * scale * scale
    return scale if pixels <= MAX_RENDER_PIXELS else scale * (MAX_RENDER_PIXELS / pixels) ** 0.5


def ocr_pdf_pages(
    data: bytes,
    page_indices: list[int],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> dict[int, tuple[float, list[OcrLine]]]:
    """Recognises the given pages (0-based); returns each page's height in points and its lines.

    Raises `OcrCancelled` when `cancelled()` becomes true between pages. The caller checks
    `missing_tesseract()` first.
    """
    import pypdfium2
    import pytesseract

    pytesseract.pytesseract.tesseract_cmd = _tesseract_path() or TESSERACT_COMMAND
    # One thread per Tesseract process: parallelism comes from pages, not from OpenMP inside one page.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    from desktop.ingest.language import detect_language

    languages = "+".join(REQUIRED_LANGUAGES)
    chosen: str | None = None
    workers = workers or max(1, min(2, os.cpu_count() or 1))
    results: dict[int, tuple[float, list[OcrLine]]] = {}
    document = pypdfium2.PdfDocument(data)
    pending: dict[int, tuple[float, Future[list[OcrLine]]]] = {}
    try:
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr") as pool:
            try:
                ahead = 0
                for done, index in enumerate(page_indices, start=1):
                    if cancelled is not None and cancelled():
                        raise OcrCancelled
                    # One page per worker: none waits rendered; later ones start once the language is known.
                    while ahead < len(page_indices) and ahead < done - 1 + workers:
                        number = page_indices[ahead]
                        page = document[number]
                        height = float(page.get_height())
                        image = page.render(scale=_render_scale(page), grayscale=True).to_pil()
                        page.close()
                        points_per_pixel = height / image.height
                        job = pool.submit(_recognise, image, chosen or languages, height, points_per_pixel)
                        pending[number] = (height, job)
                        ahead += 1
                    height, future = pending.pop(index)
                    results[index] = (height, future.result())
                    text = " ".join(line.text for line in results[index][1])
                    if chosen is None and len(text) >= _LANGUAGE_SAMPLE:
                        chosen = _TESSERACT_LANGUAGE.get(detect_language(text))
                    if progress is not None:
                        progress(done, len(page_indices))
            except BaseException:
                # Pages not started are dropped; the pool then waits only for those Tesseract is reading.
                for _, future in pending.values():
                    future.cancel()
                raise
    finally:
        document.close()
    return results
