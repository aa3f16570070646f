"""The gazetteer (resources/gazetteer.json), the seas and regions of resources/regions.json, and every country
from pycountry, as one list of entries."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache

from desktop.resources import resource
from domain.countries import all_countries, all_names

TYPES = ("criminal_group", "place", "country", "institution", "commodity", "year", "figure", "role")


def without_accents(text: str) -> str:
    """`text` with its letters' accents taken off, letter for letter, so offsets still hold (same length):
    « Brésil » → « Bresil », « près d’Anvers » → « pres d’Anvers »."""
    return "".join(unicodedata.normalize("NFD", c)[0] for c in text)


@dataclass(frozen=True)
class Entry:
    type: str
    canonical: str
    names: tuple[str, ...]
    indicator: str | None = None
    iso: str | None = None
    cased: bool = False  # matched only where written with a capital (la Manche, not une manche)


@cache
def load_gazetteer() -> tuple[Entry, ...]:
    data = json.loads(resource("gazetteer.json").read_text(encoding="utf-8"))
    entries = [
        Entry(e["type"], e["canonical"], tuple(e["names"]), e.get("indicator")) for e in data["entities"]
    ]
    regions = json.loads(resource("regions.json").read_text(encoding="utf-8"))["regions"]
    known = {(e.type, e.canonical) for e in entries}
    entries.extend(
        Entry("place", r["canonical"], tuple(r["names"]), cased=True)
        for r in regions
        if ("place", r["canonical"]) not in known
    )
    for iso, country in all_countries().items():
        names = tuple(n for n in all_names(iso) if len(n) > 2)
        if names:
            entries.append(Entry("country", country.names["en"], names, iso=iso))
    return tuple(entries)


@cache
def entry_by_key() -> dict[tuple[str, str], Entry]:
    return {(e.type, e.canonical): e for e in load_gazetteer()}
