"""Bad input never crashes, names the file and the cause in one line, and leaves the library as it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from tests.report_pdf import write_two_column_pdf
from tests.snapshots import library_rows


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    return path


def _blank(tmp_path: Path) -> Path:
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \n\r\n \t\n")
    return path


def _binary(tmp_path: Path) -> Path:
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 64)
    return path


def _fake_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "report.pdf"
    path.write_text("This is plain text with a .pdf name.\n", encoding="utf-8")
    return path


def _truncated_pdf(tmp_path: Path) -> Path:
    whole = write_two_column_pdf(tmp_path / "whole.pdf", [("paragraph", "Un paragraphe assez long. " * 40)])
    path = tmp_path / "truncated.pdf"
    path.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    whole.unlink()
    return path


def _encrypted_pdf(tmp_path: Path) -> Path:
    return write_two_column_pdf(
        tmp_path / "secret.pdf", [("paragraph", "Texte confidentiel du rapport.")], password="s3cret"
    )


def _scanned_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "scan.pdf"
    page = canvas.Canvas(str(path))
    page.rect(100, 100, 300, 500, fill=1)  # a picture of a page, no text layer
    page.showPage()
    page.save()
    return path


def _empty_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "nothing-here"
    folder.mkdir()
    (folder / "notes.odt").write_bytes(b"PK\x03\x04")  # .docx is read now; OpenDocument is not
    return folder


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "does-not-exist.txt"


BAD_INPUTS = {
    "empty file": (_empty, "empty file"),
    "blank file": (_blank, "empty file"),
    "binary file": (_binary, "binary file"),
    "pdf name, not a pdf": (_fake_pdf, "not a PDF"),
    "truncated pdf": (_truncated_pdf, "truncated"),
    "encrypted pdf": (_encrypted_pdf, "encrypted PDF"),
    "pdf without text": (_scanned_pdf, "no text layer"),
    "folder without reports": (_empty_folder, "no reports in this folder"),
    "missing path": (_missing, "no such file"),
}


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_fails_in_one_line_and_changes_nothing(
    cli, sample_library_copy, library_dir, tmp_path, case
):
    before = library_rows(library_dir)
    make, cause = BAD_INPUTS[case]
    bad = make(tmp_path)
    result = cli("import", bad)
    assert result.code != 0
    lines = result.out.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"{bad}: failed: ")
    assert cause in lines[0]
    assert "Traceback" not in result.out + result.err
    assert library_rows(library_dir) == before


def test_unreadable_file_is_reported(cli, tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("MARCHÉS CRIMINELS\nTexte.\n", encoding="utf-8")
    if os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads everything: make the OS refuse the read the way it would for a normal user
        real_open = os.open

        def refuse(name: object, flags: int, *args: object, **kwargs: object) -> int:
            if Path(str(name)) == path:
                raise PermissionError(13, "Permission denied", str(name))
            return real_open(name, flags, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "open", refuse)
    result = cli("import", path)
    assert result.code == 1
    assert result.out.strip() == f"{path}: failed: permission denied: the file cannot be read"


def test_a_batch_goes_on_past_a_bad_file(cli, sample_report, tmp_path):
    bad = _fake_pdf(tmp_path)
    result = cli("import", bad, sample_report)
    assert result.code == 1
    lines = result.out.strip().splitlines()
    assert lines[0].startswith(f"{bad}: failed:")
    assert lines[1].startswith(f"{sample_report}: imported")
    assert len(cli("documents", "--json").json()) == 1


def test_a_folder_imports_the_reports_inside_it(cli, sample_report, real_report, tmp_path):
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_bytes(sample_report.read_bytes())
    (folder / "sub" / "b.txt").write_bytes(real_report.read_bytes())
    (folder / "ignored.odt").write_bytes(b"PK")  # not a format Excerpta reads (.docx is one now)
    result = cli("import", "--no-facts", folder)  # folders are the point here, not facts
    assert result.code == 0, result.out
    assert [line.split(": ")[1].split(" (")[0] for line in result.out.splitlines()] == [
        "imported",
        "imported",
    ]
    assert {d["country_iso"] for d in cli("documents", "--json").json()} == {"LU", "BE"}


def test_unknown_document_reference_is_an_error(cli):
    result = cli("remove", "Atlantis")
    assert result.code == 1
    assert "Atlantis: no such document" in result.err
