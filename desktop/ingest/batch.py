"""Which files an import reads: folders are expanded to the reports inside them, in a stable order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from desktop.ingest.errors import ImportFailure
from desktop.ingest.formats import is_saved_page_asset
from desktop.ingest.pipeline import REPORT_SUFFIXES


def expand_paths(paths: list[Path]) -> Iterator[Path | ImportFailure]:
    """Files to import, in a stable order; a folder yields the reports inside it, recursively."""
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in REPORT_SUFFIXES
                and not p.name.startswith(".")
                and not is_saved_page_asset(p)
            )
            if not found:
                suffixes = ", ".join(sorted(REPORT_SUFFIXES))
                yield ImportFailure(path, f"no reports in this folder (looked for {suffixes})")
            yield from found
        elif not path.exists() and not path.is_symlink():
            yield ImportFailure(path, "no such file or folder")
        else:
            yield path
