"""Import speed: the real report (median of 20), a 500-report library, and opening it for an outline.

Run: .venv/bin/python bench/import_bench.py   (prints figures; asserts nothing)
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import write_reports  # noqa: E402
from db.library import Library  # noqa: E402
from db.services.documents import outline, remove_document, store_document  # noqa: E402
from desktop.ingest.pipeline import parse_report  # noqa: E402
from desktop.ops.imports import import_one  # noqa: E402

REAL_REPORT = ROOT.parent / "shared" / "corpus" / "000_418caeb620c82ff5.txt"
SAMPLE = ROOT / "resources" / "sample" / "luxembourg_2025_fr.txt"


def bench_single(work: Path) -> None:
    report = REAL_REPORT if REAL_REPORT.exists() else SAMPLE
    parse_report(report)  # warm caches (taxonomy, country names), as a running app has them
    with Library.open(work / "single") as library:
        timings = []
        for _ in range(20):
            started = time.perf_counter()
            parsed = parse_report(report)
            outcome = store_document(library, parsed)
            timings.append(time.perf_counter() - started)
            remove_document(library, outcome.document_id)
    print(
        f"{report.name}: parse + store, median of 20: {statistics.median(timings) * 1000:.1f} ms "
        f"(min {min(timings) * 1000:.1f}, max {max(timings) * 1000:.1f})"
    )


def bench_library(work: Path, count: int = 500) -> Path:
    started = time.perf_counter()
    paths = write_reports(work / "reports", count)
    print(f"generated {len(paths)} synthetic reports in {time.perf_counter() - started:.1f} s")
    folder = work / "library500"
    per_report = []
    with Library.open(folder) as library:
        total_started = time.perf_counter()
        for path in paths:
            started = time.perf_counter()
            result = import_one(library, path)
            per_report.append(time.perf_counter() - started)
            if not result.ok or result.status.value != "imported":
                raise SystemExit(f"unexpected: {result.line()}")
        total = time.perf_counter() - total_started
    print(f"{count} reports imported in {total:.1f} s ({total / count * 1000:.1f} ms per report)")
    for mark in (100, 250, 500):
        window = per_report[mark - 50 : mark]
        print(f"  per report around report {mark}: median {statistics.median(window) * 1000:.1f} ms")
    return folder


def bench_open(folder: Path) -> None:
    started = time.perf_counter()
    with Library.open(folder) as library:
        documents = outline(library)
    in_process = time.perf_counter() - started
    paragraphs = sum(d.document.paragraph_count for d in documents)
    print(
        f"open + outline in process: {in_process * 1000:.0f} ms "
        f"({len(documents)} documents, {paragraphs} paragraphs)"
    )
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "desktop", "--library", str(folder), "outline", "--json"],
            check=True,
            stdout=subprocess.DEVNULL,
            cwd=ROOT,
        )
        timings.append(time.perf_counter() - started)
    print(
        f"`excerpta outline --json` as a new process (Python start-up included), median of 5: "
        f"{statistics.median(timings) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        bench_single(work)
        bench_open(bench_library(work))
