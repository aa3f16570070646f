"""Fact extraction quality and speed: precision and recall per type on our hand-annotated fixture and
on the real report; the time to extract the real report once the model is loaded, and 500 reports.

Run: .venv/bin/python bench/facts_quality.py [--reports 500]   (prints figures; asserts nothing)
Text nobody here wrote, per language (issue 13): .venv/bin/python bench/facts_unseen.py [--misses]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.facts.engine import engine_for  # noqa: E402
from desktop.facts.evaluation import ENTITY_TYPES, misses, score  # noqa: E402
from desktop.facts.extract import ParagraphContext, extract_facts  # noqa: E402
from desktop.ingest.pipeline import parse_report  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "facts_fixture.json"
REAL_GOLD = ROOT / "tests" / "fixtures" / "real_report_entities.json"
# Beside the checkout, or (in a worktree under /work/wt) in /work/shared.
REAL_REPORT = next(
    (
        path
        for path in (
            ROOT.parent / "shared" / "corpus" / "000_418caeb620c82ff5.txt",
            Path("/work/shared/corpus/000_418caeb620c82ff5.txt"),
        )
        if path.exists()
    ),
    ROOT.parent / "shared" / "corpus" / "000_418caeb620c82ff5.txt",
)


def fixture_contexts() -> tuple[list[ParagraphContext], dict[int, set[str]], dict[int, set[str]]]:
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))["paragraphs"]
    contexts = [
        ParagraphContext(i, p["text"], p["language"], p["country"], p["indicator"])
        for i, p in enumerate(data)
    ]
    entities = {i: set(p["entities"]) for i, p in enumerate(data)}
    return contexts, entities, {i: set(p["roles"]) for i, p in enumerate(data)}


def real_contexts() -> tuple[list[ParagraphContext], dict[int, set[str]]]:
    document = parse_report(REAL_REPORT)
    gold = json.loads(REAL_GOLD.read_text(encoding="utf-8"))["paragraphs"]
    paragraphs = document.paragraphs()
    contexts = [ParagraphContext(i, p.text, "fr", "BE", p.indicator_key) for i, p in enumerate(paragraphs)]
    return contexts, {c.paragraph_id: set(gold[c.indicator]) for c in contexts}


def report(name: str, scores: dict) -> None:
    for kind, s in scores.items():
        print(
            f"  {name:12} {kind:15} precision {s.precision:.2f}  recall {s.recall:.2f}  "
            f"(tp {s.true_positives}, fp {s.false_positives}, fn {s.false_negatives})"
        )


def role_score(expected: dict[int, set[str]], facts: list) -> tuple[int, int, int]:
    found: dict[int, set[str]] = {}
    for fact in facts:
        if fact.type == "role":
            found.setdefault(fact.paragraph_id, set()).add(fact.canonical)
    tp = sum(len(expected[p] & found.get(p, set())) for p in expected)
    fp = sum(len(found.get(p, set()) - expected[p]) for p in expected)
    fn = sum(len(expected[p] - found.get(p, set())) for p in expected)
    return tp, fp, fn


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=500)
    args = parser.parse_args()
    started = time.perf_counter()
    for language in ("fr", "en"):
        engine_for(language)
    print(f"engines loaded in {time.perf_counter() - started:.1f} s")
    contexts, entities, roles = fixture_contexts()
    facts = extract_facts(contexts)
    print("our fixture (12 paragraphs, French and English):")
    report("fixture", score(entities, facts, ENTITY_TYPES))
    tp, fp, fn = role_score(roles, facts)
    print(f"  fixture      roles           found {tp} of {tp + fn} expected, {fp} unexpected")
    for line in misses(entities, facts, ENTITY_TYPES):
        print("    ", line)
    if REAL_REPORT.exists():
        contexts, gold = real_contexts()
        timings = []
        for _ in range(5):
            t = time.perf_counter()
            facts = extract_facts(contexts)
            timings.append(time.perf_counter() - t)
        median = statistics.median(timings) * 1000
        print(f"real report: extraction (model loaded) median of 5: {median:.0f} ms")
        report("real report", score(gold, facts, ENTITY_TYPES))
        for line in misses(gold, facts, ENTITY_TYPES):
            print("    ", line)
        batch = [
            ParagraphContext(i * 100 + c.paragraph_id, c.text, "fr", "BE", c.indicator)
            for i in range(args.reports)
            for c in contexts
        ]
        t = time.perf_counter()
        extract_facts(batch)
        elapsed = time.perf_counter() - t
        print(
            f"{args.reports} reports ({len(batch)} paragraphs): {elapsed:.1f} s, "
            f"{elapsed / args.reports * 1000:.0f} ms per report"
        )


if __name__ == "__main__":
    main()
