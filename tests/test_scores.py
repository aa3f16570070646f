"""The Index's published scores: the publisher's real files, bad files, and the scores beside the text."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from db.services.documents import list_documents, outline
from db.services.scores import compare_indicator, country_scores, document_scores
from desktop.ingest.scores import mend_country_name, score_key
from domain.countries import iso_for_name
from domain.taxonomy import load_taxonomy
from tests.conftest import SHARED
from tests.snapshots import library_rows

OCINDEX = SHARED / "data" / "ocindex"
WORKBOOK = OCINDEX / "global_oc_index_2021_2023.xlsx"
WIDE_2025 = OCINDEX / "ocindex_2025_dataset_reconstructed.csv"
LONG = OCINDEX / "ocindex_scores_long_2021_2023_2025.csv"


def _real(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"score file not available at {path}")
    return path


# --- the publisher's quirks ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Criminality avg,", "criminality"),
        ("Criminality avg. (computed)", "criminality"),
        ("Criminal markets avg.", "criminal_markets"),
        ("Resilience", "resilience"),
        ("Cocaine trade", "cocaine_trade"),
        ("Trade in counterfeit goods", "counterfeit_goods"),
        ("Cyber-dependent crimes", "cyber_dependent_crimes"),
        ("Commerce de cocaïne", "cocaine_trade"),
        ("Banana exports", None),
    ],
)
def test_headers_map_to_the_outline_keys(header, key):
    assert score_key(header) == key


@pytest.mark.parametrize(
    ("name", "mended", "iso"),
    [
        ("Congo, Dem, Rep,", "Congo, Dem. Rep.", "CD"),
        ("Congo, Rep,", "Congo, Rep.", "CG"),
        ("St, Vincent and the Grenadines", "St. Vincent and the Grenadines", "VC"),
        ("Korea, DPR", "Korea, DPR", "KP"),
        ("Türkiye", "Türkiye", "TR"),
        ("Belgium", "Belgium", "BE"),
    ],
)
def test_country_names_are_mended_and_matched(name, mended, iso):
    assert mend_country_name(name) == mended
    assert iso_for_name(mended) == iso


def test_countries_are_found_by_name_in_three_languages_and_by_code():
    assert {iso_for_name(n) for n in ("Belgique", "Bélgica", "Belgium", "BE", "bel")} == {"BE"}
    assert iso_for_name("Pays-Bas") == "NL"
    assert iso_for_name("Atlantis") is None


# --- acceptance on the real files -----------------------------------------------------------------------


def test_belgium_2023_matches_the_workbook_cell_for_cell(cli, library):
    workbook = _real(WORKBOOK)
    result = cli("scores", "import", workbook)
    assert result.code == 0, result.err
    assert "edition 2023: 193 countries imported" in result.out
    assert "edition 2021: 193 countries imported" in result.out

    sheet = openpyxl.load_workbook(workbook, read_only=True)["2023_dataset"]
    rows = list(sheet.iter_rows(values_only=True))
    headers, belgium = rows[0], next(r for r in rows if r[2] == "Belgium")
    shown = cli("scores", "show", "Belgium", "--edition", "2023", "--json").json()
    stored = country_scores(library, "BE", 2023)
    assert stored is not None
    everything = {k: s.score for k, s in {**stored.pillars, **stored.indicators}.items()}
    everything |= {"criminality": shown["criminality"], "resilience": shown["resilience"]}
    compared = 0
    for header, cell in zip(headers[3:], belgium[3:], strict=True):
        assert everything[score_key(header)] == cell, header
        compared += 1
    assert compared == 36  # 32 indicators and 4 averages
    assert shown["indicators"] == {k: v for k, v in everything.items() if load_taxonomy().indicator(k)}


def test_the_same_file_again_changes_nothing_and_says_so(cli, library_dir):
    cli("scores", "import", _real(WIDE_2025))
    before = library_rows(library_dir)
    again = cli("scores", "import", _real(WIDE_2025))
    assert again.code == 0
    assert "edition 2025: 193 countries unchanged (the same file as before)" in again.out
    assert library_rows(library_dir) == before


def test_2021_has_the_smaller_taxonomy(cli, library):
    cli("scores", "import", _real(WORKBOOK))
    belgium_2021 = country_scores(library, "BE", 2021)
    assert belgium_2021 is not None
    assert len(belgium_2021.indicators) == 26  # 10 markets, 4 actor types, 12 resilience indicators
    assert "financial_crimes" not in belgium_2021.indicators
    assert belgium_2021.indicators["cocaine_trade"].score == 7.5
    # 2023 changes are measured from 2021 where 2021 had the indicator, and from nothing where it had not
    belgium_2023 = country_scores(library, "BE", 2023)
    assert belgium_2023 is not None
    assert belgium_2023.indicators["cocaine_trade"].change == 0.5
    assert belgium_2023.indicators["financial_crimes"].previous is None


def test_belgium_2025_from_the_wide_csv(cli):
    result = cli("scores", "import", _real(WIDE_2025))
    assert result.code == 0, result.err
    shown = cli("scores", "show", "Belgique", "--json").json()
    assert set(shown) == {"country", "iso", "edition", "criminality", "resilience", "indicators"}
    assert (shown["iso"], shown["edition"]) == ("BE", 2025)
    assert (shown["criminality"], shown["resilience"]) == (4.82, 7.17)
    assert shown["indicators"]["cocaine_trade"] == 8
    assert shown["indicators"]["cannabis_trade"] == 6.5
    assert len(shown["indicators"]) == 32


def test_the_long_csv_agrees_with_the_workbook_and_the_wide_csv(cli, library_dir, library):
    cli("scores", "import", _real(WORKBOOK))
    cli("scores", "import", _real(WIDE_2025))
    before = library_rows(library_dir)["scores"]
    result = cli("scores", "import", _real(LONG))
    assert result.code == 0, result.err
    for edition, source in ((2021, WORKBOOK.name), (2023, WORKBOOK.name), (2025, WIDE_2025.name)):
        assert f"edition {edition}: 193 countries replaced (was from {source})" in result.out
    after = library_rows(library_dir)["scores"]
    # same editions, countries, keys and values; only row ids and mended names could differ
    assert sorted(r[1:3] + r[4:] for r in before) == sorted(r[1:3] + r[4:] for r in after)


def test_the_cocaine_paragraph_of_the_belgian_report_has_8_beside_it(cli, library, real_report):
    cli("import", "--no-facts", real_report)
    cli("scores", "import", _real(WIDE_2025))
    cli("scores", "import", _real(WORKBOOK))
    document = list_documents(library)[0]
    scores = document_scores(library, [document.id])[document.id]
    cocaine = next(
        p
        for o in outline(library, [document.id])
        for section in o.sections
        for s in [section, *section.sections]
        for p in s.paragraphs
        if p.indicator == "cocaine_trade"
    )
    assert scores[cocaine.indicator].score == 8
    assert (scores[cocaine.indicator].previous, scores[cocaine.indicator].previous_edition) == (8, 2023)
    assert scores["synthetic_drug_trade"].change == 0.0


def test_compare_one_indicator_across_countries_with_paragraphs(cli, library, real_report):
    cli("import", "--no-facts", real_report)
    cli("scores", "import", _real(WIDE_2025))
    found = cli("scores", "compare", "cocaine_trade", "Belgium", "Netherlands", "France", "--json").json()
    assert found["indicator"] == "cocaine_trade"
    assert [(c["iso"], c["score"]) for c in found["countries"]] == [("BE", 8), ("NL", 8), ("FR", 7.5)]
    belgium = found["countries"][0]
    assert belgium["paragraph"] and "cocaïne" in belgium["paragraph"]
    assert found["countries"][1]["paragraph"] is None  # no Dutch report in this library
    assert compare_indicator(library, "cocaine_trade", ["BE"])[0].paragraph_id == belgium["paragraph_id"]


def test_search_filters_and_sorts_by_score(cli, real_report, sample_report):
    cli("import", "--no-facts", real_report, sample_report)
    cli("scores", "import", _real(WIDE_2025))
    high = cli("search", "score:>=7", "--limit", "100", "--json").json()
    assert high["total"] > 0
    assert all(h["indicator_score"] >= 7 for h in high["hits"])
    assert {h["indicator"] for h in high["hits"]} >= {"cocaine_trade", "international_cooperation"}
    everything = cli("search", "trafic", "--sort", "score", "--limit", "100", "--json").json()
    scores = [h["indicator_score"] or 0 for h in everything["hits"]]
    assert len(scores) > 5 and scores == sorted(scores, reverse=True)
    plain = cli("search", "trafic", "--limit", "100", "--json").json()
    assert [h["indicator_score"] or 0 for h in plain["hits"]] != scores  # relevance order is another order


def test_a_score_range_never_finds_unscored_paragraphs(cli, tmp_path, real_report, sample_report):
    cli("import", "--no-facts", real_report, sample_report)
    scores = tmp_path / "scores_2025.csv"
    scores.write_text("Country,Cocaine trade,Heroin trade\nBelgium,8,2\n", encoding="utf-8")
    assert cli("scores", "import", scores).code == 0
    low = cli("search", "score:<4", "--limit", "100", "--json").json()
    assert [(h["country"], h["indicator"], h["indicator_score"]) for h in low["hits"]] == [
        ("BE", "heroin_trade", 2.0)
    ]
    everything = cli("search", "trafic", "--sort", "score", "--limit", "100", "--json").json()["hits"]
    assert everything[0]["indicator_score"] == 8.0 and everything[-1]["indicator_score"] is None


def test_scores_imported_after_the_reports_reach_the_index(cli, real_report):
    cli("import", "--no-facts", real_report)
    assert cli("search", "score:>=7", "--json").json()["total"] == 0
    cli("scores", "import", _real(WIDE_2025))
    assert cli("search", "score:>=7", "--json").json()["total"] > 0


# --- bad files ------------------------------------------------------------------------------------------

INDEX_HEADERS = ["Continent", "Region", "Country", "Criminality avg,", "Cocaine trade", "Resilience avg,"]


def _workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def _good_rows() -> list[list[object]]:
    return [
        INDEX_HEADERS,
        ["Europe", "Western Europe", "Belgium", 4.4, 8, 7.0],
        ["Africa", "Central Africa", "Congo, Dem, Rep,", 7.5, 5, 3.5],
    ]


def test_an_own_small_workbook_imports(cli, tmp_path):
    path = _workbook(tmp_path / "small.xlsx", {"2023_dataset": _good_rows()})
    result = cli("scores", "import", path)
    assert result.code == 0, result.err
    shown = cli("scores", "show", "CD", "--json").json()
    assert (shown["criminality"], shown["indicators"]) == (7.5, {"cocaine_trade": 5})


BAD_CASES = {
    "missing sheet": ({"Notes": [["nothing here"]]}, "no sheet for an edition"),
    "foreign headers": (
        {"2023_dataset": [["Country", "Population", "GDP"], ["Belgium", 11, 600]]},
        "sheet 2023_dataset, row 1, column B: 'Population' is not a heading of the Index",
    ),
    "text in a score cell": (
        {"2023_dataset": [INDEX_HEADERS, ["Europe", "Western Europe", "Belgium", 4.4, "high", 7.0]]},
        "sheet 2023_dataset, row 2, column E (Cocaine trade): 'high' is not a score",
    ),
    "score above 10": (
        {"2023_dataset": [*_good_rows(), ["Europe", "Western Europe", "France", 5, 12, 6]]},
        "sheet 2023_dataset, row 4, column E (Cocaine trade): 12 is outside 1 to 10",
    ),
    "score below 1": (
        {"2023_dataset": [INDEX_HEADERS, ["Europe", "Western Europe", "Belgium", 0, 8, 7.0]]},
        "sheet 2023_dataset, row 2, column D (Criminality avg,): 0 is outside 1 to 10",
    ),
    "unknown country": (
        {"2023_dataset": [INDEX_HEADERS, ["Europe", "Nowhere", "Atlantis", 4, 8, 7.0]]},
        "sheet 2023_dataset, row 2, column C (Country): unknown country 'Atlantis'",
    ),
    "indicator the edition lacks": (
        {"2021_dataset": [["Country", "Financial crimes"], ["Belgium", 6.5]]},
        "sheet 2021_dataset, row 1, column B: 'Financial crimes' is not an indicator of the 2021 edition",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_a_bad_workbook_changes_nothing_and_says_where(cli, library_dir, tmp_path, case):
    cli("scores", "import", _workbook(tmp_path / "good.xlsx", {"2023_dataset": _good_rows()}))
    before = library_rows(library_dir)
    sheets, expected = BAD_CASES[case]
    path = _workbook(tmp_path / "bad.xlsx", sheets)
    result = cli("scores", "import", path)
    assert result.code == 1
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith(f"{path}: ")
    assert expected in lines[0]
    assert library_rows(library_dir) == before


def test_a_bad_csv_and_a_file_that_is_no_workbook(cli, sample_library_copy, library_dir, tmp_path):
    """Each refused file leaves every table as it was, in a library holding a report and scores."""
    from tests.score_fixtures import write_invented_scores

    assert cli("scores", "import", write_invented_scores(tmp_path / "invented.csv")).code == 0
    before = library_rows(library_dir)
    assert before["documents"] and before["scores"]  # something a bad import could damage
    wide = tmp_path / "scores_2025.csv"
    wide.write_text("Country,Cocaine trade\nBelgium,8\nFrance,eight\n", encoding="utf-8")
    result = cli("scores", "import", wide)
    assert result.code == 1
    assert f"{wide}: CSV, row 3, column B (Cocaine trade): 'eight' is not a score" in result.err
    assert library_rows(library_dir) == before  # not even Belgium's good row 2
    no_year = tmp_path / "scores.csv"
    no_year.write_text("Country,Cocaine trade\nBelgium,8\n", encoding="utf-8")
    assert "give it with --edition YEAR" in cli("scores", "import", no_year).err
    assert library_rows(library_dir) == before
    assert cli("scores", "import", no_year, "--edition", "2025").code == 0
    after_good = library_rows(library_dir)
    assert after_good != before  # the good file did change something: the snapshot can see a change
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    result = cli("scores", "import", fake)
    assert result.code == 1 and result.err.startswith(f"{fake}: not a readable XLSX workbook")
    assert library_rows(library_dir) == after_good


def test_show_and_compare_say_what_is_missing(cli):
    assert "no scores for Belgium" in cli("scores", "show", "Belgium").err
    assert "unknown country 'Atlantis'" in cli("scores", "show", "Atlantis").err
    assert "unknown indicator 'bananas'" in cli("scores", "compare", "bananas", "BE").err
