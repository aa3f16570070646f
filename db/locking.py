"""One writer at a time across processes: a lock file in the library folder, held with flock.

SQLite serialises transactions, but an operation is several of them (store, facts, index): a second
process that writes meanwhile made imports fail half-way. Write operations hold `library.writing()`; a
second one waits, after saying once what it waits for. Readers never take it. The lock is reentrant in
one process (an operation may call another), and the kernel drops it when a process dies, so a killed
import never leaves the library locked.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: SQLite's own locking is all there is
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = ".excerpta-write.lock"

Waiting = Callable[[str], None]


def _say_on_stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class WriteLock:
    """The library's write lock; `hold(what)` is the context manager behind `Library.writing`."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_FILE
        self._guard = threading.RLock()
        self._depth = 0
        self._descriptor: int | None = None

    @contextmanager
    def hold(self, what: str, waiting: Waiting | None = None) -> Iterator[None]:
        with self._guard:
            if self._depth == 0:
                self._acquire(what, waiting or _say_on_stderr)
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self._release()

    def _acquire(self, what: str, waiting: Waiting) -> None:
        descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if fcntl is not None:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.lseek(descriptor, 0, os.SEEK_SET)
                holder = os.read(descriptor, 200).decode("utf-8", "replace").strip() or "another process"
                waiting(f"waiting for {holder} to finish writing to the library…")
                fcntl.flock(descriptor, fcntl.LOCK_EX)
        self._descriptor = descriptor
        try:  # who holds it, for the message of the next one that waits; not worth failing for
            os.ftruncate(descriptor, 0)
            os.lseek(descriptor, 0, os.SEEK_SET)
            os.write(descriptor, f"Excerpta process {os.getpid()} ({what})".encode())
        except OSError:
            pass  # a full disk: the lock holds all the same

    def busy(self) -> bool:
        """Whether another process holds the lock now (this process's own hold is not "busy")."""
        if self._depth > 0 or fcntl is None:
            return False
        try:
            descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return False
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(descriptor)  # drops the probe's lock at once
        return False

    def _release(self) -> None:
        if self._descriptor is None:
            return
        try:
            os.ftruncate(self._descriptor, 0)
        except OSError:
            pass
        finally:
            os.close(self._descriptor)  # closing drops the flock
            self._descriptor = None
