"""What the index is fed: every paragraph of some documents, with the names its filters match."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import Document, Paragraph
from db.search.aliases import AliasTable
from db.search.engine import IndexedParagraph
from db.services.bookmarks import paragraph_bookmarks
from db.services.facts import paragraph_entities
from db.services.scores import score_table
from db.services.sections import section_paths
from domain.countries import all_names
from domain.taxonomy import load_taxonomy


def indexed_paragraphs(
    session: Session, document_ids: list[int], aliases: AliasTable
) -> Iterator[IndexedParagraph]:
    taxonomy = load_taxonomy()
    documents = {
        d.id: d
        for d in session.execute(
            select(
                Document.id,
                Document.title,
                Document.source_name,
                Document.country_iso,
                Document.language,
                Document.edition,
            ).where(Document.id.in_(document_ids))
        )
    }
    paths = section_paths(session, document_ids)
    country_names = {
        d.country_iso: " ".join(all_names(d.country_iso)) for d in documents.values() if d.country_iso
    }
    rows = session.execute(
        select(
            Paragraph.id, Paragraph.document_id, Paragraph.section_id, Paragraph.text, Paragraph.indicator_key
        )
        .where(Paragraph.document_id.in_(document_ids))
        .order_by(Paragraph.document_id, Paragraph.number)
    ).all()
    scores = score_table(
        session, [(d.country_iso, d.edition) for d in documents.values() if d.country_iso and d.edition]
    )
    entities = paragraph_entities(session, [row[0] for row in rows])
    bookmarks = paragraph_bookmarks(session, [row[0] for row in rows])
    for paragraph_id, document_id, section_id, text, indicator_key in rows:
        document = documents[document_id]
        titles, pillar_key = paths[section_id]
        indicator = taxonomy.indicator(indicator_key) if indicator_key else None
        pillar = taxonomy.pillar(indicator.pillar if indicator else pillar_key or "")
        yield IndexedParagraph(
            paragraph_id=paragraph_id,
            document_id=document_id,
            language=document.language,
            text=text,
            aliases=aliases.index_terms(text),
            country_iso=(document.country_iso or "").lower(),
            country_names=country_names.get(document.country_iso, ""),
            indicator_key=indicator_key or "",
            indicator_names=" ".join(indicator.names.values()) if indicator else "",
            pillar_key=pillar.key if pillar else "",
            pillar_names=" ".join(pillar.names.values()) if pillar else "",
            section_path=" ".join(titles),
            edition=str(document.edition or ""),
            document_names=f"{document.title} {document.source_name}",
            # Canonical names and the words used: entity:Antwerp and entity:Anvers both find « Anvers ».
            tags=",".join(bookmarks.get(paragraph_id, [])),
            bookmarked=paragraph_id in bookmarks,
            entities=" ; ".join(
                f"{canonical} {surface}" for canonical, surface in entities.get(paragraph_id, [])
            ),
            score=scores.get((document.country_iso, document.edition), {}).get(indicator_key or ""),
        )
