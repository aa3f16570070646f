"""Where a paragraph sits: the titles of its sections, from its pillar down."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import Section


def section_paths(session: Session, document_ids: list[int]) -> dict[int, tuple[list[str], str | None]]:
    """For every section: the titles from its pillar down to it, and its pillar's key."""
    rows = session.execute(
        select(Section.id, Section.parent_id, Section.title, Section.key).where(
            Section.document_id.in_(document_ids)
        )
    ).all()
    by_id = {row.id: row for row in rows}
    paths: dict[int, tuple[list[str], str | None]] = {}
    for row in rows:
        titles, root = [row.title], row
        while root.parent_id in by_id:
            root = by_id[root.parent_id]
            titles.append(root.title)
        paths[row.id] = (titles[::-1], root.key)
    return paths
