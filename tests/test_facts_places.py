"""Places from GeoNames and ISO 3166-2 count only where the text ties them to a place (a preposition, a
type word, or a city's size): town names that are also words (Mobile, Nice, Split, Police, Bar) stay words."""

from __future__ import annotations

import pytest

from desktop.facts.extract import ParagraphContext, extract_facts


def _places(text: str, language: str) -> set[str]:
    facts = extract_facts([ParagraphContext(1, text, language, None, "criminal_networks")])
    return {f.canonical for f in facts if f.type == "place"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mobile phones smuggled into prisons let leaders give orders.", "en"),
        ("Split between two clans, the market stays violent.", "en"),
        ("Police said the seizures doubled. Bar owners pay protection money.", "en"),
        ("Nice words do not stop extortion. Reading the accounts takes months.", "en"),
        ("Police et douanes coopèrent peu. Mobile, le réseau change souvent de planque.", "fr"),
        ("Policía y fiscales coordinan sus operaciones. Mobile o fijo, cada teléfono es intervenido.", "es"),
    ],
)
def test_common_words_that_are_town_names_are_not_places(text, language):
    assert _places(text, language) == set()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The shipments were unloaded in Split and in Mobile.", "en", {"Split", "Mobile"}),
        (
            "Police in Podgorica arrested three officers at the port of Bar.",
            "en",
            {"Podgorica", "Port of Bar"},
        ),
        ("Les saisies ont eu lieu à Nice et près de Marseille.", "fr", {"Nice"}),
        ("Las detenciones se produjeron en Ciudad de México y en Bogotá.", "es", {"Mexico City", "Bogotá"}),
        ("Lagos and Karachi are hubs for the trade.", "en", {"Lagos", "Karachi"}),  # cities of millions
        ("In Rivers State and in Sinaloa, gangs tax traders.", "en", {"Rivers", "Sinaloa"}),
    ],
)
def test_names_tied_to_a_place_by_context_or_size_are_places(text, language, expected):
    assert expected <= _places(text, language)


def test_a_country_inside_a_city_name_is_the_city():
    facts = extract_facts(
        [ParagraphContext(1, "In Mexico City and Benin City, prices rose.", "en", None, None)]
    )
    kinds = {(f.type, f.canonical) for f in facts}
    assert {("place", "Mexico City"), ("place", "Benin City")} <= kinds
    assert not {("country", "Mexico"), ("country", "Benin")} & kinds
