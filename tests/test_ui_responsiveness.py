"""Importing from the window leaves the GUI thread free: parsing, storing, extracting facts and indexing
all run on the writer lane. How long the event loop stalls is a figure, measured by bench/stall_bench.py
(a wall-clock bound is no assertion for a shared machine); here we check WHERE the work runs."""

from __future__ import annotations

import sys
import threading
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import pytest

pytest.importorskip("PySide6")

from sqlalchemy import event

import desktop.ingest.pipeline
from desktop.facts.engine import SpacyEngine
from desktop.facts.worker import ProcessExtractor


def _record_where(
    monkeypatch: pytest.MonkeyPatch, name: str, function: Callable[..., Any], seen: dict[str, set[int]]
) -> None:
    """Wraps `function` wherever a loaded module holds it (it is imported by name into the callers), so the
    thread that runs it is recorded whichever module calls it. Failure injection's cousin: the real
    function still runs."""

    def recorded(*args: Any, **kwargs: Any) -> Any:
        seen[name].add(threading.get_ident())
        return function(*args, **kwargs)

    for module in list(sys.modules.values()):
        for attribute, value in list(vars(module).items()) if module else []:
            if value is function:
                monkeypatch.setattr(module, attribute, recorded)


@pytest.mark.timeout(300)
def test_an_import_from_the_window_runs_off_the_gui_thread(
    qtbot, monkeypatch, open_window, library, sample_report
):
    window = open_window(library)
    window.lane.wait_for_done()  # the open-time repair, before recording
    seen: dict[str, set[int]] = defaultdict(set)
    _record_where(monkeypatch, "parse", desktop.ingest.pipeline.parse_report, seen)
    # Facts: spaCy runs in a worker process (desktop/facts/worker.py) or, without it, in this process;
    # either way, the thread that hands it the paragraphs is recorded.
    for owner in (SpacyEngine, ProcessExtractor):
        method = "mentions" if owner is SpacyEngine else "__call__"
        real = getattr(owner, method)

        def recorded(self: Any, *args: Any, _real: Any = real, **kwargs: Any) -> Any:
            seen["facts"].add(threading.get_ident())
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(owner, method, recorded)

    def statement(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        if sql.lstrip().split(" ", 1)[0].upper() in {"INSERT", "UPDATE", "DELETE"}:
            seen["writes"].add(threading.get_ident())

    event.listen(library.engine, "before_cursor_execute", statement)
    try:
        # The text first (finished), then the facts as their own operation (facts_done).
        results: list[Any] = []
        window.import_flow.finished.connect(results.append)
        with qtbot.waitSignal(window.import_flow.facts_done, timeout=240000):
            window.import_paths([sample_report])
    finally:
        event.remove(library.engine, "before_cursor_execute", statement)
    assert [[r.ok for r in batch] for batch in results] == [[True]]
    gui = threading.get_ident()
    assert set(seen) == {"parse", "facts", "writes"}, dict(seen)  # each kind of work was seen running
    assert all(gui not in threads for threads in seen.values()), dict(seen)
    assert window.tree_model.rowCount() == 1  # and its result reached the window
