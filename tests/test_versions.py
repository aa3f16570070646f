"""Re-importing: identical files change nothing; changed files make a new version; bookmarks follow."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db.library import Library
from db.schema import Bookmark, DocumentVersion, Paragraph
from db.services.bookmarks import BookmarkDraft, add_bookmark
from db.services.generation import current_generation


def _revised(sample_report: Path, tmp_path: Path, old: str, new: str) -> Path:
    text = sample_report.read_text(encoding="utf-8")
    assert old in text
    revised = tmp_path / sample_report.name  # same name, same identity, different bytes
    revised.write_text(text.replace(old, new), encoding="utf-8")
    return revised


def test_identical_file_is_unchanged_and_says_so(cli, sample_library_copy, sample_report, library_dir):
    with Library.open(library_dir) as library, library.session() as session:
        generation = current_generation(session)
    again = cli("import", sample_report)
    assert again.code == 0
    assert again.out.startswith(f"{sample_report}: unchanged")
    with Library.open(library_dir) as library, library.session() as session:
        assert current_generation(session) == generation
        assert len(session.scalars(select(DocumentVersion)).all()) == 1


def test_changed_file_becomes_a_new_version_of_the_same_document(
    cli, sample_library_copy, sample_report, tmp_path, library_dir
):
    revised = _revised(sample_report, tmp_path, "est stable et de faible ampleur", "est en net recul")
    result = cli("import", revised)
    assert result.code == 0
    assert ": new version (" in result.out and "version 2" in result.out
    documents = cli("documents", "--json").json()
    assert len(documents) == 1 and documents[0]["version"] == 2
    drugs = cli("outline", "--json").json()[0]["sections"][0]["sections"][3]
    heroin = drugs["paragraphs"][0]
    assert heroin["indicator"] == "heroin_trade" and "est en net recul" in heroin["text"]
    with Library.open(library_dir) as library, library.session() as session:
        versions = session.scalars(select(DocumentVersion).order_by(DocumentVersion.version)).all()
        assert [v.version for v in versions] == [1, 2]
        assert "faible ampleur" in versions[0].normalised_text  # the old text is kept, not lost


def _bookmark(library_dir: Path, quote: str) -> int:
    with Library.open(library_dir) as library, library.session() as session:
        paragraph = next(p for p in session.scalars(select(Paragraph)) if quote in p.text)
    with Library.open(library_dir) as library:
        return add_bookmark(library, BookmarkDraft(paragraph.id, quote)).id


def test_bookmarks_follow_their_quote_into_a_new_version(
    cli, sample_library_copy, sample_report, tmp_path, library_dir
):
    kept = _bookmark(library_dir, "la Mocro Mafia et des réseaux")
    lost = _bookmark(library_dir, "est stable et de faible ampleur")
    revised = _revised(sample_report, tmp_path, "est stable et de faible ampleur", "est en net recul")
    revised.write_text(
        revised.read_text(encoding="utf-8").replace(
            "Le trafic de cocaïne est le", "Le trafic de cocaïne reste le"
        ),
        encoding="utf-8",
    )
    assert "new version" in cli("import", revised).out
    with Library.open(library_dir) as library, library.session() as session:
        moved = session.get(Bookmark, kept)
        paragraph = session.get(Paragraph, moved.paragraph_id)
        assert paragraph.indicator_key == "cocaine_trade"
        assert (
            paragraph.section.document.normalised_text[moved.start : moved.end]
            == "la Mocro Mafia et des réseaux"
        )
        orphan = session.get(Bookmark, lost)
        assert orphan is not None and orphan.paragraph_id is None
        assert orphan.exact == "est stable et de faible ampleur"


def test_remove_deletes_a_document_and_its_content(cli, sample_library_copy, library_dir):
    result = cli("remove", "luxembourg_2025_fr.txt")
    assert result.code == 0 and result.out.startswith("removed 1:")
    assert cli("documents", "--json").json() == []
    with Library.open(library_dir) as library, library.session() as session:
        assert session.scalars(select(Paragraph)).all() == []


def test_detected_metadata_can_be_corrected(cli, sample_library_copy):
    result = cli("edit", "1", "--edition", "2023", "--iso", "lu", "--title", "Luxembourg 2023 (draft)")
    assert result.code == 0
    document = cli("documents", "--json").json()[0]
    assert (document["edition"], document["country_iso"], document["title"]) == (
        2023,
        "LU",
        "Luxembourg 2023 (draft)",
    )
