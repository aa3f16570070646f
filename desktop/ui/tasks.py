"""Background work: one serial writer lane, with progress and results posted back to the GUI thread.

Like Anki's operations and Picard's run_task: the GUI thread never waits on the library. Every job runs
on a single worker thread, so writes to SQLite and to the index are serialised; only plain records come
back through the signals, never ORM objects.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.ingest.errors import ImportFailure


class JobSignals(QObject):
    progress = Signal(object)  # whatever the job reports, e.g. (path, fraction, message)
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
        except ImportFailure as failure:  # already one line naming the file and the cause
            self.signals.failed.emit(str(failure))
        except Exception as error:  # reported in words; the traceback goes to the log, not the user
            traceback.print_exc()
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.signals.finished.emit(result)


class WriterLane(QObject):
    """The single serial lane every library write goes through."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._jobs: set[Job] = set()

    def submit(
        self,
        work: Callable[[Job], Any],
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
    ) -> Job:
        job = Job(work)
        self._jobs.add(job)
        if on_progress:
            job.signals.progress.connect(on_progress)
        if on_finished:
            job.signals.finished.connect(on_finished)
        if on_failed:
            job.signals.failed.connect(on_failed)
        job.signals.finished.connect(lambda _result: self._jobs.discard(job))
        job.signals.failed.connect(lambda _message: self._jobs.discard(job))
        self.pool.start(job)
        return job

    def wait_for_done(self, milliseconds: int = -1) -> bool:
        return self.pool.waitForDone(milliseconds)
