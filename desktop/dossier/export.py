"""Exporting a dossier to a file: the format from the extension, the path checked, the write atomic."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from desktop.dossier.formats import to_csv, to_markdown, to_web_annotations
from desktop.dossier.model import Dossier
from desktop.dossier.pdf import write_pdf

FORMATS = (".pdf", ".md", ".csv", ".json")


class ExportError(Exception):
    pass


def check_output(path: Path, force: bool) -> None:
    if path.suffix.lower() not in FORMATS:
        raise ExportError(
            f"{path}: unknown format {path.suffix or '(none)'!r}; use one of {', '.join(FORMATS)}"
        )
    if path.is_dir():
        raise ExportError(f"{path}: is a folder")
    parent = path.parent
    if not parent.is_dir():
        ancestor = next((p for p in parent.parents if p.exists()), None)
        if parent.exists() or (ancestor is not None and not ancestor.is_dir()):
            raise ExportError(f"{path}: cannot be written: {parent} is not a folder")
        raise ExportError(f"{path}: the folder {parent} does not exist")
    if path.exists() and not force:
        raise ExportError(f"{path}: already exists; use --force to replace it")


def export(dossier: Dossier, path: Path, force: bool = False) -> str:
    """Writes the dossier; a failure leaves no half-written file, and an existing one untouched."""
    check_output(path, force)
    if not dossier.entries:
        raise ExportError(f"{path}: nothing to export (no excerpt matches)")
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as error:  # read-only media, no permission, a full disk: one line, no traceback
        reason = error.strerror or str(error)
        raise ExportError(f"{path}: cannot be written: {path.parent} refuses new files ({reason})") from None
    os.close(descriptor)
    try:
        suffix = path.suffix.lower()
        if suffix == ".pdf":
            pages = write_pdf(temporary, dossier)
            summary = f"{len(dossier.entries)} excerpts, {pages} pages"
        else:
            text = {".md": to_markdown, ".csv": to_csv, ".json": to_web_annotations}[suffix](dossier)
            Path(temporary).write_text(text, encoding="utf-8")
            summary = f"{len(dossier.entries)} excerpts"
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, ExportError | KeyboardInterrupt):
            raise
        if isinstance(error, OSError):
            raise ExportError(f"{path}: could not be written ({error.strerror or error})") from None
        raise ExportError(f"{path}: could not be written ({type(error).__name__}: {error})") from error
    return summary
