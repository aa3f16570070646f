"""Extraction survives any paragraph (issue 16, item 3): spaCy refuses a text over nlp.max_length (E088),
so long paragraphs are taken in chunks cut at sentence ends with offsets kept right; and one document
whose extraction fails never blocks the next."""

from __future__ import annotations

import logging

import pytest

from desktop.facts.engine import CHUNK_CHARACTERS, chunks, engine_for
from desktop.facts.extract import ParagraphContext, extract_facts


def test_chunks_cut_at_sentence_ends_and_cover_the_text_exactly():
    text = "".join(f"Sentence number {i} ends here. " for i in range(5000))
    pieces = chunks(text, limit=1000)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= 1000 for _, piece in pieces)
    assert all(piece.endswith(". ") for _, piece in pieces[:-1])
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)
    unbroken = "x" * 2500  # no sentence end, no space: cut hard, nothing lost
    assert "".join(p for _, p in chunks(unbroken, limit=1000)) == unbroken


@pytest.mark.timeout(600)
def test_a_paragraph_over_a_million_characters_is_extracted_with_exact_spans():
    filler = "Markets stay small and local actors are few. "
    repeats = 1_000_000 // len(filler) + 10
    text = filler * repeats + "Heroin from Afghanistan travels via Tehran to Türkiye."
    assert len(text) > 1_000_000 > CHUNK_CHARACTERS
    assert len(text) > engine_for("en").nlp.max_length  # type: ignore[attr-defined]
    facts = extract_facts([ParagraphContext(1, text, "en", "IR", "heroin_trade")])
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text, fact
    names = {(f.type, f.canonical) for f in facts}
    assert {("country", "Afghanistan"), ("place", "Tehran"), ("country", "Türkiye")} <= names
    flows = [f.data for f in facts if f.data.get("kind") == "flow"]
    assert [(f["origin"], f["transit"], f["destination"]) for f in flows] == [
        ("Afghanistan", ["Tehran"], "Türkiye")
    ]


def test_one_document_that_fails_does_not_block_the_next(cli, sample_report, tmp_path, library_dir, caplog):
    from db.library import Library
    from db.services.facts import list_facts, paragraph_inputs, stale_fact_documents
    from desktop.ops.facts import extract_documents

    other = tmp_path / "notes.txt"  # our own words, a document of its own
    other.write_text(
        "Notes de lecture\n\nLe port de Valparaíso reçoit des conteneurs en provenance de Guayaquil.\n\n"
        "Les saisies ont augmenté en 2024 à Santiago et à Antofagasta.\n",
        encoding="utf-8",
    )
    assert cli("import", "--no-facts", sample_report).code == 0
    assert cli("import", "--no-facts", other).code == 0
    with Library.open(library_dir) as library:
        first = {p.id for p in paragraph_inputs(library, [1])}

        def refusing(paragraphs, progress=None):
            if any(p.paragraph_id in first for p in paragraphs):
                raise ValueError("[E088] Text of length 1200000 exceeds maximum of 1000000.\nmore detail")
            return extract_facts(paragraphs, progress)

        with caplog.at_level(logging.WARNING, logger="desktop.ops.facts"):
            stored = extract_documents(library, None, extractor=refusing)
        assert stored >= 4
        assert {f.document_id for f in list_facts(library)} == {2}
        assert {"Port of Valparaíso", "Guayaquil", "Santiago", "Antofagasta"} <= {
            f.canonical for f in list_facts(library)
        }
        assert stale_fact_documents(library) == [1]  # left to try again, not marked done
        lines = [r.getMessage() for r in caplog.records]
        assert lines == [
            "facts: document 1 skipped: [E088] Text of length 1200000 exceeds maximum of 1000000."
        ]
        # and the next extraction, with a working extractor, takes it
        assert extract_documents(library, [1]) > 50
        assert stale_fact_documents(library) == []


@pytest.mark.timeout(600)
def test_a_french_text_without_full_stops_is_cut_at_spaces_and_parsed_nowhere_too_long():
    # a "paragraph" of 120,000 characters with no sentence end: chunks are cut at spaces, and the one
    # "sentence" is far too long to parse; the flow it states is still read, with exact spans.
    filler = "les marchés restent limités et les acteurs locaux peu nombreux, "
    text = filler * (120_000 // len(filler)) + "avec des importations d’opioïdes en provenance d’Iran"
    assert len(text) > CHUNK_CHARACTERS
    facts = extract_facts([ParagraphContext(1, text, "fr", "BE", "heroin_trade")])
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text, fact
    flows = [f.data for f in facts if f.data.get("kind") == "flow"]
    assert [(f["origin"], f["destination"], f["actor"]) for f in flows] == [("Iran", "BE", None)]
