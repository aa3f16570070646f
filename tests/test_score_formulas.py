"""Score files hold values: a formula, or text a spreadsheet would run as one, is refused with its place,
and nothing is stored."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.snapshots import library_rows

HEADERS = ["Continent", "Region", "Country", "Criminality avg,", "Cocaine trade", "Resilience avg,"]


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "2023_dataset"
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


CASES = {
    "a formula as a score": (
        [HEADERS, ["Europe", "Western Europe", "Belgium", 4.4, "=SUM(4,4)", 7.0]],
        "row 2, column E: '=SUM(4,4)' is a formula",
    ),
    "a formula as a country": (
        [HEADERS, ["Europe", "Western Europe", "=HYPERLINK(\"x\")", 4.4, 8, 7.0]],
        "row 2, column C: '=HYPERLINK(\"x\")' is a formula",
    ),
    "an at-sign call as a region": (
        [HEADERS, ["Europe", "@SUM(1)", "Belgium", 4.4, 8, 7.0]],
        "row 2, column B: '@SUM(1)' is a formula",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_workbook_with_a_formula_is_refused_where_it_is(cli, library_dir, tmp_path, case):
    cli("documents")
    before = library_rows(library_dir)
    rows, expected = CASES[case]
    path = _workbook(tmp_path / "bad.xlsx", rows)
    result = cli("scores", "import", path)
    assert result.code == 1
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{path}: sheet 2023_dataset, ")
    assert expected in lines[0]
    assert library_rows(library_dir) == before


@pytest.mark.parametrize(
    ("cell", "shown"),
    [("=1+1", "'=1+1'"), ("+cmd|' /C calc'!A0", "\"+cmd|' /C calc'!A0\""), ("-Belgique", "'-Belgique'")],
)
def test_a_csv_with_a_formula_as_a_country_is_refused(cli, tmp_path, cell, shown):
    path = tmp_path / "scores_2025.csv"
    path.write_text(f"Country,Cocaine trade\nBelgium,8\n\"{cell}\",6\n", encoding="utf-8")
    result = cli("scores", "import", path)
    assert result.code == 1
    assert f"{path}: CSV, row 3, column A: {shown} is a formula" in result.err


def test_a_signed_number_is_judged_as_a_score_not_as_a_formula(cli, tmp_path):
    path = tmp_path / "scores_2025.csv"
    path.write_text("Country,Cocaine trade\nBelgium,-3\n", encoding="utf-8")
    result = cli("scores", "import", path)
    assert result.code == 1 and "-3 is outside 1 to 10" in result.err


def test_the_long_form_refuses_formulas_too(cli, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("year,country,indicator,score\n2025,Belgium,Cocaine trade,=8\n", encoding="utf-8")
    result = cli("scores", "import", path)
    assert result.code == 1 and "long form, row 2, column D: '=8' is a formula" in result.err
