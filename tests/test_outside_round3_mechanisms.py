"""One small test per mechanism the round-3 outside material showed missing (tests/test_outside_round3.py
has the fixtures end to end): Spanish line-end hyphens after a prefix, bullets typed in plain text,
names and place contexts typed without accents, amounts with a currency and thousands separators."""

from __future__ import annotations

import pytest

from desktop.ingest.assemble import assemble
from desktop.ingest.hyphenation import Lexicon, join_hyphenated
from desktop.ingest.lines import lines_from_text

# --- Spanish spelling joins prefixes: "auto-" / "ridades" is a typesetter's break -----------------------


@pytest.mark.parametrize(
    ("left", "right", "language", "expected"),
    [
        ("las auto-", "ridades locales", "es", "las autoridades locales"),
        ("los pro-", "ductores andinos", "es", "los productores andinos"),
        ("los pre-", "cursores químicos", "es", "los precursores químicos"),
        ("la campaña anti-", "OTAN", "es", "la campaña anti-OTAN"),  # before a capital: a real hyphen
        ("des cas cyber-", "facilités", "fr", "des cas cyber-facilités"),  # French keeps its prefixes
        ("des cas cyber-", "facilités", None, "des cas cyber-facilités"),
    ],
)
def test_a_prefix_is_evidence_of_a_hyphen_only_where_spelling_hyphenates_prefixes(
    left: str, right: str, language: str | None, expected: str
) -> None:
    assert join_hyphenated(left, right, Lexicon([""]), language) == expected


def test_assembly_reads_hyphens_by_the_documents_language() -> None:
    lines = lines_from_text("Las auto-\nridades identifican pocas víctimas.")
    assert [b.text for b in assemble(lines, lambda _l, _i: None, language="es")] == [
        "Las autoridades identifican pocas víctimas."
    ]


# --- bullets typed in plain text ---------------------------------------------------------------------


def _texts(text: str) -> list[str]:
    return [b.text for b in assemble(lines_from_text(text), lambda _l, _i: None)]


def test_each_bullet_is_a_paragraph_of_its_own_without_its_bullet() -> None:
    text = (
        "The route is long.\n• Containers are opened at sea.\n• Dock workers\nare paid.\n"
        "- A second route supplies Marseille.\n- Cash goes to Dubai\n\nThe end of the note."
    )
    assert _texts(text) == [
        "The route is long.",
        "Containers are opened at sea.",
        "Dock workers are paid.",  # a wrapped item joins its own lines
        "A second route supplies Marseille.",
        "Cash goes to Dubai",
        "The end of the note.",  # a gap after an item ends it, even without a full stop
    ]


def test_a_list_announced_by_a_colon_splits_at_its_dashes() -> None:
    assert _texts("The exits are:\n- the container quay\n- the fishing port") == [
        "The exits are:",
        "the container quay",
        "the fishing port",
    ]


def test_a_dash_inside_a_wrapped_sentence_is_an_incise_not_an_item() -> None:
    assert _texts("La douane a saisi la cargaison\n– qui venait d’Équateur – au port.") == [
        "La douane a saisi la cargaison – qui venait d’Équateur – au port."
    ]


# --- names and the words before places typed without accents --------------------------------------------


def test_without_accents_keeps_every_offset() -> None:
    from desktop.facts.gazetteer import without_accents

    assert (
        without_accents("Brésil, près d’Anvers, l’Équateur, cœur")
        == "Bresil, pres d’Anvers, l’Equateur, cœur"
    )


def test_the_gazetteer_knows_names_typed_without_their_accents() -> None:
    from desktop.facts.engine import engine_for

    text = "La resine de cannabis du Maroc et la cocaine du Bresil passent par l'Equateur."
    [mentions] = engine_for("fr").mentions([text])
    found = {(m.text, m.label, m.canonical) for m in mentions}
    assert {
        ("resine de cannabis", "commodity", "cannabis"),
        ("Bresil", "country", "Brazil"),
        ("Equateur", "country", "Ecuador"),
    } <= found


def test_a_place_after_a_preposition_typed_without_its_accent_is_tied() -> None:
    from desktop.facts.places import place_mentions

    accented = [(m.start, m.canonical) for m in place_mentions("Elles travaillent à Lisbonne.", "fr", [])]
    bare = [(m.start, m.canonical) for m in place_mentions("Elles travaillent a Lisbonne.", "fr", [])]
    assert accented == bare == [(20, "Lisbon")]
    airport = list(place_mentions("Les controles a l'aeroport de Lisbonne.", "fr", []))
    assert [(m.canonical, "Les controles a l'aeroport de Lisbonne."[m.start : m.end]) for m in airport] == [
        ("Airport of Lisbon", "aeroport de Lisbonne")
    ]


# --- amounts: currencies and thousands separators ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("paid up to €450,000 for each container", "€450,000", 450_000.0, "EUR"),
        ("an estimated USD 2.3 million in 2023", "USD 2.3 million", 2_300_000.0, "USD million"),
        ("it costs $5,000 a crossing", "$5,000", 5_000.0, "USD"),
        ("la aduana incautó 40.000 comprimidos", "40.000 comprimidos", 40_000.0, None),
        ("la douane a saisi 4,5 tonnes", "4,5 tonnes", 4.5, "tonnes"),  # one decimal comma stays decimal
        ("un total de 2.300,5 toneladas", "2.300,5 toneladas", 2_300.5, None),
        ("pour 450 000 € par conteneur", "450 000 €", 450_000.0, "EUR"),  # the symbol after the number
        ("about US$1.2bn in bribes", "about US$1.2bn", 1.2e9, "USD"),  # a scale glued to money
        ("€5m a year", "€5m a year", 5e6, "EUR"),
        ("paid $2023 in cash", "$2023", 2023.0, "USD"),  # money, not a year
    ],
)
def test_amounts_keep_their_currency_and_read_thousands(
    text: str, span: str, value: float, unit: str | None
) -> None:
    from desktop.facts.rules import figures

    [figure] = [f for f in figures(text) if span in text[f.start : f.end]]
    assert not [f for f in figures("a 5m boat")]  # a glued "m" without a currency may be metres
    assert text[figure.start : figure.end] == span
    assert (figure.data["value"], figure.data["unit"]) == (value, unit)


def test_a_known_place_paired_with_a_tied_place_is_a_place_too() -> None:
    from desktop.facts.places import place_mentions

    text = "Las armas proceden de armerías de Texas y Arizona; los laboratorios de Sinaloa y Jalisco."
    found = [text[m.start : m.end] for m in place_mentions(text, "es", [])]
    assert found == ["Texas", "Arizona", "Sinaloa", "Jalisco"]
    # Paired with no place, a weak « de » still ties nothing: « la police de Charleroi et la justice ».
    assert list(place_mentions("la police de Charleroi et la justice", "fr", [])) == []


# --- a page number between the halves of a sentence, in text without form feeds --------------------------


def test_a_page_number_inside_a_sentence_is_dropped_without_form_feeds() -> None:
    from desktop.ingest.text_pages import drop_running_lines

    text = (
        "La cocaína sigue por tierra hacia la\n\n7\n\nfrontera norte del país.\n\n"
        "Las orga-\n8\nnizaciones pagan.\n\nCOMERCIO DE COCAÍNA\n6\nLa cocaína llega.\n\n"
        "Se incautaron en\n2023\nvarias toneladas.\n"
    )
    kept, dropped = drop_running_lines(text)
    blocks = [b.text for b in assemble(lines_from_text(kept), lambda _l, _i: None)]
    assert dropped == 2
    assert "La cocaína sigue por tierra hacia la frontera norte del país." in blocks
    assert "Las organizaciones pagan." in blocks
    assert "6" in kept.split("\n")  # a score under a heading is no page number
    assert "Se incautaron en 2023 varias toneladas." in blocks  # a year alone on a line is text


# --- bullets inside an Index summary read by order -----------------------------------------------------


def test_bulleted_items_in_a_summary_keep_the_indicator_of_the_paragraph_they_continue(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.ingest.pipeline import parse_report

    text = (
        "BELGIQUE\nIndice mondial du crime organisé 2023\n\nMARCHÉS CRIMINELS\n\nDROGUES\n\n"
        "L'héroïne est peu consommée et son commerce reste marginal.\n\n"
        "La cocaïne arrive par le port d'Anvers. Les saisies ont porté sur :\n"
        "- des conteneurs de bananes venus d'Équateur ;\n- des cargaisons de bois venues du Brésil.\n\n"
        "Le cannabis est cultivé dans des plantations intérieures.\n\n"
        "Les drogues de synthèse sont produites dans des laboratoires.\n\n"
        "ACTEURS CRIMINELS\n\nLes groupes de type mafieux sont peu présents.\n\n"
        "Les réseaux criminels dominent le marché.\n\nRÉSILIENCE\n\nLEADERSHIP ET GOUVERNANCE\n\n"
        "Le gouvernement a adopté un plan national.\n"
    )
    path = tmp_path / "belgique_2023.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_report(path)
    assert parsed.layout == "pdf summary"
    drugs = [
        (p.indicator_key, p.text[:12]) for s in parsed.sections for sec in s.walk() for p in sec.paragraphs
    ][:6]
    assert drugs == [
        ("heroin_trade", "L'héroïne es"),
        ("cocaine_trade", "La cocaïne a"),
        ("cocaine_trade", "des conteneu"),
        ("cocaine_trade", "des cargaiso"),
        ("cannabis_trade", "Le cannabis "),
        ("synthetic_drug_trade", "Les drogues "),
    ]


def test_numbered_items_are_paragraphs_of_their_own_and_keep_their_number() -> None:
    assert _texts(
        "Les points de sortie sont :\n1) le quai des conteneurs ;\n2) le port de pêche.\nLa suite."
    ) == [
        "Les points de sortie sont :",
        "1) le quai des conteneurs ;",
        "2) le port de pêche. La suite.",  # no gap, no bullet: a wrapped item and the text after it are one
    ]
    # Inside a wrapped sentence a parenthesised letter is no item: « selon l’article 5, alinéa\nb) du code ».
    assert _texts("selon l’article 5, alinéa\nb) du code pénal.") == [
        "selon l’article 5, alinéa b) du code pénal."
    ]
