"""Ctrl+E: the dossier builder orders the excerpts and writes the PDF on the writer lane."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt

from db.services.bookmarks import BookmarkDraft, add_bookmark
from desktop.ui.dossier_builder import ExcerptOrderModel


@pytest.fixture
def window(open_window, sample_library_copy, library):
    from db.services.documents import outline

    paragraphs = [p for s in outline(library)[0].sections for n in [s, *s.sections] for p in n.paragraphs]
    add_bookmark(library, BookmarkDraft(paragraphs[10].id, "la Mocro Mafia", "première"))
    add_bookmark(library, BookmarkDraft(paragraphs[1].id, None, "seconde"))
    return open_window(library)


def test_order_model_passes_the_model_tester(qtmodeltester, window, library):
    from db.services.bookmarks import list_bookmarks

    model = ExcerptOrderModel(list_bookmarks(library))
    qtmodeltester.check(model)
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 2)
    qtmodeltester.check(model)


def test_ctrl_e_builds_a_dossier_in_the_chosen_order(qtbot, window, tmp_path):
    qtbot.keyClick(window.tree, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    builder = window.dossier_builder
    assert builder.model.rowCount() == 2
    before = [r.note for r in builder.model.records]
    builder.view.setCurrentIndex(builder.model.index(0))
    builder.move(+1)
    order = [r.note for r in builder.model.records]
    assert order == before[::-1]
    builder.title.setText("Ordre choisi")
    previews = []
    builder.open_preview = previews.append
    out = tmp_path / "dossier.pdf"
    with qtbot.waitSignal(builder.exported, timeout=120000):
        builder.export_to(out)
    assert previews == [str(out)]
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert text.index(order[0]) < text.index(order[1])  # the order the analyst set, not the library's
    assert PdfReader(out).metadata.title == "Ordre choisi"


def _paragraphs(library):  # type: ignore[no-untyped-def]
    from db.services.documents import outline

    return [p for s in outline(library)[0].sections for n in [s, *s.sections] for p in n.paragraphs]


def test_the_current_search_results_can_be_the_dossier(qtbot, window, library, tmp_path):
    with qtbot.waitSignal(window.search.results_ready, timeout=120000):
        window.search.set_query("Rotterdam OR ivoire")
    builder = window.open_dossier_builder()
    assert builder.source.count() == 2
    builder.source.setCurrentIndex(1)
    assert builder.model.rowCount() == 2
    builder.open_preview = lambda _path: None
    out = tmp_path / "results.pdf"
    with qtbot.waitSignal(builder.exported, timeout=120000):
        builder.export_to(out)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "search « Rotterdam OR ivoire »" in text and "ivoire" in text and "Rotterdam" in text
    # the excerpts themselves, not the scope line: exactly the two paragraphs the search found
    flat = " ".join(text.split())
    wanted = ("cocaine_trade", "fauna_crimes")  # the paragraphs naming Rotterdam and ivory
    found = [p.text for p in _paragraphs(library) if p.indicator in wanted]
    assert len(found) == 2
    for paragraph in found:
        assert " ".join(paragraph.split())[:200] in flat
    entries = [line for line in text.splitlines() if line.startswith(("1. ", "2. ", "3. "))]
    assert len({line[:2] for line in entries}) == 2, entries  # numbered 1 and 2, no third
    assert "2 excerpts" in flat  # the cover's count
