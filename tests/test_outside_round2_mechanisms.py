"""One small test per mechanism the round-2 outside material showed missing (tests/test_outside_round2.py
has the fixtures end to end): running lines in extracted text, page breaks, capital indicator headings,
Index detection, indicator-named headings elsewhere, country detection, list items and table prose,
groups in apposition, institutions the French model cuts short."""

from __future__ import annotations

from pathlib import Path

import docx

from desktop.facts.engine import Mention
from desktop.facts.extract import _clean_model_mention
from desktop.facts.groups import group_mentions
from desktop.ingest.assemble import assemble
from desktop.ingest.lines import SourceLine, lines_from_text
from desktop.ingest.pipeline import parse_report
from desktop.ingest.profiles.generic import indicator_named_by
from desktop.ingest.profiles.ocindex import OCIndexProfile
from desktop.ingest.text_pages import drop_running_lines
from domain.countries import detect_country

BODY = "The port is busy and the trade grows every year without any sign of slowing down at all."


WORDS = ["alpha", "beta", "gamma", "delta", "epsilon"]


def _pages(count: int, header: str = "ACME OBSERVATORY | NOWHERE") -> str:
    pages = [
        f"{header}\n\nThe {WORDS[n]} part of the body.\n{BODY}\n\nFooter of the report\n{n}"
        for n in range(1, count + 1)
    ]
    return "\f".join(pages)


def test_running_header_footer_and_page_numbers_go_from_form_feed_pages() -> None:
    text, dropped = drop_running_lines(_pages(4))
    assert "ACME OBSERVATORY" not in text and "Footer of the report" not in text
    assert dropped == 12  # header, footer and number on each of 4 pages
    assert text.count(BODY) == 4  # the body repeats here, but it is prose, not a running line
    assert "The gamma part of the body." in text


def test_without_form_feeds_only_lines_beside_page_numbers_go() -> None:
    text, dropped = drop_running_lines(_pages(4).replace("\f", "\n"))
    assert "ACME OBSERVATORY" not in text and "Footer of the report" not in text
    assert dropped > 0
    # A line repeated three times but never beside a page number is content (a heading, a label).
    kept, _ = drop_running_lines("PEOPLE\nSome text.\n\nPEOPLE\nMore text.\n\nPEOPLE\n")
    assert kept.count("PEOPLE") == 3


def test_two_pages_are_too_few_to_tell_running_lines() -> None:
    text, dropped = drop_running_lines("Title\nA.\f Title\nB.")
    assert dropped == 0 and "Title" in text


def test_a_form_feed_is_a_page_break_that_ends_no_paragraph() -> None:
    lines = lines_from_text("the trade is con-\n\n\ftrolled by brokers.")
    assert lines[1].break_before
    blocks = assemble(lines, lambda _lines, _i: None)
    assert [b.text for b in blocks] == ["the trade is controlled by brokers."]


def test_capital_indicator_headings_give_the_indicator_and_the_score(tmp_path: Path) -> None:
    text = (
        "CRIMINAL MARKETS\nDRUGS\nCOCAINE TRADE\n6.50\nCocaine arrives by sea and is sold on.\n\n"
        "HEROIN TRADE\n2.00\nHeroin is rare.\n\nRESILIENCE\nLEADERSHIP AND GOVERNANCE\n"
        "INTERNATIONAL COOPERATION\n5.00\nThe country cooperates.\n"
    )
    path = tmp_path / "summary_2021.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_report(path)
    assert parsed.layout == "pdf summary"
    # Out of the taxonomy's order (cocaine before heroin): the headings decide, not the order.
    assert [(p.indicator_key, p.text) for p in parsed.paragraphs()] == [
        ("cocaine_trade", "Cocaine arrives by sea and is sold on."),
        ("heroin_trade", "Heroin is rare."),
        ("international_cooperation", "The country cooperates."),
    ]
    assert parsed.stated_scores == {
        "cocaine_trade": 6.5,
        "heroin_trade": 2.0,
        "international_cooperation": 5.0,
    }


def test_one_index_section_heading_does_not_make_an_index_summary() -> None:
    lines = [
        SourceLine("Drogues", heading_level=2),
        SourceLine("La consommation progresse.", gap_before=True),
    ]
    assert OCIndexProfile().detect(lines) == 0.0
    three = [SourceLine(t, gap_before=True) for t in ("MARCHÉS CRIMINELS", "DROGUES", "RÉSILIENCE")]
    assert OCIndexProfile().detect(three) > 0.1


def test_a_marked_heading_the_index_does_not_know_is_never_glued_to_its_paragraph(tmp_path: Path) -> None:
    html = (
        "<html><body><main><h2>MARCHÉS CRIMINELS</h2><h3>DROGUES</h3><h3>RÉSILIENCE</h3>"
        "<h2>Routes maritimes</h2><p>La cocaïne arrive par la mer et repart par la route vers le nord.</p>"
        "</main></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    parsed = parse_report(path)
    assert [p.text for p in parsed.paragraphs()] == [
        "La cocaïne arrive par la mer et repart par la route vers le nord."
    ]


def test_a_heading_named_after_an_indicator_links_only_when_it_is_the_indicator_s_own_name() -> None:
    assert indicator_named_by("Commerce de cocaïne") == "cocaine_trade"
    assert indicator_named_by("Cocaine trade 6.5") == "cocaine_trade"
    assert indicator_named_by("Comercio de cocaína") == "cocaine_trade"
    assert indicator_named_by("Drogues") is None
    assert indicator_named_by("Routes maritimes") is None
    assert indicator_named_by("Financial crimes") is None  # also a section's name: the whole field


def test_a_country_is_the_subject_only_when_it_stands_out() -> None:
    neighbours = "Cocaine comes from Colombia and Colombia again; it goes to Spain and Brazil."
    assert detect_country(neighbours) is None
    subject = "Peru grows coca. Peru exports it. In Peru, Spain's brokers buy it."
    found = detect_country(subject)
    assert found is not None and found.iso == "PE"
    alone = "The ports of Chile are busy."
    found = detect_country(alone)
    assert found is not None and found.iso == "CL"


def test_word_list_items_are_paragraphs_and_table_prose_is_kept(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Los puntos de salida son:")
    document.add_paragraph("el muelle norte", style="List Bullet")
    document.add_paragraph("la terminal sur", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Ruta", "Toneladas"
    table.rows[1].cells[0].text = "Norte"
    table.rows[1].cells[1].text = "La carga viaja de noche en cajas de fruta refrigerada hasta el puerto."
    merged = document.add_table(rows=1, cols=2)
    merged.rows[0].cells[0].merge(
        merged.rows[0].cells[1]
    ).text = "Una celda unida que se lee una sola vez en total."
    path = tmp_path / "memo.docx"
    document.save(str(path))
    parsed = parse_report(path)
    assert [p.text for p in parsed.paragraphs()] == [
        "Los puntos de salida son:",
        "el muelle norte",
        "la terminal sur",
        "La carga viaja de noche en cajas de fruta refrigerada hasta el puerto.",
        "Una celda unida que se lee una sola vez en total.",
    ]
    assert parsed.set_aside["page furniture"] == 1  # the header row of labels


def test_html_list_items_are_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "list.html"
    path.write_text(
        "<html><body><main><h1>Note</h1><p>Les ports concernés sont :</p><ul><li>le port nord</li>"
        "<li>le quai sud</li></ul></main></body></html>",
        encoding="utf-8",
    )
    assert [p.text for p in parse_report(path).paragraphs()] == [
        "Les ports concernés sont :",
        "le port nord",
        "le quai sud",
    ]


def test_a_name_in_apposition_to_a_group_noun_is_a_group() -> None:
    for text, language, name in (
        ("La Brigade Noire, un groupe plus récent, vend de la résine.", "fr", "Brigade Noire"),
        ("The Red Lions, a rival gang, sell pills.", "en", "Red Lions"),
        ("Los Halcones, una banda local, cobran peajes.", "es", "Halcones"),
    ):
        found = [text[m.start : m.end] for m in group_mentions(text, language, None, set())]
        assert name in " ".join(found), (text, found)
    working = "La Commission Nord, un groupe de travail, se réunit."
    assert group_mentions(working, "fr", None, set()) == []


def test_an_institution_the_model_cut_after_its_head_word_gets_its_whole_name() -> None:
    text = "L’Office régional des stupéfiants de Port-Sérane coopère avec Europol."
    cleaned = _clean_model_mention(Mention(0, 8, "L’Office", "MISC", None), text)
    assert cleaned is not None and cleaned.label == "institution"
    assert text[cleaned.start : cleaned.end] == "Office régional des stupéfiants"
    # A head word alone, or followed by a verb, is no name.
    assert _clean_model_mention(Mention(0, 7, "Service", "MISC", None), "Service rendu.") is None


def test_a_figure_counts_no_words_of_the_next_quantity_and_a_spelled_lapse_of_time_is_none() -> None:
    from desktop.facts.rules import figures

    text = "La douane a saisi 3,5 tonnes deux ans plus tôt, et les prix ont baissé en trois ans."
    found = [(text[f.start : f.end], f.data["unit"], f.data["counts"]) for f in figures(text)]
    assert found == [("3,5 tonnes", "tonnes", "")]
    labs = "Deux laboratoires ont été démantelés."
    assert [labs[f.start : f.end] for f in figures(labs)] == ["Deux laboratoires"]
    served = "He served 10 years in prison."
    assert [served[f.start : f.end] for f in figures(served)] == ["10 years"]
