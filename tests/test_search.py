"""Search: French and English analysis, the query language, facets, and the index as derived data."""

from __future__ import annotations

import shutil

import pytest

from db.search.analysis import terms
from db.search.service import search
from db.search.sync import IndexState, sync_index
from db.services.documents import store_document
from desktop.ingest.pipeline import parse_report


@pytest.fixture
def real_library(real_cli):
    """The session's real library: these tests only read."""
    return real_cli


@pytest.fixture
def sample_library(sample_cli):
    """The session's sample library: these tests only read."""
    return sample_cli


@pytest.fixture
def own_sample(sample_library_copy, cli):
    """A copy of the sample library for tests that change it."""
    return cli


def _search(cli, query: str, limit: int = 40) -> dict:
    result = cli("search", query, "--limit", str(limit), "--json")
    assert result.code == 0, result.err
    return result.json()


def _indicators(found: dict) -> list[str]:
    return [hit["indicator"] for hit in found["hits"]]


# Acceptance on the real report -------------------------------------------------------------------


@pytest.mark.parametrize("query", ["cocaine", "cocaïne"])
def test_cocaine_with_or_without_accent_puts_the_cocaine_paragraph_first(real_library, query):
    assert _indicators(_search(real_library, query))[0] == "cocaine_trade"


def test_passeurs_finds_the_human_smuggling_paragraph(real_library):
    assert "human_smuggling" in _indicators(_search(real_library, "passeurs"))


def test_phrase_with_ascii_apostrophe_matches_every_typographic_one(real_library, real_report):
    found = _search(real_library, '"port d\'Anvers"')
    outline = real_library("outline", "--json").json()[0]
    containing = {
        p["id"]
        for s in outline["sections"]
        for sub in [s, *s["sections"]]
        for p in sub["paragraphs"]
        if "port d’Anvers" in p["text"]
    }
    assert len(containing) >= 5
    assert {hit["paragraph_id"] for hit in found["hits"]} == containing
    assert all("<mark>port</mark> d’<mark>Anvers</mark>" in hit["snippet"] for hit in found["hits"])


def test_prison_finds_prisons_and_marks_it(real_library):
    found = _search(real_library, "prison")
    assert found["total"] >= 1
    assert any("<mark>prisons</mark>" in hit["snippet"] for hit in found["hits"])


def test_hameconnage_without_cedilla_finds_hameconnage(real_library):
    found = _search(real_library, "hameconnage")
    assert "financial_crimes" in _indicators(found)
    assert any("<mark>hameçonnage</mark>" in hit["snippet"] for hit in found["hits"])


def test_english_alias_finds_the_french_cocaine_paragraph(real_library):
    found = _search(real_library, "Antwerp cocaine")
    assert "cocaine_trade" in _indicators(found)[:3]
    cocaine = next(hit for hit in found["hits"] if hit["indicator"] == "cocaine_trade")
    assert "<mark>Anvers</mark>" in cocaine["snippet"]


def test_indicator_filter_returns_exactly_that_paragraph(real_library):
    found = _search(real_library, "indicator:cocaine_trade")
    assert found["total"] == 1 and _indicators(found) == ["cocaine_trade"]


def test_facets_count_32_paragraphs_for_belgium(real_library):
    found = _search(real_library, "country:BE")
    assert found["total"] == 32
    assert found["facets"]["country"] == {"be": 32}
    assert sum(found["facets"]["pillar"].values()) == 32
    assert found["facets"]["pillar"] == {"criminal_markets": 15, "criminal_actors": 5, "resilience": 12}
    assert found["facets"]["edition"] == {"2025": 32} and found["facets"]["language"] == {"fr": 32}


def test_hit_carries_its_provenance(real_library):
    hit = _search(real_library, "indicator:cannabis_trade")["hits"][0]
    assert hit["section_path"] == ["MARCHÉS CRIMINELS", "DROGUES"]
    assert hit["country"] == "BE" and hit["document"] == "Belgique : résumé pays 2025"
    assert isinstance(hit["score"], float) and hit["score"] > 0


# The query language, on our own sample -----------------------------------------------------------


def test_words_are_joined_by_and(sample_library):
    both = _search(sample_library, "cocaïne Rotterdam")
    assert _indicators(both) == ["cocaine_trade"]


def test_or_not_and_minus(sample_library):
    either = set(_indicators(_search(sample_library, "ivoire OR rançongiciel")))
    assert either == {"fauna_crimes", "cyber_dependent_crimes"}
    cocaine = set(_indicators(_search(sample_library, "cocaïne")))
    without = set(_indicators(_search(sample_library, "cocaïne NOT Rotterdam")))
    minus = set(_indicators(_search(sample_library, "cocaïne -Rotterdam")))
    assert without == minus == cocaine - {"cocaine_trade"}


@pytest.mark.parametrize("quotes", ['"{}"', "“{}”", "«{}»", "« {} »"])
def test_phrases_in_straight_curly_or_french_quotes(sample_library, quotes):
    found = _search(sample_library, quotes.format("port d’Anvers"))
    assert _indicators(found) == ["cocaine_trade"]


def test_phrase_keeps_word_order(sample_library):
    assert _search(sample_library, '"port de Rotterdam"')["total"] == 1
    assert _search(sample_library, '"Rotterdam port"')["total"] == 0


def test_prefix_and_fuzzy(sample_library):
    assert "cyber_dependent_crimes" in _indicators(_search(sample_library, "rançongi*"))
    assert "cyber_dependent_crimes" in _indicators(_search(sample_library, "rancongi*"))
    assert "cocaine_trade" in _indicators(_search(sample_library, "cocaïn~"))
    assert "fauna_crimes" in _indicators(_search(sample_library, "ivoir~"))


def test_field_filters(sample_library):
    assert _search(sample_library, "section:drogues cannabis")["total"] == 1
    assert set(_indicators(_search(sample_library, "pillar:resilience"))) <= {
        "political_leadership_governance",
        "government_transparency_accountability",
        "international_cooperation",
        "national_policies_laws",
        "judicial_system_detention",
        "law_enforcement",
        "territorial_integrity",
        "anti_money_laundering",
        "economic_regulatory_capacity",
        "victim_witness_support",
        "prevention",
        "non_state_actors",
    }
    assert _search(sample_library, "pillar:resilience")["total"] == 12
    assert _search(sample_library, "country:Luxembourg edition:2025 language:fr")["total"] == 32
    assert _search(sample_library, "country:LU document:luxembourg indicator:prevention")["total"] == 1
    assert _search(sample_library, "edition:2021")["total"] == 0


def test_country_names_in_any_language_are_aliases(sample_library):
    found = _search(sample_library, "Netherlands héroïne")
    assert "heroin_trade" in _indicators(found)


def test_malformed_query_falls_back_to_words_and_says_so(sample_library):
    for query in ["((( cocaïne", "country: cocaïne AND", '"cocaïne']:
        found = _search(sample_library, query)
        assert found["total"] >= 1, query
        assert "cocaine_trade" in _indicators(found)
    assert "ignored country:" in _search(sample_library, "country: cocaïne AND")["note"]
    found = _search(sample_library, ")))(((")
    assert found["total"] == 0


def test_suggestion_when_nothing_is_found(sample_library):
    found = _search(sample_library, "rancongicel")
    assert found["total"] == 0
    assert found["suggestion"] == "rançongiciel"  # the word as the reports spell it, accents and all
    assert _search(sample_library, "cocaïne rotterdm")["suggestion"] == "cocaïne rotterdam"
    assert _search(sample_library, "cocaïne")["suggestion"] is None


def test_text_output_is_readable(sample_library):
    result = sample_library("search", "Mocro Mafia", "--limit", "1")
    assert result.code == 0
    assert "1 paragraphs match 'Mocro Mafia'" in result.out
    assert "*Mocro* *Mafia*" in result.out


# Analysis ------------------------------------------------------------------------------------------


def test_french_analysis_folds_stems_and_splits_elisions():
    assert terms("fr", "cocaïne") == terms("fr", "cocaine") == ["cocain"]
    assert terms("fr", "d’Anvers") == terms("fr", "d'Anvers") == terms("fr", "Anvers") == ["anver"]
    assert terms("fr", "jusqu’à l’aéroport") == ["aeroport"]
    assert terms("fr", "aujourd’hui") == ["aujourd'hui"]
    assert terms("fr", "prisons") == terms("fr", "prison")


def test_english_and_spanish_stemming():
    assert terms("en", "smugglers") == terms("en", "smuggler")
    assert terms("es", "cocaína") == terms("es", "cocaina")
    assert terms("es", "traficantes") == terms("es", "traficante")


# The index is derived data -----------------------------------------------------------------------


def test_remove_takes_paragraphs_out_of_the_index(own_sample):
    assert _search(own_sample, "cocaïne")["total"] > 0
    assert own_sample("remove", "1").code == 0
    assert _search(own_sample, "cocaïne")["total"] == 0


def test_a_commit_without_its_index_update_is_repaired_at_next_open(library, sample_report, real_report):
    """As if the app died between committing a document and indexing it."""
    store_document(library, parse_report(sample_report))
    sync_index(library)
    store_document(library, parse_report(real_report))  # committed, never indexed
    assert search(library, "Zaventem").total == 0
    report = sync_index(library)  # what opening the library does
    assert (report.rebuilt, report.documents_indexed, report.paragraphs_indexed) == (False, 1, 32)
    assert search(library, "Zaventem").total > 0
    assert sync_index(library).changed is False


def test_a_lost_or_foreign_index_is_rebuilt(library, sample_report):
    store_document(library, parse_report(sample_report))
    sync_index(library)
    shutil.rmtree(library.index_dir)
    assert search(library, "cocaïne").total == 0
    assert sync_index(library).rebuilt
    assert search(library, "cocaïne").total > 0
    state = IndexState.read(library.index_dir)
    assert state is not None
    state.aliases = "an older alias table"
    state.write(library.index_dir)
    assert sync_index(library).rebuilt


def test_reindex_rebuilds_from_sqlite(own_sample):
    result = own_sample("reindex")
    assert result.code == 0 and result.out.strip() == "reindexed 1 documents, 32 paragraphs"
    assert _search(own_sample, "cocaïne")["total"] > 0


def test_corrected_metadata_reaches_the_index(own_sample):
    assert _search(own_sample, "edition:2023")["total"] == 0
    own_sample("edit", "1", "--edition", "2023")
    assert _search(own_sample, "edition:2023")["total"] == 32


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_one_pass_analyzer_equals_whoosh_stock_filters(language, sample_report):
    from db.search.analysis import analyzer_for, reference_pipeline

    text = sample_report.read_text(encoding="utf-8") + " L’ÉTAT d’Anvers jusqu’à aujourd’hui — «Pays-Bas»"

    def tokens(analyzer):
        return [(t.text, t.pos, t.startchar, t.endchar) for t in analyzer(text, positions=True, chars=True)]

    assert tokens(analyzer_for(language)) == tokens(reference_pipeline(language))


def test_alias_marks_the_place_not_the_generic_words_of_longer_names(sample_library):
    hit = next(h for h in _search(sample_library, "Antwerp")["hits"] if h["indicator"] == "cocaine_trade")
    assert "<mark>Anvers</mark>" in hit["snippet"]
    assert "<mark>port</mark>" not in hit["snippet"]
