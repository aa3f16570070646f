"""Exports safe to open and safe to ask for: CSV cells never run as formulas, a huge note cannot stall the
PDF, and a folder that cannot be written gets one line that says so."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.mounts import read_only

FORMULAS = ["=cmd|' /C calc'!A0", "+HYPERLINK(\"http://example.invalid\")", "@SUM(1)", "-2+3", "\tx", "\rx"]


@pytest.fixture
def one_paragraph(cli, sample_report) -> int:
    assert cli("import", "--no-facts", sample_report).code == 0
    outline = cli("outline", "--json").json()[0]
    return next(p["id"] for s in outline["sections"] for n in [s, *s["sections"]] for p in n["paragraphs"])


def test_csv_cells_that_start_a_formula_are_neutralised(cli, one_paragraph, tmp_path):
    for formula in FORMULAS:
        assert cli("bookmark", "add", one_paragraph, f"--note={formula}", "--tag", "=1+1").code == 0
    out = tmp_path / "d.csv"
    assert cli("export", out).code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    notes = sorted(row["note"] for row in rows)
    # The note is stored stripped (tab and CR at its ends go); every cell still starting a formula is quoted.
    assert all(note.startswith("'") or note == "x" for note in notes), notes
    assert "'=cmd|' /C calc'!A0" in notes and "'@SUM(1)" in notes and "'-2+3" in notes
    assert all(row["tags"] == "'=1+1" for row in rows)
    assert all(row["n"].isdigit() for row in rows)  # numbers stay numbers


def test_a_cell_that_starts_with_a_tab_or_return_is_neutralised():
    from desktop.dossier.formats import inert_cell

    assert inert_cell("\t=1") == "'\t=1" and inert_cell("\r=1") == "'\r=1"
    assert inert_cell("Le trafic") == "Le trafic" and inert_cell(-3) == -3


@pytest.mark.timeout(240, method="thread")  # ReportLab stalls inside C, out of reach of SIGALRM
def test_a_one_megabyte_note_is_paged_in_the_pdf_and_kept_whole_elsewhere(cli, one_paragraph, tmp_path):
    words = ("Observation du port d'Anvers " + "transbordement " * 6).split()
    note = " ".join(words[i % len(words)] for i in range(140_000))[:1_000_000] + " FIN-DE-NOTE"
    assert len(note) > 1_000_000
    assert cli("bookmark", "add", one_paragraph, "--note", note).code == 0
    pdf = tmp_path / "d.pdf"
    result = cli("export", pdf)
    assert result.code == 0, result.err
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Observation du port d'Anvers" in text
    assert "note continues" in text and "FIN-DE-NOTE" not in text
    for suffix in (".md", ".csv", ".json"):
        out = tmp_path / f"d{suffix}"
        assert cli("export", out).code == 0
        assert "FIN-DE-NOTE" in out.read_text(encoding="utf-8")


def test_a_note_without_spaces_is_cut_into_pieces():
    from desktop.dossier.pdf import NOTE_PDF_LIMIT, NOTE_PIECE, note_parts

    parts = note_parts("x" * (NOTE_PDF_LIMIT + 10))
    assert all(len(p) <= NOTE_PIECE for p in parts[:-1])
    assert "".join(parts[:-1]) == "x" * NOTE_PDF_LIMIT and "10 more characters" in parts[-1]
    assert note_parts("un\n\ndeux trois") == ["un", "deux trois"]


def _one_error_line(result, out: Path) -> str:  # type: ignore[no-untyped-def]
    assert result.code == 1
    assert "Traceback" not in result.out + result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"error: {out}: ")
    return lines[0]


def test_exporting_under_a_file_says_the_folder_is_not_one(cli, one_paragraph, tmp_path):
    """A path whose parent is a file fails for root too."""
    cli("bookmark", "add", one_paragraph)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    for out in (blocker / "d.csv", blocker / "deeper" / "d.pdf"):
        assert "is not a folder" in _one_error_line(cli("export", out), out)


def test_exporting_into_a_read_only_folder_says_so(cli, one_paragraph, tmp_path):
    cli("bookmark", "add", one_paragraph)
    folder = tmp_path / "dvd"
    folder.mkdir()
    with read_only(folder):
        for suffix in (".pdf", ".csv", ".md", ".json"):
            out = folder / f"d{suffix}"
            line = _one_error_line(cli("export", out), out)
            assert "cannot be written" in line
            assert "Read-only file system" in line or "ermission" in line
        assert list(folder.iterdir()) == []
