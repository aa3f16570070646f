"""Starting the app: the library is opened (checked, migrated when needed) on a worker thread, so the
GUI thread runs no SQL at all, from the first statement to the window drawn with a search."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from desktop.ui.app import run_desktop


@pytest.fixture
def statements_on_the_main_thread():  # type: ignore[no-untyped-def]
    seen: list[str] = []
    elsewhere: list[str] = []

    def record(_connection, _cursor, statement, *_args):  # type: ignore[no-untyped-def]
        target = seen if threading.current_thread() is threading.main_thread() else elsewhere
        target.append(" ".join(statement.split())[:120])

    event.listen(Engine, "before_cursor_execute", record)
    yield seen, elsewhere
    event.remove(Engine, "before_cursor_execute", record)


def test_opening_the_window_runs_no_sql_on_the_gui_thread(
    sample_library_copy, tmp_path, statements_on_the_main_thread, qapp
):
    on_gui, elsewhere = statements_on_the_main_thread
    picture = tmp_path / "window.png"
    assert run_desktop(sample_library_copy, screenshot=str(picture), search="cocaïne") == 0
    assert picture.stat().st_size > 10_000
    assert any("quick_check" in s.lower() for s in elsewhere)  # the open's check ran, off the GUI thread
    assert on_gui == []


def test_a_library_that_cannot_be_opened_says_why_in_one_line(tmp_path, capsys, qapp):
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "library.sqlite").write_bytes(b"this is not a database, it is a note")
    assert run_desktop(folder, screenshot=str(tmp_path / "window.png")) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "damaged" in err and "Traceback" not in err
