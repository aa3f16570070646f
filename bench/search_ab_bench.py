"""Search latency of this checkout against another one (e.g. main), interleaved in one run.

Run: .venv/bin/python bench/search_ab_bench.py --baseline /tmp/main-tree [--paragraphs 20000]
(make the baseline with `git archive main | tar -x -C /tmp/main-tree`).

The synthetic library of bench/search_bench.py is stored once; each checkout then indexes its own
copy with its own analyzers, in a worker process that imports that checkout's code. The same queries
go to both workers in turn (alternating which goes first), several rounds; each query's best time
per side is kept. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORKER = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from db.library import Library
from db.search.service import LibrarySearch
from db.search.sync import sync_index
library = Library.open(Path(sys.argv[2]))
started = time.perf_counter()
sync_index(library, rebuild=True)
searcher = LibrarySearch(library)
searcher.search("warm up", 20)
print(json.dumps({"build": time.perf_counter() - started}), flush=True)
for line in sys.stdin:
    query = json.loads(line)
    started = time.perf_counter()
    total = searcher.search(query, 20).total
    print(json.dumps({"elapsed": time.perf_counter() - started, "total": total}), flush=True)
"""


def main() -> None:
    from bench.search_bench import SEED, build_library, make_queries, percentile

    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", type=Path, required=True, help="another checkout's folder")
    parser.add_argument("--paragraphs", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--work", type=Path, help="folder for the libraries (default: a temporary one)")
    args = parser.parse_args()
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory(dir=args.work) as temporary:
        folder = Path(temporary)
        library, rows = build_library(folder / "library", args.paragraphs, rng)
        stored = library.folder
        library.close()
        queries = make_queries(rng, rows, args.queries)
        sides = {"baseline": args.baseline.resolve(), "this": ROOT}
        workers = {}
        for name, tree in sides.items():
            copy = folder / f"library-{name}"
            shutil.copytree(stored, copy, ignore=shutil.ignore_patterns("index*"))
            workers[name] = subprocess.Popen(
                [sys.executable, "-c", WORKER, str(tree), str(copy)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            build = json.loads(workers[name].stdout.readline())["build"]  # type: ignore[union-attr]
            print(f"{name}: index built in {build:.1f} s ({tree})")
        best: dict[str, list[float]] = {name: [float("inf")] * len(queries) for name in sides}
        totals: dict[str, list[int]] = {name: [0] * len(queries) for name in sides}
        for round_number in range(args.rounds):
            for index, (_, query, _) in enumerate(queries):
                order = list(sides) if (index + round_number) % 2 == 0 else list(reversed(sides))
                for name in order:
                    worker = workers[name]
                    worker.stdin.write(json.dumps(query) + "\n")  # type: ignore[union-attr]
                    worker.stdin.flush()  # type: ignore[union-attr]
                    answer = json.loads(worker.stdout.readline())  # type: ignore[union-attr]
                    best[name][index] = min(best[name][index], answer["elapsed"])
                    totals[name][index] = answer["total"]
        for worker in workers.values():
            worker.stdin.close()  # type: ignore[union-attr]
            worker.wait()
        by_class: dict[str, list[int]] = defaultdict(list)
        for index, (cls, _, _) in enumerate(queries):
            by_class[cls].append(index)
        by_class["all"] = list(range(len(queries)))
        print(f"{len(queries)} queries, best of {args.rounds} interleaved rounds, ms (baseline -> this):")
        for cls, indexes in by_class.items():
            line = []
            for label, pick in (
                ("p50", statistics.median),
                ("p95", lambda v: percentile(v, 0.95)),
                ("max", max),
            ):
                a = pick([best["baseline"][i] for i in indexes]) * 1000
                b = pick([best["this"][i] for i in indexes]) * 1000
                line.append(f"{label} {a:6.1f} -> {b:6.1f}")
            print(f"  {cls:7} " + "   ".join(line))
        more = sum(totals["this"][i] > totals["baseline"][i] for i in range(len(queries)))
        fewer = sum(totals["this"][i] < totals["baseline"][i] for i in range(len(queries)))
        print(
            f"hit counts: {more} queries find more paragraphs here, {fewer} fewer ({time.strftime('%H:%M')})"
        )


if __name__ == "__main__":
    main()
