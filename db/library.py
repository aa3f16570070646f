"""A library on disk: a folder holding `library.sqlite` and the search index.

`Library.open` creates or migrates the database. One `Library` serves one process; services receive it
and open one Session per operation with `library.session()`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.engine import make_engine, make_session_factory
from db.migrate import ensure_schema

DATABASE_NAME = "library.sqlite"
INDEX_DIR_NAME = "index"


class LibraryError(Exception):
    """The library folder cannot be used (not writable, not a library, damaged database)."""


@dataclass
class Library:
    folder: Path
    engine: Engine
    _sessions: sessionmaker[Session]

    @classmethod
    def open(cls, folder: Path) -> Library:
        folder = Path(folder).expanduser()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(f"{folder}: cannot create the library folder ({error.strerror})") from error
        if not folder.is_dir():
            raise LibraryError(f"{folder}: not a folder")
        engine = make_engine(folder / DATABASE_NAME)
        try:
            ensure_schema(engine)
        except Exception as error:
            engine.dispose()
            raise LibraryError(f"{folder / DATABASE_NAME}: cannot open the library ({error})") from error
        return cls(folder=folder, engine=engine, _sessions=make_session_factory(engine))

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

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
