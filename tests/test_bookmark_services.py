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
    restore_bookmark,
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


def test_an_imported_quote_without_note_or_tags_gets_none(library, sample):
    document, text, _paragraphs = sample
    start = text.index("Rotterdam")
    record = anchor_bookmark(library, document, selector_for(text, start, start + 9))
    assert record is not None and (record.note, record.tags, record.color) == ("", [], "yellow")


def test_an_imported_quote_lands_in_its_own_document(library, sample, tmp_path):
    _sample_document, _text, _paragraphs = sample
    notes = tmp_path / "notes.md"
    notes.write_text("# Carnet\n\nLe quai sept de Zeebrugge sert aux transbordements.\n", "utf-8")
    other = import_report(library, notes, facts=False)
    with sqlite3.connect(library.database_file) as connection:
        [text] = connection.execute("SELECT normalised_text FROM documents WHERE id = ?", (other,)).fetchone()
    start = text.index("Le quai")  # an offset that also falls inside a paragraph of the sample
    record = anchor_bookmark(library, other, selector_for(text, start, start + 7))
    assert record is not None and record.document_id == other
    [paragraph] = [p for s in outline(library, [other])[0].sections for p in s.paragraphs]
    assert record.paragraph_id == paragraph.id


def test_undo_brings_back_the_same_bookmark_among_others(library, sample):
    _document, _text, paragraphs = sample
    first = add_bookmark(library, BookmarkDraft(paragraphs["heroin_trade"].id, None, "un", ["a"]))
    second = add_bookmark(library, BookmarkDraft(paragraphs["cocaine_trade"].id, "Rotterdam", "deux", ["b"]))
    third = add_bookmark(library, BookmarkDraft(paragraphs["prevention"].id, None, "trois"))
    sync_index(library)
    removed = remove_bookmark(library, second.id)
    sync_index(library)
    assert search(library, "tag:b").total == 0
    restored = restore_bookmark(library, removed)
    assert restored == second  # its own id, neither a new one nor another's record
    assert list_bookmarks(library) == [first, second, third]
    assert sync_index(library).documents_indexed == 1  # the restore marked its document for the index
    assert search(library, "tag:b").total == 1


def test_undo_after_another_bookmark_was_added(library, sample):
    _document, _text, paragraphs = sample
    add_bookmark(library, BookmarkDraft(paragraphs["heroin_trade"].id, None, "un"))
    second = add_bookmark(library, BookmarkDraft(paragraphs["cocaine_trade"].id, "Rotterdam", "deux"))
    removed = remove_bookmark(library, second.id)
    add_bookmark(library, BookmarkDraft(paragraphs["prevention"].id, None, "trois"))  # takes id 2 again
    restored = restore_bookmark(library, removed)
    assert restored is not None and restored.note == "deux"


def test_undo_after_the_paragraph_went_away_follows_the_quote_or_restores_an_orphan(
    library, sample, tmp_path
):
    notes = tmp_path / "notes.md"
    notes.write_text("# Carnet\n\nPremier paragraphe.\n\nLe quai sept de Zeebrugge.\n", "utf-8")
    other = import_report(library, notes, facts=False)
    [last] = [p for s in outline(library, [other])[0].sections for p in s.paragraphs if "quai" in p.text]
    removed = remove_bookmark(library, add_bookmark(library, BookmarkDraft(last.id, "Zeebrugge", "port")).id)
    notes.write_text("# Carnet\n\nLe quai sept de Zeebrugge.\n", "utf-8")  # one paragraph fewer
    import_report(library, notes, facts=False)  # a new version: the old paragraph ids are gone
    [quay] = [p for s in outline(library, [other])[0].sections for p in s.paragraphs]
    assert last.id != quay.id
    restored = restore_bookmark(library, removed)
    assert restored is not None and restored.paragraph_id == quay.id  # the quote, found where it now is
    assert (restored.exact, restored.note) == ("Zeebrugge", "port")
    removed = remove_bookmark(library, restored.id)
    notes.write_text("# Carnet\n\nLe quai sept d’Ostende.\n", "utf-8")  # the quote is gone
    import_report(library, notes, facts=False)
    orphan = restore_bookmark(library, removed)
    assert orphan is not None and orphan.paragraph_id is None and orphan.orphan
    assert (orphan.exact, orphan.note) == ("Zeebrugge", "port")


def test_undo_after_a_new_version_does_not_attach_the_quote_to_another_text(
    library, sample, sample_report, tmp_path
):
    _document, _text, paragraphs = sample
    added = add_bookmark(library, BookmarkDraft(paragraphs["cocaine_trade"].id, "Rotterdam", "port"))
    removed = remove_bookmark(library, added.id)
    revised = tmp_path / sample_report.name
    revised.write_text(sample_report.read_text(encoding="utf-8").replace("Rotterdam", "Gdansk"), "utf-8")
    import_report(library, revised, facts=False)
    restored = restore_bookmark(library, removed)
    assert restored is not None
    texts = {
        p.id: p.text for s in outline(library)[0].sections for n in [s, *s.sections] for p in n.paragraphs
    }
    assert restored.orphan or "Rotterdam" in texts[restored.paragraph_id]


def test_edit_and_remove_answer_for_the_bookmark_asked_and_list_filters_by_document(
    library, sample, tmp_path
):
    _document, _text, paragraphs = sample
    notes = tmp_path / "notes.md"
    notes.write_text("# Carnet\n\nLe quai sept de Zeebrugge.\n", "utf-8")
    other = import_report(library, notes, facts=False)
    [quay] = [p for s in outline(library, [other])[0].sections for p in s.paragraphs]
    first = add_bookmark(library, BookmarkDraft(paragraphs["heroin_trade"].id, None, "un"))
    second = add_bookmark(library, BookmarkDraft(quay.id, "Zeebrugge", "deux"))
    assert edit_bookmark(library, second.id, note="deux bis").id == second.id
    recoloured = edit_bookmark(library, second.id, color="red")
    assert list_bookmarks(library, document_id=other) == [recoloured]
    assert [b.id for b in list_bookmarks(library, document_id=first.document_id)] == [first.id]
    with pytest.raises(BookmarkError, match=r"^42: no such bookmark$"):
        remove_bookmark(library, 42)
    assert remove_bookmark(library, second.id).note == "deux bis"
    assert list_bookmarks(library) == [first]


def test_a_quote_that_occurs_twice_is_the_selected_one_or_else_the_first(library, sample):
    _document, _text, paragraphs = sample
    cocaine = paragraphs["cocaine_trade"]
    first, second = cocaine.text.index("le port"), cocaine.text.rindex("le port")
    assert first != second  # « le port d’Anvers et le port de Rotterdam »
    chosen = add_bookmark(library, BookmarkDraft(cocaine.id, "le port", paragraph_start=second))
    assert (chosen.start, chosen.end) == (cocaine.start + second, cocaine.start + second + 7)
    unplaced = add_bookmark(library, BookmarkDraft(cocaine.id, "le port"))
    assert unplaced.start == cocaine.start + first
    stale = add_bookmark(library, BookmarkDraft(cocaine.id, "le port", paragraph_start=second + 1))
    assert stale.start == cocaine.start + first  # a hint that does not hold is not trusted
    opening = cocaine.text.split()[0]
    at_start = add_bookmark(library, BookmarkDraft(cocaine.id, opening))  # offset 0 inside the paragraph
    assert (at_start.start, at_start.exact) == (cocaine.start, opening)
    with pytest.raises(BookmarkError, match=r"^99999: no such paragraph$"):
        add_bookmark(library, BookmarkDraft(99999, "le port"))


def test_an_imported_quote_at_an_offset_another_document_also_covers_lands_in_its_own(
    library, sample, tmp_path
):
    _document, _text, paragraphs = sample
    notes = tmp_path / "notes.md"
    filler = "Un long premier paragraphe sans rien de notable. " * 8
    notes.write_text(f"# Carnet\n\n{filler}\n\nLe quai sept de Zeebrugge.\n", "utf-8")
    other = import_report(library, notes, facts=False)
    with sqlite3.connect(library.database_file) as connection:
        [text] = connection.execute("SELECT normalised_text FROM documents WHERE id = ?", (other,)).fetchone()
    start = text.index("Zeebrugge")
    covering = [p for p in paragraphs.values() if p.start <= start and p.end >= start + 9]
    assert covering  # a paragraph of the sample spans the same offsets
    record = anchor_bookmark(library, other, selector_for(text, start, start + 9))
    [quay] = [p for s in outline(library, [other])[0].sections for p in s.paragraphs if "quai" in p.text]
    assert record is not None and record.paragraph_id == quay.id
