"""Dossier export: a PDF read back with pypdf, safe with hostile notes; open formats; round trip."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

HOSTILE = "Groupe à suivre <b> & <img src='/etc/passwd'/> — Türkiye, Łódź, Nguyễn Văn Đức, « guillemets » ’"


@pytest.fixture
def bookmarked(cli, sample_library_copy):
    """A copy of the sample library (imported with facts) and three bookmarks."""
    outline = cli("outline", "--json").json()[0]
    by_indicator = {
        p["indicator"]: p for s in outline["sections"] for n in [s, *s["sections"]] for p in n["paragraphs"]
    }
    cli(
        "bookmark",
        "add",
        by_indicator["cocaine_trade"]["id"],
        "--quote",
        "la Mocro Mafia",
        "--note",
        HOSTILE,
        "--tag",
        "drogues",
        "--color",
        "red",
    )
    cli(
        "bookmark",
        "add",
        by_indicator["cannabis_trade"]["id"],
        "--tag",
        "drogues",
        "--note",
        "Note longue. " * 420,
    )
    cli("bookmark", "add", by_indicator["prevention"]["id"], "--tag", "autre")
    return cli


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_pdf_has_every_excerpt_note_and_provenance(bookmarked, tmp_path):
    out = tmp_path / "dossier.pdf"
    result = bookmarked(
        "export", out, "--tag", "drogues", "--title", "Cocaïne et cannabis", "--author", "A. Analyste"
    )
    assert result.code == 0 and "2 excerpts" in result.out
    reader = PdfReader(out)
    text = _pdf_text(out)
    assert "Cocaïne et cannabis" in text and "A. Analyste" in text and "Contents" in text
    assert "la Mocro Mafia" in text and "Le Luxembourg est à la fois un pays de transit" in text
    assert "<img src='/etc/passwd'/>" in text and "Türkiye, Łódź, Nguyễn Văn Đức" in text  # printed literally
    assert "luxembourg_2025_fr.txt" in text and "paragraph 11" in text and "sha256" in text
    assert "Appendix: entities" in text and "Mocro Mafia — excerpts 1" in text
    assert reader.metadata.title == "Cocaïne et cannabis" and reader.metadata.author == "A. Analyste"
    assert 4 <= len(reader.pages) <= 8  # cover, contents, entries (the 5,000-character note flows), appendix
    assert "prévenir" not in text  # the other tag's bookmark stayed out


def test_pdf_fonts_are_embedded(bookmarked, tmp_path):
    """Every font that draws text is embedded. (ReportLab's page preamble selects Helvetica in an empty
    text object that draws nothing; pypdf's text visitor reports only fonts that draw text.)"""
    out = tmp_path / "dossier.pdf"
    bookmarked("export", out)
    drawing: dict[str, object] = {}

    def visit(text, _cm, _tm, font, _size):
        if text.strip() and font is not None:
            drawing[str(font["/BaseFont"])] = font

    for page in PdfReader(out).pages:
        page.extract_text(visitor_text=visit)
    assert drawing and all("DejaVuSans" in name for name in drawing)
    for font in drawing.values():
        descendant = font.get("/DescendantFonts")  # type: ignore[attr-defined]
        descriptor = (descendant[0].get_object() if descendant else font)["/FontDescriptor"].get_object()
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_existing_files_are_replaced_only_with_force(bookmarked, tmp_path):
    out = tmp_path / "dossier.pdf"
    out.write_bytes(b"precious")
    refused = bookmarked("export", out)
    assert refused.code == 1 and "already exists; use --force" in refused.err
    assert out.read_bytes() == b"precious"
    assert bookmarked("export", out, "--force").code == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_failed_exports_leave_nothing_behind(bookmarked, tmp_path):
    assert bookmarked("export", tmp_path / "missing" / "d.pdf").code == 1
    assert bookmarked("export", tmp_path / "d.docx").code == 1
    empty = bookmarked("export", tmp_path / "d.pdf", "--tag", "absent")
    assert empty.code == 1 and "nothing to export" in empty.err
    assert list(tmp_path.glob("*d.*")) == [] and not (tmp_path / "missing").exists()


def test_markdown_and_csv(bookmarked, tmp_path):
    bookmarked("export", tmp_path / "d.md", "--tag", "drogues")
    markdown = (tmp_path / "d.md").read_text(encoding="utf-8")
    assert "==la Mocro Mafia==" in markdown and HOSTILE in markdown
    bookmarked("export", tmp_path / "d.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "d.csv").read_text(encoding="utf-8"))))
    assert len(rows) == 3 and rows[0]["quote"] == "la Mocro Mafia" and rows[0]["note"] == HOSTILE


def test_search_results_as_a_dossier(bookmarked, tmp_path):
    result = bookmarked("export", tmp_path / "s.pdf", "--query", "Rotterdam")
    assert result.code == 0 and "1 excerpts" in result.out
    assert "1 excerpt from 1 report, search « Rotterdam »" in _pdf_text(tmp_path / "s.pdf")


def test_web_annotations_round_trip_into_a_new_library(bookmarked, sample_report, tmp_path, capsys):
    from desktop.cli import main

    first = tmp_path / "first.json"
    bookmarked("export", first)
    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["type"] == "AnnotationCollection" and data["total"] == 3
    item = data["first"]["items"][0]
    assert {s["type"] for s in item["target"]["selector"]} == {"TextQuoteSelector", "TextPositionSelector"}

    other = tmp_path / "other-library"
    capsys.readouterr()
    assert main(["--library", str(other), "import", "--no-facts", str(sample_report)]) == 0
    assert main(["--library", str(other), "annotations", "import", str(first)]) == 0
    assert "3 annotations imported" in capsys.readouterr().out
    second = tmp_path / "second.json"
    assert main(["--library", str(other), "export", str(second)]) == 0

    def comparable(path: Path) -> list[tuple]:
        items = json.loads(path.read_text(encoding="utf-8"))["first"]["items"]
        return sorted(
            (
                json.dumps(i["body"], sort_keys=True),
                json.dumps(i["target"]["selector"], sort_keys=True),
                i["excerpta:color"],
            )
            for i in items
        )

    assert comparable(first) == comparable(second)

    # Not only the same as itself: every selector is where the document's own text says it must be.
    import sqlite3

    with sqlite3.connect(other / "library.sqlite") as connection:
        [text] = [row[0] for row in connection.execute("SELECT normalised_text FROM documents")]
    expected_notes = {HOSTILE, ("Note longue. " * 420).strip(), None}  # notes are stored stripped
    for path in (first, second):
        items = json.loads(path.read_text(encoding="utf-8"))["first"]["items"]
        assert len(items) == 3
        for item in items:
            selectors = {s["type"]: s for s in item["target"]["selector"]}
            quote, position = selectors["TextQuoteSelector"], selectors["TextPositionSelector"]
            assert text.count(quote["exact"]) == 1, quote["exact"][:40]  # one place, found by hand below
            start = text.index(quote["exact"])
            end = start + len(quote["exact"])
            assert (position["start"], position["end"]) == (start, end)
            assert quote["prefix"] == text[max(0, start - 32) : start] and len(quote["prefix"]) == 32
            assert quote["suffix"] == text[end : end + 32] and len(quote["suffix"]) == 32
        selectors = [s for i in items for s in i["target"]["selector"]]
        exacts = {s["exact"] for s in selectors if s["type"] == "TextQuoteSelector"}
        assert "la Mocro Mafia" in exacts
        notes = {
            next((b["value"] for b in i["body"] if b.get("purpose") == "commenting"), None) for i in items
        }
        assert notes == expected_notes, notes


def test_excerpts_carry_their_score_and_the_countries_get_a_chart_page(bookmarked, tmp_path):
    from tests.score_fixtures import invented_score, write_invented_scores

    assert bookmarked("scores", "import", write_invented_scores(tmp_path / "scores.csv")).code == 0
    out = tmp_path / "scored.pdf"
    assert bookmarked("export", out, "--tag", "drogues").code == 0
    pages = [page.extract_text() for page in PdfReader(out).pages]
    chart_pages = [n for n, text in enumerate(pages) if "Bars: indicator scores" in text]
    assert len(chart_pages) == 1
    chart = pages[chart_pages[0]]
    assert (
        "Index scores: Luxembourg, 2025" in chart and "Index scores: Luxembourg, 2025" in pages[1]
    )  # contents
    assert "Criminality 5.25" in chart and "Resilience 6.5" in chart
    assert "black tick: the 2023 score" in chart
    assert chart.count("Trafficking") + chart.count("trafficking") >= 2  # the indicator labels are drawn
    cocaine = invented_score("LU", "cocaine_trade", 2025)
    text = "\n".join(pages)
    assert f"Cocaine trade ({cocaine:g}/10)" in text  # an English dossier names indicators in English
    assert f"Index score 2025: {cocaine:g} / 10" in text
    # the chart page comes before the excerpts, after the contents
    assert chart_pages[0] < next(
        n for n, t in enumerate(pages) if "1. Luxembourg" in t and "Contents" not in t
    )
    assert bookmarked("export", tmp_path / "scored.csv", "--tag", "drogues").code == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "scored.csv").read_text(encoding="utf-8"))))
    assert {r["indicator"]: float(r["indicator_score"]) for r in rows}["cocaine_trade"] == cocaine


def test_the_chart_page_looks_right_when_rendered(bookmarked, tmp_path):
    """pdftoppm renders the chart page; its bars are in the pillar colours."""
    import shutil
    import subprocess

    from PySide6.QtGui import QColor, QImage

    from desktop.scores_display import PILLAR_COLOURS
    from tests.score_fixtures import write_invented_scores

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    bookmarked("scores", "import", write_invented_scores(tmp_path / "scores.csv"))
    out = tmp_path / "scored.pdf"
    bookmarked("export", out, "--tag", "drogues")
    page = next(
        n for n, p in enumerate(PdfReader(out).pages, start=1) if "Bars: indicator" in p.extract_text()
    )
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-f", str(page), "-l", str(page), out, tmp_path / "chart"],
        check=True,
    )
    image = QImage(str(next(tmp_path.glob("chart*.png"))))
    seen = {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
    }
    for colour in PILLAR_COLOURS.values():
        wanted = QColor(colour)
        assert any(
            abs(QColor(c).red() - wanted.red())
            + abs(QColor(c).green() - wanted.green())
            + abs(QColor(c).blue() - wanted.blue())
            < 30
            for c in seen
        ), colour
