"""Flows (origin → destination, through transit places, by an actor) from the structure of one sentence.

Each place or country of the sentence takes the role its preposition gives it: "from / depuis /
en provenance de / desde / sale del" an origin, "to / vers / à destination de / hacia / con destino a /
rumbo a" a destination, "via / through / par / à travers / a través de / pasando por" a transit; a place
joined to one of these by "and / et / y" or a comma shares its role (to Spain, Saudi Arabia and India).
A flow needs an origin that the sentence states. Its destination is the place the sentence sends things to;
without one, the place named as the point of entry (« Anvers servant de point d’entrée »), or, for an
import (« importations … en provenance d’Iran »), the report's own country. Otherwise no flow is made up.

The actor is the one who moves the goods: the agent of a passive ("moved by these networks") or the
grammatical subject — in French read from spaCy's dependency parse — when it is a group, a country, or
people who traffic; never the report's country by default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_FILLER = (
    r"(?:(?:the|le|la|les|l[’']|el|los|las|other|autres|otras|otros|pays|countries|países|ports?|"
    r"puertos?|îles|islands|islas|states?|États?|estados?|provinces?|provincias?|régions?|regions?|"
    r"regiones|región|départements?|departamentos?|archipel|archipiélago|vallée|valle|valley|ville|"
    r"ciudad|city|of|du|de|des|del|a)\s*){0,4}"
)
_ORIGIN = {
    "en": r"\b(?:from|out\s+of|originating\s+in|leaving|leaves?|left|departing)\s+",
    "fr": r"(?:\b(?:en\s+provenance|originaires?|venu(?:e|s|es)?|parten?t|partie?s?|décollen?t|"
    r"arriven?t|importée?s?|au\s+départ|exportée?s?)\s+(?:de\s+|du\s+|des\s+|d[’']\s*)|\bdepuis\s+|"
    r"\bquitten?t\s+)",
    "es": r"\b(?:desde|(?:procedentes?|procede|proceden|provenientes?|sale|salen|salió|llega|llegan|"
    r"originari[oa]s?)\s+(?:desde|de|del))\s+",
}
_DESTINATION = {
    "en": r"\b(?:to|towards?|into|bound\s+for|destined\s+for|reach(?:es|ed|ing)?|"
    r"arriv(?:e|es|ed|ing)\s+(?:at|in)|land(?:s|ed)?\s+in)\s+",
    "fr": r"(?:\bvers\s+|\bà\s+destination\s+(?:de\s+|du\s+|des\s+|d[’']\s*)|"
    r"\ben\s+direction\s+(?:de\s+|du\s+|des\s+|d[’']\s*)|\bjusqu[’'](?:à|au|aux)\s+|"
    r"\b(?:arriven?t|débarquen?t|atterrissen?t|atterrit|accostent|entren?t)\s+(?:à|au|aux|en|dans)\s+)",
    "es": r"\b(?:hacia|hasta|con\s+destino\s+(?:a|al)|(?:con\s+)?rumbo\s+(?:a|al)|"
    r"(?:llega|llegan|desembarca|desembarcan|entra|entran)\s+(?:a|al|en))\s+",
}
_TRANSIT = {
    "en": r"\b(?:via|through|across|by\s+way\s+of|transiting)\s+",
    "fr": r"\b(?:via|par|à\s+travers|(?:en\s+)?transitant\s+par|(?:en\s+)?passant\s+par)\s+",
    "es": r"\b(?:vía|via|a\s+través\s+(?:de|del)|pasando\s+por|por)\s+",
}
_JOIN = r"\s*(?:,|\band\b|\bet\b|\by\b|\bor\b|\bou\b|\bo\b)\s*(?:(?:à|a|au|aux|to|vers|hacia|en)\s+)?"
_ENTRY = re.compile(
    r"^\W{0,3}(?:\w+\s+){0,3}?(?:(?:principal|main|primary)\s+)?(?:point\s+d[’']entrée|porte\s+d[’']entrée|"
    r"entry\s+point|point\s+of\s+entry|gateway|puerta\s+de\s+entrada|punto\s+de\s+entrada)",
    re.IGNORECASE,
)
_PORT = re.compile(r"\b(?:port|airport|aéroport|puerto|aeropuerto)\b", re.IGNORECASE)
_IMPORT = re.compile(r"\b(?:import\w*|arriv\w*|entr(?:ent|ant|an|ing|ies)|llega\w*|ingres\w*)\b", re.I)
_ACTOR_NOUN = re.compile(
    r"\b(?:networks?|gangs?|groups?|traffickers?|smugglers?|cartels?|clans?|organi[sz]ations?|"
    r"réseaux|trafiquants|passeurs|groupes|bandes|redes|bandas?|pandillas?|grupos?|traficantes|"
    r"organizaciones|mafias?)\b",
    re.IGNORECASE,
)
_AGENT = re.compile(
    r"\b(?:by|par|por)\s+(?P<np>(?:[\w’'-]+\s+){0,3}?" + _ACTOR_NOUN.pattern.removeprefix(r"\b") + ")",
    re.IGNORECASE,
)
_ANAPHORA = re.compile(
    r"^(?:these|this|those|such|ces|cette|ce|estos|estas|esos|esas|dichos|dichas)\s+", re.I
)


@dataclass(frozen=True)
class Spot:
    """A place or country of the sentence, offsets within the sentence."""

    start: int
    end: int
    canonical: str
    type: str


@dataclass
class Flow:
    origin: Spot
    destination: str | None
    destination_spot: Spot | None
    transit: list[Spot] = field(default_factory=list)
    actor: str | None = None


def _role(sentence: str, spot: Spot, language: str) -> str | None:
    before = sentence[max(0, spot.start - 60) : spot.start]
    for role, table in (("origin", _ORIGIN), ("destination", _DESTINATION), ("transit", _TRANSIT)):
        if re.search(f"(?:{table[language]}){_FILLER}$", before, re.IGNORECASE):
            return role
    return None


def roles(sentence: str, spots: list[Spot], language: str) -> dict[Spot, str]:
    lang = language if language in _ORIGIN else "en"
    found: dict[Spot, str] = {}
    previous: Spot | None = None
    for spot in sorted(spots, key=lambda s: s.start):
        role = _role(sentence, spot, lang)
        if role is None and previous is not None and previous in found:
            gap = sentence[previous.end : spot.start]
            if re.fullmatch(f"{_JOIN}{_FILLER}", gap, re.IGNORECASE):
                role = found[previous]
        if role:
            found[spot] = role
        previous = spot
    return found


def sentence_flows(
    sentence: str, spots: list[Spot], language: str, report_country: str | None, country_role: bool = False
) -> list[Flow]:
    """The flows one sentence states (spots: its places and countries, offsets within the sentence;
    `country_role`: the sentence makes the report's country a transit or destination country)."""
    assigned = roles(sentence, spots, language)
    origins = sorted((s for s, r in assigned.items() if r == "origin"), key=lambda s: s.start)
    if not origins:
        return []
    destinations = sorted((s for s, r in assigned.items() if r == "destination"), key=lambda s: s.start)
    transit = sorted((s for s, r in assigned.items() if r == "transit"), key=lambda s: s.start)
    if destinations:
        flows = []
        for destination in destinations:
            before = [o for o in origins if o.start < destination.start]
            origin = before[-1] if before else origins[0]
            flows.append(Flow(origin, destination.canonical, destination, list(transit)))
        return flows
    # No stated destination: the port or airport things come in by (« arrivent … par le port d’Anvers »),
    # or the place named as the point of entry (« Anvers servant de point d’entrée »);
    entry = next((t for t in transit if _PORT.search(t.canonical)), None) or max(
        (s for s in spots if s not in assigned and _ENTRY.match(sentence[s.end :])),
        key=lambda s: s.start,  # the place nearest the words « point d’entrée »
        default=None,
    )
    if entry is not None:
        return [Flow(origins[0], entry.canonical, entry, [t for t in transit if t is not entry])]
    # or the report's own country, when the sentence imports into it or calls it a transit or destination
    # country for these goods (« importations … en provenance d’Iran », "a transit country for … from").
    if report_country and (_IMPORT.search(sentence) or country_role):
        return [Flow(origins[0], report_country, None, list(transit))]
    return []


def agent_actor(sentence: str, paragraph: str) -> str | None:
    """The agent of a passive ("moved by these networks"), resolved to its antecedent in the paragraph
    ("Nigerian networks") when the sentence points back to it."""
    match = _AGENT.search(sentence)
    if match is None:
        return None
    phrase = match.group("np")
    pointer = _ANAPHORA.match(phrase)
    if pointer:
        noun = phrase[pointer.end() :]
        earlier = re.search(rf"\b([A-Z][\w-]+)\s+{re.escape(noun)}\b", paragraph)
        if earlier:
            return earlier.group(0)
        return noun
    return re.sub(r"^(?:the|les|la|le|los|las|el)\s+", "", phrase, flags=re.IGNORECASE)


def parsed_subject(doc: Any) -> tuple[int, int] | None:
    """Character span (within the parsed sentence) of the subject or passive agent of its main verb."""
    for token in doc:
        if token.dep_ == "ROOT" and not token.is_space:
            agent = next((c for c in token.children if c.dep_ == "obl:agent"), None)
            subject = agent or next((c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
            if subject is None:
                return None
            words = [t for t in subject.subtree if t.dep_ not in ("case", "det", "punct")]
            if not words:
                return None
            return words[0].idx, words[-1].idx + len(words[-1].text)
    return None


def is_actor_phrase(phrase: str) -> bool:
    return bool(_ACTOR_NOUN.search(phrase))
