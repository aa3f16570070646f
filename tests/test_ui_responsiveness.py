"""The GUI thread is never blocked for more than 100 ms while the real report is imported: parsing,
storing, loading the French model, extracting facts and indexing all run on the writer lane."""

from __future__ import annotations

import time
from itertools import pairwise

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QTimer

from desktop.ui.main_window import MainWindow

MAX_STALL_MS = 100


def test_event_loop_keeps_turning_during_an_import(qtbot, library, real_report):
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    window.lane.wait_for_done()  # the open-time repair, before measuring
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    with qtbot.waitSignal(window.import_flow.finished, timeout=120000) as finished:
        window.import_paths([real_report])
    timer.stop()
    assert [r.ok for r in finished.args[0]] == [True]
    gaps = [(b - a) * 1000 for a, b in pairwise(ticks)]
    assert len(gaps) > 20
    print(f"event loop: {len(gaps)} ticks, longest gap {max(gaps):.0f} ms")
    assert max(gaps) < MAX_STALL_MS, sorted(gaps)[-5:]
    window.search.shutdown()
