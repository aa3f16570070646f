"""Each imported report's own bytes, kept content-addressed in the library folder, so that a document
can be read again later (with another profile, or a better reader) without the analyst finding the file.

`library.folder/sources/ab/abcdef…` (the SHA-256 of the bytes), readable by the owner only: the reports
an analyst collects may be confidential. Writing is idempotent; the same bytes are stored once.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sqlalchemy import select, union

from db.library import Library
from db.schema import Document, DocumentVersion

SOURCES_DIR = "sources"


class SourceMissing(LookupError):
    """The library holds no copy of a document's source file (imported before copies were kept)."""


def source_path(library: Library, sha256: str) -> Path:
    return library.folder / SOURCES_DIR / sha256[:2] / sha256


def keep_source(library: Library, sha256: str, data: bytes) -> Path:
    """Stores the bytes under their hash (once); written to a temporary file and renamed into place, so a
    crash never leaves half a source behind."""
    target = source_path(library, sha256)
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".part-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def read_kept_source(library: Library, sha256: str) -> bytes:
    path = source_path(library, sha256)
    try:
        return path.read_bytes()
    except FileNotFoundError as error:
        raise SourceMissing(
            "no copy of this document's source file in the library (it was imported before copies were "
            "kept): import the file again with --profile"
        ) from error


def prune_sources(library: Library) -> int:
    """Deletes kept sources no document or version refers to any more (after `remove`): a report the
    analyst removed must not stay on disk. Returns how many were deleted."""
    folder = library.folder / SOURCES_DIR
    if not folder.is_dir():
        return 0
    with library.session() as session:
        referenced = set(session.scalars(union(select(Document.sha256), select(DocumentVersion.sha256))))
    pruned = 0
    for path in folder.glob("??/*"):
        if path.is_file() and path.name not in referenced:
            path.unlink()
            pruned += 1
    return pruned
