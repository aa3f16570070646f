"""Facts and entities: store a document's facts, list them, count entities, record the analyst's
decisions (reject, rename, merge) and apply them to every later extraction. A mention the text says is
absent (data["negated"]) is stored and listed with its flag, but counts as no entity present."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, delete, func, insert, select
from sqlalchemy.orm import Session

from db.library import Library
from db.schema import Document, EntityDecision, Fact, Paragraph
from db.services.generation import bump_generation
from domain.records import ExtractedFact

ENTITY_TYPES = ("criminal_group", "place", "country", "institution", "commodity")
# Every kind of fact: the entities, and what rules find (years, figures, roles and flows).
FACT_TYPES = (*ENTITY_TYPES, "year", "figure", "role")
ACTIONS = ("reject", "rename", "merge")


@dataclass(frozen=True)
class FactRow:
    id: int
    type: str
    text: str
    canonical: str
    paragraph_id: int
    document_id: int
    start: int
    end: int
    data: dict[str, object]


@dataclass(frozen=True)
class EntitySummary:
    type: str
    canonical: str
    count: int
    documents: dict[int, int]  # document id → mentions
    aliases: list[str]  # the surface forms seen in the text


class UnknownEntity(LookupError):
    pass


def _present() -> ColumnElement[bool]:
    """Facts of presence: not the mentions the text says are absent (data["negated"], issue 13)."""
    return func.coalesce(func.json_extract(Fact.data, "$.negated"), 0) == 0


def _decisions(session: Session) -> dict[tuple[str, str], tuple[str, str | None]]:
    return {(d.type, d.subject): (d.action, d.target) for d in session.scalars(select(EntityDecision))}


def _decided(
    fact: ExtractedFact, decisions: dict[tuple[str, str], tuple[str, str | None]]
) -> ExtractedFact | None:
    decision = decisions.get((fact.type, fact.canonical.casefold()))
    if decision is None:
        return fact
    action, target = decision
    if action == "reject":
        return None
    return ExtractedFact(
        fact.paragraph_id, fact.type, fact.text, target or fact.canonical, fact.start, fact.end, fact.data
    )


def store_facts(library: Library, document_ids: list[int], facts: list[ExtractedFact]) -> int:
    """Replaces the facts of these documents in one transaction, after the analyst's decisions."""
    with library.session() as session, session.begin():
        decisions = _decisions(session)
        kept = [f for f in (_decided(f, decisions) for f in facts) if f is not None]
        paragraph_ids = select(Paragraph.id).where(Paragraph.document_id.in_(document_ids))
        session.execute(delete(Fact).where(Fact.paragraph_id.in_(paragraph_ids)))
        if kept:
            session.execute(
                insert(Fact),
                [
                    {
                        "paragraph_id": f.paragraph_id,
                        "type": f.type,
                        "text": f.text,
                        "canonical": f.canonical,
                        "start": f.start,
                        "end": f.end,
                        "data": f.data,
                    }
                    for f in kept
                ],
            )
        generation = bump_generation(session)  # the index's entity field follows
        for document in session.scalars(select(Document).where(Document.id.in_(document_ids))):
            document.content_generation = generation
            document.facts_stale = False
        return len(kept)


def stale_fact_documents(library: Library) -> list[int]:
    """Documents whose content changed after their facts were last stored."""
    with library.session() as session:
        return list(
            session.scalars(select(Document.id).where(Document.facts_stale.is_(True)).order_by(Document.id))
        )


def list_facts(
    library: Library,
    fact_type: str | None = None,
    document_id: int | None = None,
    paragraph_ids: list[int] | None = None,
    canonical: str | None = None,
) -> list[FactRow]:
    with library.session() as session:
        query = (
            select(
                Fact.id,
                Fact.type,
                Fact.text,
                Fact.canonical,
                Fact.paragraph_id,
                Paragraph.document_id,
                Fact.start,
                Fact.end,
                Fact.data,
            )
            .join(Paragraph, Paragraph.id == Fact.paragraph_id)
            .order_by(Paragraph.document_id, Paragraph.number, Fact.start)
        )
        if fact_type:
            query = query.where(Fact.type == fact_type)
        if document_id is not None:
            query = query.where(Paragraph.document_id == document_id)
        if paragraph_ids is not None:
            query = query.where(Fact.paragraph_id.in_(paragraph_ids))
        if canonical is not None:
            query = query.where(Fact.canonical == canonical)
        return [
            FactRow(id_, type_, text, canonical or "", paragraph, document, start, end, data or {})
            for id_, type_, text, canonical, paragraph, document, start, end, data in session.execute(query)
        ]


def entities(library: Library, fact_type: str | None = None) -> list[EntitySummary]:
    counts: dict[tuple[str, str], dict[int, int]] = defaultdict(lambda: defaultdict(int))
    surfaces: dict[tuple[str, str], dict[str, None]] = defaultdict(dict)
    for fact in list_facts(library, fact_type):
        if fact.type not in ENTITY_TYPES or fact.data.get("negated"):
            continue  # a mention the text says is absent is no fact of presence
        key = (fact.type, fact.canonical)
        counts[key][fact.document_id] += 1
        surfaces[key][fact.text] = None
    return sorted(
        (
            EntitySummary(t, c, sum(d.values()), dict(d), list(surfaces[(t, c)]))
            for (t, c), d in counts.items()
        ),
        key=lambda e: (e.type, -e.count, e.canonical),
    )


def paragraph_entities(session: Session, paragraph_ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    """(canonical, surface text) of the entities in each paragraph, for the search index."""
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)
    rows = session.execute(
        select(Fact.paragraph_id, Fact.canonical, Fact.text).where(
            Fact.paragraph_id.in_(paragraph_ids), Fact.type.in_(ENTITY_TYPES), _present()
        )
    )
    for paragraph_id, canonical, text in rows:
        found[paragraph_id].append((canonical or text, text))
    return found


def decide(library: Library, fact_type: str, subject: str, action: str, target: str | None = None) -> int:
    """Records a decision and applies it to the facts already stored. Returns how many facts it touched."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r} (use {', '.join(ACTIONS)})")
    if action != "reject" and not target:
        raise ValueError(f"{action} needs a target name")
    with library.session() as session, session.begin():
        facts = session.scalars(select(Fact).where(Fact.type == fact_type)).all()
        matching = [f for f in facts if (f.canonical or "").casefold() == subject.casefold()]
        if not matching:
            raise UnknownEntity(f"{subject}: no {fact_type} of that name")
        existing = session.scalar(
            select(EntityDecision).where(
                EntityDecision.type == fact_type, EntityDecision.subject == subject.casefold()
            )
        )
        if existing is None:
            session.add(
                EntityDecision(
                    type=fact_type,
                    subject=subject.casefold(),
                    action=action,
                    target=target,
                    created_at=datetime.now(UTC).replace(tzinfo=None),
                )
            )
        else:
            existing.action, existing.target = action, target
        documents = set()
        for fact in matching:
            documents.add(fact.paragraph_id)
            if action == "reject":
                session.delete(fact)
            else:
                fact.canonical = target or fact.canonical
        generation = bump_generation(session)
        touched = select(Paragraph.document_id).where(Paragraph.id.in_(documents))
        for document in session.scalars(select(Document).where(Document.id.in_(touched))):
            document.content_generation = generation
        return len(matching)


@dataclass(frozen=True)
class ParagraphInput:
    """What the extractor needs to know about a paragraph."""

    id: int
    document_id: int
    text: str
    language: str
    country_iso: str | None
    indicator: str | None


def paragraph_inputs(library: Library, document_ids: list[int] | None = None) -> list[ParagraphInput]:
    with library.session() as session:
        query = (
            select(
                Paragraph.id,
                Paragraph.document_id,
                Paragraph.text,
                Document.language,
                Document.country_iso,
                Paragraph.indicator_key,
            )
            .join(Document, Document.id == Paragraph.document_id)
            .order_by(Paragraph.document_id, Paragraph.number)
        )
        if document_ids is not None:
            query = query.where(Paragraph.document_id.in_(document_ids))
        return [ParagraphInput(*row) for row in session.execute(query)]


def entity_counts(library: Library, document_id: int | None = None) -> list[tuple[str, str, int]]:
    """(type, canonical, mentions) for every fact, of one document or of the whole library: what the
    facts panel shows before anything opens."""
    with library.session() as session:
        query = select(Fact.type, Fact.canonical, func.count()).where(_present())
        if document_id is not None:
            query = query.join(Paragraph, Paragraph.id == Fact.paragraph_id).where(
                Paragraph.document_id == document_id
            )
        rows = session.execute(query.group_by(Fact.type, Fact.canonical)).all()
    return [(t, c or "", n) for t, c, n in rows]


def mentions_of(
    library: Library, fact_type: str, canonical: str, document_id: int | None = None
) -> list[FactRow]:
    """The facts behind one entry of the panel, loaded when the analyst opens it."""
    return list_facts(library, fact_type, document_id, canonical=canonical)


# Words shown on each side of a mention in the facts panel.
CONTEXT_WORDS = 6


def mentions_in_context(
    library: Library, fact_type: str, canonical: str, document_id: int | None = None
) -> list[tuple[FactRow, str]]:
    """Each mention with the words around it in its paragraph (« … arrive par le port d’Anvers avant … »)."""
    facts = mentions_of(library, fact_type, canonical, document_id)
    with library.session() as session:
        texts = dict(
            session.execute(
                select(Paragraph.id, Paragraph.text).where(
                    Paragraph.id.in_({f.paragraph_id for f in facts})
                )
            ).all()
        )
    found = []
    for fact in facts:
        text = texts.get(fact.paragraph_id, "")
        before = text[: fact.start].split()[-CONTEXT_WORDS:]
        after = text[fact.end :].split()[:CONTEXT_WORDS]
        context = " ".join(before) + " «" + text[fact.start : fact.end] + "» " + " ".join(after)
        lead = "… " if len(text[: fact.start].split()) > CONTEXT_WORDS else ""
        tail = " …" if len(text[fact.end :].split()) > CONTEXT_WORDS else ""
        found.append((fact, lead + context.strip() + tail))
    return found


def fact_spans(library: Library, paragraph_ids: list[int]) -> dict[int, list[tuple[int, int, str]]]:
    """(start, end, type) of the facts of some paragraphs: what the reader colours."""
    spans: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    with library.session() as session:
        for paragraph_id, start, end, fact_type in session.execute(
            select(Fact.paragraph_id, Fact.start, Fact.end, Fact.type).where(
                Fact.paragraph_id.in_(paragraph_ids)
            )
        ):
            spans[paragraph_id].append((start, end, fact_type))
    return spans
