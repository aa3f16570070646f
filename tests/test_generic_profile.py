"""The generic profile: a real section tree from typography and numbering, captions as notes, no glue."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.ingest.pdf_reader import read_pdf_lines
from desktop.ingest.pipeline import parse_report
from domain.records import ParsedDocument
from tests.generic_report import REPORTS, write_generic_report


def _tree(document: ParsedDocument) -> list[tuple[str, int]]:
    return [(section.title, section.level) for section in document.all_sections()]


@pytest.fixture(params=sorted(REPORTS))
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _parsed(tmp_path: Path, language: str) -> ParsedDocument:
    path = write_generic_report(tmp_path / f"port_review_{language}.pdf", REPORTS[language])
    return parse_report(path, profile="generic")


def test_typography_marks_headings_by_size_rank(tmp_path, language):
    report = REPORTS[language]
    path = write_generic_report(tmp_path / "report.pdf", report)
    lines = read_pdf_lines(path, path.read_bytes())
    levels = {line.text: line.heading_level for line in lines}
    # The title is set large enough to wrap: each of its lines is marked, and only they are level 1.
    assert " ".join(line.text for line in lines if line.heading_level == 1) == report.title
    chapters = [text for kind, text in report.story if kind == "chapter"]
    subs = [text for kind, text in report.story if kind == "sub"]
    assert {levels[text] for text in chapters} == {2}
    assert {levels[text] for text in subs} == {3}
    # Body text and the small italic captions are not headings.
    assert all(line.heading_level is None for line in lines if line.text in report.captions)
    assert sum(1 for line in lines if line.heading_level is None) > 20
    # The running header and the page footer are gone.
    assert not any(report.header in line.text or line.text.startswith("Page ") for line in lines)


def test_generic_pdf_gives_the_exact_section_tree(tmp_path, language):
    report = REPORTS[language]
    document = _parsed(tmp_path, language)
    assert document.profile == "generic"
    assert document.title == report.title
    assert _tree(document) == report.tree
    assert document.notes == report.captions
    assert [p.text for p in document.paragraphs()] == report.paragraphs


def test_no_paragraph_holds_a_heading_or_a_caption(tmp_path, language):
    report = REPORTS[language]
    document = _parsed(tmp_path, language)
    headings = [title for title, _ in report.tree] + report.captions + [report.title]
    for paragraph in document.paragraphs():
        # A paragraph may name a region its heading names; it may not begin or end with a heading.
        for heading in headings:
            assert not paragraph.text.startswith(heading) and not paragraph.text.endswith(heading)
        for caption in report.captions:
            assert caption not in paragraph.text


def test_paragraphs_keep_their_page(tmp_path, language):
    document = _parsed(tmp_path, language)
    pages = [p.page for p in document.paragraphs()]
    assert pages[0] == 1
    assert pages[-1] == 3
    assert pages == sorted(pages)


# Plain text has no typography: numbering, Markdown, letter case and lines set apart must do.
TEXTS = {
    "en": (
        "ANNUAL REVIEW OF BORDER CRIME\n\n"
        "I. Background\n\n"
        "Customs services reported fewer seizures at the land borders this year.\n\n"
        "A. Legal framework\n\n"
        "A law passed in 2019 lets officers search lorries without a warrant.\n"
        "The following measures were taken:\n"
        "1. more scanners at the crossings;\n"
        "2. joint patrols with the neighbours.\n\n"
        "B. Institutions\n\n"
        "Two agencies share the work, which causes delays.\n\n"
        "II. Findings\n\n"
        "Most seizures were made on the northern road.\n\n"
        "Figure 3: Seizures by month\n\n"
        "The peak came in the summer, when traffic is heaviest.\n\n"
        "Regional differences\n\n"
        "The east saw more cigarettes, the west more cannabis.\n\n"
        "Chapter 3 Outlook\n\n"
        "Officers expect the trend to continue next year.\n\n"
        "## Annex\n\n"
        "The figures come from the customs yearbook.\n"
    ),
    "fr": (
        "BILAN ANNUEL DE LA CRIMINALITÉ FRONTALIÈRE\n\n"
        "I. Contexte\n\n"
        "Les douanes ont signalé moins de saisies aux frontières terrestres cette année.\n\n"
        "A. Cadre juridique\n\n"
        "Une loi de 2019 permet aux agents de fouiller les camions sans mandat.\n"
        "Les mesures suivantes ont été prises :\n"
        "1. davantage de scanners aux points de passage ;\n"
        "2. des patrouilles communes avec les voisins.\n\n"
        "B. Institutions\n\n"
        "Deux services se partagent le travail, ce qui cause des retards.\n\n"
        "II. Constats\n\n"
        "La plupart des saisies ont eu lieu sur la route du nord.\n\n"
        "Graphique 3 : Saisies par mois\n\n"
        "Le pic a eu lieu en été, quand le trafic est le plus dense.\n\n"
        "Différences régionales\n\n"
        "L’est a vu plus de cigarettes, l’ouest plus de cannabis.\n\n"
        "Chapitre 3 Perspectives\n\n"
        "Les agents prévoient que la tendance se poursuive l’an prochain.\n\n"
        "## Annexe\n\n"
        "Les chiffres proviennent de l’annuaire des douanes.\n"
    ),
    "es": (
        "INFORME ANUAL SOBRE LA DELINCUENCIA FRONTERIZA\n\n"
        "I. Antecedentes\n\n"
        "Las aduanas registraron menos incautaciones en las fronteras terrestres este año.\n\n"
        "A. Marco jurídico\n\n"
        "Una ley de 2019 permite a los agentes registrar camiones sin orden judicial.\n"
        "Se tomaron las medidas siguientes:\n"
        "1. más escáneres en los pasos fronterizos;\n"
        "2. patrullas conjuntas con los vecinos.\n\n"
        "B. Instituciones\n\n"
        "Dos organismos se reparten el trabajo, lo que causa retrasos.\n\n"
        "II. Resultados\n\n"
        "La mayoría de las incautaciones se hicieron en la carretera del norte.\n\n"
        "Gráfico 3. Incautaciones por mes\n\n"
        "El máximo llegó en verano, cuando el tráfico es más intenso.\n\n"
        "Diferencias regionales\n\n"
        "El este vio más cigarrillos, el oeste más cannabis.\n\n"
        "Capítulo 3 Perspectivas\n\n"
        "Los agentes esperan que la tendencia continúe el año próximo.\n\n"
        "## Anexo\n\n"
        "Las cifras proceden del anuario de aduanas.\n"
    ),
}

TEXT_GOLD = {
    "en": (
        "ANNUAL REVIEW OF BORDER CRIME",
        [
            ("I. Background", 1),
            ("A. Legal framework", 2),
            ("B. Institutions", 2),
            ("II. Findings", 1),
            ("Regional differences", 2),
            ("Chapter 3 Outlook", 1),
            ("Annex", 2),
        ],
        ["Figure 3: Seizures by month"],
    ),
    "fr": (
        "BILAN ANNUEL DE LA CRIMINALITÉ FRONTALIÈRE",
        [
            ("I. Contexte", 1),
            ("A. Cadre juridique", 2),
            ("B. Institutions", 2),
            ("II. Constats", 1),
            ("Différences régionales", 2),
            ("Chapitre 3 Perspectives", 1),
            ("Annexe", 2),
        ],
        ["Graphique 3 : Saisies par mois"],
    ),
    "es": (
        "INFORME ANUAL SOBRE LA DELINCUENCIA FRONTERIZA",
        [
            ("I. Antecedentes", 1),
            ("A. Marco jurídico", 2),
            ("B. Instituciones", 2),
            ("II. Resultados", 1),
            ("Diferencias regionales", 2),
            ("Capítulo 3 Perspectivas", 1),
            ("Anexo", 2),
        ],
        ["Gráfico 3. Incautaciones por mes"],
    ),
}


def test_plain_text_gets_a_tree_from_numbering_case_and_layout(tmp_path, language):
    path = tmp_path / f"border_review_{language}.txt"
    path.write_text(TEXTS[language], encoding="utf-8")
    document = parse_report(path, profile="generic")
    title, tree, captions = TEXT_GOLD[language]
    assert document.title == title
    assert _tree(document) == tree
    assert document.notes == captions
    texts = [p.text for p in document.paragraphs()]
    assert len(texts) == 8
    # The numbered list stays inside its paragraph: list items are not headings.
    assert any(text.count("1. ") == 1 and "2. " in text for text in texts)
    for text in texts:
        assert not any(heading in text for heading, _ in tree)
        assert captions[0] not in text


@pytest.mark.parametrize(
    ("heading", "caption", "paragraph"),
    [
        (
            "Regional overviews and findings",
            "Figure 3.2 Seizure counts, West Africa",
            "Among all regions, West Africa reported the steepest rise in seizures at its ports.",
        ),
        (
            "Aperçus régionaux et constats",
            "Graphique 3.2 Nombre de saisies, Afrique de l’Ouest",
            "De toutes les régions, l’Afrique de l’Ouest a connu la plus forte hausse des saisies.",
        ),
        (
            "Panoramas regionales y hallazgos",
            "Gráfico 3.2 Número de incautaciones, África occidental",
            "De todas las regiones, África occidental registró el mayor aumento de incautaciones.",
        ),
    ],
)
def test_a_caption_right_under_a_heading_is_glued_to_neither(tmp_path, heading, caption, paragraph):
    from tests.generic_report import GenericReport

    # Paragraphs of several lines and two pages, as in any report: the body's line spacing and the
    # running header are then known.
    body = " ".join([paragraph] * 4)
    closing = " ".join(["A second paragraph closes the chapter and says nothing more."] * 4)
    report = GenericReport(
        "Annual port review",
        "Port review",
        [
            ("chapter", heading),
            ("caption", caption),
            ("paragraph", body),
            ("paragraph", closing),
            ("page", ""),
            ("chapter", "Annex"),
            ("paragraph", closing),
        ],
    )
    document = parse_report(write_generic_report(tmp_path / "short.pdf", report), profile="generic")
    assert document.title == "Annual port review"
    assert _tree(document) == [(heading, 1), ("Annex", 1)]
    assert document.notes == [caption]
    assert [p.text for p in document.paragraphs()] == [body, closing, closing]


@pytest.mark.parametrize(
    ("before", "heading", "caption", "after"),
    [
        (
            "Ports on the western coast saw little change.",
            "Regional overviews and findings",
            "Figure 3.2 Seizure counts, West Africa",
            "Among all regions, West Africa reported the steepest rise in seizures.",
        ),
        (
            "Les ports de la côte ouest ont peu changé.",
            "Aperçus régionaux et constats",
            "Graphique 3.2 Nombre de saisies, Afrique de l’Ouest",
            "De toutes les régions, l’Afrique de l’Ouest a connu la plus forte hausse.",
        ),
        (
            "Los puertos de la costa oeste cambiaron poco.",
            "Panoramas regionales y hallazgos",
            "Cuadro 3.2 Número de incautaciones, África occidental",
            "De todas las regiones, África occidental registró el mayor aumento.",
        ),
    ],
)
def test_text_without_blank_lines_keeps_heading_and_caption_apart(tmp_path, before, heading, caption, after):
    # Text extracted from a PDF: no blank line anywhere, which is how the glued paragraphs arose.
    path = tmp_path / "extracted.txt"
    path.write_text(f"{before}\n{heading}\n{caption}\n{after}\n", encoding="utf-8")
    document = parse_report(path, profile="generic")
    assert [p.text for p in document.paragraphs()] == [before, after]
    assert [title for title, _ in _tree(document)][-1] == heading
    assert document.notes == [caption]


def test_body_type_headings_count_when_type_marks_only_the_title(tmp_path):
    from tests.generic_report import GenericReport

    body = " ".join(["Customs officers described the same routes in every port we visited."] * 4)
    report = GenericReport(
        "Port review",
        "Port review · 2026",
        [
            ("plainhead", "1. Scope"),
            ("paragraph", body),
            ("plainhead", "2. Method"),
            ("paragraph", body),
            ("paragraph", "1. This numbered sentence is a list item, not a heading."),
            ("page", ""),
            ("plainhead", "ANNEX ON SOURCES"),
            ("paragraph", body),
        ],
    )
    document = parse_report(write_generic_report(tmp_path / "plain.pdf", report), profile="generic")
    assert document.title == "Port review"
    assert _tree(document) == [("1. Scope", 1), ("2. Method", 1), ("ANNEX ON SOURCES", 1)]
    assert len(document.paragraphs()) == 4
