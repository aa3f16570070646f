"""A dossier to hand to a superior, in the language the analyst picks: read back with pypdf.

Three reports in three languages: the bundled French sample (Luxembourg 2025) and two short reports
written here for the test (an English one and a Spanish one, invented, in our own words).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.dossier.i18n import Words

ENGLISH_REPORT = """CRIMINAL MARKETS
COCAINE TRADE
Portugal sees cocaine come in by sea from Brazil, and cocaine seized at the port of Sines
rose again last year. Couriers working for the Mocro Mafia were arrested in Lisbon.

Cannabis resin crosses the country by road from Morocco on its way to Spain and France, in
lorries that also carry fruit.
"""

SPANISH_REPORT = """MERCADOS CRIMINALES
COMERCIO DE COCAÍNA
Chile es un país de tránsito para la cocaína que sale de Bolivia y del Perú hacia Europa; los
puertos del norte concentran las incautaciones de los últimos años.

Las bandas que controlan el narcomenudeo en Santiago recurren cada vez más a la extorsión de
pequeños comercios.
"""

# Headings and labels of the English dossier that must not appear in a French one.
ENGLISH_WORDS = [
    "Contents",
    "Appendix",
    "Purpose:",
    "Prepared by",
    "Tags:",
    "Facts:",
    "excerpts",
    "Index score",
    "paragraph ",
    "imported",
    " edition",
    "Criminal groups",
    "Places",
    "Commodities",
    "reports",
    "Publisher not recorded",
]


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _flat(text: str) -> str:
    """pypdf breaks lines where the PDF wraps them: compare text with single spaces."""
    return " ".join(text.split())


@pytest.fixture
def three_reports(cli, sample_report, tmp_path):  # type: ignore[no-untyped-def]
    english = tmp_path / "portugal_2023_en.txt"
    english.write_text(ENGLISH_REPORT, encoding="utf-8")
    spanish = tmp_path / "chile_2025_es.txt"
    spanish.write_text(SPANISH_REPORT, encoding="utf-8")
    for report in (sample_report, english, spanish):
        assert cli("import", report).code == 0, report
    outlines = cli("outline", "--json").json()

    def paragraphs(node):  # type: ignore[no-untyped-def]
        yield from node.get("paragraphs", [])
        for child in node.get("sections", []):
            yield from paragraphs(child)

    found = {}
    for outline in outlines:
        for section in outline["sections"]:
            for p in paragraphs(section):
                found[p["id"]] = p["text"]

    def paragraph(words: str) -> int:
        return next(pid for pid, text in found.items() if words in " ".join(text.split()))

    cocaine_lu = paragraph("La cocaïne arrive")
    # 1: a quote inside the Luxembourg cocaine paragraph that leaves out « Mocro Mafia »
    assert cli("bookmark", "add", cocaine_lu, "--quote", "La cocaïne arrive", "--tag", "drogues").code == 0
    # 2: the Portuguese paragraph, whole: it names cocaine twice and the Mocro Mafia once
    assert cli("bookmark", "add", paragraph("Portugal sees cocaine"), "--tag", "drogues").code == 0
    # 3: the Chilean cocaine paragraph, whole
    assert cli("bookmark", "add", paragraph("Chile es un país"), "--tag", "drogues").code == 0
    # 4: another tag: stays out
    assert cli("bookmark", "add", paragraph("Cannabis resin"), "--tag", "autre").code == 0
    documents = cli("documents", "--json").json()
    return cli, documents, found, cocaine_lu


def _export(cli, out: Path, language: str) -> str:  # type: ignore[no-untyped-def]
    result = cli(
        "export",
        out,
        "--tag",
        "drogues",
        "--language",
        language,
        "--title",
        "Cocaïne : trois pays",
        "--author",
        "A. Analyste",
        "--purpose",
        "Note pour la direction",
    )
    assert result.code == 0, result.err
    return _text(out)


def test_a_french_dossier_has_no_english_heading(three_reports, tmp_path):
    cli, _documents, _found, _lu = three_reports
    text = _export(cli, tmp_path / "fr.pdf", "fr")
    flat = _flat(text)
    for word in ENGLISH_WORDS:
        assert word not in flat, word
    words = Words("fr")
    assert "Sommaire" in flat and "Annexe : entités" in flat and "Établi par A. Analyste" in flat
    assert words.long_date(date.today()) in flat  # « 30 novembre 2026 »
    assert "3 extraits tirés de 3 rapports, étiquette « drogues »" in flat
    assert "Objet : Note pour la direction" in flat
    # names in French: the excerpts' countries, the Luxembourg paragraph's indicator, the gazetteer's
    # name of the port as the French excerpt wrote it, fact labels
    assert "1. Luxembourg — Commerce de cocaïne" in flat
    assert "2. Portugal" in flat and "3. Chili" in flat and "Chile (CL)" not in flat
    assert "port d’Anvers — extraits 1" in flat and "Port of Antwerp" not in flat
    assert "groupe : Mocro Mafia" in flat and "marchandise : cocaïne" in flat


def test_spanish_and_english_dossiers_speak_their_language(three_reports, tmp_path):
    cli, _documents, _found, _lu = three_reports
    spanish = _flat(_export(cli, tmp_path / "es.pdf", "es"))
    assert "Índice" in spanish and "Anexo: entidades" in spanish and "3 extractos de 3 informes" in spanish
    assert "1. Luxemburgo — Comercio de cocaína" in spanish and "Contents" not in spanish
    assert "Chile (CL)" in spanish and "grupo: Mocro Mafia" in spanish
    english = _flat(_export(cli, tmp_path / "en.pdf", "en"))
    assert "Contents" in english and "3 excerpts from 3 reports, tag « drogues »" in english
    assert "1. Luxembourg — Cocaine trade" in english and "Sommaire" not in english


def test_the_sources_page_cites_every_report(three_reports, tmp_path):
    cli, documents, _found, _lu = three_reports
    text = _export(cli, tmp_path / "fr.pdf", "fr")
    pages = [page.extract_text() for page in PdfReader(tmp_path / "fr.pdf").pages]
    sources = next(_flat(p) for p in pages if Words("fr")["sources_intro"] in _flat(p))
    for document in documents:
        assert document["source_name"] in sources, document["source_name"]
        assert document["sha256"] in sources.replace(" ", ""), document["source_name"]
        assert document["title"] in sources
    assert len(re.findall(r"\[\d\]", sources)) == 3  # one citation per report, none for the other tag
    assert "Français" in sources and "Anglais" in sources and "Espagnol" in sources
    assert "Édition 2023" in sources and "SHA-256" in sources
    assert "Sources" in _flat(text)


def test_no_fact_is_repeated_and_the_appendix_counts_every_excerpt_naming_an_entity(three_reports, tmp_path):
    cli, _documents, found, cocaine_lu = three_reports
    flat = _flat(_export(cli, tmp_path / "en.pdf", "en"))
    # The Portuguese paragraph names cocaine twice: its facts line says it once.
    facts_lines = re.findall(r"Facts: (.*?) (?:Index score|Portugal|Luxembourg|Chile|Chili) ", flat)
    assert facts_lines
    for line in facts_lines:
        items = [item.strip() for item in line.split("; ")]
        assert len(items) == len(set(items)), line
    # Excerpt 1 quotes words without « Mocro Mafia », but its paragraph (printed whole) names it;
    # excerpt 2 names it too: the appendix counts both.
    assert "Mocro Mafia" in " ".join(found[cocaine_lu].split())
    assert "Mocro Mafia — excerpts 1, 2" in flat
    # cocaine: named in all three excerpts
    assert "cocaine — excerpts 1, 2, 3" in flat


def test_dossier_words_fall_back_to_english_for_an_unknown_language():
    words = Words("de")
    assert words.language == "en" and words["contents"] == "Contents"
    assert Words("fr").count(1, "excerpt") == "1 extrait" and Words("fr").count(2, "report") == "2 rapports"
