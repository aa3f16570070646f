"""The entity page's record and `excerpta entity show`: names, mentions by report with sentence, indicator
and Index score, co-occurring entities, flows; absent mentions marked, never counted as presence."""

from __future__ import annotations

import pytest

from tests.score_fixtures import invented_score, write_invented_scores


@pytest.fixture
def scored_library(cli, sample_report, tmp_path):
    assert cli("import", sample_report).code == 0
    assert cli("scores", "import", write_invented_scores(tmp_path / "scores.csv")).code == 0
    return cli


def test_entity_show_gives_every_mention_with_its_report_sentence_indicator_and_score(scored_library):
    record = scored_library("entity", "show", "Mocro Mafia", "--json").json()
    assert record["type"] == "criminal_group" and record["canonical"] == "Mocro Mafia"
    facts = [
        f
        for f in scored_library("facts", "--type", "criminal_group", "--json").json()
        if f["canonical"] == "Mocro Mafia"
    ]
    mentions = [m for r in record["reports"] for m in r["mentions"]]
    assert len(mentions) == len(facts) == record["mentions"] >= 1
    assert {r["country_iso"] for r in record["reports"]} == {"LU"}
    for mention in mentions:
        assert mention["text"] in mention["sentence"]
        assert mention["indicator"]
        assert mention["score"] == invented_score("LU", mention["indicator"], 2025)
    companions = {(c["type"], c["canonical"]) for c in record["co_occurring"]}
    assert companions and ("criminal_group", "Mocro Mafia") not in companions


def test_an_entity_is_found_under_any_name_it_was_seen_under(scored_library):
    by_alias = scored_library("entity", "show", "Cellule de renseignement financier", "--json").json()
    assert (by_alias["type"], by_alias["canonical"]) == ("institution", "CRF")
    assert "Cellule de renseignement financier" in by_alias["names"]
    text = scored_library("entity", "show", "CRF", "--type", "institution").out
    assert text.startswith("CRF (institution)") and "Cellule de renseignement financier" in text


def test_an_unknown_entity_is_one_line_and_exit_1(scored_library):
    result = scored_library("entity", "show", "Atlantis")
    assert result.code == 1 and result.err.strip() == "error: Atlantis: no entity of that name"


def test_corrections_keep_their_command_line(scored_library):
    assert scored_library("entity", "reject", "place", "Schengen Area").code == 0
    assert scored_library("entity", "show", "Schengen Area").code == 1


def test_negated_mentions_are_marked_and_not_counted_as_presence(library):
    from db.services.documents import store_document
    from db.services.entities import entity_record
    from db.services.facts import entities, entity_counts, paragraph_inputs, store_facts
    from desktop.facts.extract import ParagraphContext, extract_facts
    from desktop.ingest.pipeline import parse_report
    from desktop.resources import SAMPLE_DIR

    store_document(library, parse_report(SAMPLE_DIR / "luxembourg_2025_fr.txt"))
    inputs = paragraph_inputs(library)
    # Our own sentence in place of the first paragraph's text: the same offsets rules apply.
    text = (
        "Le clan Vasquez est implanté à Esch-sur-Alzette. Le clan Orlov n’est pas présent dans le pays, "
        "et aucun indice ne montre une activité du clan Orlov sur ce marché."
    )
    first = inputs[0]
    facts = extract_facts([ParagraphContext(first.id, text, "fr", "LU", first.indicator)])
    orlov = [f for f in facts if f.canonical == "Orlov Clan"]
    assert len(orlov) == 2 and all(f.data.get("negated") for f in orlov)
    assert any(f.canonical == "Vasquez Clan" and not f.data.get("negated") for f in facts)
    store_facts(library, [first.document_id], facts)
    assert ("criminal_group", "Orlov Clan") not in {(t, c) for t, c, _ in entity_counts(library)}
    assert "Orlov Clan" not in {e.canonical for e in entities(library)}
    record = entity_record(library, "Orlov Clan")
    assert record.mentions == 0 and record.negated == 2
    assert all(m.negated for r in record.reports for m in r.mentions)
