"""What a page of hits needs from SQLite, with a few indexed lookups: the hits' rows with their
indicators' scores, and their sections' titles (walking up from the hits' sections only)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import Document, Paragraph, Score, Section


def hit_rows(session: Session, paragraph_ids: list[int]) -> dict[int, Any]:
    """The hits' rows, each with the Index's score of its indicator for its country and edition
    (`indicator_score`, None when not imported): one statement, the score found through the unique
    (edition, country, key) index."""
    rows = session.execute(
        select(
            Paragraph.id,
            Paragraph.document_id,
            Paragraph.section_id,
            Paragraph.text,
            Paragraph.indicator_key,
            Paragraph.number,
            Paragraph.page,
            Document.title,
            Document.country,
            Document.country_iso,
            Document.language,
            Document.edition,
            Score.value.label("indicator_score"),
        )
        .join(Document, Document.id == Paragraph.document_id)
        .outerjoin(
            Score,
            (Score.edition == Document.edition)
            & (Score.country_iso == Document.country_iso)
            & (Score.key == Paragraph.indicator_key),
        )
        .where(Paragraph.id.in_(paragraph_ids))
    )
    return {row.id: row for row in rows}


def section_titles(session: Session, section_ids: Iterable[int]) -> dict[int, list[str]]:
    """For each section: the titles from its pillar down to it. Reads only these sections and their
    ancestors (by primary key), not every section of the hits' documents."""
    known: dict[int, tuple[int | None, str]] = {}
    wanted = set(section_ids)
    while wanted:
        rows = session.execute(
            select(Section.id, Section.parent_id, Section.title).where(Section.id.in_(wanted))
        ).all()
        if not rows:  # a parent that is gone: the path stops there
            break
        for section_id, parent_id, title in rows:
            known[section_id] = (parent_id, title)
        wanted = {parent for parent, _ in known.values() if parent is not None and parent not in known}
    paths: dict[int, list[str]] = {}
    for section_id in section_ids:
        titles: list[str] = []
        current: int | None = section_id
        while current is not None and current in known and len(titles) < 64:
            parent, title = known[current]
            titles.append(title)
            current = parent
        paths[section_id] = titles[::-1]
    return paths
