"""Importing many paths: folders are expanded, each file is parsed and stored in its own transaction.

A failure is reported for its file and the batch goes on; the library is untouched by the file that
failed, because a document is stored in one transaction or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from db.library import Library
from db.services.documents import store_document
from desktop.ingest.errors import ImportFailure
from desktop.ingest.pipeline import REPORT_SUFFIXES, parse_report
from domain.records import ImportStatus

FileProgress = Callable[[Path, float, str], None]


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
        if self.status is ImportStatus.FAILED:
            return f"{self.path}: failed: {self.detail}"
        return f"{self.path}: {self.status.value} ({self.detail})"


def expand_paths(paths: list[Path]) -> Iterator[Path | ImportFailure]:
    """Files to import, in a stable order; a folder yields the reports inside it, recursively."""
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES and not p.name.startswith(".")
            )
            if not found:
                suffixes = ", ".join(sorted(REPORT_SUFFIXES))
                yield ImportFailure(path, f"no reports in this folder (looked for {suffixes})")
            yield from found
        elif not path.exists() and not path.is_symlink():
            yield ImportFailure(path, "no such file or folder")
        else:
            yield path


def import_one(
    library: Library,
    path: Path,
    profile: str | None = None,
    progress: FileProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> FileResult:
    """`cancelled` is also asked between the pages of a PDF (OCR takes seconds a page)."""
    try:
        parsed = parse_report(
            path,
            profile=profile,
            progress=lambda f, m: progress and progress(path, f, m),
            cancelled=cancelled,
        )
    except ImportFailure as failure:
        return FileResult(path, ImportStatus.FAILED, failure.reason)
    except MemoryError:
        return FileResult(path, ImportStatus.FAILED, "too large to read into memory")
    if progress:
        progress(path, 0.9, "storing")
    try:
        outcome = store_document(library, parsed)
    except Exception as error:  # a storage error must fail this file, not the batch
        return FileResult(path, ImportStatus.FAILED, f"could not be stored ({type(error).__name__}: {error})")
    if progress:
        progress(path, 1.0, outcome.status.value)
    detail = f"{outcome.title}, {outcome.paragraph_count} paragraphs"
    if outcome.status is ImportStatus.NEW_VERSION:
        detail += f", version {outcome.version}"
    return FileResult(path, outcome.status, detail, outcome.document_id)


def import_paths(
    library: Library,
    paths: list[Path],
    profile: str | None = None,
    progress: FileProgress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[FileResult]:
    """Yields one result per file as it finishes; stops between files when `cancelled()` turns true."""
    for item in expand_paths(paths):
        if cancelled():
            return
        if isinstance(item, ImportFailure):
            yield FileResult(item.path, ImportStatus.FAILED, item.reason)
        else:
            yield import_one(library, item, profile, progress, cancelled)
