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
    opened = _open_library(app, library_dir, splash=not screenshot)
    if not isinstance(opened, Library):
        if screenshot:
            print(f"error: {opened}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "Excerpta", opened)
        return 2
    library = opened
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


def _open_library(app: Any, library_dir: Path, splash: bool) -> Library | str:
    """The library, opened on a worker thread (its check, and a migration after an upgrade, which may
    take seconds and writes a backup first), or the one line saying why it cannot be opened. The GUI
    thread keeps drawing meanwhile: a splash with the folder's name, and no SQL of its own."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThreadPool
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QSplashScreen

    from desktop.resources import resource
    from desktop.ui.tasks import Job

    def work(_job: Job) -> Library | str:
        try:
            return Library.open(library_dir)
        except LibraryError as error:  # the analyst's one line; not a bug, so no traceback
            return str(error)

    outcome: list[Library | str] = []
    loop = QEventLoop()
    job = Job(work)
    job.signals.finished.connect(lambda result: (outcome.append(result), loop.quit()))
    job.signals.failed.connect(lambda message: (outcome.append(message), loop.quit()))
    screen: QSplashScreen | None = None
    if splash:
        screen = QSplashScreen(QPixmap(str(resource("icons", "excerpta-256.png"))))
        screen.showMessage(
            QCoreApplication.translate("Startup", "Opening {folder}…").format(folder=library_dir.name),
            Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter,
        )
        screen.show()
    pool = QThreadPool()
    pool.start(job)
    loop.exec()  # the job's signal, queued to this thread, is delivered inside the loop and quits it
    pool.waitForDone()
    if screen is not None:
        screen.close()
    return outcome[0]


def _settle(window: Any) -> None:
    """Waits for the writer lane and the reads, and shows what they brought (for the screenshot)."""
    from PySide6.QtCore import QCoreApplication

    for _ in range(10):
        window.lane.wait_for_done()
        window.reads.wait_for_done()
        QCoreApplication.processEvents()
        if not window.reads.pending():
            return
