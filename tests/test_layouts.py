"""Every layout of the Index's country page, in French, English and Spanish: text copied from the website,
a saved HTML page, a Word file with heading styles, indicator blocks out of order, a printed PDF.

Each must give the 32 paragraphs of the gold (tests/layout_fixtures.py) with the right indicators, the
scores printed beside the headings, the country and the stated edition; page furniture is set aside.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.ingest.pipeline import parse_report
from domain.records import ParsedDocument
from tests import layout_fixtures as fx

LANGUAGES = ["fr", "en", "es"]


def check_against_gold(parsed: ParsedDocument, language: str, *, scores: bool = True) -> None:
    expected = fx.gold(language)
    paragraphs = parsed.paragraphs()
    found = [(p.indicator_key, p.text) for p in paragraphs]
    # 32 of 32, each with its own indicator and exactly its own text: no heading, score, menu,
    # definition or footer glued into it, and nothing of the page's furniture as a paragraph.
    assert len(found) == 32, [t[:40] for _, t in found]
    assert dict(found) == dict(expected.paragraphs)
    for paragraph in paragraphs:
        assert not re.search(r"\b\d{1,2}[.,]\d{1,2}\b(?! ?%)", paragraph.text[:40]), paragraph.text
        assert parsed.normalised_text[paragraph.start : paragraph.end] == paragraph.text
    assert parsed.country_iso == expected.country_iso
    assert parsed.edition == expected.edition
    assert parsed.language == language
    if scores:
        assert parsed.stated_scores == expected.scores


@pytest.mark.parametrize("language", LANGUAGES)
def test_website_text_copied_from_a_browser(tmp_path: Path, language: str) -> None:
    parsed = parse_report(fx.write_website_text(tmp_path, language))
    check_against_gold(parsed, language)
    assert parsed.profile == "ocindex"
    assert parsed.layout == "website"
    # The menu (6 lines), the country line, the aggregates, "share", the top-markets list and its
    # heading, the definitions heading and its three entries, the footer (4 lines) are set aside.
    assert parsed.set_aside["page furniture"] >= 15
    # The summary above the first pillar is prose about the country: kept as a note, not a paragraph.
    assert any(fx.PAGE[language]["summary"] in note for note in parsed.notes)


@pytest.mark.parametrize("language", LANGUAGES)
def test_website_text_in_another_order(tmp_path: Path, language: str) -> None:
    path = fx.write_website_text(tmp_path, language, order="shuffled")
    text = path.read_text(encoding="utf-8")
    first = fx.indicator_heading(fx.gold(language).paragraphs[0][0], language)
    second = fx.indicator_heading(fx.gold(language).paragraphs[1][0], language)
    assert text.index(first + " ") > text.index(second + " ") or text.index(first + " ") > len(text) // 3
    parsed = parse_report(path)
    check_against_gold(parsed, language)
    assert parsed.layout == "website"


@pytest.mark.parametrize("language", LANGUAGES)
def test_saved_html_page(tmp_path: Path, language: str) -> None:
    parsed = parse_report(fx.write_website_html(tmp_path, language))
    check_against_gold(parsed, language)
    assert parsed.layout == "website"
    assert parsed.set_aside["page furniture"] >= 5  # header, nav, score table, asides, footer
    assert "dataLayer" not in parsed.normalised_text  # scripts are never text
    assert "9.99" not in parsed.normalised_text


@pytest.mark.parametrize("language", LANGUAGES)
def test_word_file_with_heading_styles(tmp_path: Path, language: str) -> None:
    parsed = parse_report(fx.write_docx(tmp_path, language))
    check_against_gold(parsed, language)
    assert parsed.layout == "website"
    assert fx.PAGE[language]["footer"][-1] not in parsed.normalised_text  # the running footer


@pytest.mark.parametrize("language", LANGUAGES)
def test_pdf_with_bold_sentence_case_headings(tmp_path: Path, language: str) -> None:
    # Passes from line layout alone (each heading is a line of its own); with PDF typography the
    # headings are marked by the source, and only marked lines are headings.
    parsed = parse_report(fx.write_pdf(tmp_path, language))
    check_against_gold(parsed, language)


def test_markup_headings_win_over_letter_case(tmp_path: Path) -> None:
    """An upper-case line the markup calls body text stays text; a sentence-case line the markup calls a
    heading is one."""
    import docx

    document = docx.Document()
    document.add_heading("Cocaine trade 8.0", level=3)
    document.add_paragraph("PEOPLE")
    document.add_paragraph("Cocaine lands in Antwerp and travels by road to Luxembourg.")
    document.add_heading("Human trafficking", level=3)
    document.add_paragraph("Victims come mainly from Eastern Europe and work in hotels.")
    document.add_heading("Heroin trade", level=3)
    document.add_paragraph("Heroin arrives in small amounts from the Netherlands.")
    for heading in ("Cannabis trade", "Fauna crimes", "Flora crimes"):
        document.add_heading(heading, level=3)
        document.add_paragraph(f"Short invented text on {heading.lower()} in this country, for the test.")
    path = tmp_path / "luxembourg_short.docx"
    document.save(str(path))
    parsed = parse_report(path)
    by_key = {p.indicator_key: p.text for p in parsed.paragraphs()}
    assert by_key["cocaine_trade"] == "PEOPLE Cocaine lands in Antwerp and travels by road to Luxembourg."
    assert by_key["human_trafficking"].startswith("Victims come")
    assert parsed.stated_scores["cocaine_trade"] == 8.0


def test_pdf_summary_layout_still_reads_the_sample(sample_report: Path) -> None:
    parsed = parse_report(sample_report)
    assert parsed.layout == "pdf summary"
    assert len(parsed.paragraphs()) == 32
    assert parsed.stated_scores == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_score_on_the_line_after_its_heading(tmp_path: Path, language: str) -> None:
    """Some browsers copy a heading and the score floated beside it as two lines."""
    headings = {fx.indicator_heading(key, language) for key, _ in fx.gold(language).paragraphs}
    lines = []
    for line in fx.website_text(language).splitlines():
        name, _, score = line.rpartition(" ")
        lines.extend([name, score] if name in headings else [line])
    path = tmp_path / f"luxembourg_two_lines_{language}.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    check_against_gold(parse_report(path), language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_saved_page_without_landmarks_goes_through_the_boilerplate_remover(
    tmp_path: Path, language: str
) -> None:
    page = fx.website_html(language)
    for landmark in ("header", "nav", "main", "aside", "footer"):
        page = page.replace(f"<{landmark}", "<div").replace(f"</{landmark}>", "</div>")
    path = tmp_path / f"luxembourg_divs_{language}.html"
    path.write_text(page, encoding="utf-8")
    parsed = parse_report(path)
    check_against_gold(parsed, language)
    assert parsed.set_aside["page furniture"] >= 10


def test_a_report_with_a_few_indicator_chapters_is_not_a_country_page(tmp_path: Path) -> None:
    """Another publisher's report with chapters named like indicators keeps every paragraph."""
    import docx

    document = docx.Document()
    document.add_heading("Organised crime in the region", level=1)
    document.add_paragraph("This invented study looks at three markets in a small region of Europe.")
    for heading in ("Cocaine trade", "Human trafficking", "Arms trafficking"):
        document.add_heading(heading, level=2)
        document.add_paragraph(f"Invented findings on {heading.lower()} over the last decade, in short.")
    document.add_heading("Conclusion", level=2)
    document.add_paragraph("The three markets share routes, brokers and the same ports of entry.")
    path = tmp_path / "regional_study.docx"
    document.save(str(path))
    parsed = parse_report(path)
    assert (parsed.profile, parsed.layout) == ("generic", "generic")
    assert len(parsed.paragraphs()) == 5


@pytest.mark.parametrize("language", LANGUAGES)
def test_website_text_saved_wrapped_without_blank_lines(tmp_path: Path, language: str) -> None:
    """The page's text wrapped at 70 columns by an editor, with no blank line anywhere."""
    import textwrap

    wrapped = [part for line in fx.website_text(language).splitlines() for part in textwrap.wrap(line, 70)]
    path = tmp_path / f"luxembourg_wrapped_{language}.txt"
    path.write_text("\n".join(wrapped), encoding="utf-8")
    check_against_gold(parse_report(path), language)


def test_word_heading_styles_in_french_and_spanish_and_by_outline_level(tmp_path: Path) -> None:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from desktop.ingest.docx_reader import read_docx

    document = docx.Document()
    document.styles.add_style("Titre 2", WD_STYLE_TYPE.PARAGRAPH)
    document.styles.add_style("Título 3", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("Marchés criminels", style="Titre 2")
    document.add_paragraph("Trata de personas", style="Título 3")
    by_hand = document.add_paragraph("Commerce de cocaïne")
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "3")
    by_hand._p.get_or_add_pPr().append(level)
    document.add_paragraph("CRIMINAL MARKETS")
    path = tmp_path / "styles.docx"
    document.save(str(path))
    lines = read_docx(path, path.read_bytes()).lines
    assert [(line.text, line.heading_level) for line in lines] == [
        ("Marchés criminels", 2),
        ("Trata de personas", 3),
        ("Commerce de cocaïne", 4),
        ("CRIMINAL MARKETS", None),
    ]
