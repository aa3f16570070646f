"""Which files an import reads: folders are expanded to the reports inside them, in a stable order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from desktop.ingest.errors import ImportFailure
from desktop.ingest.formats import is_saved_page_asset
from desktop.ingest.pipeline import REPORT_SUFFIXES
from desktop.ingest.reading import refusal_by_type


def expand_paths(paths: list[Path]) -> Iterator[Path | ImportFailure]:
    """Files to import, in a stable order; a folder yields the reports inside it, recursively."""
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                # Not only regular files: a FIFO or device named like a report is refused by name below.
                if not p.is_dir()
                and p.suffix.lower() in REPORT_SUFFIXES
                and not p.name.startswith(".")
                and not is_saved_page_asset(p)
            )
            if not found:
                suffixes = ", ".join(sorted(REPORT_SUFFIXES))
                yield ImportFailure(path, f"no reports in this folder (looked for {suffixes})")
            for p in found:
                yield _special_file(p) or p
        elif not path.exists() and not path.is_symlink():
            yield ImportFailure(path, "no such file or folder")
        else:
            yield _special_file(path) or path


def _special_file(path: Path) -> ImportFailure | None:
    """A FIFO, device or socket (also behind a symlink) is named and refused, never opened."""
    try:
        info = path.stat()
    except OSError:
        return None  # reading it will say what is wrong (a broken link, no permission)
    reason = refusal_by_type(info.st_mode, info.st_size)
    return ImportFailure(path, reason) if reason else None
