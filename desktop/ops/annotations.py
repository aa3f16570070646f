"""Importing W3C Web Annotations as bookmarks: parsed and re-anchored (desktop/dossier/formats), then
the index follows their tags."""

from __future__ import annotations

from pathlib import Path

from db.library import Library
from desktop.dossier.formats import import_annotations as anchor_annotations
from desktop.ops.changes import ChangeSet
from desktop.ops.index import bring_index_up_to_date


def import_annotations(library: Library, path: Path) -> tuple[int, list[str], ChangeSet]:
    """Returns (imported, problems, changes). Raises BookmarkError for a file that cannot be read."""
    imported, problems = anchor_annotations(library, path)
    if imported:
        bring_index_up_to_date(library)
    return imported, problems, ChangeSet("annotations", library=bool(imported))
