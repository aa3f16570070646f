"""Bad HTML and Word files fail cleanly: one line naming the file and the cause, the library unchanged."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from db.services.documents import list_documents
from desktop.ops.imports import import_one, import_paths
from tests import layout_fixtures as fx


def _fails_cleanly(library, path: Path, cause: str) -> None:
    before = list_documents(library)
    result = import_one(library, path)
    assert not result.ok
    line = result.line()
    assert "\n" not in line
    assert line.startswith(f"{path}: failed: ")
    assert cause in line
    assert list_documents(library) == before


def test_malformed_html_is_read_as_far_as_it_goes(library, tmp_path: Path) -> None:
    """HTML5 parsers repair what browsers repair: unclosed tags, stray ends. A page that is malformed but
    has text is imported; one whose markup leaves no text fails with one line."""
    page = fx.website_html("en")
    broken = (
        page.replace("</p></div>", "<div>", 5).replace("</section>", "</table></b>").replace("</h4>", "", 3)
    )
    path = tmp_path / "luxembourg_broken_en.html"
    path.write_text(broken[: len(broken) * 3 // 4], encoding="utf-8")  # cut off mid-page, too
    result = import_one(library, path)
    assert result.ok, result.line()
    garbage = tmp_path / "garbage.html"
    garbage.write_bytes(b"<html><body><<<</>>><div <p <!-- never closed")
    _fails_cleanly(library, garbage, "no text")


def test_html_page_without_text(library, tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text(
        "<!DOCTYPE html><html><head><title>Loading</title><script>let x = 'lots of code';</script>"
        "</head><body><div id='app'></div><noscript>Enable JavaScript</noscript></body></html>",
        encoding="utf-8",
    )
    _fails_cleanly(library, path, "no text")


def test_html_page_of_only_furniture(library, tmp_path: Path) -> None:
    path = tmp_path / "menus.htm"
    path.write_text(
        "<html><body><nav><a>Home</a><a>Countries</a></nav><footer>© 2025 Example</footer></body></html>",
        encoding="utf-8",
    )
    _fails_cleanly(library, path, "no text")


@pytest.mark.timeout(120)
def test_fifty_megabyte_html(library, tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    row = "<tr><td>cell</td><td>1.00</td></tr>\n"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("<html><body><table>")
        for _ in range(50 * 1024 * 1024 // len(row) + 1):
            handle.write(row)
        handle.write("</table></body></html>")
    assert path.stat().st_size >= 50 * 1024 * 1024
    _fails_cleanly(library, path, "MB")


def test_docx_that_is_a_renamed_zip(library, tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "not a Word document")
    _fails_cleanly(library, path, "not a Word document")


def test_docx_that_is_not_even_a_zip(library, tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(b"just some bytes, not a zip at all" * 10)
    _fails_cleanly(library, path, "not a Word document")


def test_password_protected_docx(library, tmp_path: Path) -> None:
    # Word stores an encrypted .docx in an OLE compound file (CFB), not a zip.
    path = tmp_path / "locked.docx"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 4096)
    _fails_cleanly(library, path, "password")


def test_a_bad_file_does_not_stop_the_batch(library, tmp_path: Path) -> None:
    bad = tmp_path / "locked.docx"
    bad.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 4096)
    good = fx.write_website_html(tmp_path, "fr")
    results = list(import_paths(library, [tmp_path]))
    assert [r.ok for r in results] == [False, True] or [r.ok for r in results] == [True, False]
    assert len(list_documents(library)) == 1
    assert {r.path for r in results} == {bad, good}


def test_a_page_saved_complete_imports_once_without_its_assets(library, tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    page = folder / "Luxembourg - Index.html"
    page.write_text(fx.website_html("en"), encoding="utf-8")
    assets = folder / "Luxembourg - Index_files"
    assets.mkdir()
    (assets / "ad-frame.html").write_text("<html><body><p>Buy now, a great offer for you today only.</p>")
    (assets / "style.css").write_text("body { color: red }")
    results = list(import_paths(library, [folder]))
    assert [(r.path, r.ok) for r in results] == [(page, True)]


def test_an_old_page_laid_out_with_a_table_keeps_its_article(library, tmp_path: Path) -> None:
    cells = "".join(
        f"<tr><td><a href='/'>Home</a></td><td><h2>Part {n}</h2><p>An invented paragraph number {n} of an "
        f"old web page, long enough to read as prose.</p></td></tr>"
        for n in range(1, 4)
    )
    path = tmp_path / "old_page.html"
    path.write_text(f"<html><body><table><tr><td>2.5</td><td>Scores</td></tr>{cells}</table></body></html>")
    from desktop.ingest.pipeline import parse_report

    parsed = parse_report(path)
    texts = [p.text for p in parsed.paragraphs()]
    assert sum("An invented paragraph number" in text for text in texts) == 3
    assert not any("Home" in text or "2.5" in text or "Scores" in text for text in texts)
    assert parsed.set_aside["page furniture"] >= 3
