"""Acceptance on the real Belgian report (French, 2025), read from ../shared, and its re-encodings."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from domain.taxonomy import load_taxonomy
from tests.outline_helpers import paragraphs, section_tree
from tests.report_pdf import blocks_from_outline, write_two_column_pdf

EXPECTED_TREE = [
    (
        "MARCHÉS CRIMINELS",
        [
            "PERSONNES",
            "COMMERCE",
            "ENVIRONNEMENT",
            "DROGUES",
            "CRIMINALITÉ CYBERDÉPENDANTE",
            "CRIMINALITÉ FINANCIÈRE",
        ],
    ),
    ("ACTEURS DE LA CRIMINALITÉ", []),
    (
        "RÉSILIENCE",
        [
            "LEADERSHIP ET GOUVERNANCE",
            "JUSTICE PÉNALE ET SÉCURITÉ",
            "ENVIRONNEMENT ÉCONOMIQUE ET FINANCIER",
            "SOCIÉTÉ CIVILE ET PROTECTION SOCIALE",
        ],
    ),
]


def _imported_outline(cli, path: Path) -> dict:
    result = cli("import", "--no-facts", path)  # the paragraphs are compared here, not the facts
    assert result.code == 0, result.out + result.err
    outlines = cli("outline", "--json").json()
    assert len(outlines) == 1
    return outlines[0]


@pytest.fixture
def real_outline(real_cli) -> dict:
    """The outline of the session's real library (the report imported once per run, with facts)."""
    outlines = real_cli("outline", "--json").json()
    assert len(outlines) == 1
    return outlines[0]


def test_real_report_has_three_pillars_and_their_sections(real_outline):
    document = real_outline
    assert section_tree(document) == EXPECTED_TREE
    assert document["country"] == "Belgique"
    assert document["country_iso"] == "BE"
    assert document["language"] == "fr"
    assert document["edition"] == 2025


def test_real_report_has_32_paragraphs_each_with_its_indicator(real_outline):
    found = paragraphs(real_outline)
    assert [indicator for _, indicator, _ in found] == [i.key for i in load_taxonomy().indicators]
    assert found[0][1] == "human_trafficking" and found[-1][1] == "non_state_actors"
    actors = [text for path, _, text in found if path == ("ACTEURS DE LA CRIMINALITÉ",)]
    assert len(actors) == 5


def test_no_paragraph_is_cut_at_a_page_break(real_outline):
    found = paragraphs(real_outline)
    for _, indicator, text in found:
        assert text[0].isupper(), f"{indicator} starts mid-sentence: {text[:40]!r}"
        assert text.rstrip()[-1] in ".»)", f"{indicator} ends mid-sentence: {text[-40:]!r}"
        assert "  " not in text and "\n" not in text
    by_indicator = {indicator: text for _, indicator, text in found}
    # The three kinds of page-break damage in this report, each repaired:
    assert (
        "l’extorsion n’est pas considérée comme un marché"
        in by_indicator["extortion_protection_racketeering"]
    )
    assert "reste faible. La Cellule de traitement" in by_indicator["private_sector_actors"]
    assert "trafic de diamants et de bois" in by_indicator["private_sector_actors"]
    assert "La Direction centrale de la lutte" in by_indicator["law_enforcement"]


def test_real_hyphens_survive_line_ends(real_outline):
    texts = " ".join(text for _, _, text in paragraphs(real_outline))
    assert "Infor-Drogues" in texts
    assert "InforDrogues" not in texts
    assert "cyber-facilités" in texts
    assert "Pays-Bas" in texts


def test_funding_note_is_kept_apart_from_the_content(real_outline):
    document = real_outline
    assert len(document["notes"]) == 1
    assert document["notes"][0].startswith("Ce résumé a été financé")
    assert not any("financé en partie" in text for _, _, text in paragraphs(document))


@pytest.mark.parametrize(
    "variant",
    ["cp1252", "crlf", "bom"],
)
def test_same_result_from_other_encodings_and_line_ends(cli, real_outline, real_report, tmp_path, variant):
    reference = paragraphs(real_outline)
    text = real_report.read_text(encoding="utf-8")
    copy = tmp_path / f"belgique_{variant}.txt"
    if variant == "cp1252":
        copy.write_bytes(text.encode("cp1252"))
    elif variant == "crlf":
        copy.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    else:
        copy.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert paragraphs(_imported_outline(cli, copy)) == reference


def test_same_result_from_a_two_column_pdf(cli, real_outline, tmp_path):
    document = real_outline
    reference = paragraphs(document)
    pdf = write_two_column_pdf(tmp_path / "belgique_2025.pdf", blocks_from_outline(document))
    assert len(PdfReader(pdf).pages) >= 3  # several pages, so page breaks and columns are exercised
    from_pdf = _imported_outline(cli, pdf)
    assert paragraphs(from_pdf) == reference
    assert from_pdf["notes"] == document["notes"]
    pages = [p["page"] for s in from_pdf["sections"] for p in s["paragraphs"]]
    assert all(isinstance(page, int) and page >= 1 for page in pages)
    texts = " ".join(text for _, _, text in paragraphs(from_pdf))
    assert "RAPPORT PAYS" not in texts  # the running header is gone
