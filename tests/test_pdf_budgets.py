"""Hostile PDFs are refused quickly, with one line, instead of keeping an import busy for an hour."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from desktop.ingest import pdf_reader
from desktop.ingest.errors import ImportFailure
from desktop.ingest.pipeline import parse_report

_SHOW_TEXT = b"BT /F1 12 Tf 72 712 Td (The same words again and again) Tj ET\n"


def _shared_stream_pdf(path: Path, megabytes: float, pages: int) -> Path:
    """`pages` pages whose /Contents is one and the same compressed stream of repeated text operators."""
    writer = PdfWriter()
    stream = DecodedStreamObject()
    stream.set_data(_SHOW_TEXT * int(megabytes * 1_000_000 / len(_SHOW_TEXT)))
    contents = writer._add_object(stream.flate_encode())
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    for _ in range(pages):
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Contents")] = contents
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
    buffer = BytesIO()
    writer.write(buffer)
    path.write_bytes(buffer.getvalue())
    return path


@pytest.mark.timeout(60)
def test_one_huge_stream_shared_by_200_pages_is_refused(tmp_path):
    path = _shared_stream_pdf(tmp_path / "hostile.pdf", 70, 200)
    assert path.stat().st_size < 1_000_000  # a small file that would expand to 70 MB per page
    with pytest.raises(ImportFailure) as failure:
        parse_report(path)
    message = str(failure.value)
    assert "\n" not in message and len(message) < 300
    assert str(path) in message
    assert "page 1" in message and "content stream" in message


@pytest.mark.timeout(60)
def test_total_decompressed_content_has_a_budget(tmp_path):
    # Each page stays under the page cap, but 200 of them far exceed the document's budget.
    per_page = pdf_reader.MAX_PAGE_CONTENT_BYTES / 1_000_000 * 0.9
    pages = int(pdf_reader.MAX_TOTAL_CONTENT_BYTES / (per_page * 1_000_000)) + 2
    path = _shared_stream_pdf(tmp_path / "hostile.pdf", per_page, pages)
    with pytest.raises(ImportFailure) as failure:
        parse_report(path)
    message = str(failure.value)
    assert "\n" not in message
    assert "decompressed content" in message and "MB" in message


@pytest.mark.timeout(120)
def test_too_many_pages_are_refused_before_reading(tmp_path):
    writer = PdfWriter()
    for _ in range(pdf_reader.MAX_PAGES + 1):
        writer.add_blank_page(612, 792)
    path = tmp_path / "many.pdf"
    with path.open("wb") as out:
        writer.write(out)
    with pytest.raises(ImportFailure) as failure:
        parse_report(path)
    assert f"{pdf_reader.MAX_PAGES + 1} pages" in str(failure.value)
    assert f"at most {pdf_reader.MAX_PAGES}" in str(failure.value)


@pytest.mark.timeout(60)
def test_a_normal_shared_stream_is_still_read(tmp_path):
    # Sharing a stream is legal: a small one shared by a few pages imports as usual.
    path = _shared_stream_pdf(tmp_path / "shared.pdf", 0.001, 3)
    lines = pdf_reader.read_pdf_lines(path, path.read_bytes())
    assert lines and all("The same words again and again" in line.text for line in lines)


def test_a_huge_scanned_page_is_rendered_within_a_pixel_budget(tmp_path):
    import pypdfium2
    from PIL import Image

    from desktop.ingest import ocr

    # 300 px at 1 dpi: a page 300 inches square, which at 300 dpi would be 8 billion pixels.
    path = tmp_path / "poster.pdf"
    Image.new("L", (300, 300), 255).save(path, "PDF", resolution=1.0)
    page = pypdfium2.PdfDocument(path.read_bytes())[0]
    scale = ocr._render_scale(page)
    assert page.get_width() * page.get_height() * scale * scale <= ocr.MAX_RENDER_PIXELS
    # An ordinary A4 scan keeps its full resolution.
    a4 = tmp_path / "a4.pdf"
    Image.new("L", (1654, 2339), 255).save(a4, "PDF", resolution=200.0)
    assert ocr._render_scale(pypdfium2.PdfDocument(a4.read_bytes())[0]) == ocr.RENDER_DPI / 72
