"""The bookmark services the CLI tests do not reach: editing, the tag list, anchoring an imported quote.
Expected offsets are found in the document's own text."""

from __future__ import annotations

import sqlite3

import pytest

from db.search.service import search
from db.search.sync import sync_index
from db.services.anchoring import selector_for
from db.services.bookmarks import (
    BookmarkDraft,
    BookmarkError,
    add_bookmark,
    all_tags,
    anchor_bookmark,
    edit_bookmark,
    list_bookmarks,
    remove_bookmark,
)
from db.services.documents import outline
from tests.conftest import import_report
from tests.snapshots import library_rows


@pytest.fixture
def sample(library, sample_report):
    document_id = import_report(library, sample_report, facts=False)
    with sqlite3.connect(library.database_file) as connection:
        [text] = connection.execute("SELECT normalised_text FROM documents").fetchone()
    paragraphs = {
        p.indicator: p for s in outline(library)[0].sections for n in [s, *s.sections] for p in n.paragraphs
    }
    return document_id, text, paragraphs


def test_editing_changes_only_what_is_given(library, sample):
    _document, _text, paragraphs = sample
    added = add_bookmark(
        library, BookmarkDraft(paragraphs["cocaine_trade"].id, "Rotterdam", "vu", ["a"], "red")
    )
    noted = edit_bookmark(library, added.id, note="  revu  ")
    assert (noted.note, noted.tags, noted.color) == ("revu", ["a"], "red")
    assert noted.updated_at >= added.updated_at and noted.created_at == added.created_at
    tagged = edit_bookmark(library, added.id, tags=["Ports", "anvers"])
    assert (tagged.note, tagged.tags, tagged.color) == ("revu", ["anvers", "ports"], "red")
    coloured = edit_bookmark(library, added.id, color="green")
    assert (coloured.note, coloured.tags, coloured.color) == ("revu", ["anvers", "ports"], "green")
    assert (coloured.exact, coloured.start, coloured.end) == (added.exact, added.start, added.end)
    assert list_bookmarks(library) == [coloured]


def test_an_edit_reaches_the_index(library, sample):
    _document, _text, paragraphs = sample
    added = add_bookmark(library, BookmarkDraft(paragraphs["cocaine_trade"].id, "Rotterdam"))
    sync_index(library)
    assert search(library, "tag:nouveau").total == 0
    edit_bookmark(library, added.id, tags=["nouveau"])
    assert sync_index(library).documents_indexed == 1  # the edit marked its document for the index
    assert [h.paragraph_id for h in search(library, "tag:nouveau").hits] == [paragraphs["cocaine_trade"].id]


def test_bad_edits_change_nothing(library, library_dir, sample):
    _document, _text, paragraphs = sample
    added = add_bookmark(library, BookmarkDraft(paragraphs["cocaine_trade"].id, "Rotterdam", "vu"))
    before = library_rows(library_dir)
    with pytest.raises(BookmarkError):
        edit_bookmark(library, added.id, note="autre", color="fuchsia")
    with pytest.raises(BookmarkError, match="no such bookmark"):
        edit_bookmark(library, added.id + 1, note="autre")
    assert library_rows(library_dir) == before


def test_all_tags_lists_each_tag_in_use_once_in_order(library, sample):
    _document, _text, paragraphs = sample
    assert all_tags(library) == []
    first = add_bookmark(
        library, BookmarkDraft(paragraphs["cocaine_trade"].id, None, "", ["ports", "drogues"])
    )
    add_bookmark(library, BookmarkDraft(paragraphs["heroin_trade"].id, None, "", ["drogues", "balkans"]))
    assert all_tags(library) == ["balkans", "drogues", "ports"]
    remove_bookmark(library, first.id)
    assert all_tags(library) == ["balkans", "drogues"]


def test_an_imported_quote_is_anchored_where_the_text_has_it(library, sample):
    document, text, paragraphs = sample
    start = text.index("la Mocro Mafia")
    selector = selector_for(text, start, start + len("la Mocro Mafia"))
    record = anchor_bookmark(library, document, selector, "note", ["Groupe"], "blue")
    assert record is not None
    assert (record.start, record.end, record.exact) == (start, start + 14, "la Mocro Mafia")
    assert (record.prefix, record.suffix) == (text[start - 32 : start], text[start + 14 : start + 46])
    assert record.paragraph_id == paragraphs["cocaine_trade"].id
    assert (record.note, record.tags, record.color) == ("note", ["groupe"], "blue")
    assert anchor_bookmark(library, document, selector) is not None  # the default colour is accepted


def test_a_quote_absent_or_across_two_paragraphs_is_not_anchored(library, library_dir, sample):
    document, text, paragraphs = sample
    before = library_rows(library_dir)
    assert anchor_bookmark(library, document, selector_for("un quokka zyxw", 3, 9)) is None
    first, second = paragraphs["human_trafficking"], paragraphs["human_smuggling"]
    across = selector_for(text, first.end - 5, second.start + 5)  # the end of one paragraph, the next's start
    assert anchor_bookmark(library, document, across) is None
    with pytest.raises(BookmarkError):
        anchor_bookmark(library, document, selector_for(text, first.start, first.start + 5), color="fuchsia")
    assert library_rows(library_dir) == before
    whole = selector_for(text, first.start, first.end)  # a whole paragraph, its edges included
    record = anchor_bookmark(library, document, whole)
    assert record is not None and record.paragraph_id == first.id
