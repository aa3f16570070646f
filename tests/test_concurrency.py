"""Two processes that write: the second waits for the first (and says so), the same file imported twice
at once is one import and one "unchanged", and a storage error is one short line without the text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, text

from db.library import Library
from db.services.documents import store_document
from desktop.ingest.pipeline import parse_report
from domain.records import ImportStatus

pytestmark = pytest.mark.timeout(300)

ROOT = Path(__file__).resolve().parents[1]


def _excerpta(library_dir: Path, *args: str | Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "--library", str(library_dir), *map(str, args)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_two_processes_importing_the_same_file_give_one_import_and_one_unchanged(tmp_path, sample_report):
    library_dir = tmp_path / "library"
    Library.open(library_dir).close()  # both start on a made library, as two windows would
    first = _excerpta(library_dir, "import", "--no-facts", sample_report)
    second = _excerpta(library_dir, "import", "--no-facts", sample_report)
    outputs = [p.communicate() for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], outputs
    statuses = sorted(out.strip().split(": ", 1)[1].split(" ", 1)[0] for out, _ in outputs)
    assert statuses == ["imported", "unchanged"], outputs
    with Library.open(library_dir) as library, library.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM documents")).scalar() == 1


def test_a_second_writer_waits_for_the_first_and_says_so(tmp_path, sample_report):
    library_dir = tmp_path / "library"
    with Library.open(library_dir) as library:
        with library.writing("a long test operation"):
            waiting = _excerpta(library_dir, "import", "--no-facts", sample_report)
            assert waiting.stderr is not None
            line = waiting.stderr.readline()  # blocks until the other process reaches the lock
            assert f"waiting for Excerpta process {os.getpid()} (a long test operation)" in line
            assert waiting.poll() is None  # it waits, it does not fail
        out, _ = waiting.communicate()
    assert waiting.returncode == 0 and ": imported (" in out


def test_the_lock_is_reentrant_within_a_process(library):
    with library.writing("outer"), library.writing("inner"):
        pass
    with library.writing("again"):
        pass


def test_the_unique_race_is_retried_as_unchanged(tmp_path, sample_report):
    """The race as it happens: after this store has looked for the file and for its document, and before
    it inserts, another process commits the same file. The insert breaks a UNIQUE constraint; the retry
    says "unchanged"."""
    parsed = parse_report(sample_report)
    with Library.open(tmp_path / "lib") as library, Library.open(tmp_path / "lib") as other:
        raced = []

        def the_other_process_commits_first(_conn, _cursor, statement, *_args):  # type: ignore[no-untyped-def]
            if not raced and "documents.identity_key =" in statement:
                raced.append(store_document(other, parsed))

        event.listen(library.engine, "after_cursor_execute", the_other_process_commits_first)
        outcome = store_document(library, parsed)
        event.remove(library.engine, "after_cursor_execute", the_other_process_commits_first)
    assert raced[0].status is ImportStatus.IMPORTED
    assert outcome.status is ImportStatus.UNCHANGED and outcome.document_id == raced[0].document_id


def test_a_storage_error_is_one_short_line_without_the_text(cli, library_dir, sample_report, tmp_path):
    big = tmp_path / "long_report.txt"
    big.write_text(sample_report.read_text(encoding="utf-8") * 30, encoding="utf-8")
    assert big.stat().st_size > 100_000
    cli("documents")
    with Library.open(library_dir) as library, library.engine.begin() as connection:
        connection.execute(
            text(
                "CREATE TRIGGER forced_failure BEFORE INSERT ON paragraphs "
                "BEGIN SELECT RAISE(ABORT, 'forced storage failure'); END"
            )
        )
    result = cli("import", "--no-facts", big)
    assert result.code == 1
    lines = result.out.strip().splitlines()
    assert len(lines) == 1 and len(lines[0]) < 400 + len(str(big)), len(lines[0])
    assert lines[0].startswith(f"{big}: failed: could not be stored (")
    assert "forced storage failure" in lines[0] and "MARCHÉS" not in lines[0]


def test_error_line_drops_the_statement_and_cuts_long_text():
    from sqlalchemy.exc import IntegrityError

    from db.errors import LINE_LIMIT, error_line

    error = IntegrityError(
        "INSERT INTO documents VALUES (?)", ["texte " * 100_000], Exception("UNIQUE failed")
    )
    assert error_line(error) == "Exception: UNIQUE failed"
    long = error_line(ValueError("x\n" * 10_000))
    assert len(long) == LINE_LIMIT and "\n" not in long


def test_two_processes_making_the_same_new_library_both_open_it(tmp_path):
    """The first makes it under the write lock; the second, finding the file empty or absent, waits and
    then opens a whole library (an empty file seen mid-creation is not refused as a 0-byte library)."""
    library_dir = tmp_path / "new-library"
    runs = [_excerpta(library_dir, "documents") for _ in range(3)]
    outputs = [p.communicate() for p in runs]
    assert [p.returncode for p in runs] == [0, 0, 0], outputs


def test_a_search_does_not_wait_for_another_process_writing(tmp_path, sample_report):
    library_dir = tmp_path / "library"
    with Library.open(library_dir) as library:
        from desktop.ops.imports import import_files

        import_files(library, [sample_report], facts=False)
        assert not library.writer_busy()  # this process's own hold is not "busy" either
        with library.writing("a long test operation"):
            assert not library.writer_busy()
            searching = _excerpta(library_dir, "search", "Findel", "--json")
            out, err = searching.communicate(timeout=120)  # it answers while the lock is held
        assert searching.returncode == 0, err
        assert "waiting for" not in err
        assert json.loads(out)["total"] == 1
