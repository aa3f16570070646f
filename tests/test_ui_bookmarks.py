"""Bookmarking from the window: select text, Ctrl+D, fill the dialog; delete and undo; re-import."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from db.services.bookmarks import list_bookmarks
from desktop.ui.bookmarks import BookmarkDialog, BookmarksModel


@pytest.fixture
def window(sample_window):
    return sample_window


def _open_cocaine_paragraph(window) -> int:
    for paragraph_id, section_id in window.paragraph_sections.items():
        _outline, section = window.sections[section_id]
        paragraph = next(p for p in section.paragraphs if p.id == paragraph_id)
        if paragraph.indicator == "cocaine_trade":
            window.select_paragraph(paragraph_id)
            return paragraph_id
    raise AssertionError("no cocaine paragraph")


def _select(window, text: str) -> None:
    document = window.reader.document()
    found = document.find(text)
    assert not found.isNull()
    cursor = QTextCursor(document)
    cursor.setPosition(found.selectionStart())
    cursor.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)


def _answer_dialog(note: str, tags: str, color: str) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BookmarkDialog)
        dialog.note.setPlainText(note)
        dialog.tags.setText(tags)
        dialog.color.setCurrentText(color)
        dialog.accept()

    QTimer.singleShot(0, fill)


def _bookmark_selection(qtbot, window) -> None:
    """Ctrl+D's work runs on the writer lane: wait for its change set to reach the views."""
    with qtbot.waitSignal(window.lane.changed, timeout=60000):
        window.bookmark_selection()


def test_bookmarks_model_passes_the_model_tester(qtmodeltester, qtbot, window, library):
    paragraph_id = _open_cocaine_paragraph(window)
    _select(window, "Mocro Mafia")
    _answer_dialog("note", "a", "green")
    _bookmark_selection(qtbot, window)
    model = BookmarksModel()
    model.set_records(list_bookmarks(library))
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and paragraph_id


def test_ctrl_d_bookmarks_the_selection_with_note_tags_and_colour(qtbot, window, library):
    paragraph_id = _open_cocaine_paragraph(window)
    _select(window, "Mocro Mafia")
    _answer_dialog("Groupe à suivre", "drogues, anvers", "red")
    with qtbot.waitSignal(window.lane.changed, timeout=60000):
        qtbot.keyClick(window.reader, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    [bookmark] = list_bookmarks(library)
    assert (bookmark.exact, bookmark.note, bookmark.tags, bookmark.color) == (
        "Mocro Mafia",
        "Groupe à suivre",
        ["anvers", "drogues"],
        "red",
    )
    assert bookmark.paragraph_id == paragraph_id
    assert "✎ Groupe à suivre" in window.reader.toPlainText()  # the note shows in place
    assert window.bookmarks_panel.model.rowCount() == 1


def test_delete_and_undo_from_the_panel(qtbot, window, library):
    _open_cocaine_paragraph(window)
    _select(window, "Rotterdam")
    _answer_dialog("port", "ports", "blue")
    _bookmark_selection(qtbot, window)
    window.bookmarks_panel.view.setCurrentIndex(window.bookmarks_panel.model.index(0))
    with qtbot.waitSignal(window.lane.changed, timeout=60000):
        window.bookmarks_panel._delete_current()
    assert list_bookmarks(library) == [] and window.bookmarks_panel.model.rowCount() == 0
    assert window.undo_stack.canUndo()
    window.activateWindow()  # the bookmark dialog has just closed: focus comes back to the window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=60000)
    with qtbot.waitSignal(window.lane.changed, timeout=60000):
        qtbot.keyClick(window.bookmarks_panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    [restored] = list_bookmarks(library)
    assert (restored.exact, restored.note, restored.tags) == ("Rotterdam", "port", ["ports"])
    assert window.bookmarks_panel.model.rowCount() == 1


def test_a_revised_report_keeps_notes_and_lists_orphans(
    qtbot, window, library, sample_report, tmp_path: Path
):
    _open_cocaine_paragraph(window)
    _select(window, "Mocro Mafia")
    _answer_dialog("suivre", "", "yellow")
    _bookmark_selection(qtbot, window)
    _select(window, "Rotterdam")
    _answer_dialog("port", "", "yellow")
    _bookmark_selection(qtbot, window)
    revised = tmp_path / sample_report.name
    revised.write_text(
        sample_report.read_text(encoding="utf-8").replace("et le port de Rotterdam", "et d’Anvers"),
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.import_flow.finished, timeout=120000):
        window.import_paths([revised])
    records = {r.exact: r for r in list_bookmarks(library)}
    assert not records["Mocro Mafia"].orphan and records["Mocro Mafia"].note == "suivre"
    assert records["Rotterdam"].orphan and records["Rotterdam"].note == "port"
    texts = [
        window.bookmarks_panel.model.index(r).data() for r in range(window.bookmarks_panel.model.rowCount())
    ]
    assert any(text.startswith("ORPHAN") and "Rotterdam" in text for text in texts)
