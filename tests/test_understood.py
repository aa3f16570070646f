"""Saying what was understood: the import line, the outline's profile and layout, stated scores checked
against a score file, and reading a document again with another profile from the kept source."""

from __future__ import annotations

import stat
from pathlib import Path

from db.services.documents import list_documents, outline, replace_document_content
from db.services.scores import store_scores
from db.services.sources import source_path
from db.services.stated_scores import disagreement_line, stated_score_disagreements
from desktop.ingest.reread import reread_document
from desktop.ops.imports import import_one
from domain.records import CountryScoreRow, ScoreSheet
from tests import layout_fixtures as fx


def test_import_line_names_layout_indicators_and_what_was_set_aside(library, tmp_path: Path) -> None:
    path = fx.write_website_text(tmp_path, "en")
    result = import_one(library, path)
    line = result.line()
    assert line.startswith(
        f"{path}: imported (Luxembourg: country page 2025, website layout, 32 paragraphs, 32 indicators; "
    )
    assert "blocks of page furniture set aside" in line
    assert "1 note kept" in line  # the summary above the pillars (the short copyright line is furniture)
    assert "32 stated scores read" in line
    assert line.endswith(")")


def test_outline_json_gives_profile_and_layout(cli, tmp_path: Path, sample_report: Path) -> None:
    assert cli("import", "--no-facts", fx.write_website_html(tmp_path, "es"), sample_report).code == 0
    documents = {d["source"]: d for d in cli("outline", "--json").json()}
    assert documents["luxembourg_page_es.html"]["profile"] == "ocindex"
    assert documents["luxembourg_page_es.html"]["layout"] == "website"
    assert documents[sample_report.name]["layout"] == "pdf summary"


def test_stated_scores_are_stored_and_checked_against_a_score_file(library, tmp_path: Path) -> None:
    assert import_one(library, fx.write_website_text(tmp_path, "fr")).ok
    scores = dict(fx.gold("fr").scores)
    assert stated_score_disagreements(library) == []  # no score file yet: nothing to disagree with
    revised = {**scores, "cocaine_trade": 7.0, "prevention": 6.0}
    sheet = ScoreSheet(2025, "rows of year 2025", [CountryScoreRow("Luxembourg", "LU", revised)])
    store_scores(library, [sheet], "scores.csv", "0" * 64)
    found = stated_score_disagreements(library)
    assert {(d.key, d.stated, d.imported) for d in found} == {
        ("cocaine_trade", 8.0, 7.0),
        ("prevention", 7.0, 6.0),
    }
    line = disagreement_line(found)
    assert line is not None and "\n" not in line
    assert line.startswith("2 score(s) disagree with what 1 document(s) state: Luxembourg : page pays 2025")
    assert stated_score_disagreements(library, editions=[2023]) == []


def test_source_is_kept_owner_only_and_a_document_is_read_again_with_another_profile(
    library, tmp_path: Path
) -> None:
    path = fx.write_docx(tmp_path, "en")
    result = import_one(library, path)
    assert result.ok
    document = list_documents(library)[0]
    kept = source_path(library, document.sha256)
    assert kept.read_bytes() == path.read_bytes()
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    path.unlink()  # the analyst's copy is gone; the library's is enough

    generic = reread_document(library, document.id, "generic")
    replace_document_content(library, document.id, generic)
    again = outline(library)[0]
    assert (again.document.profile, again.document.layout) == ("generic", "generic")
    assert again.document.id == document.id

    back = reread_document(library, document.id, "ocindex")
    replace_document_content(library, document.id, back)
    restored = outline(library)[0]
    assert restored.document.layout == "website"
    indicators = [p.indicator for s in restored.sections for n in [s, *s.sections] for p in n.paragraphs]
    assert sorted(i for i in indicators if i) == sorted(k for k, _ in fx.gold("en").paragraphs)


def test_edit_profile_from_the_command_line(cli, tmp_path: Path) -> None:
    path = fx.write_website_text(tmp_path, "es")
    assert cli("import", "--no-facts", path).code == 0
    result = cli("edit", "1", "--profile", "generic")
    assert result.code == 0, result.err
    assert result.out.startswith("1: read again as generic (generic layout), ")
    assert cli("outline", "--json").json()[0]["profile"] == "generic"


def test_edit_profile_without_a_kept_source_says_so_in_one_line(
    cli, library_dir: Path, tmp_path: Path
) -> None:
    path = fx.write_website_text(tmp_path, "fr")
    assert cli("import", "--no-facts", path).code == 0
    for kept in (library_dir / "sources").rglob("*"):
        if kept.is_file():
            kept.unlink()  # as for a document imported before sources were kept
    result = cli("edit", "1", "--profile", "generic")
    assert result.code == 1
    assert result.err.count("\n") == 1 and "no copy of this document's source file" in result.err
    assert cli("outline", "--json").json()[0]["layout"] == "website"


def test_removed_documents_sources_are_pruned(library, tmp_path: Path) -> None:
    from db.services.documents import remove_document
    from db.services.sources import prune_sources

    kept = import_one(library, fx.write_website_text(tmp_path, "en")).document_id
    removed = import_one(library, fx.write_website_html(tmp_path, "fr")).document_id
    assert kept is not None and removed is not None
    shas = {d.id: d.sha256 for d in list_documents(library)}
    assert prune_sources(library) == 0
    remove_document(library, removed)
    assert prune_sources(library) == 1
    assert not source_path(library, shas[removed]).exists()
    assert source_path(library, shas[kept]).exists()


def test_a_country_page_and_the_summary_of_the_same_edition_are_two_documents(
    library, tmp_path: Path, sample_report: Path
) -> None:
    first = import_one(library, sample_report)
    second = import_one(library, fx.write_website_text(tmp_path, "fr"))
    assert (first.status.value, second.status.value) == ("imported", "imported")
    assert sorted(d.layout for d in list_documents(library)) == ["pdf summary", "website"]
