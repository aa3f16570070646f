"""Starting the desktop application, or rendering it offscreen to a PNG."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from db.library import Library, LibraryError


def run_desktop(library_dir: Path, screenshot: str | None = None, search: str | None = None) -> int:
    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QSize
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.resources import resource
    from desktop.ui.i18n import install_translator
    from desktop.ui.main_window import MainWindow
    from desktop.ui.palette import follow_system_scheme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Excerpta")
    app.setOrganizationName("Excerpta")
    # The .desktop file's Icon= name lets a Linux desktop match the window to its menu entry.
    app.setDesktopFileName("org.excerpta.Excerpta")
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource("icons", f"excerpta-{size}.png")), QSize(size, size))
    app.setWindowIcon(icon)
    follow_system_scheme(app)
    install_translator(app)
    try:
        library = Library.open(library_dir)
    except LibraryError as error:
        if screenshot:
            print(f"error: {error}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "Excerpta", str(error))
        return 2
    settings = None
    scratch = None
    if screenshot:
        # A screenshot is reproducible: fresh settings, not the analyst's, and nothing saved back.
        scratch = tempfile.TemporaryDirectory(prefix="excerpta-screenshot-", ignore_cleanup_errors=True)
        settings = QSettings(str(Path(scratch.name) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, settings=settings)
    window.show()
    if screenshot:
        _settle(window)  # the library, read off the GUI thread, is on screen
        window.select_first_paragraph()
        if search:
            window.lane.wait_for_done()  # the index is in step with the library before searching
            window.focus_search()
            window.search.set_query(search)
            window.search.wait_for_results()
            for _ in range(5):
                app.processEvents()
            if window.search.model.rowCount():
                window.search.view.setCurrentIndex(window.search.model.index(0))
                window.open_hit(window.search.current_hit())
        _settle(window)  # the section's facts, read off the GUI thread, are coloured
        for _ in range(5):
            app.processEvents()
        saved = window.grab().save(screenshot)
        window.close()
        library.close()
        if settings is not None and scratch is not None:
            settings.sync()
            scratch.cleanup()  # the scratch settings folder goes with the screenshot run
        if not saved:
            print(f"error: {screenshot}: could not write the PNG", file=sys.stderr)
            return 1
        return 0
    code = app.exec()
    library.close()
    return int(code)


def _settle(window: Any) -> None:
    """Waits for the writer lane and the reads, and shows what they brought (for the screenshot)."""
    from PySide6.QtCore import QCoreApplication

    for _ in range(10):
        window.lane.wait_for_done()
        window.reads.wait_for_done()
        QCoreApplication.processEvents()
        if not window.reads.pending():
            return
