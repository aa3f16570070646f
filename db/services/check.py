"""`excerpta check`: SQLite's full integrity check, and who may read the library's files.

It works from the folder, not from an opened `Library`, because the libraries it matters most for are
the ones that no longer open. The database is opened read-only, so checking never changes anything.
"""

from __future__ import annotations

import sqlite3
import stat
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from db.library import DATABASE_NAME, INDEX_DIR_NAME, way_out
from db.migrate import existing_backups

INTEGRITY_LINES = 20


@dataclass(frozen=True)
class FileAccess:
    path: Path
    mode: str  # "0600", or "missing"
    private: bool  # no one but the owner may read it (itself, or a 0700 library folder around it)


@dataclass(frozen=True)
class CheckReport:
    database: Path
    problems: list[str] = field(default_factory=list)  # integrity findings; empty when sound
    access: list[FileAccess] = field(default_factory=list)
    backups: list[Path] = field(default_factory=list)

    @property
    def damaged(self) -> bool:
        return bool(self.problems)

    @property
    def way_out(self) -> str:
        return way_out(self.database)


def _mode(path: Path) -> int | None:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None


def _access(path: Path, folder: Path) -> FileAccess:
    mode = _mode(path)
    if mode is None:
        return FileAccess(path, "missing", True)
    folder_mode = _mode(folder)
    inside_private_folder = path != folder and folder in path.parents and not (folder_mode or 0) & 0o077
    return FileAccess(path, f"{mode:04o}", not mode & 0o077 or inside_private_folder)


def _integrity(database: Path) -> list[str]:
    if not database.is_file():
        return [f"{database} is missing"]
    if database.stat().st_size == 0:
        return [f"{database} is empty (0 bytes)"]
    try:
        # mode=ro: the check writes nothing, and runs on read-only media too.
        connection = sqlite3.connect(f"file:{quote(str(database.resolve()))}?mode=ro", uri=True)
        try:
            rows = [row[0] for row in connection.execute(f"PRAGMA integrity_check({INTEGRITY_LINES})")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return [f"SQLite cannot read it: {error}"]
    return [] if rows == ["ok"] else rows


def check_library(folder: Path, other_files: tuple[Path, ...] = ()) -> CheckReport:
    """The full integrity check of `folder`'s database, and the permissions of the folder, the database,
    the index and `other_files` (the settings file, which the front end knows)."""
    database = folder / DATABASE_NAME
    paths = [folder, database, folder / INDEX_DIR_NAME, *other_files]
    return CheckReport(
        database=database,
        problems=_integrity(database),
        access=[_access(p, folder) for p in paths],
        backups=existing_backups(database),
    )
