"""The Global Organized Crime Index taxonomy: pillars, sections and 32 indicators with stable keys."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path


@dataclass(frozen=True)
class Indicator:
    key: str
    names: dict[str, str]
    pillar: str
    section: str | None
    since: int

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]


@dataclass(frozen=True)
class Heading:
    """A pillar or a section of the Index reports, with its names and the headings that announce it."""

    key: str
    names: dict[str, str]
    headings: dict[str, list[str]]
    pillar: str | None = None

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]


@dataclass(frozen=True)
class Taxonomy:
    editions: list[int]
    pillars: list[Heading]
    sections: list[Heading]
    indicators: list[Indicator]
    notes: dict[str, list[str]]

    def indicator(self, key: str) -> Indicator | None:
        return self._by_key.get(key)

    @cached_property
    def _by_key(self) -> dict[str, Indicator]:
        """Looked up for every paragraph the tree, the reader and the index show: a dict, not a scan."""
        return {i.key: i for i in self.indicators}

    def indicators_under(self, container_key: str, edition: int | None) -> list[Indicator]:
        """The indicators a section (or a pillar without sections) holds, in report order."""
        return [
            i
            for i in self.indicators
            if (i.section == container_key or (i.section is None and i.pillar == container_key))
            and (edition is None or i.since <= edition)
        ]

    def pillar_of(self, key: str) -> str | None:
        indicator = self.indicator(key)
        return indicator.pillar if indicator else None

    def pillar(self, key: str) -> Heading | None:
        return next((p for p in self.pillars if p.key == key), None)


TAXONOMY_FILE = Path(__file__).resolve().parents[1] / "resources" / "taxonomy.json"


@cache
def load_taxonomy() -> Taxonomy:
    data = json.loads(TAXONOMY_FILE.read_text(encoding="utf-8"))
    return Taxonomy(
        editions=list(data["editions"]),
        pillars=[Heading(p["key"], p["names"], p["headings"]) for p in data["pillars"]],
        sections=[Heading(s["key"], s["names"], s["headings"], s["pillar"]) for s in data["sections"]],
        indicators=[
            Indicator(i["key"], i["names"], i["pillar"], i["section"], int(i["since"]))
            for i in data["indicators"]
        ],
        notes=data["notes"],
    )
