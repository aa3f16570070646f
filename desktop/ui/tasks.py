"""Background work: one serial writer lane, on which every operation (and the reads that follow it) runs.

Like Anki's operations and Picard's run_task: the GUI thread never waits on the library. Every write is
an operation (desktop/ops) run on the single writer thread, so writes to SQLite and to the index are
serialised; only plain records come back through the signals, never ORM objects. Every job has a
failure path: without a handler of its own, a failure is shown in a dialog. When an operation returns a
change set, the lane announces it with `changed` (Anki's `operation_did_execute`), and each view refreshes
what it shows.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ops.changes import ChangeSet

# Errors that are the input's or the analyst's, already said in words: no traceback for them.
_EXPECTED = (ValueError, LookupError, OSError)


def failure_line(error: BaseException) -> str:
    """One line for the analyst: the error's own words, never a traceback, never a whole document."""
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 300 else text[:299] + "…"


class JobSignals(QObject):
    progress = Signal(object)  # whatever the job reports, e.g. (done, total, label)
    finished = Signal(object)  # the job's return value
    failed = Signal(str)  # one line, for the user


class Job(QRunnable):
    def __init__(self, work: Callable[[Job], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, value: object) -> None:
        self.signals.progress.emit(value)

    def run(self) -> None:
        try:
            result = self.work(self)
        except Exception as error:  # reported in words; the traceback goes to the log, not the user
            if not isinstance(error, _EXPECTED) and not hasattr(error, "reason"):
                traceback.print_exc()
            self.signals.failed.emit(failure_line(error))
        else:
            self.signals.finished.emit(result)


class JobProgress:
    """A job seen through the operations' `Progress` interface (report, cancelled)."""

    def __init__(self, job: Job) -> None:
        self.job = job

    def report(self, done: float, total: float, label: str) -> None:
        self.job.signals.progress.emit((done, total, label))

    def cancelled(self) -> bool:
        return self.job.cancelled


def _changes_of(result: object) -> ChangeSet | None:
    """An operation's change set: its result, a `changes` attribute, or the last item of a tuple."""
    if isinstance(result, ChangeSet):
        return result
    changes = getattr(result, "changes", None)
    if isinstance(changes, ChangeSet):
        return changes
    if isinstance(result, tuple) and result and isinstance(result[-1], ChangeSet):
        return result[-1]
    return None


class Lane(QObject):
    """A queue of jobs on one worker thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._jobs: set[Job] = set()

    def _start(
        self,
        job: Job,
        on_finished: Callable[[Any], None] | None,
        on_failed: Callable[[str], None],
        on_progress: Callable[[Any], None] | None,
    ) -> Job:
        self._jobs.add(job)
        if on_progress:
            job.signals.progress.connect(on_progress)
        if on_finished:
            job.signals.finished.connect(on_finished)
        job.signals.failed.connect(on_failed)
        job.signals.finished.connect(lambda _result: self._jobs.discard(job))
        job.signals.failed.connect(lambda _message: self._jobs.discard(job))
        self.pool.start(job)
        return job

    def wait_for_done(self, milliseconds: int = -1) -> bool:
        return self.pool.waitForDone(milliseconds)


ViewReader = Callable[[ChangeSet], Any]


class WriterLane(Lane):
    """The single serial lane every library write goes through.

    When an operation returns a non-empty change set, `read_views` (if set) reads, still on the lane,
    what the views need to show it; then `changed(changes, update)` reaches every view on the GUI
    thread, before the job's own success handler runs. So a view never reads the library on the GUI
    thread after a change, and never reloads more than the change set names."""

    changed = Signal(object, object)  # ChangeSet, what `read_views` returned for it

    def __init__(self, parent: QObject | None = None, dialog_parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog_parent = dialog_parent
        self.read_views: ViewReader | None = None
        self.last_error: str | None = None
        self.error_box: QMessageBox | None = None

    def show_failure(self, message: str, title: str | None = None) -> None:
        """The default failure path: a window-modal message the analyst reads; the window stays usable."""
        self.last_error = message
        self.error_box = QMessageBox(
            QMessageBox.Icon.Warning, title or self.tr("Excerpta"), message, parent=self.dialog_parent
        )
        self.error_box.open()

    def submit(
        self,
        work: Callable[[Job], Any],
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
    ) -> Job:
        """Runs `work(job)` on the lane. A change set in its result is announced with `changed`."""

        def run(job: Job) -> tuple[Any, ChangeSet | None, Any]:
            result = work(job)
            changes = _changes_of(result)
            if changes is not None and changes.is_empty():
                changes = None  # nothing for the views to do
            update = self.read_views(changes) if changes is not None and self.read_views else None
            return result, changes, update

        def finished(outcome: tuple[Any, ChangeSet | None, Any]) -> None:
            result, changes, update = outcome
            if changes is not None:
                self.changed.emit(changes, update)
            if on_finished:
                on_finished(result)

        return self._start(Job(run), finished, on_failed or self.show_failure, on_progress)
