"""Criminal and armed groups recognised by the way they are written, not by a list of their names:
- « cartel de X », « Cártel del X », "X Cartel" → "X Cartel"; « clan X », "X clan", « clan del X » → "X Clan";
- a name after an apostrophe, the way Calabrian clans are written (‘Ndrina Pesce, 'Ndrangheta);
- "armed group X", « groupe armé X », « grupo armado X »;
- a name in apposition to a group noun: « la Brigade Noire, un groupe… », "the Red Lions, a rival gang";
- "gangs such as the X and the Y", « bandes comme les X », « bandas como Los X y Los Y »;
- an acronym (ELN, JNIM) in a sentence about an armed or criminal group, and then in every paragraph
  of the same batch (a report names its groups once with their context, then by acronym);
- a generic group noun made specific by a nationality (Albanian gangs, les gangs albanais, las pandillas
  albanesas → "Albanian gangs"), or by itself in a paragraph about groups (cults, confréries, maras).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from desktop.resources import resource

_UPPER = "A-ZÀ-ÖØ-ÞŠŽČĆĐ"
_WORD = rf"[{_UPPER}][\w’'-]*\w"
_RUN = rf"{_WORD}(?:\s+(?:(?:de|del|de\s+la|de\s+los|y)\s+)?{_WORD}){{0,3}}"
_RUN_ONE = rf"{_WORD}(?:\s+(?:(?:de|del|de\s+la|de\s+los)\s+)?{_WORD}){{0,3}}"  # no « y »: a list's names
_ARTICLES = re.compile(r"^(?:the|le|la|les|l[’']|el|los|las)\s*", re.IGNORECASE)
# Words that open a sentence or a name without being part of a group's name.
_NOT_NAME = frozenset("the this these that a an in on at le la les un une ce cette el los las".split())

GROUP_INDICATORS = frozenset(
    {"mafia_style_groups", "criminal_networks", "non_state_actors", "foreign_actors"}
)

_CARTEL_BEFORE = re.compile(
    rf"\b[Cc][aá]rt[eé]l(?:es)?\s+(?:de\s+los\s+|de\s+las\s+|de\s+la\s+|del\s+|de\s+|du\s+|des\s+|d[’'])?"
    rf"(?P<name>{_RUN})"
)
_CARTEL_AFTER = re.compile(rf"(?P<name>{_RUN})\s+[Cc]artel\b")
_CLAN_BEFORE = re.compile(
    rf"\b[Cc]lan\s+(?:de\s+los\s+|de\s+la\s+|del\s+|de\s+|du\s+|des\s+|d[’'])?(?P<name>{_RUN})"
)
_CLAN_AFTER = re.compile(rf"(?P<name>{_RUN})\s+clan\b")
# ‘Ndrina Pesce: an apostrophe, then a capital and a consonant (the Calabrian aphaeresis), not after a letter
# (l’Italie, d’Anvers) and not a quoted word that closes its quote.
_APOSTROPHE = re.compile(
    rf"(?<![\w])[’'‘](?P<name>[BCDFGHJKLMNPQRSTVWXZ][bcdfghjklmnpqrstvwxz][a-zà-ÿ]+(?:\s+{_WORD})?)(?![\w]*[’'])"
)
_ARMED_GROUP = re.compile(
    rf"\b(?:armed\s+group|groupe\s+armé|grupo\s+armado|jihadist\s+group|groupe\s+(?:dj|j)ihadiste|"
    rf"grupo\s+yihadista)\s+(?P<name>{_RUN})"
)
_SUCH_AS = re.compile(
    r"\b(?i:gangs?|bandes?|bandas?|pandillas?|clans?|clanes|cartels?|cárteles|maras|groupes?\s+criminels|"
    r"criminal\s+groups?|grupos\s+criminales|organisations?\s+criminelles|organizaciones\s+criminales)\s+"
    r"(?:such\s+as|like|comme|como|tels?\s+que|telles?\s+que|tales\s+como)\s+"
    r"(?:(?:the|les|los|las|el|la|le)\s+)?"
    rf"(?P<names>{_RUN}(?:\s*,\s*{_RUN})*(?:\s+(?:and|et|y)\s+{_RUN})?)"
)
# "La Brigade Noire, un groupe plus récent", "the Red Lions, a rival gang", « Los Cortijos, una banda »:
# a name set in apposition to a group noun is a group's name, though no list knows it.
_APPOSITIVE = re.compile(
    rf"(?P<name>{_RUN})\s*,\s+(?:un|une|a|an|el|la|una)\s+(?:[a-z]+\s+){{0,2}}?"
    r"(?:gang|bande|banda|pandilla|clan|cartel|cártel|mafia|syndicate|crew|group|groupe|grupo|"
    r"réseau\s+criminel|criminal\s+network|red\s+criminal|organisation\s+criminelle|"
    r"criminal\s+organi[sz]ation|organización\s+criminal)\b"
    r"(?!\s+(?:de\s+travail|d[’']experts|of\s+experts|de\s+trabajo|de\s+expertos|of\s+states|d[’']États))"
)
_ACRONYM = re.compile(r"(?<![\w-])(?P<name>[A-Z]{2,6})(?![\w-])")
_GROUP_CONTEXT = re.compile(
    r"\b(?:guerrillas?|guérillas?|armed\s+groups?|groupes?\s+armés?|grupos?\s+armados?|insurgen\w*|"
    r"rebel\w*|rebelles?|militias?|milices?|milicias?|jihadis\w*|djihadis\w*|yihadis\w*|dissiden\w*|"
    r"disidencias?|factions?|facciones|paramilitar\w*|terroris\w*|cartels?|cárteles|gangs?|pandillas?)\b",
    re.IGNORECASE,
)
_NOUNS = {
    "gangs": r"gangs?|bandes?|bandas?|pandillas?",
    "mafia": r"mafias?",
    "militias": r"militias?|milices?|milicias?",
    "clans": r"clans|clanes",
    "cartels": r"cartels|cárteles|carteles",
    "triads": r"triads?|triades?|tríadas?",
    "cults": r"cults|sectas",
    "confraternities": r"confraternit(?:y|ies)|confréries|cofradías",
    "maras": r"maras",
}
# Nouns that name one kind of group by themselves, in a paragraph about groups.
_SPECIFIC = ("cults", "confraternities", "maras")


@dataclass(frozen=True)
class GroupMention:
    start: int
    end: int
    canonical: str
    generic: bool = False  # a group noun made specific (Albanian gangs), not a name
    acronym: bool = False  # known by its acronym only: weaker than a place a type word announces


def _clean_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    surface = text[start:end]
    leading = _ARTICLES.match(surface)
    if leading:
        start += leading.end()
    words = text[start:end].split()
    while words and words[0].casefold() in _NOT_NAME:
        start = text.index(words[1], start) if len(words) > 1 else end
        words = words[1:]
    return (start, end) if words else None


def _named(text: str, pattern: re.Pattern[str], suffix: str) -> Iterator[GroupMention]:
    for match in pattern.finditer(text):
        span = _clean_name(text, match.start("name"), match.end("name"))
        if span is None:
            continue
        name = text[span[0] : span[1]]
        # « cartel de X » starts at its type word, "the X Cartel" at the name
        start = span[0] if match.start("name") == match.start() else match.start()
        yield GroupMention(start, max(match.end(), span[1]), f"{name} {suffix}" if suffix else name)


@cache
def _demonyms(language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern matching every form of every nationality adjective in a language, and form → English."""
    data = json.loads(resource("demonyms.json").read_text(encoding="utf-8"))["demonyms"]
    forms: dict[str, str] = {}
    for entry in data:
        value = entry[language] if language in ("fr", "es") else entry["en"]
        for form in value if isinstance(value, list) else _inflect(value, language):
            forms[form.casefold()] = entry["en"]
    alternatives = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})(?![\w])", re.IGNORECASE), forms


def _inflect(word: str, language: str) -> list[str]:
    if language == "fr":
        if word.endswith("s"):
            return [word, word + "e", word + "es"]
        if word.endswith("en"):
            return [word, word + "ne", word + "s", word + "nes"]
        if word.endswith("e") or word.endswith("è"):
            return [word, word + "s"]
        return [word, word + "e", word + "s", word + "es"]
    if language == "es":
        if word.endswith("o"):
            return [word, word[:-1] + "a", word + "s", word[:-1] + "as"]
        for accented, plain in (("és", "es"), ("án", "an"), ("ín", "in")):
            if word.endswith(accented):
                stem = word[: -len(accented)] + plain
                return [word, stem + "a", stem + "es", stem + "as"]
        if word.endswith(("í", "ú")):
            return [word, word + "es", word + "s"]
        if word.endswith(("a", "e")):
            return [word, word + "s"]
        return [word, word + "a", word + "es", word + "as"]
    return [word]


def _generic(text: str, language: str, indicator: str | None) -> Iterator[GroupMention]:
    pattern, forms = _demonyms(language)
    nouns = "|".join(f"(?P<{key}>{words})" for key, words in _NOUNS.items())
    if language == "en":
        shaped = re.compile(rf"\b(?P<dem>{pattern.pattern})\s+(?:{nouns})\b", re.IGNORECASE)
    else:
        shaped = re.compile(rf"\b(?:{nouns})\s+(?P<dem>{pattern.pattern})", re.IGNORECASE)
    for match in shaped.finditer(text):
        noun = next(k for k in _NOUNS if match.group(k))
        if language == "en" and not match.group("dem")[0].isupper():
            continue
        yield GroupMention(
            match.start(), match.end(), f"{forms[match.group('dem').casefold()]} {noun}", generic=True
        )
    if indicator in GROUP_INDICATORS:
        for key in _SPECIFIC:
            for match in re.finditer(rf"\b(?:{_NOUNS[key]})\b", text):  # lower case: not part of a name
                yield GroupMention(match.start(), match.end(), key, generic=True)


def sentence_has_group_context(sentence: str) -> bool:
    return bool(_GROUP_CONTEXT.search(sentence))


def context_acronyms(text: str, sentences: list[tuple[int, int]], known: set[str]) -> set[str]:
    """Acronyms written in a sentence about an armed or criminal group (not those `known` otherwise)."""
    found: set[str] = set()
    for start, end in sentences:
        sentence = text[start:end]
        if sentence_has_group_context(sentence):
            found.update(m.group("name") for m in _ACRONYM.finditer(sentence) if m.group("name") not in known)
    return found


def group_mentions(text: str, language: str, indicator: str | None, acronyms: set[str]) -> list[GroupMention]:
    """Every group this paragraph names by its form, longest first where two overlap."""
    found = [
        *_named(text, _CARTEL_BEFORE, "Cartel"),
        *_named(text, _CARTEL_AFTER, "Cartel"),
        *_named(text, _CLAN_BEFORE, "Clan"),
        *_named(text, _CLAN_AFTER, "Clan"),
        *_named(text, _ARMED_GROUP, ""),
    ]
    for match in _APPOSITIVE.finditer(text):
        span = _clean_name(text, match.start("name"), match.end("name"))
        if span:
            found.append(GroupMention(span[0], span[1], text[span[0] : span[1]]))
    for match in _APOSTROPHE.finditer(text):
        found.append(GroupMention(match.start(), match.end(), "'" + match.group("name")))
    for match in _SUCH_AS.finditer(text):
        for name in re.finditer(_RUN_ONE, match.group("names")):
            span = _clean_name(text, match.start("names") + name.start(), match.start("names") + name.end())
            if span:
                found.append(GroupMention(span[0], span[1], text[span[0] : span[1]]))
    for match in _ACRONYM.finditer(text):
        if match.group("name") in acronyms:
            found.append(GroupMention(match.start(), match.end(), match.group("name"), acronym=True))
    found.extend(_generic(text, language, indicator))
    kept: list[GroupMention] = []
    for mention in sorted(found, key=lambda m: (m.generic, -(m.end - m.start), m.start)):
        if all(mention.end <= k.start or k.end <= mention.start for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)
