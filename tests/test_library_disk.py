"""A library that survives its disk: damage is found and explained, a 0-byte file is not a new library,
read-only media open read-only, a full disk gives one line, file names in any encoding import, files
are private, an upgrade is preceded by a backup, and `excerpta check` says all of it."""

from __future__ import annotations

import os
import sqlite3
import stat
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import text

from db.library import Library, LibraryError
from db.migrate import SCHEMA_REVISION, backup_path, stored_revision
from tests.mounts import read_only, tmpfs
from tests.snapshots import library_rows


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _checkpoint(database: Path) -> None:
    """Everything into the main file, so that bytes overwritten there are the library's only copy."""
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@pytest.fixture
def imported(cli, sample_report, library_dir):
    assert cli("import", "--no-facts", sample_report).code == 0
    _checkpoint(library_dir / "library.sqlite")
    return cli


# --- damage ---------------------------------------------------------------------------------------------


def _corrupt_a_middle_page(database: Path) -> None:
    with sqlite3.connect(database) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'paragraphs'").fetchone()[
            0
        ]
    pages = database.stat().st_size // page_size
    assert pages > 8
    with database.open("r+b") as handle:
        # The paragraphs table's root page, and a page in the middle of the file: headers and cells garbled.
        for page in {root, pages // 2}:
            handle.seek((page - 1) * page_size)
            handle.write(b"\xa5" * 512)


def test_a_corrupted_page_is_found_at_open_and_by_check(imported, cli, library_dir):
    database = library_dir / "library.sqlite"
    _corrupt_a_middle_page(database)
    opened = cli("documents")
    assert opened.code == 2
    assert "damaged" in opened.err and ".recover" in opened.err
    assert len(opened.err.strip().splitlines()) == 1 and "Traceback" not in opened.err
    checked = cli("check")
    assert checked.code == 1
    assert f"{database}: damaged: " in checked.out and ".recover" in checked.out


def test_check_passes_on_a_sound_library_and_reports_permissions(imported, cli, library_dir):
    assert cli("reindex").code == 0
    result = cli("check")
    assert result.code == 0, result.out
    assert f"{library_dir / 'library.sqlite'}: integrity check passed" in result.out
    assert f"{library_dir}: 0700, private" in result.out
    assert f"{library_dir / 'library.sqlite'}: 0600, private" in result.out
    assert f"{library_dir / 'index'}: 0700, private" in result.out
    library_dir.chmod(0o755)
    (library_dir / "library.sqlite").chmod(0o644)
    result = cli("check")
    assert f"{library_dir}: 0755, READABLE BY OTHERS" in result.out
    assert f"{library_dir / 'library.sqlite'}: 0644, READABLE BY OTHERS" in result.out


def test_a_zero_byte_library_is_refused_not_taken_for_a_new_one(cli, library_dir):
    library_dir.mkdir()
    (library_dir / "library.sqlite").write_bytes(b"")
    result = cli("documents")
    assert result.code == 2 and "0 bytes" in result.err
    assert (library_dir / "library.sqlite").stat().st_size == 0  # left as it was, for the analyst to judge
    assert cli("check").code == 1


def test_garbage_in_place_of_the_database_points_to_the_way_out(cli, library_dir):
    library_dir.mkdir()
    (library_dir / "library.sqlite").write_bytes(b"this is not a database, " * 200)
    result = cli("documents")
    assert result.code == 2 and "Way out" in result.err and "Traceback" not in result.err


# --- privacy at rest --------------------------------------------------------------------------------------


def test_a_new_library_is_private(tmp_path):
    folder = tmp_path / "new"
    with Library.open(folder) as library, library.session() as session:
        session.connection().exec_driver_sql("SELECT 1")
    assert _mode(folder) == 0o700
    assert _mode(folder / "library.sqlite") == 0o600
    for extra in folder.glob("library.sqlite-*"):  # WAL and shared memory take the database's mode
        assert _mode(extra) == 0o600


def test_the_settings_file_is_private():
    pytest.importorskip("PySide6")
    from desktop.ui.settings import RECENT_SEARCHES, store

    settings = store()
    RECENT_SEARCHES.set(settings, ["cocaïne"])
    settings.sync()
    path = Path(settings.fileName())
    assert _mode(path) == 0o600


def test_a_screenshot_leaves_no_temporary_folder(qapp, cli, imported, tmp_path, monkeypatch):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    shot = tmp_path / "shot.png"
    assert cli("--screenshot", shot).code == 0
    assert shot.exists()
    assert list(scratch.iterdir()) == []


# --- read-only media and a full disk ---------------------------------------------------------------------


def test_read_only_media_open_read_only(imported, cli, library_dir, tmp_path, sample_report):
    assert cli("search", "Mocro").code == 0  # the index is made while the disk is writable
    paragraph = cli("outline", "--json").json()[0]["sections"][0]["sections"][0]["paragraphs"][0]["id"]
    assert cli("bookmark", "add", paragraph, "--note", "Lue sur DVD.").code == 0
    _checkpoint(library_dir / "library.sqlite")
    before = library_rows(library_dir)
    with read_only(library_dir):
        assert cli("documents").code == 0
        found = cli("search", "Mocro", "--json")
        assert found.code == 0 and found.json()["total"] >= 1
        out = tmp_path / "from-dvd.md"
        assert cli("export", out).code == 0 and "Lue sur DVD." in out.read_text(encoding="utf-8")
        for args in (
            ("bookmark", "add", paragraph),
            ("remove", "1"),
            ("import", "--no-facts", sample_report),
        ):
            result = cli(*args)
            assert result.code == 1, args
            text = (result.out + result.err).strip()
            assert len(text.splitlines()) == 1 and "Traceback" not in text
            assert "read-only" in text or "readonly" in text
    assert library_rows(library_dir) == before


def test_a_full_disk_gives_one_line_and_leaves_the_library_as_it_was(cli, tmp_path, sample_report):
    with tmpfs(tmp_path / "small-disk", "16m") as disk:
        library_dir = disk / "library"
        assert cli("--library", library_dir, "import", "--no-facts", sample_report).code == 0
        assert cli("--library", library_dir, "search", "Mocro").code == 0
        _checkpoint(library_dir / "library.sqlite")
        before = library_rows(library_dir)
        filler = disk / "filler"
        descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
        for chunk in (b"\0" * 65536, b"\0" * 512, b"\0"):  # fill what is left, to the last byte
            try:
                while os.write(descriptor, chunk):
                    pass
            except OSError:
                pass
        os.close(descriptor)
        big = tmp_path / "bigger_report.txt"
        big.write_text(sample_report.read_text(encoding="utf-8").replace("Luxembourg", "Belgique") * 4)
        result = cli("--library", library_dir, "import", "--no-facts", big)
        assert result.code != 0
        text = (result.out + result.err).strip()
        assert "Traceback" not in text and all(len(line) < 400 for line in text.splitlines())
        assert "full" in text, text
        searched = cli("--library", library_dir, "search", "Mocro")
        assert "Traceback" not in searched.out + searched.err
        filler.unlink()
        assert library_rows(library_dir) == before


# --- file names in any encoding ---------------------------------------------------------------------------


def test_a_file_name_that_is_not_utf8_is_imported_and_shown_escaped(cli, sample_report, tmp_path):
    raw_name = os.fsencode(tmp_path) + b"/rapport_\xe9t\xe9_2025.txt"  # latin-1 bytes, not UTF-8
    with open(raw_name, "wb") as handle:
        handle.write(sample_report.read_bytes())
    path = Path(os.fsdecode(raw_name))
    result = cli("import", "--no-facts", path)
    assert result.code == 0, result.out
    assert "rapport_\\xe9t\\xe9_2025.txt: imported" in result.out
    documents = cli("documents", "--json").json()
    assert documents[0]["source_name"] == "rapport_\\xe9t\\xe9_2025.txt"


# --- backup before migrating ------------------------------------------------------------------------------


def test_an_older_library_is_backed_up_before_it_is_upgraded(imported, library_dir):
    from alembic import command

    from db.engine import make_engine
    from db.migrate import alembic_config, foreign_keys

    database = library_dir / "library.sqlite"
    engine = make_engine(database)
    config = alembic_config()
    with engine.connect() as connection:
        foreign_keys(connection, on=False)  # as the library migrates: a table copy must not cascade
        with connection.begin():
            config.attributes["connection"] = connection
            command.downgrade(config, "0004")
    engine.dispose()
    stale = database.with_name("library.sqlite.pre-0002.bak")
    stale.write_bytes(b"an older copy")
    with Library.open(library_dir) as library:
        assert stored_revision(library.engine) == SCHEMA_REVISION
        with library.session() as session:  # the upgrade copied tables without cascading deletes
            kept = session.execute(text("SELECT count(*) FROM paragraphs")).scalar_one()
            keys = session.execute(text("PRAGMA foreign_keys")).scalar_one()
        assert kept > 0 and keys == 1  # and foreign keys are back on for the library's work
    backup = backup_path(database)
    assert backup.exists() and not stale.exists()  # only the last copy is kept
    assert _mode(backup) == 0o600
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0004"
        assert copy.execute("SELECT count(*) FROM paragraphs").fetchone()[0] > 0  # the WAL's content too
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    made = backup.stat().st_mtime_ns
    with Library.open(library_dir):
        pass
    assert backup.stat().st_mtime_ns == made  # an up-to-date library is not copied again


def test_a_new_library_is_not_backed_up(tmp_path):
    with Library.open(tmp_path / "fresh"):
        pass
    assert list((tmp_path / "fresh").glob("*.bak")) == []


def test_library_error_for_a_folder_that_cannot_be_made(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(LibraryError):
        Library.open(blocker / "library")
