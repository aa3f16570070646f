"""Precision and recall of the extractor against hand-checked facts, per type."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from domain.records import ExtractedFact

ENTITY_TYPES = ("criminal_group", "place", "country", "institution")


@dataclass(frozen=True)
class Score:
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0


def score(
    expected: dict[int, set[str]], facts: list[ExtractedFact], types: tuple[str, ...]
) -> dict[str, Score]:
    """`expected`: per paragraph id, "type:canonical" strings. Each paragraph is scored as a set."""
    found: dict[int, set[str]] = defaultdict(set)
    for fact in facts:
        if fact.type in types:
            found[fact.paragraph_id].add(f"{fact.type}:{fact.canonical}")
    counts = {t: [0, 0, 0] for t in types}
    for paragraph_id in set(expected) | set(found):
        gold, got = expected.get(paragraph_id, set()), found.get(paragraph_id, set())
        for item in got & gold:
            counts[item.split(":", 1)[0]][0] += 1
        for item in got - gold:
            counts[item.split(":", 1)[0]][1] += 1
        for item in gold - got:
            if item.split(":", 1)[0] in counts:
                counts[item.split(":", 1)[0]][2] += 1
    return {t: Score(*c) for t, c in counts.items()}


def misses(expected: dict[int, set[str]], facts: list[ExtractedFact], types: tuple[str, ...]) -> list[str]:
    """What was missed (-) and what was wrongly found (+), per paragraph, for reading."""
    found: dict[int, set[str]] = defaultdict(set)
    for fact in facts:
        if fact.type in types:
            found[fact.paragraph_id].add(f"{fact.type}:{fact.canonical}")
    lines = []
    for paragraph_id in sorted(set(expected) | set(found)):
        gold, got = expected.get(paragraph_id, set()), found.get(paragraph_id, set())
        lines += [f"{paragraph_id} - {item}" for item in sorted(gold - got)]
        lines += [f"{paragraph_id} + {item}" for item in sorted(got - gold)]
    return lines
