"""What the window remembers between sessions: geometry, docks, splitter, last library, searches."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from desktop.ui.main_window import MainWindow
from desktop.ui.settings import LAST_LIBRARY, RECENT_SEARCHES, remember_search, store


def test_window_state_survives_a_restart(qtbot, sample_library_copy, library):
    first = MainWindow(library)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 560)  # within the offscreen screen, which restoreGeometry clamps to
    first.highlight_action.setChecked(False)
    first.facts_dock.hide()
    with qtbot.waitSignal(first.search.results_ready, timeout=120000):
        first.search.set_query("cocaïne")
    first.search.view.setCurrentIndex(first.search.model.index(0))
    qtbot.keyClick(first.search.view, Qt.Key.Key_Return)  # opening a result remembers its query
    first.close()

    settings = store()
    assert LAST_LIBRARY.get(settings) == str(library.folder)
    assert RECENT_SEARCHES.get(settings) == ["cocaïne"]
    second = MainWindow(library)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (760, 560)
    assert not second.highlight_action.isChecked()
    assert second.facts_dock.isHidden()
    assert second.search.recent.model().stringList() == ["cocaïne"]
    second.close()


def test_recent_searches_are_unique_newest_first_and_bounded():
    settings = store()
    for query in ["a", "b", "a", *[f"q{i}" for i in range(20)]]:
        remember_search(settings, query)
    recent = RECENT_SEARCHES.get(settings)
    assert recent[0] == "q19" and len(recent) == 15 and len(set(recent)) == 15


def test_screenshot_neither_reads_nor_writes_the_analysts_settings(library_dir, sample_report, tmp_path):
    from PySide6.QtCore import QByteArray

    from desktop.launcher import main
    from desktop.ui.settings import WINDOW_GEOMETRY

    assert main(["--library", str(library_dir), "import", "--no-facts", str(sample_report)]) == 0
    settings = store()
    RECENT_SEARCHES.set(settings, ["kept"])
    WINDOW_GEOMETRY.set(settings, QByteArray(b"not a geometry"))
    settings.sync()
    assert main(["--library", str(library_dir), "--screenshot", str(tmp_path / "w.png")]) == 0
    settings = store()
    assert RECENT_SEARCHES.get(settings) == ["kept"]
    assert WINDOW_GEOMETRY.get(settings) == QByteArray(b"not a geometry")
