"""One entity as a plain record, for its page: its names and type; every mention with its sentence, report,
country, indicator and the indicator's Index score, grouped by report; the entities met most often in the
same paragraphs; the flows it takes part in. Mentions the text says are absent come apart, marked."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.library import Library
from db.schema import Document, Fact, Paragraph
from db.services.facts import ENTITY_TYPES, UnknownEntity
from db.services.scores import score_table

_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[»”\"’)]*|$)")
CO_OCCURRING = 10


@dataclass(frozen=True)
class EntityMention:
    fact_id: int
    paragraph_id: int
    document_id: int
    start: int  # in the paragraph
    end: int
    text: str  # as written
    sentence: str  # the sentence around it
    indicator: str | None
    score: float | None  # the indicator's Index score for the report's country and edition, when imported
    negated: bool  # the text says it is absent


@dataclass(frozen=True)
class ReportMentions:
    document_id: int
    title: str
    country_iso: str | None
    edition: int | None
    mentions: tuple[EntityMention, ...]


@dataclass(frozen=True)
class CoOccurrence:
    type: str
    canonical: str
    paragraphs: int  # paragraphs where both are named


@dataclass(frozen=True)
class EntityFlow:
    fact_id: int
    paragraph_id: int
    document_id: int
    origin: str
    transit: tuple[str, ...]
    destination: str | None
    actor: str | None
    commodity: str | None
    text: str  # the span it was read from


@dataclass(frozen=True)
class EntityRecord:
    type: str
    canonical: str
    names: tuple[str, ...]  # every surface form seen, the canonical name first
    mentions: int  # of presence (negated ones apart)
    negated: int
    reports: tuple[ReportMentions, ...]
    co_occurring: tuple[CoOccurrence, ...]
    flows: tuple[EntityFlow, ...]


def find_entities(library: Library, name: str, fact_type: str | None = None) -> list[tuple[str, str]]:
    """(type, canonical) of the entities called `name`: by canonical name first, else by any surface form."""
    wanted = name.casefold()
    with library.session() as session:
        query = select(Fact.type, Fact.canonical, Fact.text).where(Fact.type.in_(ENTITY_TYPES))
        if fact_type:
            query = query.where(Fact.type == fact_type)
        rows = session.execute(query.distinct()).all()
    by_canonical = sorted({(t, c or "") for t, c, _ in rows if (c or "").casefold() == wanted})
    if by_canonical:
        return by_canonical
    return sorted({(t, c or "") for t, c, text in rows if text.casefold() == wanted})


def _sentence(text: str, start: int) -> str:
    for match in _SENTENCE.finditer(text):
        if match.start() <= start < max(match.end(), match.start() + 1):
            return match.group(0).strip()
    return text.strip()


def entity_record(library: Library, name: str, fact_type: str | None = None) -> EntityRecord:
    """The page of the entity called `name` (its canonical name, or any name it was seen under)."""
    found = find_entities(library, name, fact_type)
    if not found:
        raise UnknownEntity(f"{name}: no entity of that name")
    if len(found) > 1:
        choices = ", ".join(f"{t}:{c}" for t, c in found)
        raise UnknownEntity(f"{name}: several entities have that name ({choices}); give --type")
    entity_type, canonical = found[0]
    with library.session() as session:
        return _record(session, entity_type, canonical)


def _record(session: Session, entity_type: str, canonical: str) -> EntityRecord:
    rows = session.execute(
        select(
            Fact.id,
            Fact.paragraph_id,
            Fact.start,
            Fact.end,
            Fact.text,
            Fact.data,
            Paragraph.document_id,
            Paragraph.text,
            Paragraph.indicator_key,
            Paragraph.number,
        )
        .join(Paragraph, Paragraph.id == Fact.paragraph_id)
        .where(Fact.type == entity_type, Fact.canonical == canonical)
        .order_by(Paragraph.document_id, Paragraph.number, Fact.start)
    ).all()
    document_ids = sorted({r.document_id for r in rows})
    documents = {
        d.id: d
        for d in session.execute(
            select(Document.id, Document.title, Document.country_iso, Document.edition).where(
                Document.id.in_(document_ids)
            )
        )
    }
    scores = score_table(
        session, [(d.country_iso, d.edition) for d in documents.values() if d.country_iso and d.edition]
    )
    by_document: dict[int, list[EntityMention]] = defaultdict(list)
    names: dict[str, None] = {canonical: None}
    for row in rows:
        document = documents[row.document_id]
        table = scores.get((document.country_iso, document.edition), {}) if document.country_iso else {}
        negated = bool((row.data or {}).get("negated"))
        if not negated:
            names[row.text] = None
        by_document[row.document_id].append(
            EntityMention(
                row.id,
                row.paragraph_id,
                row.document_id,
                row.start,
                row.end,
                row.text,
                _sentence(row[7], row.start),
                row.indicator_key,
                table.get(row.indicator_key) if row.indicator_key else None,
                negated,
            )
        )
    reports = tuple(
        ReportMentions(
            document_id,
            documents[document_id].title,
            documents[document_id].country_iso,
            documents[document_id].edition,
            tuple(mentions),
        )
        for document_id, mentions in by_document.items()
    )
    every = [m for r in reports for m in r.mentions]
    present_in = sorted({m.paragraph_id for m in every if not m.negated})
    return EntityRecord(
        entity_type,
        canonical,
        tuple(names),
        sum(not m.negated for m in every),
        sum(m.negated for m in every),
        reports,
        _co_occurring(session, entity_type, canonical, present_in),
        _flows(session, canonical, present_in),
    )


def _co_occurring(
    session: Session, entity_type: str, canonical: str, paragraph_ids: list[int]
) -> tuple[CoOccurrence, ...]:
    if not paragraph_ids:
        return ()
    counts: Counter[tuple[str, str]] = Counter()
    seen: set[tuple[int, str, str]] = set()
    for paragraph_id, other_type, other, data in session.execute(
        select(Fact.paragraph_id, Fact.type, Fact.canonical, Fact.data).where(
            Fact.paragraph_id.in_(paragraph_ids), Fact.type.in_(ENTITY_TYPES)
        )
    ):
        if (other_type, other) == (entity_type, canonical) or (data or {}).get("negated") or not other:
            continue
        if (paragraph_id, other_type, other) not in seen:
            seen.add((paragraph_id, other_type, other))
            counts[(other_type, other)] += 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0][1]))[:CO_OCCURRING]
    return tuple(CoOccurrence(t, c, n) for (t, c), n in ranked)


def _flows(session: Session, canonical: str, paragraph_ids: list[int]) -> tuple[EntityFlow, ...]:
    """Flows of the entity's paragraphs in which it is the origin, a transit, the destination or the actor."""
    flows = []
    for fact_id, paragraph_id, document_id, text, data in session.execute(
        select(Fact.id, Fact.paragraph_id, Paragraph.document_id, Fact.text, Fact.data)
        .join(Paragraph, Paragraph.id == Fact.paragraph_id)
        .where(Fact.paragraph_id.in_(paragraph_ids), Fact.type == "role")
        .order_by(Paragraph.document_id, Paragraph.number, Fact.start)
    ):
        data = data or {}
        if data.get("kind") != "flow":
            continue
        listed = data.get("transit")
        transit = tuple(str(t) for t in listed) if isinstance(listed, list) else ()
        if canonical not in (data.get("origin"), data.get("destination"), data.get("actor"), *transit):
            continue
        flows.append(
            EntityFlow(
                fact_id,
                paragraph_id,
                document_id,
                str(data.get("origin")),
                transit,
                str(data["destination"]) if data.get("destination") else None,
                str(data["actor"]) if data.get("actor") else None,
                str(data["commodity"]) if data.get("commodity") else None,
                text,
            )
        )
    return tuple(flows)
