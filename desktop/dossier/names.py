"""Names in the dossier's language: countries from pycountry, the gazetteer's entities where an excerpt
in that language names them, indicators from the taxonomy."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from desktop.facts.gazetteer import entry_by_key
from domain.countries import country_by_iso
from domain.taxonomy import load_taxonomy


def country_in(language: str, iso: str | None, fallback: str | None) -> str:
    """ "Luxembourg", "Belgique", "Bélgica": pycountry's name, else the name the document carries."""
    country = country_by_iso(iso) if iso else None
    return country.name(language) if country else (fallback or iso or "?")


def indicator_in(language: str, key: str | None) -> str:
    indicator = load_taxonomy().indicator(key) if key else None
    return indicator.name(language) if indicator else "—"


def entity_in(language: str, fact_type: str, canonical: str, seen: Iterable[str] = ()) -> str:
    """An entity's name for a dossier in `language`. The gazetteer's canonical names are English and its
    other names carry no language, so a name counts as this language's when an excerpt written in it
    used that name (`seen`: the texts the facts matched in such excerpts): « port d'Anvers » in a French
    dossier quoting a French report. Countries always have their pycountry name."""
    entry = entry_by_key().get((fact_type, canonical))
    if entry is not None and entry.iso:
        return country_in(language, entry.iso, canonical)
    if language == "en" or entry is None:
        return canonical
    names = {_comparable(name) for name in entry.names}
    # The name as the excerpt wrote it (« port d’Anvers », with its typographic apostrophe).
    used = Counter(text for text in seen if _comparable(text) in names)
    return used.most_common(1)[0][0] if used else canonical


def _comparable(name: str) -> str:
    """Case and apostrophe style do not make another name: « port d’Anvers » is « port d'Anvers »."""
    return " ".join(name.replace("’", "'").replace("ʼ", "'").casefold().split())
