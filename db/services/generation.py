"""The library's generation stamp: bumped inside every transaction that changes searchable content."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.schema import LibraryState


def bump_generation(session: Session) -> int:
    """Increments the stamp in the caller's transaction, so it commits or rolls back with the change."""
    state = session.scalar(select(LibraryState).where(LibraryState.id == 1))
    if state is None:
        session.add(LibraryState(id=1, generation=1))
        session.flush()
        return 1
    session.execute(update(LibraryState).where(LibraryState.id == 1).values(generation=state.generation + 1))
    return state.generation + 1


def current_generation(session: Session) -> int:
    return session.scalar(select(LibraryState.generation).where(LibraryState.id == 1)) or 0
