"""Importing report files: parse each (desktop/ingest), store it in its own transaction, then extract
the facts of what was stored and bring the index up to date.

A failure is reported for its file and the batch goes on; the library is untouched by the file that
failed, because a document is stored in one transaction or not at all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from db.errors import error_line
from db.library import Library, LibraryReadOnly
from db.services.documents import store_document
from db.services.sources import keep_source
from desktop.ingest.batch import expand_paths
from desktop.ingest.errors import ImportFailure
from desktop.ingest.pipeline import parse_report
from desktop.ingest.reading import display_name, display_path, read_bytes
from desktop.ingest.understood import import_detail
from desktop.ops.changes import ChangeSet, NoProgress, Progress
from desktop.ops.facts import Extractor, extract_stale, facts_missing_lines
from desktop.ops.index import bring_index_up_to_date
from domain.records import ImportStatus

FileProgress = Callable[[Path, float, str], None]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileResult:
    path: Path
    status: ImportStatus
    detail: str
    document_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.status is not ImportStatus.FAILED

    def line(self) -> str:
        """The one line the CLI prints for this file."""
        where = display_path(self.path)  # a file name that is not UTF-8 prints with its bytes escaped
        if self.status is ImportStatus.FAILED:
            return f"{where}: failed: {self.detail}"
        return f"{where}: {self.status.value} ({self.detail})"


def import_one(
    library: Library,
    path: Path,
    profile: str | None = None,
    progress: FileProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> FileResult:
    """Parses and stores one file; never raises for a bad file. `cancelled` is also asked between the
    pages of a PDF (OCR takes seconds a page)."""
    try:
        data = read_bytes(path)
        parsed = parse_report(path, data, profile, lambda f, m: progress and progress(path, f, m), cancelled)
    except ImportFailure as failure:
        return FileResult(path, ImportStatus.FAILED, failure.reason)
    except MemoryError:
        return FileResult(path, ImportStatus.FAILED, "too large to read into memory")
    except Exception as error:  # a reader's own bug or a broken library: this file fails, not the batch
        # The traceback only for a developer who turns debug logging on; the analyst reads one line.
        log.debug("import of %s: unexpected error while reading", display_name(path), exc_info=True)
        return FileResult(path, ImportStatus.FAILED, f"could not be read (unexpected {error_line(error)})")
    if progress:
        progress(path, 0.9, "storing")
    try:
        with library.writing(f"import of {display_name(path)}"):  # another process's import waits here
            keep_source(library, parsed.sha256, data)  # first: a document is never stored without its source
            outcome = store_document(library, parsed)
    except LibraryReadOnly as error:
        return FileResult(path, ImportStatus.FAILED, str(error))
    except Exception as error:  # a storage error must fail this file, not the batch
        # One short line: the statement's parameters (the document's text) stay out of it.
        return FileResult(path, ImportStatus.FAILED, f"could not be stored ({error_line(error)})")
    if progress:
        progress(path, 1.0, outcome.status.value)
    return FileResult(path, outcome.status, import_detail(parsed, outcome), outcome.document_id)


def import_paths(
    library: Library,
    paths: list[Path],
    profile: str | None = None,
    progress: FileProgress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[FileResult]:
    """Yields one result per file as it finishes; stops between files when `cancelled()` turns true.
    Stores only: `import_files` is the whole operation."""
    for item in expand_paths(paths):
        if cancelled():
            return
        if isinstance(item, ImportFailure):
            yield FileResult(item.path, ImportStatus.FAILED, item.reason)
        else:
            yield import_one(library, item, profile, progress, cancelled)


@dataclass(frozen=True)
class ImportOutcome:
    results: list[FileResult]
    changes: ChangeSet
    # One line per imported document whose facts could not be extracted: it is searchable, but its
    # facts are missing until `excerpta extract` succeeds; never a silent gap.
    facts_failed: list[str] = field(default_factory=list)


def import_files(
    library: Library,
    paths: list[Path],
    *,
    profile: str | None = None,
    facts: bool = True,
    extractor: Extractor | None = None,
    progress: Progress | None = None,
    on_result: Callable[[FileResult], None] | None = None,
) -> ImportOutcome:
    """The import operation: every file stored (or failed), then facts, then the index.

    `progress.report(fraction, 1, label)` covers the files; facts and indexing report in their own
    units. Cancelling stops between files; what was stored stays, and gets its facts at the next open.
    """
    shown = progress or NoProgress()
    results: list[FileResult] = []

    def file_progress(path: Path, fraction: float, message: str) -> None:
        shown.report(fraction, 1.0, f"{path.name}: {message}")

    for result in import_paths(library, paths, profile, file_progress, shown.cancelled):
        results.append(result)
        if on_result:
            on_result(result)
    failures: list[tuple[int, str]] = []
    if facts and not shown.cancelled():  # what was imported, and anything a crash left without facts
        extract_stale(
            library,
            lambda done, total: shown.report(done, total, "facts"),
            extractor,
            shown.cancelled,
            lambda document_id, cause: failures.append((document_id, cause)),
        )
    bring_index_up_to_date(library, shown)
    changed = frozenset(
        r.document_id
        for r in results
        if r.document_id is not None and r.status in (ImportStatus.IMPORTED, ImportStatus.NEW_VERSION)
    )
    names = {r.document_id: display_path(r.path) for r in results if r.document_id is not None}
    facts_failed = facts_missing_lines(failures, names)
    changes = ChangeSet(
        "import", documents=changed, entities=facts and bool(changed), messages=tuple(facts_failed)
    )
    return ImportOutcome(results, changes, facts_failed)
