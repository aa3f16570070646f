"""Scanned PDFs: pages without a text layer are read by Tesseract, then repaired and structured as any PDF."""

from __future__ import annotations

import pytest

from desktop.ingest import ocr
from desktop.ingest.errors import ImportFailure
from desktop.ingest.pipeline import parse_report
from domain.taxonomy import load_taxonomy
from tests.outline_helpers import paragraphs
from tests.scanned_report import write_scanned_pdf

needs_tesseract = pytest.mark.skipif(
    ocr.missing_tesseract() is not None,
    reason="Tesseract with French, English and Spanish data is not installed (.ci/run installs it)",
)


@needs_tesseract
@pytest.mark.timeout(300)
@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_scanned_summary_gives_32_of_32_indicators(tmp_path, language):
    path = write_scanned_pdf(tmp_path / f"luxembourg_2025_{language}_scan.pdf", language)
    document = parse_report(path)
    assert document.profile == "ocindex"
    assert document.language == language
    assert [p.indicator_key for p in document.paragraphs()] == [i.key for i in load_taxonomy().indicators]
    pages = [p.page for p in document.paragraphs()]
    assert pages[0] == 1 and pages[-1] >= 3 and pages == sorted(pages)
    for paragraph in document.paragraphs():
        assert paragraph.confidence is not None and 60 <= paragraph.confidence <= 100
        # Running headers, page numbers and headings never end up inside a paragraph.
        assert "Luxemb" not in paragraph.text[:3]
        assert "2025" not in paragraph.text or "·" not in paragraph.text
        assert not any(word.isupper() and len(word) > 6 for word in paragraph.text.split()[:2])


@needs_tesseract
@pytest.mark.timeout(300)
def test_scanned_paragraphs_are_stored_with_page_and_confidence(cli, tmp_path):
    path = write_scanned_pdf(tmp_path / "luxembourg_2025_fr_scan.pdf", "fr")
    result = cli("import", path)
    assert result.code == 0, result.err
    assert "32 paragraphs" in result.out
    document = cli("outline", "--json").json()[0]
    found = paragraphs(document)
    assert [i for _, i, _ in found] == [i.key for i in load_taxonomy().indicators]

    def walk(section):
        yield from section["paragraphs"]
        for child in section["sections"]:
            yield from walk(child)

    stored = [p for s in document["sections"] for p in walk(s)]
    assert all(isinstance(p["ocr_confidence"], float) and p["ocr_confidence"] >= 60 for p in stored)
    assert all(p["page"] >= 1 for p in stored)


@needs_tesseract
@pytest.mark.timeout(300)
def test_ocr_reports_progress_per_page_and_can_be_cancelled(tmp_path):
    path = write_scanned_pdf(tmp_path / "luxembourg_2025_en_scan.pdf", "en")
    messages: list[str] = []

    def progress(_fraction: float, message: str) -> None:
        messages.append(message)

    with pytest.raises(ImportFailure) as failure:
        parse_report(path, progress=progress, cancelled=lambda: any("OCR page 1 " in m for m in messages))
    assert str(failure.value).endswith("cancelled")
    assert "\n" not in str(failure.value)
    assert any(m.startswith("OCR page 1 of ") for m in messages)
    assert not any(m.startswith("OCR page 4 ") for m in messages)


def test_text_pdfs_never_call_tesseract(tmp_path, monkeypatch):
    from tests.generic_report import REPORTS, write_generic_report

    monkeypatch.setattr(ocr, "TESSERACT_COMMAND", "/nonexistent/tesseract")
    path = write_generic_report(tmp_path / "report.pdf", REPORTS["en"])
    assert all(p.confidence is None for p in parse_report(path).paragraphs())


def test_missing_tesseract_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "TESSERACT_COMMAND", "/nonexistent/tesseract")
    path = write_scanned_pdf(tmp_path / "scan.pdf", "fr", dpi=50)
    with pytest.raises(ImportFailure) as failure:
        parse_report(path)
    message = str(failure.value)
    assert "\n" not in message
    assert str(path) in message
    assert "no text layer" in message and "install Tesseract" in message
    assert "tesseract-ocr-fra" in message


def _merged(path, *parts):
    from pypdf import PdfWriter

    writer = PdfWriter()
    for part in parts:
        writer.append(str(part))
    with path.open("wb") as out:
        writer.write(out)
    return path


def test_without_tesseract_a_mostly_scanned_pdf_is_refused_not_read_in_part(tmp_path, monkeypatch):
    from tests.generic_report import REPORTS, write_generic_report

    monkeypatch.setattr(ocr, "TESSERACT_COMMAND", "/nonexistent/tesseract")
    cover = write_generic_report(tmp_path / "typed.pdf", REPORTS["fr"])  # 3 pages with text
    scan = write_scanned_pdf(tmp_path / "scan.pdf", "fr", dpi=50)  # 4 image pages
    with pytest.raises(ImportFailure) as failure:
        parse_report(_merged(tmp_path / "mixed.pdf", cover, scan))
    assert "4 of 7 pages without text" in str(failure.value)
    assert "install Tesseract" in str(failure.value)


def test_without_tesseract_one_image_page_among_text_pages_is_passed_over(tmp_path, monkeypatch):
    from PIL import Image

    from tests.generic_report import REPORTS, write_generic_report

    monkeypatch.setattr(ocr, "TESSERACT_COMMAND", "/nonexistent/tesseract")
    report = write_generic_report(tmp_path / "typed.pdf", REPORTS["en"])
    picture = tmp_path / "map.pdf"
    Image.new("L", (400, 560), 200).save(picture, "PDF", resolution=50.0)
    document = parse_report(_merged(tmp_path / "with_map.pdf", report, picture), profile="generic")
    assert [p.text for p in document.paragraphs()] == REPORTS["en"].paragraphs
