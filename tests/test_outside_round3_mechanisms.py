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
