"""What the outside-material rounds share: their fixtures imported through the real import operation
into one library per round, and the paragraphs of a document in reading order."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from db.library import Library
from db.services.documents import outline
from domain.records import DocumentOutline, OutlineParagraph, OutlineSection
from tests.conftest import import_report


@dataclass(frozen=True)
class Imported:
    library: Library
    documents: dict[str, DocumentOutline]


@contextmanager
def imported_fixtures(folder: Path, writers: dict[str, Callable[[Path], Path]]) -> Iterator[Imported]:
    """Each fixture written into `folder` and imported (facts and index included), by name."""
    files = {name: write(folder) for name, write in writers.items()}
    library = Library.open(folder / "library")
    try:
        ids = {name: import_report(library, path) for name, path in files.items()}
        by_id = {d.document.id: d for d in outline(library, list(ids.values()))}
        yield Imported(library, {name: by_id[i] for name, i in ids.items()})
    finally:
        library.close()


def _walk(sections: list[OutlineSection]) -> Iterator[tuple[str, OutlineParagraph]]:
    for section in sections:
        for paragraph in section.paragraphs:
            yield section.title, paragraph
        yield from _walk(section.sections)


def paragraphs(document: DocumentOutline) -> list[tuple[str, OutlineParagraph]]:
    """(nearest section title, paragraph) in reading order."""
    return sorted(_walk(document.sections), key=lambda item: item[1].number)
