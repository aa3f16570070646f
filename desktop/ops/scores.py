"""Importing the Index's published scores: read and check the whole file (desktop/ingest/scores), store
every edition in one transaction, then the index (each paragraph carries its indicator's score)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db.library import Library
from db.services.scores import store_scores
from db.services.stated_scores import disagreement_line, stated_score_disagreements
from desktop.ingest.scores import read_score_file_once
from desktop.ops.changes import ChangeSet, Progress
from desktop.ops.index import bring_index_up_to_date
from domain.records import EditionImport


def import_score_file(library: Library, path: Path, edition: int | None = None) -> list[EditionImport]:
    """Stores the file's editions, or raises ImportFailure and stores nothing. The index is not touched:
    `import_scores` is the whole operation."""
    sheets, sha256 = read_score_file_once(path, edition)
    with library.writing(f"scores import of {path.name}"):  # another process's write waits
        return store_scores(library, sheets, path.name, sha256)


@dataclass(frozen=True)
class ScoresOutcome:
    editions: list[EditionImport]
    changes: ChangeSet
    # Said when the file's scores contradict what website pages in the library state beside a heading.
    disagreement: str | None = None

    def lines(self) -> list[str]:
        return [edition.line() for edition in self.editions] + (
            [self.disagreement] if self.disagreement else []
        )


def import_scores(
    library: Library, path: Path, edition: int | None = None, progress: Progress | None = None
) -> ScoresOutcome:
    editions = import_score_file(library, path, edition)
    changed = any(not e.unchanged for e in editions)
    if changed:
        bring_index_up_to_date(library, progress)  # the paragraphs of these editions carry their scores
    disagreements = stated_score_disagreements(library, [e.edition for e in editions])
    return ScoresOutcome(editions, ChangeSet("scores", scores=changed), disagreement_line(disagreements))
