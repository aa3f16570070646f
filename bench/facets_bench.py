"""The first page without its facets (issue 15): what the window gains by counting them afterwards.

Run: .venv/bin/python bench/facets_bench.py [--paragraphs 30000] [--queries 120]
Prints figures; asserts nothing. For each engine, through the service with its cache off (every search
runs), three arms per query: the page with its facets (what the window waited for before), the page
alone (`facets=False`, what it waits for now), and the facets alone (`LibrarySearch.facets`, the job that
follows). The arms run query by query, interleaved (the order rotates), warmed by a first round, and
each keeps the best of three timed rounds. The synthetic corpus is search_bench's (fixed seed).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.search_bench import SEED, build_library, make_queries, percentile  # noqa: E402
from db.search.engines import ENGINE_NAMES  # noqa: E402
from db.search.service import LibrarySearch  # noqa: E402
from db.search.sync import sync_index  # noqa: E402

LIMIT = 50  # the window's page (desktop/ui/search_pane.RESULT_LIMIT)
ROUNDS = 3


def best_of(work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--paragraphs", type=int, default=30_000)
    parser.add_argument("--queries", type=int, default=120)
    parser.add_argument("--engines", default=",".join(ENGINE_NAMES))
    args = parser.parse_args()
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory() as temporary:
        library, rows = build_library(Path(temporary) / "library", args.paragraphs, rng)
        queries = [query for _, query, _ in make_queries(rng, rows, args.queries)]
        print(f"{len(rows)} paragraphs, {len(queries)} queries, page of {LIMIT}, best of {ROUNDS} rounds")
        for engine in [e for e in args.engines.split(",") if e]:
            sync_index(library, engine=engine)
            searcher = LibrarySearch(library, cached_searches=0)
            arms: dict[str, Callable[[str], object]] = {
                "page + facets": lambda q, s=searcher: s.search(q, LIMIT),
                "page alone": lambda q, s=searcher: s.search(q, LIMIT, facets=False),
                "facets alone": lambda q, s=searcher: s.facets(q),
            }
            for query in queries:  # warm-up
                for run in arms.values():
                    run(query)
            timings: dict[str, list[float]] = {name: [] for name in arms}
            names = list(arms)
            for number, query in enumerate(queries):
                for name in names[number % 3 :] + names[: number % 3]:
                    timings[name].append(best_of(lambda run=arms[name], q=query: run(q)))
            searcher.close()
            print(f"\n{engine}")
            for name, values in timings.items():
                print(
                    f"  {name:14} p50 {percentile(values, 0.5) * 1000:6.2f} ms"
                    f"  p95 {percentile(values, 0.95) * 1000:6.2f} ms"
                    f"  max {max(values) * 1000:6.2f} ms"
                )
            gains = [w - a for w, a in zip(timings["page + facets"], timings["page alone"], strict=True)]
            print(
                f"  first page sooner by: p50 {percentile(gains, 0.5) * 1000:.2f} ms, "
                f"p95 {percentile(gains, 0.95) * 1000:.2f} ms"
            )
        library.close()


if __name__ == "__main__":
    main()
