"""Shared fixtures: an offscreen Qt, a fresh library file per test, the real and the sample reports.

Importing a report with its facts (spaCy) costs seconds, so each report is imported ONCE per run into a
session library (`real_library_dir`, `sample_library_dir`). Tests that only read use it as it is (`real_cli`,
`sample_cli`); a test that writes takes its own copy (`real_library_copy`, `sample_library_copy`): copying
the SQLite file and the index is far cheaper than importing again. `import_report` is the one place tests
build libraries from reports.
"""

from __future__ import annotations

import os

# pytest-qt aborts when neither DISPLAY nor QT_QPA_PLATFORM is set: tests always run offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from db.library import Library
from desktop.launcher import main as cli_main  # the `excerpta` entry point
from desktop.resources import SAMPLE_DIR
from tests.snapshots import library_rows

# The shared data beside the checkout (never copied into the repo); EXCERPTA_SHARED points elsewhere, for
# a worktree that does not sit beside it.
SHARED = Path(os.environ.get("EXCERPTA_SHARED") or Path(__file__).resolve().parents[2] / "shared")
REAL_REPORT = SHARED / "corpus" / "000_418caeb620c82ff5.txt"
SAMPLE_REPORT = SAMPLE_DIR / "luxembourg_2025_fr.txt"


def _skip_without_real_report() -> None:
    if not REAL_REPORT.exists():
        pytest.skip(f"real report not available at {REAL_REPORT}")


@pytest.fixture
def real_report() -> Path:
    _skip_without_real_report()
    return REAL_REPORT


@pytest.fixture
def sample_report() -> Path:
    return SAMPLE_REPORT


@pytest.fixture
def library_dir(tmp_path: Path) -> Path:
    return tmp_path / "library"


@pytest.fixture
def library(library_dir: Path) -> Iterator[Library]:
    with Library.open(library_dir) as opened:
        yield opened


def import_report(library: Library, path: Path, facts: bool = True) -> int:
    """Stores one report, extracts its facts (unless `facts` is False) and brings the index up to date,
    as `excerpta import` does; returns the document id. Every fixture builds its libraries through here."""
    from desktop.ops.imports import import_files

    [result] = import_files(library, [path], facts=facts).results  # the import operation itself
    assert result.ok and result.document_id is not None, result.line()
    return result.document_id


def import_scores(library: Library, path: Path) -> None:
    """Stores a score file and brings the index up to date, as `excerpta scores import` does."""
    from desktop.ops.scores import import_scores as import_scores_operation

    import_scores_operation(library, path)


def copy_library(source: Path, target: Path) -> Path:
    """A private, writable copy of a library folder (the SQLite file and its index)."""
    assert not target.exists(), f"{target} exists: request the *_library_copy fixture before `library`"
    shutil.copytree(source, target)
    return target


def _session_library(
    tmp_path_factory: pytest.TempPathFactory, name: str, reports: list[Path]
) -> Iterator[Path]:
    """A library built once per run; after the run, it must hold exactly what it held when built, since
    every test that used it promised to only read."""
    folder = tmp_path_factory.mktemp(name) / "library"
    with Library.open(folder) as library:
        for report in reports:
            import_report(library, report)
    built = library_rows(folder)
    yield folder
    assert library_rows(folder) == built, f"a test wrote into the read-only session library {name}"


@pytest.fixture(scope="session")
def real_library_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The real report imported with its facts and indexed, once per run. Read only."""
    _skip_without_real_report()
    yield from _session_library(tmp_path_factory, "real-library", [REAL_REPORT])


@pytest.fixture(scope="session")
def sample_library_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The bundled sample imported with its facts and indexed, once per run. Read only."""
    yield from _session_library(tmp_path_factory, "sample-library", [SAMPLE_REPORT])


@pytest.fixture(scope="session")
def sample_and_real_library_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The sample (document 1) then the real report (document 2), with facts, once per run. Read only."""
    _skip_without_real_report()
    yield from _session_library(tmp_path_factory, "sample-and-real-library", [SAMPLE_REPORT, REAL_REPORT])


@pytest.fixture
def real_library_copy(real_library_dir: Path, library_dir: Path) -> Path:
    """This test's own copy of the real library, at `library_dir` (where `cli` works)."""
    return copy_library(real_library_dir, library_dir)


@pytest.fixture
def sample_library_copy(sample_library_dir: Path, library_dir: Path) -> Path:
    """This test's own copy of the sample library, at `library_dir` (where `cli` works)."""
    return copy_library(sample_library_dir, library_dir)


@pytest.fixture
def sample_facts_library(sample_library_copy: Path) -> Iterator[Library]:
    """The sample library with facts, opened on this test's own copy."""
    with Library.open(sample_library_copy) as opened:
        yield opened


class CliRun:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> object:
        return json.loads(self.out)


def _cli_on(folder: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., CliRun]:
    def run(*args: str | Path) -> CliRun:
        capsys.readouterr()
        code = cli_main(["--library", str(folder), *map(str, args)])
        captured = capsys.readouterr()
        return CliRun(code, captured.out, captured.err)

    return run


@pytest.fixture
def cli(library_dir: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., CliRun]:
    """Runs `excerpta --library <tmp> ARGS...` in process and captures what it prints."""
    return _cli_on(library_dir, capsys)


@pytest.fixture
def real_cli(real_library_dir: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., CliRun]:
    """The CLI on the session's real library: for commands that only read."""
    return _cli_on(real_library_dir, capsys)


@pytest.fixture
def sample_cli(sample_library_dir: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., CliRun]:
    """The CLI on the session's sample library: for commands that only read."""
    return _cli_on(sample_library_dir, capsys)


@pytest.fixture
def sample_and_real_cli(
    sample_and_real_library_dir: Path, capsys: pytest.CaptureFixture[str]
) -> Callable[..., CliRun]:
    """The CLI on the session's library of both reports: for commands that only read."""
    return _cli_on(sample_and_real_library_dir, capsys)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Each test gets its own QSettings files, never the user's."""
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt is a dependency, but storage tests do not need it
        yield
        return
    folder = tmp_path_factory.mktemp("settings")
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture
def open_window(qtbot):  # type: ignore[no-untyped-def]
    """Opens the main window on a library, shown, and winds it down after the test."""
    from desktop.ui.main_window import MainWindow

    opened = []

    def open_(library: Library, show: bool = True):  # type: ignore[no-untyped-def]
        window = MainWindow(library)
        qtbot.addWidget(window)
        if show:
            window.show()
        opened.append(window)
        # The open-time repair runs on the writer lane first: tests start once it is done.
        qtbot.waitUntil(lambda: window.index_ready, timeout=120000)
        return window

    yield open_
    for window in opened:
        window.lane.wait_for_done()
        window.reads.wait_for_done()  # the quick reads off the GUI thread, before the library closes
        window.search.shutdown()


@pytest.fixture
def sample_window(open_window, sample_library_copy, library):  # type: ignore[no-untyped-def]
    """The window on a copy of the session's sample library (facts extracted, indexed), so the window
    has no repair to run when it opens and the writer lane is free for the test's own jobs."""
    return open_window(library)


def _skipped_for_missing_shared(terminalreporter: pytest.TerminalReporter) -> int:
    return sum(str(SHARED) in str(report.longrepr) for report in terminalreporter.stats.get("skipped", []))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Says once, even with -q, why tests skipped for want of the shared data."""
    skipped = _skipped_for_missing_shared(terminalreporter)
    if skipped:
        terminalreporter.write_line(
            f"{skipped} tests skipped: {SHARED} is missing (the real report and the Index's score files);"
            " put the shared folder beside the checkout or set EXCERPTA_SHARED to it"
        )
