"""The index heals itself: rebuilds swap in complete, damage of any kind rebuilds from SQLite with a
notice, a killed writer is repaired at the next sync, searches never need the writer lock, and a deleted
bookmark's tags leave the index files. Every test runs against both engines."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.library import Library
from db.schema import Document, Paragraph
from db.search.service import LibrarySearch, search
from db.search.sync import STATE_FILE, IndexState, sync_index
from db.services.bookmarks import BookmarkDraft, add_bookmark, remove_bookmark
from db.services.documents import store_document
from desktop.ingest.pipeline import parse_report
from tests.conftest import SAMPLE_REPORT
from tests.engine_fixtures import NL, build_library, paragraph_ids

ENGINES = ("whoosh", "tantivy")
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def indexed(tmp_path: Path, engine: str) -> Iterator[Library]:
    library = build_library(tmp_path)
    assert sync_index(library, engine=engine).rebuilt
    yield library
    library.close()


def _engine_folder(library: Library) -> Path:
    state = IndexState.read(library.index_dir)
    assert state is not None
    folder = state.engine_folder(library.index_dir)
    assert folder is not None
    return folder


def _agrees_with_sqlite(library: Library) -> None:
    """Every country filter finds as many paragraphs as SQLite holds for it, and the whole index too."""
    with library.session() as session:
        per_country = dict(
            session.execute(
                select(Document.country_iso, func.count(Paragraph.id))
                .join(Paragraph, Paragraph.document_id == Document.id)
                .group_by(Document.country_iso)
            ).all()
        )
    assert per_country
    for iso, count in per_country.items():
        assert search(library, f"country:{iso}").total == count, iso
    every = search(library, "language:fr OR language:en OR language:es")
    assert every.total == sum(per_country.values())


# damage of every kind --------------------------------------------------------------------------------


def _truncate_files(library: Library) -> None:
    for path in _engine_folder(library).iterdir():
        if path.is_file() and path.stat().st_size > 8:
            with path.open("r+b") as handle:
                handle.truncate(path.stat().st_size // 2)


def _foreign_files(library: Library) -> None:
    for path in _engine_folder(library).iterdir():
        if path.is_file():
            path.write_bytes(b"\x00not an index\xff" * 10)


def _deleted_segment(library: Library) -> None:
    files = [p for p in _engine_folder(library).iterdir() if p.suffix in (".seg", ".idx", ".term", ".pos")]
    assert files
    for path in files:
        path.unlink()


def _file_instead_of_folder(library: Library) -> None:
    shutil.rmtree(library.index_dir)
    library.index_dir.write_bytes(b"a file where the index folder should be")


def _malformed_state(library: Library) -> None:
    (library.index_dir / STATE_FILE).write_text('{"engine": "tantivy", "folder": ', encoding="utf-8")


def _state_naming_elsewhere(library: Library) -> None:
    path = library.index_dir / STATE_FILE
    path.write_text(
        path.read_text(encoding="utf-8").replace('"folder": "', '"folder": "../'), encoding="utf-8"
    )


def _missing(library: Library) -> None:
    shutil.rmtree(library.index_dir)


def _missing_engine_folder(library: Library) -> None:
    shutil.rmtree(_engine_folder(library))


DAMAGE = {
    "missing": _missing,
    "missing engine folder": _missing_engine_folder,
    "truncated": _truncate_files,
    "foreign files": _foreign_files,
    "deleted segment": _deleted_segment,
    "file instead of folder": _file_instead_of_folder,
    "malformed state file": _malformed_state,
    "state naming a folder elsewhere": _state_naming_elsewhere,
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_index_is_rebuilt_from_sqlite_without_a_traceback(indexed, damage):
    DAMAGE[damage](indexed)
    found = search(indexed, "cocaine")  # never raises: the right results, or none with a note
    assert found.total == 3 or (found.total == 0 and found.note)
    report = sync_index(indexed)
    if not report.rebuilt:  # damage that only a search could see: that search asked for a rebuild
        report = sync_index(indexed)
    assert report.rebuilt and report.paragraphs_indexed == 30
    if damage != "missing":
        assert report.notice  # said once, in words
    _agrees_with_sqlite(indexed)
    assert search(indexed, "cocaine").total == 3
    assert sorted(p.name for p in indexed.index_dir.iterdir()) == sorted(
        [STATE_FILE, _engine_folder(indexed).name]
    )


def test_a_rebuild_leaves_the_old_index_until_the_new_one_is_complete(indexed):
    before = _engine_folder(indexed)
    searching = LibrarySearch(indexed)
    assert searching.search("cocaine").total == 3
    assert sync_index(indexed, rebuild=True).rebuilt
    after = _engine_folder(indexed)
    assert after != before and not before.exists()
    assert searching.search("cocaine").total == 3  # the open searcher follows the swap
    searching.close()


# killed writers ----------------------------------------------------------------------------------------

# Runs a sync in a child process that stops for good after feeding a few paragraphs to the open writer,
# and says so: the test kills it there, mid-write, with SIGKILL.
_BLOCKED_WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    import db.search.sync as sync
    from db.library import Library

    real = sync.indexed_paragraphs

    def feed(*args, **kwargs):
        for count, paragraph in enumerate(real(*args, **kwargs), start=1):
            yield paragraph
            if count == 5:
                print("writing", flush=True)
                sys.stdin.read()  # never returns: the test kills this process here

    sync.indexed_paragraphs = feed
    library = Library.open(Path(sys.argv[1]))
    sync.sync_index(library, rebuild=sys.argv[2] == "rebuild")
    """
)


def _start_blocked_writer(library: Library, mode: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", _BLOCKED_WRITER, str(library.folder), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "writing"
    return child


def _kill(child: subprocess.Popen[str]) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.stdin is not None and child.stdout is not None
    child.stdin.close()
    child.stdout.close()
    if Path("/proc").is_dir():  # no process left behind by the writer
        orphans = [p.name for p in Path("/proc").iterdir() if p.name.isdigit() and _parent(p) == child.pid]
        assert orphans == []


def _parent(process: Path) -> int | None:
    try:
        return int((process / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


@pytest.mark.timeout(120)
def test_a_killed_rebuild_leaves_search_working_and_the_next_sync_cleans_up(indexed):
    child = _start_blocked_writer(indexed, "rebuild")
    # Mid-rebuild: the new folder is being written beside the old one, which searches still use.
    assert len([p for p in indexed.index_dir.iterdir() if p.is_dir()]) == 2
    assert search(indexed, "cocaine").total == 3
    _kill(child)
    assert search(indexed, "cocaine").total == 3
    report = sync_index(indexed)
    assert not report.rebuilt
    _agrees_with_sqlite(indexed)
    assert [p for p in indexed.index_dir.iterdir() if p.is_dir()] == [_engine_folder(indexed)]


@pytest.mark.timeout(120)
def test_a_killed_update_is_repaired_by_the_next_sync(indexed):
    store_document(indexed, parse_report(SAMPLE_REPORT))  # committed, then the writer dies mid-update
    child = _start_blocked_writer(indexed, "update")
    found = LibrarySearch(indexed).search("cocaine")  # a search while the writer holds its lock
    assert found.total == 3
    _kill(child)
    report = sync_index(indexed)
    assert report.documents_indexed == 1
    _agrees_with_sqlite(indexed)
    assert search(indexed, "Luxembourg cocaïne").total > 0


# updates in place, and search as you type ----------------------------------------------------------------


def test_adding_a_report_updates_the_index_in_place_and_the_open_search_sees_it(indexed):
    searching = LibrarySearch(indexed)
    first = searching.search("cocaïne")
    assert searching.search("cocaïne") is first  # the same query again costs nothing
    folder = _engine_folder(indexed)
    store_document(indexed, parse_report(SAMPLE_REPORT))
    report = sync_index(indexed)
    assert (report.rebuilt, report.documents_indexed, report.paragraphs_indexed) == (False, 1, 32)
    assert _engine_folder(indexed) == folder
    again = searching.search("cocaïne")
    assert again is not first and again.total == first.total + 2
    assert again.facets["country"]["lu"] == 2
    searching.close()


# privacy at rest ------------------------------------------------------------------------------------------


def _index_bytes(library: Library) -> bytes:
    return b"".join(p.read_bytes() for p in library.index_dir.rglob("*") if p.is_file())


def test_a_deleted_bookmark_leaves_no_trace_of_its_tags_in_the_index(indexed):
    paragraph = paragraph_ids(indexed)[(NL, "heroin_trade")]
    bookmark = add_bookmark(indexed, BookmarkDraft(paragraph, tags=["ZqxConfidential7731"]))
    sync_index(indexed)
    assert search(indexed, "tag:zqxconfidential7731").total == 1
    assert b"zqxconfidential7731" in _index_bytes(indexed).lower()
    remove_bookmark(indexed, bookmark.id)
    sync_index(indexed)
    assert search(indexed, "tag:zqxconfidential7731").total == 0
    assert b"zqxconfidential7731" not in _index_bytes(indexed).lower()
    assert search(indexed, "bookmarked:yes").total == 2  # the fixture's own bookmarks stay


def test_an_index_in_the_earlier_layout_is_rebuilt_once_without_a_notice(tmp_path):
    """Earlier versions kept Whoosh's files and a state without a folder directly in index/."""
    library = build_library(tmp_path)
    library.index_dir.mkdir(exist_ok=True)  # the library may make it at open
    (library.index_dir / "_MAIN_1.toc").write_bytes(b"an old table of contents")
    (library.index_dir / STATE_FILE).write_text(
        '{"schema": 4, "aliases": "x", "generation": 3, "documents": {"1": 3}}', encoding="utf-8"
    )
    report = sync_index(library)
    assert report.rebuilt and report.notice is None
    assert sorted(p.name for p in library.index_dir.iterdir()) == sorted(
        [STATE_FILE, _engine_folder(library).name]
    )
    _agrees_with_sqlite(library)
    library.close()


@pytest.mark.timeout(120)
def test_a_second_writer_waits_for_the_first_instead_of_failing(indexed):
    import threading

    child = _start_blocked_writer(indexed, "rebuild")  # holds the library's index lock, mid-write
    outcome: list[object] = []

    def second() -> None:
        try:
            outcome.append(sync_index(indexed))
        except Exception as error:
            outcome.append(error)

    waiting = threading.Thread(target=second)
    waiting.start()
    waiting.join(timeout=1.0)
    assert waiting.is_alive() and outcome == []  # waiting on the lock, not failed
    _kill(child)
    waiting.join(timeout=100)
    assert len(outcome) == 1 and not isinstance(outcome[0], Exception)
    _agrees_with_sqlite(indexed)


def test_an_index_made_by_another_analysis_is_rebuilt(indexed):
    """When db.search.analysis changes what it makes of words, the terms in the index are stale."""
    state = IndexState.read(indexed.index_dir)
    assert state is not None and state.analysis
    assert not sync_index(indexed).changed
    state.analysis = "an analysis of another version"
    state.write(indexed.index_dir)
    report = sync_index(indexed)
    assert report.rebuilt and report.notice is None
    assert search(indexed, "cocaine").total == 3
