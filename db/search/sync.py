"""Keeping the index in step with SQLite, by generation stamps rather than guesses.

Every committed content change stamps its document with the library's new generation. The index keeps,
beside itself, the stamp it indexed each document at. Syncing redoes the documents whose stamps differ
and drops those that are gone, so the same step serves an ordinary import and the repair after a crash
between a commit and the index update. A different schema or alias table means a full rebuild.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from db.library import Library
from db.schema import Document, Paragraph
from db.search.aliases import load_alias_table
from db.search.engine import IndexedParagraph
from db.search.feed import indexed_paragraphs
from db.search.whoosh_engine import SCHEMA_VERSION, WhooshEngine
from db.services.generation import current_generation

STATE_FILE = "excerpta-index.json"
# Above this many paragraphs to (re)index, the writer uses both cores and several segments.
BULK_THRESHOLD = 5000

Progress = Callable[[int, int], None]


@dataclass
class IndexState:
    schema: int
    aliases: str
    generation: int
    documents: dict[int, int]  # document id → content generation indexed

    @classmethod
    def read(cls, directory: Path) -> IndexState | None:
        try:
            data = json.loads((directory / STATE_FILE).read_text(encoding="utf-8"))
            documents = {int(k): v for k, v in data["documents"].items()}
            return cls(data["schema"], data["aliases"], data["generation"], documents)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def write(self, directory: Path) -> None:
        """Atomically: a crash leaves the old state, which only means redoing some work."""
        temporary = directory / (STATE_FILE + ".tmp")
        data = {"schema": self.schema, "aliases": self.aliases, "generation": self.generation}
        temporary.write_text(json.dumps({**data, "documents": self.documents}), encoding="utf-8")
        os.replace(temporary, directory / STATE_FILE)


@dataclass(frozen=True)
class SyncReport:
    rebuilt: bool
    documents_indexed: int
    documents_dropped: int
    paragraphs_indexed: int

    @property
    def changed(self) -> bool:
        return self.rebuilt or bool(self.documents_indexed or self.documents_dropped)


def open_engine(library: Library) -> WhooshEngine:
    return WhooshEngine(library.index_dir)


def sync_index(library: Library, progress: Progress | None = None, rebuild: bool = False) -> SyncReport:
    """Brings the index up to SQLite's state. Run it on the writer lane, never on the GUI thread."""
    aliases = load_alias_table()
    state = IndexState.read(library.index_dir)
    with library.session() as session:
        generation = current_generation(session)
        stamps = {row[0]: row[1] for row in session.execute(select(Document.id, Document.content_generation))}
    full = rebuild or state is None or state.schema != SCHEMA_VERSION or state.aliases != aliases.fingerprint
    if not full and state is not None and state.generation == generation and state.documents == stamps:
        return SyncReport(False, 0, 0, 0)
    engine = open_engine(library)
    try:
        if full:
            engine.clear()
            state = IndexState(SCHEMA_VERSION, aliases.fingerprint, 0, {})
        assert state is not None
        dropped = [d for d in state.documents if d not in stamps]
        changed = sorted(d for d, stamp in stamps.items() if state.documents.get(d) != stamp)
        with library.session() as session:
            total = session.scalar(select(func.count()).where(Paragraph.document_id.in_(changed))) or 0
            done = 0

            def feed() -> Iterator[IndexedParagraph]:
                nonlocal done
                # In slices, so that a large library is never loaded into memory at once.
                for start in range(0, len(changed), 200):
                    for paragraph in indexed_paragraphs(session, changed[start : start + 200], aliases):
                        done += 1
                        if progress and done % 500 == 0:
                            progress(done, total)
                        yield paragraph

            engine.replace_documents(
                [] if full else dropped + [d for d in changed if d in state.documents],
                feed(),
                bulk=total > BULK_THRESHOLD,
            )
        if progress:
            progress(total, total)
        documents = {d: s for d, s in state.documents.items() if d in stamps}
        documents.update({d: stamps[d] for d in changed})
        IndexState(SCHEMA_VERSION, aliases.fingerprint, generation, documents).write(library.index_dir)
        return SyncReport(full, len(changed), len(dropped), total)
    finally:
        engine.close()
