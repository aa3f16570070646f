"""Scores: reading and storing the publisher's files, the reads the window makes, and score searches on a
library of 500 synthetic reports.

Run: .venv/bin/python bench/scores_bench.py   (prints figures, asserts nothing; the real files are read
from ../shared/data/ocindex/ and skipped when absent)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import write_reports  # noqa: E402
from db.library import Library  # noqa: E402
from db.search.service import LibrarySearch  # noqa: E402
from db.services.documents import list_documents  # noqa: E402
from db.services.scores import compare_indicator, country_scores, document_scores  # noqa: E402
from desktop.ingest.scores import read_score_file  # noqa: E402
from desktop.ops.imports import import_paths  # noqa: E402
from desktop.ops.index import bring_index_up_to_date  # noqa: E402
from desktop.ops.scores import import_score_file  # noqa: E402

OCINDEX = ROOT.parent / "shared" / "data" / "ocindex"
FILES = [
    "global_oc_index_2021_2023.xlsx",
    "ocindex_2025_dataset_reconstructed.csv",
    "ocindex_scores_long_2021_2023_2025.csv",
]


def timed(action, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    """Median wall time in milliseconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="excerpta-scores-bench-"))
    with Library.open(work / "library") as library:
        print("reading and storing the publisher's files (median of 5)")
        for name in FILES:
            path = OCINDEX / name
            if not path.exists():
                print(f"  {name}: absent, skipped")
                continue
            read = timed(lambda path=path: read_score_file(path))
            # Into a library that has no scores yet (opened beforehand, so not timed): the same file
            # again is "unchanged" and stores nothing.
            empties = [Library.open(work / f"empty-{name}-{n}") for n in range(5)]
            stored = timed(lambda path=path, empties=empties: import_score_file(empties.pop(), path))
            again = timed(lambda path=path: import_score_file(library, path))
            print(
                f"  {name:42} read {read:6.1f} ms   read+check+store {stored:6.1f} ms   "
                f"same file again {again:6.1f} ms"
            )

        reports = write_reports(work / "reports", 500)
        started = time.perf_counter()
        for _ in import_paths(library, reports):
            pass
        bring_index_up_to_date(library)
        print(f"\n500 synthetic reports imported and indexed in {time.perf_counter() - started:.1f} s")
        ids = [d.id for d in list_documents(library)]
        every_document = timed(lambda: document_scores(library, ids))
        print(f"  scores for all 500 documents (tree, reader): {every_document:.1f} ms")
        one_country = timed(lambda: country_scores(library, "BE"))
        print(f"  country view (Belgium, latest):               {one_country:.1f} ms")
        isos = ["BE", "NL", "FR", "DE", "ES", "IT", "LU", "PT"]
        print(
            f"  compare cocaine_trade, 8 countries:           "
            f"{timed(lambda: compare_indicator(library, 'cocaine_trade', isos)):.1f} ms"
        )
        searcher = LibrarySearch(library)
        try:
            for query, sort in (
                ("score:>=7", "relevance"),
                ("trafic score:>=7", "relevance"),
                ("trafic", "score"),
            ):
                result = searcher.search(query, 50, sort)
                elapsed = timed(lambda query=query, sort=sort: searcher.search(query, 50, sort))
                print(f"  search {query!r:22} sort={sort:9} {result.total:6} hits   {elapsed:6.1f} ms")
        finally:
            searcher.close()


if __name__ == "__main__":
    main()
