"""The storage layer itself: migrations, SQLite settings, the location of the library."""

from __future__ import annotations

from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import text

from db.library import Library
from db.migrate import SCHEMA_REVISION, alembic_config, stored_revision
from desktop.location import default_library_dir, resolve_library_dir


def test_schema_revision_constant_is_the_alembic_head():
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_REVISION


def test_new_library_is_migrated_and_uses_wal_and_foreign_keys(library: Library):
    assert stored_revision(library.engine) == SCHEMA_REVISION
    with library.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert library.database_file.exists()


def test_migrated_schema_matches_the_models(library: Library):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from db.schema import Base

    with library.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_library_location_precedence(monkeypatch, tmp_path: Path):
    monkeypatch.delenv("EXCERPTA_LIBRARY", raising=False)
    assert resolve_library_dir(None) == default_library_dir()
    assert "Excerpta" in str(default_library_dir())
    monkeypatch.setenv("EXCERPTA_LIBRARY", str(tmp_path / "env"))
    assert resolve_library_dir(None) == tmp_path / "env"
    assert resolve_library_dir(tmp_path / "flag") == tmp_path / "flag"


def test_environment_variable_selects_the_library(monkeypatch, tmp_path: Path, sample_report, capsys):
    from desktop.cli import main

    monkeypatch.setenv("EXCERPTA_LIBRARY", str(tmp_path / "from-env"))
    assert main(["import", str(sample_report)]) == 0
    assert (tmp_path / "from-env" / "library.sqlite").exists()


def test_a_library_made_by_the_first_schema_is_upgraded_with_its_data(tmp_path: Path):
    from alembic import command
    from sqlalchemy import text as sql

    from db.engine import make_engine
    from db.migrate import ensure_schema

    engine = make_engine(tmp_path / "library.sqlite")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            sql(
                "INSERT INTO documents (identity_key, title, language, profile, source_name, sha256,"
                " imported_at, version, normalised_text, notes) VALUES ('file:a.txt', 'A', 'fr', 'generic',"
                " 'a.txt', 'x', '2025-01-01 00:00:00', 1, 'texte', '[]')"
            )
        )
    ensure_schema(engine)
    assert stored_revision(engine) == SCHEMA_REVISION
    with engine.connect() as connection:
        assert connection.execute(sql("SELECT title, content_generation FROM documents")).one() == ("A", 0)
