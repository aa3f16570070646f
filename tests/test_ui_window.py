"""The window, driven the way a user would: offscreen, on a real library file under tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desktop.ui.main_window import MainWindow
from desktop.ui.outline_model import ID_ROLE, KIND_ROLE, LibraryTreeModel
from domain.records import ImportStatus
from tests.conftest import import_report


@pytest.fixture
def window(qtbot, library):
    main = MainWindow(library)
    qtbot.addWidget(main)
    yield main
    main.lane.wait_for_done()


def test_tree_model_passes_the_model_tester(qtmodeltester, library, sample_report, real_report):
    import_report(library, sample_report, facts=False)
    import_report(library, real_report, facts=False)
    from db.services.documents import outline

    model = LibraryTreeModel()
    model.set_outlines(outline(library))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    first_document = model.index(0, 0)
    pillars = [model.index(r, 0, first_document).data() for r in range(model.rowCount(first_document))]
    assert pillars == ["Marchés criminels", "Acteurs de la criminalité", "Résilience"]


def test_import_from_the_window_runs_in_the_background_and_fills_the_tree(qtbot, window, sample_report):
    assert window.tree_model.rowCount() == 0
    with qtbot.waitSignal(window.import_flow.finished, timeout=120000) as finished:
        window.import_paths([sample_report])
    results = finished.args[0]
    assert [r.status for r in results] == [ImportStatus.IMPORTED]
    assert window.import_flow.dialog is None  # all went well: the progress dialog closed itself
    assert window.tree_model.rowCount() == 1
    # Plural forms through Qt (%n): "1 document", or the untranslated "1 document(s)" when no
    # translator is installed, never "1 documents".
    message = window.statusBar().currentMessage()
    assert message.startswith("1 document") and "1 documents" not in message and "32 paragraph" in message


def test_dropping_files_imports_them_and_reports_failures_in_words(qtbot, window, sample_report, tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_text("not really a pdf", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bad)), QUrl.fromLocalFile(str(sample_report))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.import_flow.finished, timeout=120000) as finished:
        window.dropEvent(event)
    lines = [r.line() for r in finished.args[0]]
    assert lines[0] == f"{bad}: failed: not a PDF (no PDF header)"
    assert lines[1].startswith(f"{sample_report}: imported")
    dialog = window.import_flow.dialog  # stays open on failure, with each file's outcome in words
    assert dialog is not None and "1 failed" in dialog.label.text()
    shown = dialog.lines.stringList()
    assert shown[0] == f"✗ {bad}: failed: not a PDF (no PDF header)" and shown[1].startswith("✓ ")
    assert not any("Traceback" in line for line in shown)


def test_selecting_a_paragraph_shows_its_section_in_the_reader(qtbot, window, library, sample_report):
    qtbot.waitUntil(lambda: window.index_ready, timeout=60000)  # the empty library shown, repaired
    import_report(library, sample_report, facts=False)
    with qtbot.waitSignal(window.library_shown, timeout=60000):  # read on the writer lane
        window.reload()
    window.select_first_paragraph()
    index = window.tree.currentIndex()
    assert index.data(KIND_ROLE) == "paragraph"
    assert index.data() == "1. Traite des personnes"
    html_text = window.reader.toPlainText()
    assert "PERSONNES" in html_text and "Le Luxembourg est un pays de destination" in html_text
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    assert window.tree.currentIndex().data() == "2. Trafic de migrants"
    assert window.tree.currentIndex().data(ID_ROLE) != index.data(ID_ROLE)


def test_screenshot_renders_the_window_to_a_png(library_dir, sample_report, tmp_path: Path):
    from desktop.launcher import main

    assert main(["--library", str(library_dir), "import", str(sample_report)]) == 0
    png = tmp_path / "window.png"
    assert main(["--library", str(library_dir), "--screenshot", str(png)]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert image.width() >= 800 and image.height() >= 500
