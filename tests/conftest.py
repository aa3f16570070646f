"""Shared fixtures: an offscreen Qt, a fresh library file per test, the real and the sample reports."""

from __future__ import annotations

import os

# pytest-qt aborts when neither DISPLAY nor QT_QPA_PLATFORM is set: tests always run offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from db.library import Library
from desktop.cli import main as cli_main
from desktop.resources import SAMPLE_DIR

# The shared data beside the checkout (never copied into the repo); EXCERPTA_SHARED points elsewhere, for
# a worktree that does not sit beside it.
SHARED = Path(os.environ.get("EXCERPTA_SHARED") or Path(__file__).resolve().parents[2] / "shared")
REAL_REPORT = SHARED / "corpus" / "000_418caeb620c82ff5.txt"
SAMPLE_REPORT = SAMPLE_DIR / "luxembourg_2025_fr.txt"


@pytest.fixture
def real_report() -> Path:
    if not REAL_REPORT.exists():
        pytest.skip(f"real report not available at {REAL_REPORT}")
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


class CliRun:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> object:
        return json.loads(self.out)


@pytest.fixture
def cli(library_dir: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., CliRun]:
    """Runs `excerpta --library <tmp> ARGS...` in process and captures what it prints."""

    def run(*args: str | Path) -> CliRun:
        capsys.readouterr()
        code = cli_main(["--library", str(library_dir), *map(str, args)])
        captured = capsys.readouterr()
        return CliRun(code, captured.out, captured.err)

    return run


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
        return window

    yield open_
    for window in opened:
        window.lane.wait_for_done()
        window.search.shutdown()


@pytest.fixture
def sample_window(open_window, library, sample_report):  # type: ignore[no-untyped-def]
    """The window on a library holding the sample report, indexed (facts not extracted)."""
    from db.search.sync import sync_index
    from desktop.ingest.batch import import_one

    import_one(library, sample_report)
    sync_index(library)
    return open_window(library)
