"""From paragraphs to facts: model and gazetteer mentions, filtered, plus the rules' years, figures,
roles and flows. Every fact keeps the exact character span of the paragraph it comes from."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from desktop.facts.engine import Mention, engine_for, sentence_parser
from desktop.facts.flows import Spot, agent_actor, is_actor_phrase, parsed_subject, sentence_flows
from desktop.facts.gazetteer import entry_by_key, load_gazetteer
from desktop.facts.groups import GroupMention, context_acronyms, group_mentions
from desktop.facts.negation import NEGATABLE, negated_spans
from desktop.facts.places import known_place_is_tied, place_mentions, place_tables
from desktop.facts.rules import figures, roles, score_list_span, sentences, years
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


_ADJECTIVE_TAIL = re.compile(
    r"(?:\s+[a-zéèêàâîôûç-]+(?:ière|ier|iers|ale|al|aux|elle|el|ique|ienne|ien|aire|ive|if|nale|rale))+\b"
)


_LOWER_WORD = r"[a-zéèêëàâîïôûüç][a-zéèêëàâîïôûüç-]+"
_ADJECTIVE = rf"{_LOWER_WORD}(?:ière|ier|ale|al|aux|elle|el|ique|ienne|ien|aire|ive|if)s?"
_NAME_TAIL = re.compile(rf"(?:\s+(?:{_ADJECTIVE}|(?:de\s+la|de\s+l[’']|des|du|de|d[’'])\s*{_LOWER_WORD}))+\b")


@dataclass(frozen=True)
class ParagraphContext:
    paragraph_id: int
    text: str
    language: str
    country_iso: str | None
    indicator: str | None


_ARTICLE = re.compile(r"^(?:the|le|la|les|el|los|las)\s+", re.IGNORECASE)
RULE_TYPES = frozenset({"criminal_group", "place", "institution"})
PARSED_SENTENCE = 2_000  # characters


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
        if not known_place_is_tied(text, start, end, "fr"):
            return None
        known = place_tables().lookup(surface)
        return Mention(start, end, surface, "place", known.canonical if known else None)
    if mention.label == "ORG" and _INSTITUTION_HEAD.search(surface) and not _NOT_INSTITUTION.match(surface):
        # The French model often stops before a trailing adjective (« Service de surveillance | douanière »).
        tail = _ADJECTIVE_TAIL.match(text, end)
        if tail:
            end = tail.end()
            surface = text[start:end]
        return Mention(start, end, surface, "institution", None)
    if mention.label == "MISC" and _INSTITUTION_HEAD.match(surface) and len(words) == 1:
        # The French model cuts « L’Office régional des stupéfiants » after its head word: the name goes on
        # with adjectives and noun complements in lower case, up to the next capital or verb.
        tail = _NAME_TAIL.match(text, end)
        if tail:
            return Mention(start, tail.end(), text[start : tail.end()], "institution", None)
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
            canonical = cleaned.canonical or cleaned.text
            facts.append(_fact(paragraph, cleaned.label, cleaned.start, cleaned.end, canonical))
            continue
        entry = entry_by_key().get((mention.label, mention.canonical))
        if entry and entry.cased and mention.text.islower():
            continue  # « une manche », not la Manche
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


def _role_facts(paragraph: ParagraphContext, entities: list[ExtractedFact]) -> list[ExtractedFact]:
    text, facts = paragraph.text, []
    countries = [f for f in entities if f.type == "country"]
    commodities = [f for f in entities if f.type == "commodity"]
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
        facts.extend(_flow_facts(paragraph, entities, sentence_start, sentence_end))
    return facts


def _flow_facts(
    paragraph: ParagraphContext, entities: list[ExtractedFact], sentence_start: int, sentence_end: int
) -> list[ExtractedFact]:
    text = paragraph.text
    sentence = text[sentence_start:sentence_end]
    present = [f for f in entities if not f.data.get("negated")]
    spots = [
        Spot(f.start - sentence_start, f.end - sentence_start, f.canonical, f.type)
        for f in present
        if f.type in ("place", "country") and sentence_start <= f.start and f.end <= sentence_end
    ]
    country_role = any(
        "transit" in found or "destination" in found for _, _, found, _ in roles(sentence, paragraph.language)
    )
    flows = sentence_flows(sentence, spots, paragraph.language, paragraph.country_iso, country_role)
    if not flows:
        return []
    first_spot = sentence_start + min(f.origin.start for f in flows)
    actor = _actor(paragraph, present, sentence_start, sentence_end, first_spot)
    commodity = next(
        (f for f in present if f.type == "commodity" and sentence_start <= f.start < sentence_end), None
    )
    what = commodity.canonical if commodity else _market_name(paragraph.indicator)
    facts = []
    for flow in flows:
        ends = [flow.origin, *([flow.destination_spot] if flow.destination_spot else [])]
        start = sentence_start + min(s.start for s in ends)
        end = sentence_start + max(s.end for s in ends)
        facts.append(
            _fact(
                paragraph,
                "role",
                start,
                end,
                f"{flow.origin.canonical} → {flow.destination or '?'} · {what}",
                {
                    "kind": "flow",
                    "origin": flow.origin.canonical,
                    "transit": [t.canonical for t in flow.transit],
                    "destination": flow.destination,
                    "actor": actor,
                    "commodity": commodity.canonical if commodity else None,
                    "indicator": (commodity.data.get("indicator") if commodity else None)
                    or paragraph.indicator,
                },
            )
        )
    return facts


def _actor(
    paragraph: ParagraphContext,
    entities: list[ExtractedFact],
    sentence_start: int,
    sentence_end: int,
    before: int,
) -> str | None:
    """Who moves the goods: the passive's agent, else the subject (parsed in French), when it is a group, a
    country or people who traffic."""
    sentence = paragraph.text[sentence_start:sentence_end]
    agent = agent_actor(sentence, paragraph.text)
    if agent:
        return agent
    span: tuple[int, int] | None = None
    # A "sentence" thousands of characters long is no sentence (a text without full stops): not parsed.
    parser = sentence_parser(paragraph.language) if len(sentence) <= PARSED_SENTENCE else None
    if parser is not None:
        lead = len(sentence) - len(sentence.lstrip())
        parsed = parsed_subject(parser(sentence.strip()))
        span = (parsed[0] + lead, parsed[1] + lead) if parsed else None
    else:
        first = next(
            (
                f
                for f in entities
                if f.type in ("criminal_group", "country")
                and sentence_start <= f.start < sentence_end
                and f.start < before
            ),
            None,
        )
        if first is not None and not re.search(
            r"\b(?:in|from|to|de|du|en|à|desde|hacia|a|al|del|des)\s+(?:the\s+|la\s+|le\s+|l[’']\s*)?$",
            paragraph.text[max(sentence_start, first.start - 12) : first.start],
            re.IGNORECASE,
        ):
            span = (first.start - sentence_start, first.end - sentence_start)
    if span is None:
        return None
    start, end = span[0] + sentence_start, span[1] + sentence_start
    for fact in entities:
        if fact.type in ("criminal_group", "country") and fact.start < end and start < fact.end:
            return fact.canonical
    phrase = paragraph.text[start:end]
    return phrase if is_actor_phrase(phrase) else None


def _merge(paragraph: ParagraphContext, ranked: list[list[ExtractedFact]]) -> list[ExtractedFact]:
    """Facts from sources in order of trust; a later source's fact that overlaps a kept one is dropped."""
    kept: list[ExtractedFact] = []
    for facts in ranked:
        for fact in facts:
            if all(fact.end <= k.start or k.end <= fact.start for k in kept):
                kept.append(fact)
    return sorted(kept, key=lambda f: f.start)


def _group_facts(
    paragraph: ParagraphContext, mentions: list[GroupMention], every: list[GroupMention]
) -> list[ExtractedFact]:
    """Group facts; a generic noun (Italian mafias) is a category, not a group, in a sentence that names
    groups (« les mafias italiennes actives ici sont la Camorra, … »)."""
    spans = list(sentences(paragraph.text))
    named_in = {i for i, (s, e) in enumerate(spans) for m in every if not m.generic and s <= m.start < e}
    facts = []
    for mention in mentions:
        where = next((i for i, (s, e) in enumerate(spans) if s <= mention.start < e), -1)
        if mention.generic and where in named_in:
            continue
        facts.append(_fact(paragraph, "criminal_group", mention.start, mention.end, mention.canonical))
    return facts


def _negate(paragraph: ParagraphContext, facts: list[ExtractedFact]) -> list[ExtractedFact]:
    negatable = [f for f in facts if f.type in NEGATABLE]
    if not negatable:
        return facts
    denied: set[tuple[int, int]] = set()
    for start, end in sentences(paragraph.text):
        inside = [(f.start - start, f.end - start) for f in negatable if start <= f.start < end]
        denied.update((s + start, e + start) for s, e in negated_spans(paragraph.text[start:end], inside))
    return [
        ExtractedFact(
            f.paragraph_id, f.type, f.text, f.canonical, f.start, f.end, {**f.data, "negated": True}
        )
        if f.type in NEGATABLE and (f.start, f.end) in denied
        else f
        for f in facts
    ]


def _known_acronyms() -> set[str]:
    return {n for e in load_gazetteer() for n in e.names if n.isupper()}


def paragraph_facts(
    paragraph: ParagraphContext, mentions: list[Mention], acronyms: set[str]
) -> list[ExtractedFact]:
    """Every fact of one paragraph, from its engine mentions and the rules."""
    table = score_list_span(paragraph.text)
    entities = _entity_facts(paragraph, mentions)
    known = [f for f in entities if f.canonical in {m.canonical for m in mentions if m.canonical}]
    # Names no list knows, from the model or the type-word rules; not in a table of scores (its headings).
    found = [f for f in entities if f not in known and not (table and table[0] <= f.start < table[1])]
    mentioned = group_mentions(paragraph.text, paragraph.language, paragraph.indicator, acronyms)
    named = _group_facts(paragraph, [m for m in mentioned if not (m.generic or m.acronym)], mentioned)
    by_acronym = _group_facts(paragraph, [m for m in mentioned if m.acronym], mentioned)
    generic = _group_facts(paragraph, [m for m in mentioned if m.generic], mentioned)
    countries = [f for f in known if f.type == "country"]
    taken = [(f.start, f.end) for f in (*known, *named) if f.type != "country"]
    places = [
        _fact(paragraph, "place", p.start, p.end, p.canonical)
        for p in place_mentions(paragraph.text, paragraph.language, taken)
    ]
    # A city named after its country (Mexico City, Benin City, Ciudad de México) is the city.
    places = [p for p in places if not any(c.start <= p.start and p.end <= c.end for c in countries)]
    known = [
        c
        for c in known
        if c.type != "country" or not any(p.start <= c.start and c.end <= p.end for p in places)
    ]
    entities = _negate(paragraph, _merge(paragraph, [known, named, places, by_acronym, found, generic]))
    rules = [
        _fact(paragraph, r.type, r.start, r.end, r.canonical, r.data)
        for r in (*years(paragraph.text), *figures(paragraph.text))
        if not (r.type == "figure" and table and table[0] <= r.start < table[1])
    ]
    return entities + rules + _role_facts(paragraph, entities)


def extract_facts(
    paragraphs: list[ParagraphContext], progress: Callable[[int, int], None] | None = None
) -> list[ExtractedFact]:
    """Facts of paragraphs (grouped by language for the engines), in paragraph order."""
    facts: list[ExtractedFact] = []
    by_language: dict[str, list[ParagraphContext]] = {}
    for paragraph in paragraphs:
        by_language.setdefault(paragraph.language, []).append(paragraph)
    known = _known_acronyms()
    # A report names a group with its context once (« l’ELN, la guérilla ») and by its acronym after.
    acronyms: set[str] = set()
    for paragraph in paragraphs:
        acronyms |= context_acronyms(paragraph.text, list(sentences(paragraph.text)), known)
    done = 0
    for language, group in by_language.items():
        engine = engine_for(language)
        for paragraph, mentions in zip(group, engine.mentions([p.text for p in group]), strict=True):
            facts.extend(paragraph_facts(paragraph, mentions, acronyms))
            done += 1
            if progress:
                progress(done, len(paragraphs))
    return facts
