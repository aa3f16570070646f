"""Importing from the window: pick or drop files, run the batch on the writer lane, show each result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from db.library import Library
from db.search.sync import sync_index
from desktop.facts.pipeline import extract_stale
from desktop.ingest.batch import FileResult, import_paths
from desktop.ui.tasks import Job, WriterLane


class ImportResultsDialog(QDialog):
    """What happened to each file, in words; failures first."""

    def __init__(self, results: list[FileResult], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import results"))
        layout = QVBoxLayout(self)
        failed = [r for r in results if not r.ok]
        summary = self.tr("{ok} of {total} files imported.").format(
            ok=len(results) - len(failed), total=len(results)
        )
        layout.addWidget(QLabel(summary))
        self.list = QListWidget()
        self.list.addItems([r.line() for r in failed + [r for r in results if r.ok]])
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 300)


class ImportFlow(QObject):
    """One import batch from the window, with a progress dialog whose Cancel stops between files."""

    finished = Signal(list)  # list[FileResult]

    def __init__(self, library: Library, lane: WriterLane, parent: QWidget) -> None:
        super().__init__(parent)
        self.library = library
        self.lane = lane
        self.window = parent
        self.results: list[FileResult] = []
        self.job: Job | None = None
        self.dialog: QProgressDialog | None = None

    def start(self, paths: list[Path]) -> Job:
        self.results = []
        self.dialog = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, 1000, self.window)
        self.dialog.setWindowTitle(self.tr("Import"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)

        def work(job: Job) -> list[FileResult]:
            results = []
            for result in import_paths(
                self.library,
                paths,
                progress=lambda p, f, m: job.report(("progress", p, f, m)),
                cancelled=lambda: job.cancelled,
            ):
                results.append(result)
                job.report(("result", result))
            # Same lane, same job: facts, then the index, follow the library before the window shows it.
            if not job.cancelled:  # what was imported, and anything a crash left without facts
                extract_stale(
                    self.library,
                    lambda done, total: job.report(
                        ("progress", Path("facts"), done / max(total, 1), "facts")
                    ),
                )
            sync_index(
                self.library,
                lambda done, total: job.report(
                    ("progress", Path("search index"), done / max(total, 1), "indexing")
                ),
            )
            return results

        self.job = self.lane.submit(work, self._done, self._failed, self._progress)
        self.dialog.canceled.connect(self.job.cancel)
        return self.job

    def _progress(self, event: tuple) -> None:
        if self.dialog is None:
            return
        if event[0] == "progress":
            _, path, fraction, message = event
            self.dialog.setLabelText(f"{Path(path).name}: {message}")
            self.dialog.setValue(int(fraction * 1000))
        else:
            self.results.append(event[1])

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None

    def _done(self, results: list[FileResult]) -> None:
        self._close_dialog()
        self.finished.emit(results)

    def _failed(self, message: str) -> None:
        self._close_dialog()
        self.finished.emit(self.results)
