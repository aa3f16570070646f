"""Every row of every table of a library file: compared before and after a failed operation."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def library_rows(library_dir: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(library_dir / "library.sqlite") as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: sorted(connection.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
