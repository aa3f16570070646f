"""Markup typed by the analyst or carried by a report shows as text in the reader, never as markup."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from db.services.bookmarks import BookmarkDraft, add_bookmark
from db.services.documents import outline

NOTE = "<b>gras</b> & <i>penché</i> <a href='x'>lien</a>"


def test_a_note_with_markup_shows_as_text_in_the_reader(open_window, sample_library_copy, library):
    cocaine = next(
        p
        for s in outline(library)[0].sections
        for n in [s, *s.sections]
        for p in n.paragraphs
        if p.indicator == "cocaine_trade"
    )
    add_bookmark(library, BookmarkDraft(cocaine.id, "la Mocro Mafia", NOTE))
    window = open_window(library)
    window.select_paragraph(cocaine.id)
    assert f"✎ {NOTE}" in window.reader.toPlainText()  # the characters the analyst typed, all of them
    html = window.reader.toHtml()
    assert "<b>gras</b>" not in html and "<a href" not in html and "&lt;b&gt;gras&lt;/b&gt;" in html
