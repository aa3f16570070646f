"""The SQLite engine of a library: WAL journal, foreign keys on, one connection setup for every thread."""

from __future__ import annotations

import sqlite3
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the GUI read while the writer lane commits; foreign keys make cascades real.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # NORMAL is durable across application crashes in WAL mode and much faster than FULL.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _configure_read_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA query_only=ON")  # a write fails at once, whatever the media would allow
    cursor.close()


def make_engine(database_file: Path, read_only: bool = False) -> Engine:
    """The library's engine; `read_only` opens the file as immutable (a DVD, a read-only share), where
    SQLite could create neither the WAL nor the shared-memory file a normal open needs."""
    if not read_only:
        engine = create_engine(f"sqlite:///{database_file}", future=True)
        event.listen(engine, "connect", _configure_sqlite)
        return engine
    uri = f"file:{quote(str(database_file.resolve()))}?mode=ro&immutable=1"
    engine = create_engine(
        "sqlite://", creator=partial(sqlite3.connect, uri, uri=True, check_same_thread=False), future=True
    )
    event.listen(engine, "connect", _configure_read_only)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services return plain data built inside the session, never live ORM objects.
    return sessionmaker(engine, expire_on_commit=False)
