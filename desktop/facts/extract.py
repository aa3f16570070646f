"""From paragraphs to facts: model and gazetteer mentions, filtered, plus the rules' years, figures,
roles and flows. Every fact keeps the exact character span of the paragraph it comes from."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from desktop.facts.engine import Mention, engine_for
from desktop.facts.gazetteer import entry_by_key, load_gazetteer
from desktop.facts.rules import figures, origin_markers, roles, sentences, via_markers, years
from domain.records import ExtractedFact

_ELIDED = re.compile(r"^(?:[dlnsjmtc]|qu|jusqu|lorsqu)[’']\s*", re.IGNORECASE)
# Capitalised words that the French model takes for names but that are common nouns or pronouns here.
_COMMON = frozenset(
    "état etat gouvernement pays région ville capitale nord sud est ouest celle-ci celui-ci il elle ils "
    "elles leur leurs le la les un une des ce cette ces cependant toutefois enfin".split()
)
# Institutions are organisations that act; plans, laws and treaties are not.
_NOT_INSTITUTION = re.compile(
    r"^(?:plan|stratégie|strategy|convention|traité|treaty|code|loi|law|programme|"
    r"accord|directive|règlement)\b",
    re.IGNORECASE,
)
_INSTITUTION_HEAD = re.compile(
    r"\b(?:office|cellule|police|commission|direction|agence|ministère|service|parquet|"
    r"centre|conseil|cour|tribunal|autorité|organisation|unité|brigade|douanes?|"
    r"ministry|agency|directorate|unit|court|council|authority)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ParagraphContext:
    paragraph_id: int
    text: str
    language: str
    country_iso: str | None
    indicator: str | None


_ARTICLE = re.compile(r"^(?:the|le|la|les|el|los|las)\s+", re.IGNORECASE)
RULE_TYPES = frozenset({"criminal_group", "place", "institution"})


def _clean_model_mention(mention: Mention, text: str) -> Mention | None:
    """A model or rule mention made presentable, or None when it is junk."""
    surface = text[mention.start : mention.end]
    leading = _ELIDED.match(surface) or _ARTICLE.match(surface)
    start = mention.start + (leading.end() if leading else 0)
    surface = text[start : mention.end].strip(' «»"')
    end = start + len(surface)
    words = surface.split()
    if not words or len(surface) < 2 or not surface[0].isupper():
        return None
    if surface.isupper() and len(surface) > 6:
        return None  # a heading
    if len(words) == 1 and surface.casefold() in _COMMON:
        return None
    if mention.label in RULE_TYPES:  # a type-word rule (… Cartel, Port of …) already decided the type
        return Mention(start, end, surface, mention.label, None)
    if mention.label == "LOC":
        return Mention(start, end, surface, "place", None)
    if mention.label == "ORG" and _INSTITUTION_HEAD.search(surface) and not _NOT_INSTITUTION.match(surface):
        return Mention(start, end, surface, "institution", None)
    return None  # persons, MISC, and organisations that are not institutions


def _fact(
    paragraph: ParagraphContext,
    type_: str,
    start: int,
    end: int,
    canonical: str,
    data: dict[str, object] | None = None,
) -> ExtractedFact:
    return ExtractedFact(
        paragraph.paragraph_id, type_, paragraph.text[start:end], canonical, start, end, data or {}
    )


def _entity_facts(paragraph: ParagraphContext, mentions: list[Mention]) -> list[ExtractedFact]:
    facts = []
    for mention in mentions:
        if mention.canonical is None:
            cleaned = _clean_model_mention(mention, paragraph.text)
            if cleaned is None:
                continue
            facts.append(_fact(paragraph, cleaned.label, cleaned.start, cleaned.end, cleaned.text))
            continue
        entry = entry_by_key().get((mention.label, mention.canonical))
        data: dict[str, object] = {}
        if entry and entry.iso:
            data = {"iso": entry.iso, "names": list(entry.names)}
        elif entry and entry.indicator:
            data = {"indicator": entry.indicator}
        facts.append(_fact(paragraph, mention.label, mention.start, mention.end, mention.canonical, data))
    return facts


def _market_name(indicator: str | None) -> str:
    """The commodity a market indicator is about (cocaine_trade → cocaine), for naming roles and flows."""
    for entry in load_gazetteer():
        if entry.type == "commodity" and entry.indicator == indicator:
            return entry.canonical
    return indicator or "?"


def _is_entry_point(place: ExtractedFact) -> bool:
    return place.type == "place" and bool(re.search(r"port|airport|aéroport", place.canonical, re.IGNORECASE))


def _role_facts(paragraph: ParagraphContext, entities: list[ExtractedFact]) -> list[ExtractedFact]:
    text, facts = paragraph.text, []
    countries = [f for f in entities if f.type == "country"]
    commodities = [f for f in entities if f.type == "commodity"]
    places = [f for f in entities if f.type in ("place", "country")]
    for sentence_start, sentence_end in sentences(text):
        sentence = text[sentence_start:sentence_end]
        in_sentence = [f for f in countries if sentence_start <= f.start < sentence_end]
        for start, end, found, market in roles(sentence, paragraph.language):
            start, end = start + sentence_start, end + sentence_start
            # The subject is the country that opens the sentence (« La Belgique est… »); otherwise the
            # report's own country (« Le pays… », « La proximité du pays avec la France en fait… »).
            opening = sentence_start + len(sentence) - len(sentence.lstrip())
            subject = next((f for f in in_sentence if f.start < start and f.start - opening <= 12), None)
            iso = (subject.data.get("iso") if subject else None) or paragraph.country_iso
            commodity = next((f for f in commodities if start <= f.start < end), None)
            indicator = str(
                (commodity.data.get("indicator") if commodity else None) or paragraph.indicator or ""
            )
            what = commodity.canonical if commodity else (market or _market_name(indicator))
            facts.append(
                _fact(
                    paragraph,
                    "role",
                    (subject.start if subject else start),
                    end,
                    f"{iso or '?'}: {' and '.join(found)} · {what}",
                    {
                        "kind": "role",
                        "country": iso,
                        "roles": found,
                        "market": market,
                        "commodity": commodity.canonical if commodity else None,
                        "indicator": indicator,
                    },
                )
            )
        for offset in origin_markers(sentence, paragraph.language):
            at = sentence_start + offset
            origin = next((f for f in places if at <= f.start <= at + 2), None)
            if origin is None:
                continue
            via = [f for v in via_markers(sentence) for f in places if f.start == sentence_start + v]
            # The place a flow enters by: a port or airport named through « par / via / through », or a place
            # named earlier in the sentence as the point of entry (« Anvers servant de point d’entrée »).
            earlier = (
                f for f in places if f.type == "place" and sentence_start <= f.start < at and f is not origin
            )
            entry_point = next((f for f in via if _is_entry_point(f)), None) or next(earlier, None)
            via = [f for f in via if f is not entry_point]
            commodity = next((f for f in commodities if sentence_start <= f.start < sentence_end), None)
            destination = entry_point.canonical if entry_point else paragraph.country_iso
            what = commodity.canonical if commodity else _market_name(paragraph.indicator)
            start = min(
                f.start
                for f in [
                    origin,
                    *([entry_point] if entry_point else []),
                    *([commodity] if commodity else []),
                ]
            )
            facts.append(
                _fact(
                    paragraph,
                    "role",
                    start,
                    origin.end,
                    f"{origin.canonical} → {destination or '?'} · {what}",
                    {
                        "kind": "flow",
                        "origin": origin.canonical,
                        "transit": [v.canonical for v in via],
                        "destination": destination,
                        "commodity": commodity.canonical if commodity else None,
                        "indicator": (commodity.data.get("indicator") if commodity else None)
                        or paragraph.indicator,
                    },
                )
            )
    return facts


def extract_facts(
    paragraphs: list[ParagraphContext], progress: Callable[[int, int], None] | None = None
) -> list[ExtractedFact]:
    """Facts of paragraphs (grouped by language for the engines), in paragraph order."""
    facts: list[ExtractedFact] = []
    by_language: dict[str, list[ParagraphContext]] = {}
    for paragraph in paragraphs:
        by_language.setdefault(paragraph.language, []).append(paragraph)
    done = 0
    for language, group in by_language.items():
        engine = engine_for(language)
        for paragraph, mentions in zip(group, engine.mentions([p.text for p in group]), strict=True):
            entities = _entity_facts(paragraph, mentions)
            rules = [
                _fact(paragraph, r.type, r.start, r.end, r.canonical, r.data)
                for r in (*years(paragraph.text), *figures(paragraph.text))
            ]
            facts.extend(entities + rules + _role_facts(paragraph, entities))
            done += 1
            if progress:
                progress(done, len(paragraphs))
    return facts
