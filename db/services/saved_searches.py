"""Saved searches: a query and its order, kept under a name the analyst chose, to run again with a click."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select

from db.library import Library
from db.schema import SavedSearch
from db.search.engine import SORTS


class SavedSearchError(ValueError):
    pass


@dataclass(frozen=True)
class SavedSearchRecord:
    name: str
    query: str
    sort: str
    saved_at: datetime


def save_search(library: Library, name: str, query: str, sort: str = "relevance") -> SavedSearchRecord:
    """Keeps the query under `name`, replacing an earlier one of that name."""
    name, query = " ".join(name.split()), query.strip()
    if not name:
        raise SavedSearchError("a saved search needs a name")
    if not query:
        raise SavedSearchError("there is no query to save")
    if sort not in SORTS:
        raise SavedSearchError(f"unknown order {sort!r} (use {', '.join(SORTS)})")
    now = datetime.now(UTC).replace(tzinfo=None)
    with library.session() as session, session.begin():
        found = session.scalar(select(SavedSearch).where(SavedSearch.name == name))
        if found is None:
            session.add(SavedSearch(name=name, query=query, sort=sort, saved_at=now))
        else:
            found.query, found.sort, found.saved_at = query, sort, now
    return SavedSearchRecord(name, query, sort, now)


def saved_searches(library: Library) -> list[SavedSearchRecord]:
    with library.session() as session:
        rows = session.execute(
            select(SavedSearch.name, SavedSearch.query, SavedSearch.sort, SavedSearch.saved_at).order_by(
                SavedSearch.name
            )
        ).all()
    return [SavedSearchRecord(*row) for row in rows]


def remove_saved_search(library: Library, name: str) -> None:
    with library.session() as session, session.begin():
        found = session.scalar(select(SavedSearch.id).where(SavedSearch.name == name))
        if found is not None:
            session.execute(delete(SavedSearch).where(SavedSearch.id == found))
    if found is None:
        raise SavedSearchError(f"{name}: no saved search of that name")
