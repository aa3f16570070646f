"""What the window's GUI thread no longer waits for: the reads that moved off it (issue: no database
Session on the GUI thread), on a library of N reports with about eight facts a paragraph.

For each moment, side by side in one run (interleaved, warmed, best of rounds):
- the read as the GUI thread used to run it (the service call alone, on this thread);
- what the GUI thread spends now (asking, then showing the answer when it comes).

Run: .venv/bin/python bench/gui_thread_bench.py [REPORTS]   (offscreen; prints figures, asserts nothing)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROUNDS = 5


def elapsed_ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def one_round(app: Any, library: Any, note: Callable[[str, float], None]) -> None:
    from db.services.facts import mentions_in_context
    from db.services.scores import country_scores, score_editions, scored_countries
    from desktop.ui.main_window import MainWindow
    from desktop.ui.view_update import facts_by_paragraph, read_snapshot

    # Opening the window: the snapshot read used to run inside the constructor.
    note("open: the snapshot read (was on the GUI thread)", elapsed_ms(lambda: read_snapshot(library)))
    started = time.perf_counter()
    window = MainWindow(library)
    note("open: the constructor now (GUI thread)", (time.perf_counter() - started) * 1000)
    snapshot = read_snapshot(library)
    note(
        "open: showing the snapshot when it comes (GUI thread)",
        elapsed_ms(lambda: window._show_snapshot(snapshot)),
    )
    window.lane.wait_for_done()
    app.processEvents()
    # A section shown: its facts used to be read on the click.
    sections = list(window.sections.values())[:40]
    ids = [[p.id for p in section.paragraphs] for _outline, section in sections]
    note(
        "40 sections: their facts read (was on the GUI thread)",
        elapsed_ms(lambda: [facts_by_paragraph(library, i) for i in ids]),
    )
    window.reader_facts.forget()
    note(
        "40 sections: asking for their facts now (GUI thread)",
        elapsed_ms(lambda: [window.reader_facts.spans(i) for i in ids]),
    )
    window.reads.wait_for_done()
    app.processEvents()
    # An entity opened in the facts dock: its mentions (every report names Antwerp here).
    note(
        "an entity's mentions, Antwerp (was on the GUI thread)",
        elapsed_ms(lambda: mentions_in_context(library, "place", "Antwerp", None)),
    )
    # The country view: its lists and one country's scores.
    note(
        "country view: lists and scores (was on the GUI thread)",
        elapsed_ms(
            lambda: (
                scored_countries(library),
                score_editions(library),
                country_scores(library, "BE", None),
            )
        ),
    )
    window.close()
    window.reads.wait_for_done()
    window.search.shutdown()
    window.deleteLater()
    app.processEvents()


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from bench.desktop_bench import add_placeholder_facts
    from bench.synthetic import write_reports
    from db.library import Library
    from desktop.ops.imports import import_one
    from desktop.ops.index import bring_index_up_to_date

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(
                settings_format, QSettings.Scope.UserScope, str(work / "settings")
            )  # never yours
        library = Library.open(work / "library")
        for path in write_reports(work / "reports", count):
            import_one(library, path)
        add_placeholder_facts(library)
        shared = Path(os.environ.get("EXCERPTA_SHARED") or ROOT.parent / "shared")
        scores = shared / "data" / "ocindex" / "ocindex_scores_long_2021_2023_2025.csv"
        if scores.exists():
            from desktop.ops.scores import import_score_file

            import_score_file(library, scores)
        bring_index_up_to_date(library)

        figures: dict[str, list[float]] = {}

        def note(name: str, value: float) -> None:
            figures.setdefault(name, []).append(value)

        for _ in range(ROUNDS + 1):  # the first round warms caches and is dropped below
            one_round(app, library, note)
        library.close()
        scored = "with the Index's scores" if scores.exists() else "no scores (shared data absent)"
        print(
            f"{count} reports, about 8 facts a paragraph, {scored}; best of {ROUNDS} rounds after a warm-up:"
        )
        for name, values in figures.items():
            print(f"  {name}: {min(values[1:]):.1f} ms")


if __name__ == "__main__":
    main()
