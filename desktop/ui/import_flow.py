"""Importing from the window without blocking it: the import operation runs on the writer lane while
the status bar shows its progress with a Cancel button, and the analyst goes on reading and searching.

The text is stored and indexed first, so the new paragraphs appear in the tree at once; facts follow as
a second operation in the background. Each file's outcome is listed in a window that opens only when a
file failed, and stays until the analyst has read it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStringListModel, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.library import Library
from desktop.ops.facts import repair_derived
from desktop.ops.imports import FileResult, ImportOutcome, import_files
from desktop.ui.tasks import Job, JobProgress, WriterLane


class ImportProgressDialog(QDialog):
    """Each file's outcome in words, shown when a file failed (not modal: the window stays usable)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("Starting…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.lines = QStringListModel(self)
        self.list = QListView()
        self.list.setModel(self.lines)
        self.list.setAccessibleName(self.tr("Files imported"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
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
        self.label.setText(summary)
        self.bar.setValue(1000)


class StatusProgress(QWidget):
    """The status bar's progress: what is being done, a bar, and Cancel."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setMaximumWidth(320)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setMaximumWidth(180)
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel the import"))
        self.cancel.clicked.connect(self.cancel_requested)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.hide()

    def show_progress(self, done: float, total: float, label: str) -> None:
        self.label.setText(label if len(label) <= 60 else label[:59] + "…")
        self.bar.setValue(int(1000 * done / total) if total else 0)
        self.show()


class ImportFlow(QObject):
    """One import batch from the window. `finished` comes when the text is stored and searchable;
    `facts_done` when the facts extracted after it are stored."""

    finished = Signal(list)  # list[FileResult]
    facts_done = Signal()

    def __init__(
        self, library: Library, lane: WriterLane, parent: QMainWindow, extractor: Any = None
    ) -> None:
        super().__init__(parent)
        self.extractor = extractor
        self.library = library
        self.lane = lane
        self.window = parent
        self.results: list[FileResult] = []
        self.job: Job | None = None
        self.dialog: ImportProgressDialog | None = None
        self.status = StatusProgress(parent)
        self.status.cancel_requested.connect(self.cancel)
        parent.statusBar().addPermanentWidget(self.status)

    def start(self, paths: list[Path]) -> Job:
        self.results = []
        self._close_dialog()
        self.dialog = ImportProgressDialog(self.window)  # filled as files finish, shown on failure
        self.status.show_progress(0, 1, self.tr("Importing…"))
        self.status.cancel.setEnabled(True)

        def work(job: Job) -> ImportOutcome:
            return import_files(
                self.library,
                paths,
                facts=False,  # facts follow as their own operation: the text is searchable sooner
                progress=JobProgress(job),
                on_result=lambda result: job.report(("result", result)),
            )

        self.job = self.lane.submit(work, self._done, self._failed, self._progress)
        return self.job

    def cancel(self) -> None:
        if self.job is not None and not self.job.cancelled:
            self.job.cancel()
            self.status.label.setText(self.tr("Cancelling after the current file…"))
            self.status.cancel.setEnabled(False)

    def _progress(self, event: tuple) -> None:  # type: ignore[type-arg]
        if event[0] == "result":
            result: FileResult = event[1]
            self.results.append(result)
            if self.dialog is not None:
                self.dialog.add_line(("✓ " if result.ok else "✗ ") + result.line())
            return
        done, total, label = event
        self.status.show_progress(done, total, label)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _done(self, outcome: ImportOutcome) -> None:
        results = outcome.results
        failed = [r for r in results if not r.ok]
        if failed and self.dialog is not None:  # the list stays up until the analyst has read it
            summary = self.tr("{ok} of {total} files imported; {n} failed, see below.")
            counts = {"ok": len(results) - len(failed), "total": len(results), "n": len(failed)}
            self.dialog.finish(summary.format(**counts))
            self.dialog.show()
        else:
            self._close_dialog()
        self.finished.emit(results)
        if any(r.document_id is not None for r in results) and not (self.job and self.job.cancelled):
            self._extract_facts()
        else:
            self.status.hide()

    def _extract_facts(self) -> None:
        self.status.cancel.setEnabled(False)  # facts are not lost when stopped: they wait for the next open
        self.status.show_progress(0, 1, self.tr("Extracting facts…"))
        self.lane.submit(
            lambda job: repair_derived(self.library, JobProgress(job), self.extractor),
            lambda _changes: self._facts_finished(),
            self._facts_failed,
            lambda event: self.status.show_progress(*event),
        )

    def _facts_finished(self) -> None:
        self.status.hide()
        self.facts_done.emit()

    def _facts_failed(self, message: str) -> None:
        self.status.hide()
        self.lane.show_failure(message, self.tr("Facts not extracted"))
        self.facts_done.emit()

    def _failed(self, message: str) -> None:
        self.status.hide()
        self.lane.show_failure(message, self.tr("The import stopped"))
        self.finished.emit(self.results)
