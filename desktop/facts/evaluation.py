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
    """`expected`: per paragraph id, "type:canonical" strings. Each paragraph is scored as a set; a negated
    mention (the text says it is absent) is no fact of presence and counts as nothing here."""
    found: dict[int, set[str]] = defaultdict(set)
    for fact in facts:
        if fact.type in types and not fact.data.get("negated"):
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
        if fact.type in types and not fact.data.get("negated"):
            found[fact.paragraph_id].add(f"{fact.type}:{fact.canonical}")
    lines = []
    for paragraph_id in sorted(set(expected) | set(found)):
        gold, got = expected.get(paragraph_id, set()), found.get(paragraph_id, set())
        lines += [f"{paragraph_id} - {item}" for item in sorted(gold - got)]
        lines += [f"{paragraph_id} + {item}" for item in sorted(got - gold)]
    return lines


def present(facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """Facts of presence: a mention the text says is absent (data["negated"]) is not one."""
    return [f for f in facts if not f.data.get("negated")]


def negated(facts: list[ExtractedFact]) -> dict[int, set[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    for fact in facts:
        if fact.data.get("negated"):
            found[fact.paragraph_id].add(f"{fact.type}:{fact.canonical}")
    return found


@dataclass(frozen=True)
class FlowScore:
    stated: int  # flows the gold says the sentences state
    right: int  # of those, found with the right origin and destination
    transit_right: int  # of those, found with the right transit places too
    invented: int  # flows found that the text does not state
    actor_right: int  # of the stated flows with a named actor, found with that actor
    actors: int

    @property
    def direction(self) -> float:
        return self.right / self.stated if self.stated else 1.0


def flow_score(expected: dict[int, list[dict[str, object]]], facts: list[ExtractedFact]) -> FlowScore:
    """`expected`: per paragraph id, flows as {origin, transit, destination, actor}."""
    found: dict[int, list[dict[str, object]]] = defaultdict(list)
    for fact in facts:
        if fact.type == "role" and fact.data.get("kind") == "flow":
            found[fact.paragraph_id].append(fact.data)
    stated = right = transit_right = invented = actor_right = actors = 0
    for paragraph_id in set(expected) | set(found):
        gold, got = expected.get(paragraph_id, []), list(found.get(paragraph_id, []))
        for flow in gold:
            stated += 1
            match = next(
                (g for g in got if g["origin"] == flow["origin"] and g["destination"] == flow["destination"]),
                None,
            )
            if flow.get("actor"):
                actors += 1
            if match is None:
                continue
            got.remove(match)
            right += 1
            transit_right += sorted(map(str, match.get("transit") or [])) == sorted(map(str, flow["transit"]))  # type: ignore[call-overload]
            if flow.get("actor"):
                actor_right += str(match.get("actor") or "").casefold() == str(flow["actor"]).casefold()
        invented += len(got)
    return FlowScore(stated, right, transit_right, invented, actor_right, actors)
