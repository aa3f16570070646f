"""The share of mutants killed per module, from mutmut's results in mutants/ (after `make mutation`).

Killed: a test failed (or the mutant looped until mutmut's timeout). Survived: every test passed. No tests:
no test of the fast subset runs that function. Modules with nothing checked yet are left out.

Run: .venv/bin/python bench/mutation_summary.py [--survivors]
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KILLED = {1, 3, 36, 24, -24, 152, 255, 37}
SURVIVED = {0}
NO_TESTS = {5, 33}


def main() -> None:
    by_module: dict[str, Counter[str]] = defaultdict(Counter)
    survivors: list[str] = []
    for meta in sorted((ROOT / "mutants").rglob("*.py.meta")):
        module = str(meta.relative_to(ROOT / "mutants")).removesuffix(".meta")
        for name, code in json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"].items():
            if code is None:
                continue
            kind = "killed" if code in KILLED else "survived" if code in SURVIVED else "no tests"
            kind = kind if code in KILLED | SURVIVED | NO_TESTS else "other"
            by_module[module][kind] += 1
            if kind in ("survived", "no tests"):
                survivors.append(f"{name} ({kind})")
    total: Counter[str] = Counter()
    print(f"{'module':45} {'killed':>7} {'survived':>9} {'no tests':>9} {'killed %':>9}")
    for module, counts in sorted(by_module.items()):
        total.update(counts)
        checked = sum(counts.values())
        print(
            f"{module:45} {counts['killed']:7} {counts['survived']:9} {counts['no tests']:9}"
            f" {100 * counts['killed'] / checked:8.1f}%"
        )
    if total:
        print(
            f"{'all':45} {total['killed']:7} {total['survived']:9} {total['no tests']:9}"
            f" {100 * total['killed'] / sum(total.values()):8.1f}%"
        )
    if "--survivors" in sys.argv:
        print("\n".join(survivors))


if __name__ == "__main__":
    main()
