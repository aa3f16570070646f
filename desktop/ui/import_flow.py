"""Importing from the window: pick or drop files, run the batch on the writer lane, show each result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from db.library import Library
from db.search.sync import sync_index
from desktop.facts.pipeline import extract_stale
from desktop.ingest.batch import FileResult, import_paths
from desktop.ui.tasks import Job, WriterLane


class ImportProgressDialog(QDialog):
    """The file being read, a bar, each finished file's outcome in words, and Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("Starting…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.lines = QStringListModel(self)
        self.list = QListView()
        self.list.setModel(self.lines)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 320)

    def add_line(self, line: str) -> None:
        self.lines.insertRows(self.lines.rowCount(), 1)
        self.lines.setData(self.lines.index(self.lines.rowCount() - 1), line)
        self.list.scrollToBottom()

    def finish(self, summary: str) -> None:
        """The Cancel button becomes Close; the list stays for the analyst to read."""
        self.label.setText(summary)
        self.bar.setValue(1000)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)


class ImportFlow(QObject):
    """One import batch from the window, with a progress dialog whose Cancel stops between files."""

    finished = Signal(list)  # list[FileResult]

    def __init__(
        self,
        library: Library,
        lane: WriterLane,
        parent: QWidget,
        extractor: Any = None,
        snapshot: Callable[[], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.extractor = extractor
        # Read on the writer lane at the end of the job, so the window only applies it (see MainWindow).
        self.read_snapshot = snapshot
        self.snapshot: Any = None
        self.library = library
        self.lane = lane
        self.window = parent
        self.results: list[FileResult] = []
        self.job: Job | None = None
        self.dialog: ImportProgressDialog | None = None

    def start(self, paths: list[Path]) -> Job:
        self.results = []
        self.dialog = ImportProgressDialog(self.window)
        self.dialog.buttons.rejected.connect(self._cancel_or_close)
        self.dialog.show()

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
                    self.extractor,
                )
            sync_index(
                self.library,
                lambda done, total: job.report(
                    ("progress", Path("search index"), done / max(total, 1), "indexing")
                ),
            )
            self.snapshot = self.read_snapshot() if self.read_snapshot else None
            return results

        self.job = self.lane.submit(work, self._done, self._failed, self._progress)
        return self.job

    def _cancel_or_close(self) -> None:
        if (
            self.job is not None
            and not self.job.cancelled
            and self.dialog is not None
            and self.dialog.isVisible()
        ):
            finished = self.dialog.buttons.standardButtons() == QDialogButtonBox.StandardButton.Close
            if not finished:
                self.job.cancel()
                self.dialog.label.setText(self.tr("Cancelling after the current file…"))
                return
        self._close_dialog()

    def _progress(self, event: tuple) -> None:  # type: ignore[type-arg]
        if self.dialog is None:
            return
        if event[0] == "progress":
            _, path, fraction, message = event
            self.dialog.label.setText(f"{Path(path).name}: {message}")
            self.dialog.bar.setValue(int(fraction * 1000))
        else:
            self.results.append(event[1])
            self.dialog.add_line(("✓ " if event[1].ok else "✗ ") + event[1].line())

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _done(self, results: list[FileResult]) -> None:
        failed = [r for r in results if not r.ok]
        if self.dialog is not None:
            if failed:  # the list stays up until the analyst has read it
                summary = self.tr("{ok} of {total} files imported; {n} failed, see below.")
                self.dialog.finish(
                    summary.format(ok=len(results) - len(failed), total=len(results), n=len(failed))
                )
            else:
                self._close_dialog()
        self.finished.emit(results)

    def _failed(self, message: str) -> None:
        if self.dialog is not None:
            self.dialog.finish(self.tr("The import stopped: {message}").format(message=message))
        self.finished.emit(self.results)
