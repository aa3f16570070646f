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


def test_the_current_search_results_can_be_the_dossier(qtbot, window, tmp_path):
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
    assert "search: Rotterdam OR ivoire" in text and "ivoire" in text and "Rotterdam" in text
