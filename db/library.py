"""A library on disk: a folder holding `library.sqlite` and the search index.

`Library.open` creates or migrates the database. One `Library` serves one process; services receive it
and open one Session per operation with `library.session()`; operations that write hold
`library.writing()` so that a second process waits for the first.

Opening is careful with what it finds: a 0-byte file is refused (it is not a new library), a damaged one
is reported with the way out, and a library on read-only media opens read-only. A new library's folder
and files are private to their owner (0700/0600): they hold an analyst's notes and searches.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from db.engine import make_engine, make_session_factory
from db.errors import error_line, one_line
from db.locking import Waiting, WriteLock
from db.migrate import SCHEMA_REVISION, ensure_schema, existing_backups, stored_revision

DATABASE_NAME = "library.sqlite"
INDEX_DIR_NAME = "index"
FOLDER_MODE = 0o700
FILE_MODE = 0o600


class LibraryError(Exception):
    """The library folder cannot be used (not writable, not a library, damaged database)."""


class LibraryReadOnly(LibraryError):
    """A write was asked of a library opened read-only."""


def way_out(database_file: Path) -> str:
    """What an analyst can do about a damaged library, in one sentence."""
    backups = existing_backups(database_file)
    restore = (
        f"restore the copy taken before the last upgrade ({backups[-1]}) over {database_file.name}, or "
        if backups
        else ""
    )
    return (
        f"Way out: {restore}save what can be read with "
        f"`sqlite3 {database_file} .recover | sqlite3 recovered.sqlite` and open that library instead."
    )


def _writable(path: Path) -> bool:
    """Whether this process may write at `path`; os.access also says no on a read-only mount, for root."""
    return os.access(path, os.W_OK)


def _quick_check(engine: Engine) -> str | None:
    """None when SQLite's quick check passes, else its first findings, on one line (a finding may
    span several: "*** in database main ***" and the pages it names)."""
    with engine.connect() as connection:
        rows = [str(row[0]) for row in connection.execute(text("PRAGMA quick_check(5)"))]
    return None if rows == ["ok"] else one_line("; ".join(rows), 200)


def _create_private_file(path: Path) -> None:
    """An empty file, 0600, for SQLite to fill: its WAL and shared-memory files take the same mode."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(descriptor)


def _open_engine(database: Path, read_only: bool, verify: bool, lock: WriteLock | None) -> Engine:
    """The engine of a checked library at the current schema (made or upgraded here when needed)."""
    exists = database.exists()
    if exists and database.stat().st_size == 0:
        raise LibraryError(
            f"{database}: the file is empty (0 bytes), so it is not a library; it was not taken for a "
            "new one. Restore a copy of it, or remove it to start an empty library."
        )
    created = False
    if not exists:
        try:
            _create_private_file(database)
            created = True
        except OSError as error:
            raise LibraryError(f"{database}: cannot create the library ({error.strerror})") from error
    engine = make_engine(database, read_only=read_only)
    try:
        if verify and not created:
            problem = _quick_check(engine)
            if problem:
                raise LibraryError(f"{database}: the library is damaged ({problem}). {way_out(database)}")
        if stored_revision(engine) != SCHEMA_REVISION:
            if lock is None:
                raise LibraryError(
                    f"{database}: this read-only library was made by another version of Excerpta; "
                    "copy the folder somewhere writable to upgrade it"
                )
            with lock.hold("upgrading the library"):  # one process migrates; the next finds it done
                ensure_schema(engine, database)
    except LibraryError:
        engine.dispose()
        raise
    except Exception as error:
        engine.dispose()
        if created:
            database.unlink(missing_ok=True)  # leave no half-made library behind
        if "malformed" in str(error) or "not a database" in str(error):
            raise LibraryError(
                f"{database}: the library is damaged ({error_line(error)}). {way_out(database)}"
            ) from error
        raise LibraryError(f"{database}: cannot open the library ({error_line(error)})") from error
    return engine


@dataclass
class Library:
    folder: Path
    engine: Engine
    _sessions: sessionmaker[Session]
    read_only: bool = False
    _lock: WriteLock | None = field(default=None, repr=False)

    @classmethod
    def open(cls, folder: Path, *, verify: bool = True) -> Library:
        """Opens (or creates) the library in `folder`. `verify` runs SQLite's quick check first."""
        folder = Path(folder).expanduser()
        try:
            folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(f"{folder}: cannot create the library folder ({error.strerror})") from error
        if not folder.is_dir():
            raise LibraryError(f"{folder}: not a folder")
        database = folder / DATABASE_NAME
        exists = database.exists()
        if exists and not database.is_file():
            raise LibraryError(f"{database}: not a file")
        read_only = not _writable(folder) or (exists and not _writable(database))
        if read_only and not exists:
            raise LibraryError(f"{folder}: cannot create a library here: the folder cannot be written")
        lock = None if read_only else WriteLock(folder)
        # Making a library, or finding an empty file (which may be another process making it right now),
        # is done under the write lock, so that the second process sees a whole library or none.
        making = lock is not None and (not exists or database.stat().st_size == 0)
        with lock.hold("creating the library") if lock is not None and making else contextlib.nullcontext():
            engine = _open_engine(database, read_only, verify, lock)
        if not read_only:
            with contextlib.suppress(OSError):  # the index's own code makes it when this cannot
                (folder / INDEX_DIR_NAME).mkdir(mode=FOLDER_MODE, exist_ok=True)
        return cls(
            folder=folder,
            engine=engine,
            _sessions=make_session_factory(engine),
            read_only=read_only,
            _lock=lock,
        )

    @property
    def database_file(self) -> Path:
        return self.folder / DATABASE_NAME

    @property
    def index_dir(self) -> Path:
        return self.folder / INDEX_DIR_NAME

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A Session for one operation; the caller decides whether to `begin()` a write transaction."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def writing(self, what: str = "a change", waiting: Waiting | None = None) -> Iterator[None]:
        """Held by every operation that writes: another process's write waits (saying so through
        `waiting`, stderr by default) until this one is done. Raises LibraryReadOnly on read-only media."""
        if self._lock is None:
            raise LibraryReadOnly(self.read_only_refusal(what))
        with self._lock.hold(what, waiting):
            yield

    def writer_busy(self) -> bool:
        """Another process is writing (an import, a reindex): a reader should not wait for it."""
        return self._lock is not None and self._lock.busy()

    def read_only_refusal(self, what: str = "a change") -> str:
        return (
            f"{self.folder}: the library is read-only (read-only media or no write permission); "
            f"{what} is not possible. Browse, search and export still work."
        )

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
