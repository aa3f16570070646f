"""Bookmarks: a quote kept with a note, tags and a colour; searchable; surviving a revised report."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.services.bookmarks import (
    BookmarkDraft,
    add_bookmark,
    list_bookmarks,
    remove_bookmark,
    restore_bookmark,
)
from tests.conftest import import_report


@pytest.fixture
def sample_library(cli, sample_report):
    assert cli("import", "--no-facts", sample_report).code == 0
    return cli


def _paragraph(cli, indicator: str) -> dict:
    for section in cli("outline", "--json").json()[0]["sections"]:
        for node in [section, *section["sections"]]:
            for paragraph in node["paragraphs"]:
                if paragraph["indicator"] == indicator:
                    return paragraph
    raise AssertionError(indicator)


def test_bookmark_a_quote_with_note_tags_and_colour(sample_library):
    cocaine = _paragraph(sample_library, "cocaine_trade")
    result = sample_library(
        "bookmark",
        "add",
        cocaine["id"],
        "--quote",
        "la Mocro Mafia",
        "--note",
        "À suivre",
        "--tag",
        "Drogues",
        "--tag",
        "anvers",
        "--color",
        "red",
    )
    assert result.code == 0 and result.out.startswith("bookmark 1: «la Mocro Mafia»")
    [bookmark] = sample_library("bookmark", "list", "--json").json()
    assert (bookmark["quote"], bookmark["note"], bookmark["tags"], bookmark["color"]) == (
        "la Mocro Mafia",
        "À suivre",
        ["anvers", "drogues"],
        "red",
    )
    assert bookmark["paragraph_id"] == cocaine["id"] and not bookmark["orphan"]
    assert len(bookmark["prefix"]) == 32 and bookmark["suffix"].startswith(" et des réseaux")
    # the anchor's offsets point into the document's normalised text, where the paragraph starts at "start"
    assert (
        cocaine["text"][bookmark["start"] - cocaine["start"] : bookmark["end"] - cocaine["start"]]
        == "la Mocro Mafia"
    )


def test_whole_paragraph_bookmark_and_filters(sample_library):
    smuggling = _paragraph(sample_library, "human_smuggling")
    cannabis = _paragraph(sample_library, "cannabis_trade")
    sample_library("bookmark", "add", smuggling["id"], "--tag", "routes")
    sample_library("bookmark", "add", cannabis["id"], "--tag", "routes", "--color", "green")
    whole = sample_library("bookmark", "list", "--json").json()
    assert whole[0]["quote"] == smuggling["text"]
    assert len(sample_library("bookmark", "list", "--tag", "routes", "--json").json()) == 2
    assert [
        b["paragraph_id"] for b in sample_library("bookmark", "list", "--color", "green", "--json").json()
    ] == [cannabis["id"]]
    assert sample_library("bookmark", "list", "--tag", "absent", "--json").json() == []


def test_bookmarks_are_searchable_by_tag_and_flag(sample_library):
    cocaine = _paragraph(sample_library, "cocaine_trade")
    sample_library("bookmark", "add", cocaine["id"], "--quote", "Rotterdam", "--tag", "ports")
    assert [h["indicator"] for h in sample_library("search", "tag:ports", "--json").json()["hits"]] == [
        "cocaine_trade"
    ]
    assert sample_library("search", "bookmarked:yes", "--json").json()["total"] == 1
    sample_library("bookmark", "remove", "1")
    assert sample_library("search", "bookmarked:yes", "--json").json()["total"] == 0


def test_bad_bookmarks_are_refused_in_words(sample_library):
    cocaine = _paragraph(sample_library, "cocaine_trade")
    missing_quote = sample_library("bookmark", "add", cocaine["id"], "--quote", "pas dans le texte")
    assert missing_quote.code == 1 and "is not in paragraph" in missing_quote.err
    assert sample_library("bookmark", "add", "99999").code == 1
    assert sample_library("bookmark", "remove", "42").code == 1


def test_notes_survive_a_revised_report_and_orphans_are_kept(sample_library, sample_report, tmp_path: Path):
    cocaine = _paragraph(sample_library, "cocaine_trade")
    heroin = _paragraph(sample_library, "heroin_trade")
    sample_library("bookmark", "add", cocaine["id"], "--quote", "la Mocro Mafia", "--note", "suivre")
    sample_library(
        "bookmark", "add", heroin["id"], "--quote", "est stable et de faible ampleur", "--note", "vu"
    )
    text = sample_report.read_text(encoding="utf-8")
    revised = tmp_path / sample_report.name
    revised.write_text(
        text.replace("Le trafic de cocaïne est le marché", "Le trafic de cocaïne demeure le marché").replace(
            "est stable et de faible ampleur", "a reculé"
        ),
        encoding="utf-8",
    )
    assert "new version" in sample_library("import", "--no-facts", revised).out
    kept, orphan = sorted(sample_library("bookmark", "list", "--json").json(), key=lambda b: b["id"])
    new_cocaine = _paragraph(sample_library, "cocaine_trade")
    assert kept["paragraph_id"] == new_cocaine["id"] and kept["note"] == "suivre" and not kept["orphan"]
    assert (
        orphan["orphan"] and orphan["quote"] == "est stable et de faible ampleur" and orphan["note"] == "vu"
    )
    listing = sample_library("bookmark", "list").out
    assert "ORPHAN" in listing and "est stable et de faible ampleur" in listing


def test_removal_can_be_undone_exactly(library, sample_report):
    import_report(library, sample_report, facts=False)
    from db.services.documents import outline

    paragraph = outline(library)[0].sections[0].sections[0].paragraphs[0]
    added = add_bookmark(
        library, BookmarkDraft(paragraph.id, "traite des personnes", "note", ["a", "b"], "blue")
    )
    removed = remove_bookmark(library, added.id)
    assert list_bookmarks(library) == []
    restored = restore_bookmark(library, removed)
    assert restored == added
