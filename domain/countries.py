"""Country names in English, French and Spanish, with ISO 3166 codes, from pycountry's translations.

Shared by the importer (which country is a report about?) and by search (Belgium finds Belgique).
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

import pycountry

# Short names that reports use and pycountry's official names do not contain.
_EXTRA_NAMES = {
    "TR": ["Turkey", "Türkiye", "Turquie", "Turquía"],
    "US": ["United States", "USA", "États-Unis", "Estados Unidos"],
    "GB": ["United Kingdom", "UK", "Royaume-Uni", "Reino Unido"],
    "RU": ["Russia", "Russie", "Rusia"],
    "KR": ["South Korea", "Corée du Sud", "Corea del Sur"],
    "KP": ["North Korea", "Corée du Nord", "Corea del Norte"],
    "IR": ["Iran", "Irán"],
    "SY": ["Syria", "Syrie", "Siria"],
    "VE": ["Venezuela"],
    "BO": ["Bolivia", "Bolivie"],
    "TZ": ["Tanzania", "Tanzanie"],
    "VN": ["Vietnam", "Viet Nam", "Viêt Nam"],
    "LA": ["Laos"],
    "MD": ["Moldova", "Moldavie"],
    "CD": ["DR Congo", "RDC", "République démocratique du Congo", "Congo, Dem. Rep."],
    "CG": ["Congo", "Republic of the Congo"],
    "CZ": ["Czech Republic", "Czechia", "Tchéquie", "République tchèque"],
    "NL": ["Netherlands", "Pays-Bas", "Países Bajos", "Nederland"],
    "NG": ["Nigeria", "Nigéria"],
}


@dataclass(frozen=True)
class Country:
    iso: str
    names: dict[str, str]

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]


def _strip_qualifier(name: str) -> str:
    return re.sub(r"\s*\(.*?\)\s*$", "", name).strip()


@cache
def all_countries() -> dict[str, Country]:
    translators = {
        lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in ("fr", "es")
    }
    countries = {}
    for record in pycountry.countries:
        english = getattr(record, "common_name", None) or record.name
        names = {"en": _strip_qualifier(english)}
        for lang, translator in translators.items():
            names[lang] = _strip_qualifier(translator.gettext(record.name))
        countries[record.alpha_2] = Country(record.alpha_2, names)
    return countries


def fold(text: str) -> str:
    """Case- and accent-free text for counting names (Türkiye -> turkiye); offsets do not survive it."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _name_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    by_name: dict[str, str] = {}
    for iso, country in all_countries().items():
        for name in country.names.values():
            if len(name) > 3 and "," not in name:
                by_name.setdefault(fold(name), iso)
    for iso, names in _EXTRA_NAMES.items():
        for name in names:
            by_name[fold(name)] = iso
    alternatives = sorted(by_name, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in alternatives) + r")(?![\w-])")
    return pattern, by_name


def country_mentions(text: str) -> Counter[str]:
    pattern, by_name = _name_pattern()
    return Counter(by_name[match.group(1)] for match in pattern.finditer(fold(text)))


# Times the text must name a country, when it names others too, for that country to be its subject.
_SUBJECT_MENTIONS = 3


def detect_country(text: str, file_name: str = "") -> Country | None:
    """The country a report is about: named in its file name, else the one its text names most, when it
    stands out from the others it names."""
    from_name = country_mentions(re.sub(r"[_.]", " ", file_name))
    if from_name:
        return all_countries()[from_name.most_common(1)[0][0]]
    mentions = country_mentions(text)
    if not mentions:
        return None
    ranked = mentions.most_common(2)
    leader, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    # A report about a country names it again and again; one about a place no list knows (an invented
    # or regional subject) names its neighbours once or twice each. Taking the most named of those would
    # file the report under the wrong country, which is worse than filing it under none.
    if count > runner_up and (count >= _SUBJECT_MENTIONS or runner_up == 0):
        return all_countries()[leader]
    return None


def all_names(iso: str) -> list[str]:
    """Every name a country is known under here: pycountry's three languages and the common short ones."""
    country = all_countries()[iso]
    names = [n for n in country.names.values() if "," not in n] + _EXTRA_NAMES.get(iso, [])
    return list(dict.fromkeys(names))


def country_by_iso(iso: str) -> Country | None:
    return all_countries().get(iso.upper())


# A statement of the edition: "Global Organized Crime Index 2023", "Indice mondial du crime organisé
# 2025", "Índice Global de Crimen Organizado 2021", or just "Index 2023". The word must be capitalised
# (a price index is not the Index), and only words of the Index's own name in its three languages may
# stand between it and the year ("the Index in 2021" compares with an edition; it does not state one).
_TITLE_WORDS = (
    "global|mondial|organized|organised|organisé|organise|organisée|organisee|organizado|crime|crimen"
    "|criminalité|criminalite|du|de|la|del|of|the"
)
_STATEMENT = re.compile(
    r"(?<![\w])(?:Index|Indice|Índice|INDEX|INDICE|ÍNDICE)"
    rf"(?:[ \u00a0]+(?i:{_TITLE_WORDS})(?![\w])){{0,5}}[ \u00a0,:–-]+((?:19|20)\d\d)(?!\d)"
)


@dataclass(frozen=True)
class EditionFinding:
    """The edition a report belongs to, and what decided it: "statement" (the text says so), "file name",
    or "years" (the heuristic). `file_name_edition` is the year the file name gives, when it gives one."""

    edition: int | None
    source: str
    file_name_edition: int | None = None

    @property
    def disagreement(self) -> str | None:
        """One clause for the import line when the text's statement overrules the file name."""
        if self.source == "statement" and self.file_name_edition not in (None, self.edition):
            stated, named = self.edition, self.file_name_edition
            return f"edition {stated} as the text states, not {named} as the file name says"
        return None


def stated_edition(text: str, editions: list[int]) -> int | None:
    """The first edition of the Index the text names ("Index 2023"), if it names one."""
    for match in _STATEMENT.finditer(text):
        year = int(match.group(1))
        if year in editions:
            return year
    return None


def find_edition(text: str, file_name: str, editions: list[int], today_year: int) -> EditionFinding:
    """The Index edition: stated in the text, else a year in the file name, else the first edition after
    the latest year the text reports on (a summary published in 2025 covers events up to 2024)."""
    in_name = [int(y) for y in re.findall(r"(?<![0-9A-Za-z])(20\d\d)(?![0-9A-Za-z])", file_name)]
    from_name = in_name[0] if in_name else None
    stated = stated_edition(text, editions)
    if stated is not None:
        return EditionFinding(stated, "statement", from_name)
    if from_name is not None:
        return EditionFinding(from_name, "file name", from_name)
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)]
    reported = [y for y in years if y <= today_year]
    if not reported:
        return EditionFinding(None, "years")
    latest = max(reported)
    later = [e for e in sorted(editions) if e > latest]
    edition = later[0] if later else max(e for e in editions if e <= max(latest, min(editions)))
    return EditionFinding(edition, "years")


def detect_edition(text: str, file_name: str, editions: list[int], today_year: int) -> int | None:
    """The edition `find_edition` settles on."""
    return find_edition(text, file_name, editions, today_year).edition


# Names in the Index's score files that neither pycountry nor the table above knows, written without
# punctuation (see `name_key`).
_PUBLISHER_NAMES = {
    "brunei": "BN",
    "congo dem rep": "CD",
    "congo rep": "CG",
    "korea dpr": "KP",
    "korea rep": "KR",
    "micronesia federated states of": "FM",
    "st kitts and nevis": "KN",
    "st lucia": "LC",
    "st vincent and the grenadines": "VC",
}


def name_key(name: str) -> str:
    """A country name folded, with punctuation dropped: "Congo, Dem. Rep." and "Congo Dem Rep" meet."""
    return " ".join(re.sub(r"[^\w]+", " ", fold(name)).split())


@cache
def _iso_by_name_key() -> dict[str, str]:
    table: dict[str, str] = {}
    for record in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            if hasattr(record, attribute):
                table.setdefault(name_key(getattr(record, attribute)), record.alpha_2)
    for iso, country in all_countries().items():
        for name in country.names.values():
            table.setdefault(name_key(name), iso)
    for iso, names in _EXTRA_NAMES.items():
        for name in names:
            table.setdefault(name_key(name), iso)
    table.update(_PUBLISHER_NAMES)
    return table


def iso_for_name(name: str) -> str | None:
    """The ISO code of a country named in English, French or Spanish, or by an ISO alpha-2/3 code."""
    stripped = name.strip()
    if re.fullmatch(r"[A-Za-z]{2,3}", stripped):
        code = stripped.upper()
        record = (
            pycountry.countries.get(alpha_2=code) if len(code) == 2 else pycountry.countries.get(alpha_3=code)
        )
        if record is not None:
            return str(record.alpha_2)
    return _iso_by_name_key().get(name_key(stripped))
