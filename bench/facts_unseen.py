"""Facts on text nobody here wrote (tests/fixtures/unseen_facts.json): precision and recall per type and
language, negated mentions, flow direction, and figures taken from score lists. Prints; asserts nothing.

Run: .venv/bin/python bench/facts_unseen.py [--misses]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.facts.evaluation import ENTITY_TYPES, flow_score, misses, negated, score  # noqa: E402
from desktop.facts.extract import ParagraphContext, extract_facts  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "unseen_facts.json"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))["paragraphs"]
    for language in ("fr", "en", "es"):
        ids = [i for i, p in enumerate(data) if p["language"] == language]
        contexts = [
            ParagraphContext(i, data[i]["text"], language, data[i]["country"], data[i]["indicator"])
            for i in ids
        ]
        facts = extract_facts(contexts)
        gold = {i: set(data[i]["entities"]) for i in ids}
        print(f"{language}:")
        for kind, s in score(gold, facts, ENTITY_TYPES).items():
            print(
                f"  {kind:15} precision {s.precision:.2f}  recall {s.recall:.2f}  "
                f"(tp {s.true_positives}, fp {s.false_positives}, fn {s.false_negatives})"
            )
        # groups (the gold's kind); a negated market (« no evidence of heroin refining ») is not counted here
        got_negated = negated([f for f in facts if f.type in ENTITY_TYPES])
        want_negated = {i: set(data[i]["negated"]) for i in ids}
        hit = sum(len(want_negated[i] & got_negated.get(i, set())) for i in ids)
        print(
            f"  negated         found {hit} of {sum(map(len, want_negated.values()))}, "
            f"{sum(len(got_negated.get(i, set()) - want_negated[i]) for i in ids)} unexpected"
        )
        flows = flow_score({i: data[i]["flows"] for i in ids}, facts)
        print(
            f"  flows           direction right {flows.right} of {flows.stated} ({flows.direction:.2f}), "
            f"transit right {flows.transit_right}, invented {flows.invented}, "
            f"actor right {flows.actor_right} of {flows.actors}"
        )
        table_figures = [f for f in facts if f.type == "figure" and data[f.paragraph_id].get("score_list")]
        print(f"  figures from score lists: {len(table_figures)}")
        if args.misses:
            for line in misses(gold, facts, ENTITY_TYPES):
                print("    ", line, "|", data[int(line.split()[0])]["text"][:60])
            for f in facts:
                if f.type == "role" and f.data.get("kind") == "flow":
                    print(
                        "     flow", f.paragraph_id, f.canonical, f.data.get("transit"), f.data.get("actor")
                    )


if __name__ == "__main__":
    main()
