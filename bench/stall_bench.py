"""How long the window's event loop stalls while a report is imported from it (parse, store, facts,
index all run on the writer lane). A 10 ms timer ticks on the GUI thread; the longest gap between ticks is
the worst stall an analyst would feel. Best of rounds, each round on a fresh library, the French model
warmed first so its one-off load is not counted.

Run: .venv/bin/python bench/stall_bench.py [REPORT] [--rounds N]   (offscreen; prints figures, asserts
nothing). REPORT defaults to the real report beside the checkout, else the bundled sample.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from db.library import Library  # noqa: E402
from desktop.resources import SAMPLE_DIR  # noqa: E402

SHARED = Path(os.environ.get("EXCERPTA_SHARED") or ROOT.parent / "shared")
REAL_REPORT = SHARED / "corpus" / "000_418caeb620c82ff5.txt"


def one_round(report: Path) -> tuple[int, float, float]:
    """(ticks, longest gap ms, 95th percentile gap ms) for one import of `report` into a fresh library."""
    from desktop.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder, Library.open(Path(folder) / "library") as library:
        window = MainWindow(library)
        window.show()
        window.lane.wait_for_done()
        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        loop = QEventLoop()
        # Until the facts that follow the import are stored too (they are a second operation).
        window.import_flow.facts_done.connect(loop.quit)
        timer.start()
        window.import_paths([report])
        loop.exec()
        timer.stop()
        window.lane.wait_for_done()
        window.search.shutdown()
        window.close()
    gaps = sorted((b - a) * 1000 for a, b in pairwise(ticks))
    return len(gaps), gaps[-1], gaps[int(len(gaps) * 0.95)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", nargs="?", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    report = args.report or (REAL_REPORT if REAL_REPORT.exists() else SAMPLE_DIR / "luxembourg_2025_fr.txt")
    app = QApplication.instance() or QApplication([])
    from desktop.facts.engine import engine_for

    engine_for("fr")  # warm: the model's one-off load is a start-up cost, not a stall per import
    results = [one_round(report) for _ in range(args.rounds)]
    print(f"report: {report.name}, {args.rounds} rounds, timer every 10 ms on the GUI thread")
    for number, (ticks, longest, p95) in enumerate(results, start=1):
        print(f"  round {number}: {ticks} ticks, longest gap {longest:.0f} ms, 95th percentile {p95:.0f} ms")
    print(
        f"best longest gap {min(r[1] for r in results):.0f} ms,"
        f" median {statistics.median(r[1] for r in results):.0f} ms"
    )
    app.quit()


if __name__ == "__main__":
    main()
