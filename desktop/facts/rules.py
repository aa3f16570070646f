"""Facts that rules find better than a model: years, figures, and the roles and flows of countries.

French and English sentence shapes, e.g.
- « La Belgique est à la fois un pays de transit et de destination pour le cannabis » → a role;
- (flows: desktop/facts/flows.py);
- « environ 30 000 transactions suspectes par an » → a figure with its unit and what it counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[»”\"’)]*|$)")
YEAR = re.compile(r"(?<![\d\w])(?P<by>d[’']ici\s+|by\s+|hasta\s+)?(?P<year>(?:19|20)\d\d)(?![\d\w])")
_SPELLED = {
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "douze": 12,
    "quinze": 15,
    "vingt": 20,
    "trente": 30,
    "cinquante": 50,
    "cent": 100,
    "mille": 1000,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "hundred": 100,
    "thousand": 1000,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "diez": 10,
}
_SCALE = {
    "million": 1e6,
    "millions": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "millones": 1e6,
    "millón": 1e6,
    "mil": 1e3,
}
_THOUSANDS = re.compile(r"\d{1,3}(?P<sep>[.,])\d{3}(?:(?P=sep)\d{3})*(?:(?!(?P=sep))[.,]\d+)?")
# Scales glued to an amount of money ("US$1.2bn", "€5m"): after a currency only ("5m" alone may be metres).
_ABBREVIATED_SCALE = {"bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3}
_CURRENCIES = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP"}
FIGURE = re.compile(
    r"(?P<approx>(?:environ|près de|plus de|moins de|au moins|about|around|nearly|more than|over|at least|"
    r"aproximadamente|más de|unos|unas)\s+)?"
    r"(?P<currency>(?<![\w$])(?:US\$|USD|EUR|GBP)\s?|[€$£]\s?)?"
    r"(?<![\w.,])(?P<number>\d{1,3}(?:[  \u202f]\d{3})+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|"
    r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?|"
    + "|".join(sorted(_SPELLED, key=len, reverse=True))
    + r")(?(currency)(?P<abbr>(?:bn|mn|m|k)(?![\w]))?)(?![\w])"
    r"(?P<scale>\s+(?:" + "|".join(sorted(_SCALE, key=len, reverse=True)) + r")\b)?"
    r"(?P<percent>\s*(?:%|pour cent|per cent|percent|por ciento))?"
    r"(?P<currency_after>(?(currency)(?!x)x|\s?[€$£](?![\w])))?"
    r"(?:\s+(?:de\s+|d[’']|of\s+)|\s+)?"
    r"(?P<counts>(?:[dl][’'])?[^\W\d_]{3,}(?:\s+(?:[dl][’'])?[^\W\d_]{3,}){0,2})?",
    re.IGNORECASE,
)
PER = re.compile(
    r"\s+(?P<per>par an|par année|per year|a year|annually|par jour|per day|al año|por año)\b", re.I
)
_UNITS = frozenset(
    "tonnes tons tonne ton kg kilos kilogrammes kilograms grammes grams euros euro dollars dollar "
    "usd eur litres liters hectares km".split()
)
_TIME_UNITS = frozenset(
    "ans années annees mois semaines jours heures years months weeks days hours años anos meses semanas días "
    "dias horas".split()
)
_COUNT_STOP = frozenset(
    "par en dans pour avec sur sous entre depuis vers selon et ou qui que dont est sont a ont été the in for "
    "with and or of to from per by that which is are was were has have al por para con en y que se "
    "d’ici d'ici afin".split()
)

ROLE_FR = re.compile(
    r"(?P<what>pays|point|centre|zone|voie|plaque tournante)\s+"
    r"(?P<roles>(?:(?:de|d[’'])\s*(?:transit|destination|origine)(?:\s*(?:,|et|ou)\s*)?)+)"
    r"(?:(?:\s+\w+){0,3}?\s+pour\s+(?:le |la |les |l[’'])?(?P<market>[^,.;:]+?)"
    r"(?=[,.;:]|\s+(?:en|dans|vers|depuis|où)\s|$))?",
    re.IGNORECASE,
)
# « La Belgique est principalement une destination pour l’héroïne »
ROLE_FR_BARE = re.compile(
    r"\bune?\s+(?P<roles>(?:(?:destination|origine)(?:\s+(?:et|ou)\s+(?:de\s+|d[’']\s*)?)?)+)\s+"
    r"(?:principale\s+|majeure\s+)?pour\s+(?:le |la |les |l[’'])?(?P<market>[^,.;:]+?)(?=[,.;:]|$)",
    re.IGNORECASE,
)
ROLE_EN = re.compile(
    r"(?P<roles>(?:(?:transit|destination|source|origin)(?:\s*(?:,|and|or)\s*)?)+)\s+"
    r"(?P<what>country|point|hub|state)(?:\s+for\s+(?:the\s+)?(?P<market>[^,.;:]+?))?"
    r"(?=[,.;:]|\s+(?:in|to|from|towards?|into|through|via)\s|$)",
    re.IGNORECASE,
)
ROLE_EN_OF = re.compile(
    r"(?P<what>country|point|hub|state)\s+of\s+"
    r"(?P<roles>(?:(?:transit|destination|origin)(?:\s*(?:,|and|or)\s*)?)+)"
    r"(?:\s+for\s+(?:the\s+)?(?P<market>[^,.;:]+?))?(?=[,.;:]|\s+(?:in|to|from|sold|towards?|into)\s|$)",
    re.IGNORECASE,
)
_ROLE_WORDS = {
    "transit": "transit",
    "destination": "destination",
    "origine": "origin",
    "origin": "origin",
    "source": "origin",
}
FROM_FR = re.compile(r"en provenance\s+(?:d[e’']\s*(?:la\s+|l[’']\s*)?|du\s+|des\s+)", re.IGNORECASE)
FROM_EN = re.compile(r"\b(?:from|originating in)\s+(?:the\s+)?", re.IGNORECASE)
# « par » alone is everywhere in French; it counts only when a place's name starts right after it.
VIA = re.compile(
    r"\b(?:via|à travers|par|through|transitant par)\s+(?:le\s+|la\s+|l[’']\s*|the\s+)?",
    re.IGNORECASE,
)


@dataclass
class RuleFact:
    type: str
    start: int
    end: int
    canonical: str
    data: dict[str, object] = field(default_factory=dict)


def sentences(text: str) -> Iterator[tuple[int, int]]:
    for match in SENTENCE.finditer(text):
        if match.group(0).strip():
            yield match.start(), match.end()


def years(text: str) -> Iterator[RuleFact]:
    for match in YEAR.finditer(text):
        data: dict[str, object] = {"year": int(match.group("year"))}
        if match.group("by"):
            data["relation"] = "by"
        yield RuleFact("year", match.start(), match.end(), match.group("year"), data)


def _value(number: str) -> float | None:
    word = number.lower()
    if word in _SPELLED:
        return float(_SPELLED[word])
    digits = re.sub(r"[  \u202f]", "", number)
    # Groups of three after a separator are thousands: "450,000" and "40.000" (not 450.0 and 40.0); the
    # other separator, if any, is the decimal one ("2,300.5", "2.300,5"); one alone before other than
    # three digits is a decimal ("3,5 tonnes", "2.3 million").
    grouped = _THOUSANDS.fullmatch(digits)
    if grouped:
        thousands = grouped.group("sep")
        decimal = "." if thousands == "," else ","
        digits = digits.replace(thousands, "").replace(decimal, ".")
    else:
        digits = digits.replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return None


def figures(text: str) -> Iterator[RuleFact]:
    for match in FIGURE.finditer(text):
        number = match.group("number")
        value = _value(number)
        if value is None:
            continue
        currency = match.group("currency") or match.group("currency_after")
        if re.fullmatch(r"(?:19|20)\d\d", number) and not (
            match.group("scale") or match.group("percent") or currency
        ):
            continue  # a year, found by `years`
        counts_words = []
        for word in (match.group("counts") or "").split():
            lowered = word.lower()
            # Another number starts another quantity: « 3,5 tonnes deux ans plus tôt » counts no years.
            if lowered in _COUNT_STOP or lowered in _SCALE or lowered in _SPELLED or word[:1].isdigit():
                break
            counts_words.append(word)
        spelled = number.lower() in _SPELLED
        if spelled and not counts_words:
            continue  # "deux" alone is a word, not a figure
        if spelled and counts_words[0].lower() in _TIME_UNITS:
            continue  # « en trois ans », "two years later": a lapse of time, not a quantity
        if match.group("scale"):
            value *= _SCALE[match.group("scale").strip().lower()]
        if match.group("abbr"):
            value *= _ABBREVIATED_SCALE[match.group("abbr").lower()]
        counts = " ".join(counts_words)
        if counts_words:
            end = text.index(counts_words[-1], match.start("counts")) + len(counts_words[-1])
        elif match.group("currency_after"):
            end = match.end("currency_after")
        elif match.group("percent"):
            end = match.end("percent")
        elif match.group("scale"):
            end = match.end("scale")
        else:
            end = match.end("abbr") if match.group("abbr") else match.end("number")
        per_match = PER.match(text, end)
        per = per_match.group("per") if per_match else None
        if per_match:
            end = per_match.end()
        unit = "%" if match.group("percent") else ((match.group("scale") or "").strip() or None)
        if counts_words and counts_words[0].lower() in _UNITS:
            unit = f"{unit} {counts_words[0]}" if unit else counts_words[0]
            counts_words = counts_words[1:]
            counts = " ".join(counts_words)
        if currency:
            unit = _CURRENCIES[currency.strip().casefold()] + (f" {unit}" if unit else "")
        first = "approx" if match.group("approx") else ("currency" if match.group("currency") else "number")
        start = match.start(first)
        data: dict[str, object] = {
            "value": value,
            "unit": unit,
            "counts": counts,
            "per": per,
            "approximate": bool(match.group("approx")),
        }
        yield RuleFact("figure", start, end, text[start:end], data)


def roles(text: str, language: str) -> Iterator[tuple[int, int, list[str], str | None]]:
    """(start, end, roles, market text) for each role phrase."""
    patterns = [ROLE_FR, ROLE_FR_BARE] if language == "fr" else [ROLE_EN, ROLE_EN_OF]
    matches = sorted((m for pattern in patterns for m in pattern.finditer(text)), key=lambda m: m.start())
    for match in matches:
        found = [
            _ROLE_WORDS[w.lower()]
            for w in re.findall(
                r"transit|destination|origine|origin|source", match.group("roles"), re.IGNORECASE
            )
        ]
        market = (match.group("market") or "").strip() or None
        yield match.start(), match.end(), list(dict.fromkeys(found)), market


def origin_markers(text: str, language: str) -> Iterator[int]:
    """Offsets just after « en provenance de » / « from »: where an origin's name starts."""
    for match in (FROM_FR if language == "fr" else FROM_EN).finditer(text):
        yield match.end()


def via_markers(text: str) -> Iterator[int]:
    for match in VIA.finditer(text):
        yield match.end()


# "7.00 Illicit activity involving", "3.50 Non": a score, then a name, again and again.
_SCORE_PAIR = re.compile(r"(?<![\d.,])\d{1,2}[.,]\d{1,2}(?![\d.,])\s+[A-ZÀ-ÖØ-Þ]")


def score_list_span(text: str) -> tuple[int, int] | None:
    """Where a paragraph (or part of it) is a table of scores — three or more "N.NN Name" pairs — from the
    first pair to the end of the last one's line. Figures are never taken from there."""
    pairs = list(_SCORE_PAIR.finditer(text))
    if len(pairs) < 3:
        return None
    line_end = text.find("\n", pairs[-1].end())
    return pairs[0].start(), len(text) if line_end < 0 else line_end
