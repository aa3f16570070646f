"""What a clean clone can test without ../shared: every format and repair, on fixtures made on the spot
from the bundled sample (a two-column PDF, cp1252, CRLF, a BOM), the index's crash repair, and scores
reaching the index from a CSV written here."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from db.search.service import search
from db.search.sync import sync_index
from db.services.documents import store_document
from desktop.ingest.pipeline import parse_report
from domain.taxonomy import load_taxonomy
from tests.outline_helpers import paragraphs
from tests.report_pdf import blocks_from_outline, write_two_column_pdf
from tests.score_fixtures import invented_score, write_invented_scores


@pytest.fixture
def sample_outline(sample_cli) -> dict:
    [outline] = sample_cli("outline", "--json").json()
    return outline


def _imported(cli, path) -> dict:
    result = cli("import", "--no-facts", path)
    assert result.code == 0 and ": imported (" in result.out, result.out + result.err
    [outline] = cli("outline", "--json").json()
    return outline


@pytest.mark.parametrize("variant", ["cp1252", "crlf", "bom", "cr"])
def test_the_sample_in_other_encodings_and_line_ends_gives_the_same_paragraphs(
    cli, sample_outline, sample_report, tmp_path, variant
):
    text = sample_report.read_text(encoding="utf-8")
    copy = tmp_path / f"luxembourg_2025_fr_{variant}.txt"
    copy.write_bytes(
        {
            "cp1252": lambda: text.encode("cp1252"),
            "crlf": lambda: text.replace("\n", "\r\n").encode("utf-8"),
            "bom": lambda: b"\xef\xbb\xbf" + text.encode("utf-8"),
            "cr": lambda: text.replace("\n", "\r").encode("utf-8"),
        }[variant]()
    )
    if variant == "cp1252":
        assert b"\xe9" in copy.read_bytes()  # é as one cp1252 byte: really not UTF-8
    outline = _imported(cli, copy)
    assert paragraphs(outline) == paragraphs(sample_outline)
    assert outline["notes"] == sample_outline["notes"]
    assert (outline["country_iso"], outline["edition"], outline["language"]) == ("LU", 2025, "fr")


def test_the_sample_as_a_two_column_pdf_gives_the_same_paragraphs(cli, sample_outline, tmp_path):
    pdf = write_two_column_pdf(tmp_path / "luxembourg_2025_fr.pdf", blocks_from_outline(sample_outline))
    assert len(PdfReader(pdf).pages) >= 2  # a page break and both columns are crossed
    outline = _imported(cli, pdf)
    assert paragraphs(outline) == paragraphs(sample_outline)
    assert outline["notes"] == sample_outline["notes"]
    texts = " ".join(text for _, _, text in paragraphs(outline))
    assert "RAPPORT PAYS" not in texts  # the running header is gone
    pages = [p["page"] for s in outline["sections"] for n in [s, *s["sections"]] for p in n["paragraphs"]]
    assert pages[0] == 1 and pages[-1] >= 2 and pages == sorted(pages)


def test_a_commit_without_its_index_update_is_repaired_at_the_next_sync(library, sample_report, tmp_path):
    """As if the app died between committing a document and indexing it."""
    store_document(library, parse_report(sample_report))
    sync_index(library)
    notes = tmp_path / "notes.md"
    notes.write_text("# Carnet\n\nLe quai numéro sept de Zeebrugge sert aux transbordements.\n", "utf-8")
    store_document(library, parse_report(notes))  # committed, never indexed
    assert search(library, "Zeebrugge").total == 0
    report = sync_index(library)
    assert (report.rebuilt, report.documents_indexed, report.paragraphs_indexed) == (False, 1, 1)
    assert search(library, "Zeebrugge").total == 1
    assert search(library, "cocaïne").total > 0  # the sample was not dropped on the way
    assert sync_index(library).changed is False


def test_scores_imported_after_the_report_reach_the_index(cli, sample_report, tmp_path):
    assert cli("import", "--no-facts", sample_report).code == 0
    assert cli("search", "score:>=7", "--json").json()["total"] == 0
    assert cli("scores", "import", write_invented_scores(tmp_path / "scores.csv")).code == 0
    expected = {
        i.key for i in load_taxonomy().indicators if invented_score("LU", i.key, 2025) >= 7
    }  # computed from the file we wrote, not from a run
    assert expected
    found = cli("search", "score:>=7", "--limit", "100", "--json").json()
    assert {h["indicator"] for h in found["hits"]} == expected
    assert all(h["indicator_score"] == invented_score("LU", h["indicator"], 2025) for h in found["hits"])
