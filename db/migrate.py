"""Brings a library's schema to the current revision with Alembic, from the first day on.

Alembic's migration machinery (the command module and the scripts) is only loaded when the stored
revision differs from `SCHEMA_REVISION`, so opening an up-to-date library costs one query.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

# The head revision of db/migrations/versions; a test keeps the two in step.
SCHEMA_REVISION = "0011"

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def stored_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


BACKUP_SUFFIX = ".bak"


def backup_path(database_file: Path, revision: str = SCHEMA_REVISION) -> Path:
    """Where the copy taken before upgrading to `revision` goes: beside the library."""
    return database_file.with_name(f"{database_file.name}.pre-{revision}{BACKUP_SUFFIX}")


def existing_backups(database_file: Path) -> list[Path]:
    return sorted(database_file.parent.glob(f"{database_file.name}.pre-*{BACKUP_SUFFIX}"))


def back_up_before_migrating(database_file: Path) -> Path:
    """A consistent copy of the library (SQLite's backup API, so what is still in the WAL is included),
    written beside it under a temporary name and renamed when whole; older copies are removed, so only
    the last one is kept. A migration that goes wrong can then be undone by copying it back."""
    target = backup_path(database_file)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{database_file}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    os.chmod(partial, 0o600)
    os.replace(partial, target)
    for old in existing_backups(database_file):
        if old != target:
            old.unlink(missing_ok=True)
    return target


def ensure_schema(engine: Engine, database_file: Path | None = None) -> None:
    """Upgrades the schema to head; an existing library at an older revision is backed up first."""
    stored = stored_revision(engine)
    if stored == SCHEMA_REVISION:
        return
    if stored is not None and database_file is not None:
        back_up_before_migrating(database_file)
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        foreign_keys(connection, on=False)
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        finally:
            foreign_keys(connection, on=True)  # the pooled connection serves the library next


def foreign_keys(connection: Connection, on: bool) -> None:
    """Foreign keys off while migrating: a migration that copies a table (SQLite's way to drop a
    column) drops the old one, and with keys on that cascades and deletes every row pointing at it (a
    document's paragraphs). The pragma only works outside a transaction, hence the driver's connection."""
    raw = connection.connection.dbapi_connection
    if raw is not None:
        raw.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")
