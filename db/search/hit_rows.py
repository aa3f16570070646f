"""What a page of hits needs from SQLite, with a few indexed lookups: the hits' rows with their
indicators' scores, and their sections' titles (walking up from the hits' sections only).

Plain SQL on the session's connection: these run on every keystroke of search as you type, and the ORM's
statement building for an IN list cost more than SQLite's own work (1.4 ms against 0.5 for a page).
The table and column names come from db.schema, so a renamed column fails here at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy.orm import Session

from db.schema import Document, Paragraph, Score, Section

# SQLite's default limit on bound parameters is 32,766 (999 before 3.32): pages are far smaller, but a
# CLI search with a large --limit is read in slices.
_SLICE = 900

_HIT_ROWS = f"""
SELECT p.id AS id, p.document_id AS document_id, p.section_id AS section_id, p.text AS text,
       p.indicator_key AS indicator_key, p.number AS number, p.page AS page,
       d.title AS title, d.country AS country, d.country_iso AS country_iso, d.language AS language,
       d.edition AS edition, s.value AS indicator_score
FROM {Paragraph.__tablename__} AS p
JOIN {Document.__tablename__} AS d ON d.id = p.document_id
LEFT JOIN {Score.__tablename__} AS s
       ON s.edition = d.edition AND s.country_iso = d.country_iso AND s.key = p.indicator_key
WHERE p.id IN ({{marks}})
"""
_SECTIONS = f"SELECT id, parent_id, title FROM {Section.__tablename__} WHERE id IN ({{marks}})"


def _slices(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _SLICE):
        yield ids[start : start + _SLICE]


def _marks(ids: list[int]) -> str:
    return ",".join("?" * len(ids))


def hit_rows(session: Session, paragraph_ids: list[int]) -> dict[int, Any]:
    """The hits' rows, each with the Index's score of its indicator for its country and edition
    (`indicator_score`, None when not imported): the score found through the unique (edition,
    country, key) index in the same statement."""
    connection = session.connection()
    found: dict[int, Any] = {}
    for ids in _slices(list(paragraph_ids)):
        statement = _HIT_ROWS.format(marks=_marks(ids))
        for row in connection.exec_driver_sql(statement, tuple(ids)):
            found[row.id] = row
    return found


def section_titles(session: Session, section_ids: Iterable[int]) -> dict[int, list[str]]:
    """For each section: the titles from its pillar down to it. Reads only these sections and their
    ancestors (by primary key), not every section of the hits' documents."""
    connection = session.connection()
    known: dict[int, tuple[int | None, str]] = {}
    wanted = set(section_ids)
    while wanted:
        rows = [
            row
            for ids in _slices(sorted(wanted))
            for row in connection.exec_driver_sql(
                _SECTIONS.format(marks=",".join("?" * len(ids))), tuple(ids)
            )
        ]
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
