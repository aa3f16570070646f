"""The repair rules one by one: hyphens, lines, headings, alignment, detection."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.ingest.hyphenation import Lexicon, join_hyphenated
from desktop.ingest.language import detect_language
from desktop.ingest.lines import lines_from_text
from desktop.ingest.pipeline import parse_report


@pytest.mark.parametrize(
    ("left", "right", "document", "expected"),
    [
        ("la blan-", "chiment d’argent", "le blanchiment", "la blanchiment d’argent"),
        ("l’organisation Infor-", "Drogues offre", "", "l’organisation Infor-Drogues offre"),
        ("les Pays-", "Bas et", "", "les Pays-Bas et"),
        ("des cas cyber-", "facilités", "", "des cas cyber-facilités"),
        ("des extorsions cyber-", "facilitées", "les cyber-facilitées", "des extorsions cyber-facilitées"),
        ("une conven-", "tion", "", "une convention"),
        ("le nord-", "est du pays", "le nord-est", "le nord-est du pays"),
        ("sans trait", "suivant", "", None),
    ],
)
def test_line_end_hyphens(left, right, document, expected):
    assert join_hyphenated(left, right, Lexicon([document])) == expected


@pytest.mark.parametrize(
    ("left", "right", "document", "expected"),
    [
        # only the last part of a compound decides: "cyber" is a hyphenating prefix, "franco-cyber" is not
        ("les réseaux franco-cyber-", "criminels", "", "les réseaux franco-cyber-criminels"),
        # a digit after the break keeps the hyphen, even when letters follow it
        ("l’article L-", "5a du code", "", "l’article L-5a du code"),
    ],
)
def test_line_end_hyphens_in_compounds_and_codes(left, right, document, expected):
    assert join_hyphenated(left, right, Lexicon([document])) == expected


def test_the_lexicon_counts_the_words_of_lines_that_end_in_a_hyphen():
    lexicon = Lexicon(["le blanchiment d’argent-", "les Pays-Bas"])
    assert "argent" in lexicon and "blanchiment" in lexicon and "Pays-Bas" in lexicon
    assert "argen" not in lexicon and "l" not in lexicon


def test_text_lines_mark_gaps_and_page_break_artefacts():
    lines = lines_from_text("Un\r\n\r\n deux\rtrois\n\n\nquatre  cinq \n six\nsept\nhuit\n")
    assert [(line.text, line.gap_before, line.break_before) for line in lines] == [
        ("Un", False, False),
        ("deux", True, True),
        ("trois", False, False),
        ("quatre cinq", True, False),
        ("six", False, True),
        ("sept", False, False),
        ("huit", False, False),
    ]


def test_indented_paragraphs_are_paragraphs_not_page_breaks():
    lines = lines_from_text("  First paragraph line\nwraps here.\n  Second paragraph\nwraps too.\n")
    assert [line.gap_before for line in lines] == [True, False, True, False]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le pays est une plaque tournante pour les trafics de la région.", "fr"),
        ("The country is a hub for the trafficking of drugs and of arms.", "en"),
        ("El país es un centro para el tráfico de drogas y de armas en la región.", "es"),
    ],
)
def test_language_detection(text, language):
    assert detect_language(text) == language


ENGLISH_2021 = """CRIMINAL MARKETS
PEOPLE
Human trafficking is widespread in the country, with victims from the region.

Human smuggling routes cross the northern border towards the coast.
TRADE
Arms trafficking is limited and mostly involves handguns.
ENVIRONMENT
Flora crimes involve illegal logging of protected timber.

Fauna crimes include the trade in ivory and live birds.

Non-renewable resource crimes concern illegal gold mining.
DRUGS
The heroin trade is small.

The cocaine trade is growing through the main port.

The cannabis trade is local.

The synthetic drug trade is marginal.
CRIMINAL ACTORS
Mafia-style groups are not present.

Criminal networks dominate drug distribution.

State-embedded actors facilitate smuggling at the border.

Foreign actors from neighbouring countries are active.
RESILIENCE
LEADERSHIP AND GOVERNANCE
Political leadership has made organized crime a priority.

Government transparency and accountability remain weak.

International cooperation is active.

National policies and laws are in place.
CRIMINAL JUSTICE AND SECURITY
The judicial system and detention are under strain.

Law enforcement lacks resources.

Territorial integrity is challenged at the border.
ECONOMIC AND FINANCIAL ENVIRONMENT
Anti-money laundering rules are weak.

Economic regulatory capacity is limited.
CIVIL SOCIETY AND SOCIAL PROTECTION
Victim and witness support is provided by NGOs.

Prevention programmes exist in schools.

Non-state actors, including the media, are free.
"""


def test_english_2021_summary_uses_the_smaller_taxonomy(tmp_path: Path):
    path = tmp_path / "ghana_2021_en.txt"
    path.write_text(ENGLISH_2021, encoding="utf-8")
    document = parse_report(path)
    assert (document.profile, document.language, document.country_iso, document.edition) == (
        "ocindex",
        "en",
        "GH",
        2021,
    )
    keys = [p.indicator_key for p in document.paragraphs()]
    assert len(keys) == 26  # 10 markets, 4 actor types, 12 resilience indicators
    assert "extortion_protection_racketeering" not in keys and "private_sector_actors" not in keys
    assert keys[:3] == ["human_trafficking", "human_smuggling", "arms_trafficking"]
    assert document.title == "Ghana: country summary 2021"


def test_a_missing_paragraph_is_aligned_by_its_words(tmp_path: Path):
    text = ENGLISH_2021.replace("The heroin trade is small.\n\n", "")
    path = tmp_path / "ghana_2021_en.txt"
    path.write_text(text, encoding="utf-8")
    drugs = next(s for s in parse_report(path).all_sections() if s.key == "drugs")
    assert [p.indicator_key for p in drugs.paragraphs] == [
        "cocaine_trade",
        "cannabis_trade",
        "synthetic_drug_trade",
    ]


def test_generic_profile_for_other_reports(tmp_path: Path):
    path = tmp_path / "notes.md"
    path.write_text(
        "# Port security review\n\nIntro paragraph about the port.\n\n## Findings\n\nFirst finding is"
        " long\nand wraps.\n\nSecond finding.\n\nANNEX ON\nMETHODS\nHow we worked.\n",
        encoding="utf-8",
    )
    document = parse_report(path)
    assert document.profile == "generic"
    assert document.title == "Port security review"
    titles = [(s.title, s.level) for s in document.all_sections()]
    assert titles == [("Port security review", 1), ("Findings", 2), ("ANNEX ON METHODS", 1)]
    assert [p.text for p in document.paragraphs()] == [
        "Intro paragraph about the port.",
        "First finding is long and wraps.",
        "Second finding.",
        "How we worked.",
    ]


def test_profile_can_be_forced(cli, sample_report):
    result = cli("import", "--no-facts", sample_report, "--profile", "generic")
    assert result.code == 0
    document = cli("outline", "--json").json()[0]
    assert all(p["indicator"] is None for s in document["sections"] for p in s["paragraphs"])
